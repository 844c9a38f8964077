#pragma once

#include "domain/Mediation.h"

#include <QAbstractTableModel>
#include <QTimeZone>

namespace sd {

// One row per case of a mediation list. The service returns a whole list at a time
// (bounded by MediationFilter::limit): a station has hundreds of cases, not millions, so
// the model holds them all rather than paging like the alert register.
class MediationCaseModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column {
        NumberColumn,
        TypeColumn,
        RiskColumn,
        StatusColumn,
        PartiesColumn,
        MediatorsColumn,
        AreaColumn,
        OpenedColumn,
        DeadlineColumn,
        NextFollowUpColumn,
        ColumnCount
    };
    // The case id of a row, for views and tests.
    static constexpr int IdRole = Qt::UserRole + 1;

    explicit MediationCaseModel(QTimeZone zone, QObject *parent = nullptr);

    void setCases(const QList<MediationSummary> &cases);
    const QList<MediationSummary> &cases() const { return m_cases; }
    const MediationSummary *summaryAt(int row) const;
    int rowOf(qint64 caseId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QTimeZone m_zone;
    QList<MediationSummary> m_cases;
};

} // namespace sd
