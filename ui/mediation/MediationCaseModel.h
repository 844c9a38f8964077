#pragma once

#include "core/mediation/Mediation.h"

#include <QAbstractTableModel>
#include <QTimeZone>

namespace sd {

class MediationService;

// One row per case of a mediation list (a filtered list, or the history of a person or an
// address), read a page at a time with keyset paging in the list's SQL order like the
// alert register, so the first rows show at once however many cases the station keeps.
// The total comes from COUNT(*) with the same conditions.
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
    static constexpr int kDefaultPageSize = 200;

    MediationCaseModel(const MediationService &service, QTimeZone zone, QObject *parent = nullptr);

    // Shows the list in the given order: counts it and reads the first page.
    void setFilter(const MediationFilter &filter, MediationSort sort = MediationSort::OpenedAt,
                   bool descending = true);
    // Shows the cases of a person or an address, newest first.
    void setHistory(const MediationHistoryQuery &query);
    bool showsHistory() const { return m_history.has_value(); }
    // Counts again and reads the first page again (after a case was saved elsewhere).
    void reload();
    void setPageSize(int rows) { m_pageSize = qMax(1, rows); }

    qint64 totalCount() const { return m_total; }
    MediationSort sortOrder() const { return m_request.sort; }
    bool descending() const { return m_request.descending; }
    // The column showing the sort key; -1 for none.
    int sortColumn() const;
    // The loaded rows.
    const QList<MediationSummary> &cases() const { return m_cases; }
    const MediationSummary *summaryAt(int row) const;
    // The row of a loaded case, -1 when it is not among the loaded rows.
    int rowOf(qint64 caseId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    // Number, opened (and the deadline, which follows it) and next visit sort in SQL; the
    // other columns keep the current order.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

Q_SIGNALS:
    void totalCountChanged(qint64 total);
    void loadFailed(const QString &message);

private:
    QList<MediationSummary> readPage() const;
    void reportFailure(const QString &message) const;

    const MediationService &m_service;
    QTimeZone m_zone;
    MediationFilter m_filter;
    std::optional<MediationHistoryQuery> m_history;
    MediationPageRequest m_request;
    QList<MediationSummary> m_cases;
    qint64 m_total = 0;
    int m_pageSize = kDefaultPageSize;
    bool m_exhausted = true;
    bool m_fetching = false;
};

} // namespace sd
