#pragma once

#include "core/frontdesk/Alert.h"

#include <QAbstractTableModel>
#include <QTimeZone>

namespace sd {

class AlertService;

// The alert register, read a page at a time with keyset paging (rows after the last one
// shown, in the chosen SQL order), so a million alerts open and scroll as fast as a hundred.
// The total comes from AlertService::count, which a text search stops at a cap (a search
// box shows "10,000+" rather than wait for 300,000 matches to be counted); sorting by received time
// or number is done by the database, never by a proxy over the loaded rows.
class AlertTableModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column {
        NumberColumn,
        ReceivedColumn,
        CategoryColumn,
        StatusColumn,
        AreaColumn,
        LocationColumn,
        CallerColumn,
        PhoneColumn,
        SummaryColumn,
        OfficersColumn,
        ColumnCount
    };
    static constexpr int kDefaultPageSize = 200;
    static constexpr qint64 kDefaultCountCap = 10000;

    AlertTableModel(const AlertService &service, const QTimeZone &zone, QObject *parent = nullptr);

    void setFilter(const AlertFilter &filter);
    const AlertFilter &filter() const { return m_filter; }
    // Counts the matching alerts and reads the first page.
    void reload();
    void setPageSize(int rows) { m_pageSize = rows; }
    qint64 totalCount() const { return m_total; }
    // True when a text search has more matches than the cap; totalCount() is then the cap.
    bool totalIsCapped() const { return m_capped; }
    void setCountCap(qint64 cap) { m_countCap = cap; }
    const Alert &alertAt(int row) const { return m_rows.at(row); }
    // The row of a loaded alert, -1 when it is not among the loaded rows.
    int rowOfAlert(qint64 id) const;
    AlertSort sortOrder() const { return m_sort; }
    bool descending() const { return m_descending; }
    int sortColumn() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    // Number and received time sort in SQL; the other columns keep the current order.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

Q_SIGNALS:
    void totalCountChanged(qint64 total);
    void loadFailed(const QString &message);

private:
    QList<Alert> readPage() const;
    void reportFailure(const QString &message) const;

    const AlertService &m_service;
    QTimeZone m_zone;
    AlertFilter m_filter;
    AlertSort m_sort = AlertSort::ReceivedAt;
    bool m_descending = true;
    QList<Alert> m_rows;
    qint64 m_total = 0;
    qint64 m_countCap = kDefaultCountCap;
    bool m_capped = false;
    int m_pageSize = kDefaultPageSize;
    bool m_exhausted = true;
    bool m_fetching = false;
};

} // namespace sd
