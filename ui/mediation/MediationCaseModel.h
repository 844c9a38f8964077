#pragma once

#include "core/mediation/Mediation.h"
#include "ui/widgets/PagedTableModel.h"

#include <QTimeZone>

namespace sd {

class MediationService;

// One row per case of a mediation list (a filtered list, or the history of a person or an
// address), read a page at a time with keyset paging in the list's SQL order like the
// alert register, so the first rows show at once however many cases the station keeps.
// The total comes from COUNT(*) with the same conditions. It refreshes when a case, or a
// person its parties or mediators may name, is committed.
class MediationCaseModel : public PagedTableModel<MediationSummary> {
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
    static constexpr int kDefaultPageSize = 200;

    MediationCaseModel(const MediationService &service, QTimeZone zone, QObject *parent = nullptr);

    // Shows the list in the given order: counts it and reads the first page.
    void setFilter(const MediationFilter &filter, MediationSort sort = MediationSort::OpenedAt,
                   bool descending = true);
    // Shows the cases of a person or an address, newest first.
    void setHistory(const MediationHistoryQuery &query);
    bool showsHistory() const { return m_history.has_value(); }
    MediationSort sortOrder() const { return m_request.sort; }
    bool descending() const { return m_request.descending; }
    // The column showing the sort key; -1 for none.
    int sortColumn() const;
    // The loaded rows.
    const QList<MediationSummary> &cases() const { return rows(); }
    const MediationSummary *summaryAt(int row) const;
    // The row of a loaded case, -1 when it is not among the loaded rows.
    int rowOf(qint64 caseId) const { return rowOfKey(caseId); }

    // Number, opened (and the deadline, which follows it) and next visit sort in SQL; the
    // other columns keep the current order.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

protected:
    Result<qint64> countRows() const override;
    Result<QList<MediationSummary>>
    readRows(const PageQuery<MediationSummary> &query) const override;
    qint64 rowKey(const MediationSummary &summary) const override { return summary.id; }
    QVariant rowData(const MediationSummary &summary, int column, int role) const override;
    QString columnTitle(int column) const override;

private:
    const MediationService &m_service;
    QTimeZone m_zone;
    MediationFilter m_filter;
    std::optional<MediationHistoryQuery> m_history;
    MediationPageRequest m_request;
};

} // namespace sd
