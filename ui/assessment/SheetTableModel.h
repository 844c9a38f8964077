#pragma once

#include "core/assessment/Assessment.h"
#include "ui/widgets/TitledColumns.h"

namespace sd {

// Score sheets as the review desk lists them: scheme, period, subject, score, grade,
// status. Filled by the panel from the service; never holds entries.
class SheetTableModel : public TitledColumns<QAbstractTableModel> {
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

    explicit SheetTableModel(QObject *parent = nullptr);

    void setSheets(QList<ScoreSheet> sheets);
    const ScoreSheet *sheetAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

protected:
    QString columnTitle(int column) const override;

private:
    QList<ScoreSheet> m_sheets;
};

} // namespace sd
