#pragma once

#include <QTableWidget>

namespace sd {

// The short, read-only list of a record's parts (a case's sessions, its follow-up visits),
// set up like every record table (whole rows, one line each, Tab and Ctrl+Tab leave the
// table instead of walking its cells). A cell shows its text on one line, the whole text in
// its tooltip, and no column grows past a readable width so the last one keeps its room.
class RecordRowsTable : public QTableWidget {
    Q_OBJECT

public:
    static constexpr int kWidestColumn = 260;

    explicit RecordRowsTable(const QStringList &headers, QWidget *parent = nullptr);

    // Shows the rows; keys[i] names row i (e.g. its id). The row selected before keeps its
    // selection when its key is still there.
    void setRows(const QList<QStringList> &rows, const QList<qint64> &keys = {});
    // The selected row, -1 when none is selected (a current cell alone does not count).
    int selectedRow() const;

private:
    QList<qint64> m_keys;
};

} // namespace sd
