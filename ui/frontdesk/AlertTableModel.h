#pragma once

#include "core/frontdesk/Alert.h"
#include "ui/widgets/PagedTableModel.h"

#include <QTimeZone>

namespace sd {

class AlertService;

// The alert register, read a page at a time with keyset paging (rows after the last one
// shown, in the chosen SQL order), so a million alerts open and scroll as fast as a hundred.
// The total comes from AlertService::count, which a text search stops at a cap (a search
// box shows "10,000+" rather than wait for 300,000 matches to be counted); sorting by received time
// or number is done by the database, never by a proxy over the loaded rows. It refreshes when
// an alert, an alert import or an on-scene record (which moves an alert on) is committed.
class AlertTableModel : public PagedTableModel<Alert> {
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
    // True when a text search has more matches than the cap; totalCount() is then the cap.
    bool totalIsCapped() const { return m_capped; }
    void setCountCap(qint64 cap) { m_countCap = cap; }
    const Alert &alertAt(int row) const { return rows().at(row); }
    // The row of a loaded alert, -1 when it is not among the loaded rows.
    int rowOfAlert(qint64 id) const { return rowOfKey(id); }
    AlertSort sortOrder() const { return m_sort; }
    bool descending() const { return m_descending; }
    int sortColumn() const;

    // Number and received time sort in SQL; the other columns keep the current order.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

protected:
    Result<qint64> countRows() const override;
    Result<QList<Alert>> readRows(const PageQuery<Alert> &query) const override;
    qint64 rowKey(const Alert &alert) const override { return alert.id; }
    QVariant rowData(const Alert &alert, int column, int role) const override;
    QString columnTitle(int column) const override;

private:
    const AlertService &m_service;
    QTimeZone m_zone;
    AlertFilter m_filter;
    AlertSort m_sort = AlertSort::ReceivedAt;
    bool m_descending = true;
    qint64 m_countCap = kDefaultCountCap;
    mutable bool m_capped = false;
};

} // namespace sd
