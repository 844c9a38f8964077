#pragma once

#include "ui/statistics/DashboardFigures.h"
#include "ui/widgets/TitledColumns.h"

#include <QAbstractTableModel>

namespace sd {

// Figures as a table: name, this year, the same days last year, the change, the percent
// (only when both counts are at least 10), z and the flag, and for two down one up whether
// the measure moved the wanted way.
class ChangeTableModel : public TitledColumns<QAbstractTableModel> {
    Q_OBJECT

public:
    enum Column {
        NameColumn,
        CountColumn,
        PreviousColumn,
        ChangeColumn,
        PercentColumn,
        ZColumn,
        FlagColumn,
        WantedColumn,
        ColumnCount
    };

    ChangeTableModel(QString nameTitle, QObject *parent = nullptr);

    // The count columns titled by the year and the year before.
    void setLines(const QList<DashboardLine> &lines, int year);
    void setLines(const QList<DashboardLine> &lines, QString countTitle, QString previousTitle);
    const DashboardLine *line(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    // A percent, "▲ significant rise" and the like, as the table shows them.
    static QString percentText(const CountChange &change);
    static QString flagText(ChangeFlag flag);

protected:
    QString columnTitle(int column) const override;

private:
    QString m_nameTitle;
    QList<DashboardLine> m_lines;
    QString m_countTitle;
    QString m_previousTitle;
};

} // namespace sd
