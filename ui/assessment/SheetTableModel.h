#pragma once

#include "core/assessment/Assessment.h"

#include <QAbstractTableModel>

namespace sd {

// Score sheets as the review desk lists them: scheme, period, subject, score, grade,
// status. Filled by the panel from the service; never holds entries.
class SheetTableModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column {
        SchemeColumn,
        PeriodColumn,
        SubjectColumn,
        ScoreColumn,
        GradeColumn,
        StatusColumn,
        DraftedByColumn,
        ColumnCount
    };

    using QAbstractTableModel::QAbstractTableModel;

    void setSheets(QList<ScoreSheet> sheets);
    const ScoreSheet *sheetAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<ScoreSheet> m_sheets;
};

} // namespace sd
