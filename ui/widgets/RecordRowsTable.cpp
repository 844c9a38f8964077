#include "ui/widgets/RecordRowsTable.h"

#include "ui/widgets/PanelWidgets.h"

#include <QHeaderView>
#include <QSignalBlocker>

using namespace Qt::StringLiterals;

namespace sd {

RecordRowsTable::RecordRowsTable(const QStringList &headers, QWidget *parent)
    : QTableWidget(0, int(headers.size()), parent) {
    setHorizontalHeaderLabels(headers);
    setUpRecordTable(this);
    setWordWrap(false);
}

void RecordRowsTable::setRows(const QList<QStringList> &rows, const QList<qint64> &keys) {
    const int before = selectedRow();
    const std::optional<qint64> selectedKey = before >= 0 && before < m_keys.size()
                                                  ? std::optional<qint64>(m_keys.at(before))
                                                  : std::nullopt;
    m_keys = keys;
    const QSignalBlocker block(this);
    clearSelection();
    setRowCount(int(rows.size()));
    for (int row = 0; row < rows.size(); ++row) {
        const QStringList &cells = rows.at(row);
        for (int column = 0; column < columnCount(); ++column) {
            const QString text = cells.value(column);
            // Rows are one line high: notes typed over several lines read on one.
            auto *item = new QTableWidgetItem(QString(text).replace(u'\n', u' '));
            if (!text.isEmpty()) {
                item->setToolTip(text);
            }
            setItem(row, column, item);
        }
    }
    resizeColumnsToContents();
    for (int column = 0; column + 1 < columnCount(); ++column) {
        if (columnWidth(column) > kWidestColumn) {
            setColumnWidth(column, kWidestColumn);
        }
    }
    if (selectedKey) {
        const int row = int(m_keys.indexOf(*selectedKey));
        if (row >= 0) {
            selectRow(row);
        }
    }
}

int RecordRowsTable::selectedRow() const {
    const int row = currentRow();
    return row >= 0 && selectionModel() && selectionModel()->isRowSelected(row, {}) ? row : -1;
}

} // namespace sd
