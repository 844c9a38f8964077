#pragma once

#include "core/kernel/common/Result.h"
#include "core/kernel/storage/ChangeFeed.h"
#include "ui/widgets/TitledColumns.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QStringList>
#include <QTimer>

namespace sd {

// The untemplated half of PagedTableModel: its signals and the change feed subscription that
// refreshes the list when a commit (this desk's or, on PostgreSQL, another desk's) changed a kind
// of record it shows.
class PagedModelBase : public TitledColumns<QAbstractTableModel> {
    Q_OBJECT

public:
    // Changes arriving within this time of the first are one refresh.
    static constexpr int kRefreshDelayMs = 200;

    // Counts the matching rows and reads the first page again (a filter or sort changed).
    virtual void reload() = 0;
    // Refreshes now when the feed announced a change this list shows and the refresh is still
    // waiting for its timer; true if it refreshed. For a panel that selects the row it saved.
    bool applyPendingChanges();
    bool refreshPending() const { return m_refreshTimer.isActive(); }

Q_SIGNALS:
    void totalCountChanged(qint64 total);
    void loadFailed(const QString &message);
    // A change the feed announced is now shown (rows kept, added, removed or moved in place,
    // so the view keeps its selection and scroll position).
    void refreshed();

protected:
    // kinds: the change kinds the list shows (see ChangeFeed); empty for every kind.
    PagedModelBase(ChangeFeed &feed, QStringList kinds, int columns, QObject *parent);

    // Re-reads the loaded rows in place; false when it could not (the error is reported).
    virtual bool refresh() = 0;

    // A reload reads everything anew: a refresh still waiting is not needed.
    void cancelRefresh() { m_refreshTimer.stop(); }
    // Emits loadFailed once control is back in the event loop, so a view that asked for rows
    // while painting is not re-entered by a message box.
    void reportLater(const QString &message);

    // True while views are told of a reset or insertion: they must not fetch or refresh then.
    bool m_notifying = false;

private:
    void onChanges(const QList<Change> &changes);
    void refreshWhenIdle();

    QSet<QString> m_kinds;
    QTimer m_refreshTimer;
};

// What a model's page query is asked for: limit rows after the last loaded one (keyset
// paging; null for the first page), or from offset on (offset paging).
template <typename Row> struct PageQuery {
    const Row *last = nullptr;
    int offset = 0;
    int limit = 0;
};

// An offset-paged model's filter for one page: the list's filter at the query's offset and limit.
template <typename Filter, typename Row> Filter pageOf(Filter filter, const PageQuery<Row> &query) {
    filter.offset = query.offset;
    filter.limit = query.limit;
    return filter;
}

// A count a service gives as an int, as the models keep it.
inline Result<qint64> widened(const Result<int> &count) {
    SD_RETURN_IF_ERROR(count);
    return qint64(count.value());
}

// A table read a page at a time as the view scrolls (canFetchMore/fetchMore), counted in SQL,
// and kept current by the change feed. A model supplies its count and page queries, each
// row's key, and the cells; the paging, the row storage, reloads, refreshes and error
// reporting are here.
//   Keyset paging: a page shorter than asked ends the list; failures are reported later.
//   Offset paging: the count bounds the rows; when the list shrank under it (another desk
//   deleted rows), the count follows what the pages delivered; failures are reported at once.
template <typename Row> class PagedTableModel : public PagedModelBase {
public:
    enum class Paging { Keyset, Offset };

    void reload() override;
    void setPageSize(int rows) { m_pageSize = qMax(1, rows); }
    int pageSize() const { return m_pageSize; }
    // The matching rows in the database, loaded or not.
    qint64 totalCount() const { return m_total; }
    // The loaded rows.
    const QList<Row> &rows() const { return m_rows; }

    int rowCount(const QModelIndex &parent = {}) const override {
        return parent.isValid() ? 0 : int(m_rows.size());
    }
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override {
        if (!checkIndex(index,
                        CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
            return {};
        }
        return rowData(m_rows.at(index.row()), index.column(), role);
    }
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

protected:
    PagedTableModel(Paging paging, int pageSize, ChangeFeed &feed, QStringList kinds, int columns,
                    QObject *parent)
        : PagedModelBase(feed, std::move(kinds), columns, parent)
        , m_paging(paging)
        , m_pageSize(pageSize) {}

    // The number of matching rows.
    virtual Result<qint64> countRows() const = 0;
    // One page of the matching rows, in the list's order.
    virtual Result<QList<Row>> readRows(const PageQuery<Row> &query) const = 0;
    // What identifies a row across reads (its id).
    virtual qint64 rowKey(const Row &row) const = 0;
    virtual QVariant rowData(const Row &row, int column, int role) const = 0;

    // The row of a loaded key, -1 when it is not among the loaded rows.
    int rowOfKey(qint64 key) const;

    bool refresh() override;

private:
    // Reads from the top until at least `wanted` rows or the end (ended); nullopt on a failure.
    std::optional<QList<Row>> readAtLeast(int wanted, bool &ended, QString &failure) const;
    void fail(const QString &message);
    void applyRows(QList<Row> fresh);

    Paging m_paging;
    int m_pageSize;
    QList<Row> m_rows;
    qint64 m_total = 0;
    bool m_exhausted = true;
};

template <typename Row> void PagedTableModel<Row>::fail(const QString &message) {
    if (m_paging == Paging::Keyset) {
        reportLater(message);
    } else {
        Q_EMIT loadFailed(message);
    }
}

template <typename Row>
std::optional<QList<Row>> PagedTableModel<Row>::readAtLeast(int wanted, bool &ended,
                                                            QString &failure) const {
    QList<Row> read;
    for (;;) {
        PageQuery<Row> query;
        query.limit =
            m_paging == Paging::Offset ? qMax(wanted - int(read.size()), m_pageSize) : m_pageSize;
        query.offset = int(read.size());
        query.last = read.isEmpty() ? nullptr : &read.constLast();
        auto page = readRows(query);
        if (!page) {
            failure = page.error().message;
            return std::nullopt;
        }
        ended = page->size() < query.limit;
        read += page.value();
        if (ended || read.size() >= wanted) {
            return read;
        }
    }
}

template <typename Row> void PagedTableModel<Row>::reload() {
    // A view asks for more while it handles the reset, before it has laid out the first
    // page, and would load pages nobody looks at; it asks again after layout.
    cancelRefresh();
    m_notifying = true;
    beginResetModel();
    m_rows.clear();
    m_total = 0;
    m_exhausted = true;
    QString failure;
    auto counted = countRows();
    if (counted) {
        if (auto page = readAtLeast(1, m_exhausted, failure)) {
            m_rows = std::move(*page);
            m_total = counted.value();
            if (m_paging == Paging::Offset) {
                // Never promise rows that the next page cannot deliver.
                m_total = m_exhausted ? m_rows.size() : qMax(m_total, qint64(m_rows.size()));
            }
        }
    } else {
        failure = counted.error().message;
    }
    endResetModel();
    m_notifying = false;
    Q_EMIT totalCountChanged(m_total);
    if (!failure.isEmpty()) {
        fail(failure);
    }
}

template <typename Row> bool PagedTableModel<Row>::canFetchMore(const QModelIndex &parent) const {
    if (parent.isValid()) {
        return false;
    }
    if (m_paging == Paging::Keyset) {
        return !m_exhausted;
    }
    // Not while listeners are told about a reset or an insertion: one that fetched then
    // would start a second change inside the first and read the same page twice.
    return !m_notifying && m_rows.size() < m_total;
}

template <typename Row> void PagedTableModel<Row>::fetchMore(const QModelIndex &parent) {
    // A view may ask again while the rows of its first request are being inserted.
    if (!canFetchMore(parent) || m_notifying) {
        return;
    }
    PageQuery<Row> query;
    query.last = m_rows.isEmpty() ? nullptr : &m_rows.constLast();
    query.offset = int(m_rows.size());
    query.limit = m_pageSize;
    auto page = readRows(query);
    if (!page || page->size() < m_pageSize) {
        m_exhausted = true;
    }
    if (!page || page->isEmpty()) {
        if (m_paging == Paging::Offset) {
            // Stop asking: the list shrank under us or the database failed.
            m_total = m_rows.size();
            Q_EMIT totalCountChanged(m_total);
        }
        if (!page) {
            fail(page.error().message);
        }
        return;
    }
    const int first = int(m_rows.size());
    m_notifying = true;
    beginInsertRows({}, first, first + int(page->size()) - 1);
    m_rows += page.value();
    endInsertRows();
    m_notifying = false;
    if (m_paging == Paging::Offset) {
        m_total = qMax(m_total, qint64(m_rows.size()));
    }
}

template <typename Row> int PagedTableModel<Row>::rowOfKey(qint64 key) const {
    for (int row = 0; row < m_rows.size(); ++row) {
        if (rowKey(m_rows.at(row)) == key) {
            return row;
        }
    }
    return -1;
}

template <typename Row> bool PagedTableModel<Row>::refresh() {
    auto counted = countRows();
    QString failure;
    bool ended = true;
    std::optional<QList<Row>> fresh;
    if (counted) {
        // As many rows as are loaded, so the view keeps its place further down the list.
        fresh = readAtLeast(qMax(m_pageSize, int(m_rows.size())), ended, failure);
    } else {
        failure = counted.error().message;
    }
    if (!fresh) {
        fail(failure);
        return false;
    }
    applyRows(std::move(*fresh));
    m_exhausted = ended;
    m_total = counted.value();
    if (m_paging == Paging::Offset) {
        m_total = ended ? m_rows.size() : qMax(m_total, qint64(m_rows.size()));
    }
    Q_EMIT totalCountChanged(m_total);
    return true;
}

template <typename Row> void PagedTableModel<Row>::applyRows(QList<Row> fresh) {
    QHash<qint64, int> freshRow;
    for (int row = 0; row < fresh.size(); ++row) {
        freshRow.insert(rowKey(fresh.at(row)), row);
    }
    m_notifying = true;
    // Rows gone from the list leave in runs, from the bottom up.
    for (int row = int(m_rows.size()) - 1; row >= 0;) {
        if (freshRow.contains(rowKey(m_rows.at(row)))) {
            --row;
            continue;
        }
        const int last = row;
        while (row >= 0 && !freshRow.contains(rowKey(m_rows.at(row)))) {
            --row;
        }
        beginRemoveRows({}, row + 1, last);
        m_rows.remove(row + 1, last - row);
        endRemoveRows();
    }
    // New rows come in at the bottom, then every row moves to its place in one layout change.
    QSet<qint64> kept;
    for (const Row &row : std::as_const(m_rows)) {
        kept.insert(rowKey(row));
    }
    QList<Row> added;
    for (const Row &row : std::as_const(fresh)) {
        if (!kept.contains(rowKey(row))) {
            added << row;
        }
    }
    if (!added.isEmpty()) {
        const int first = int(m_rows.size());
        beginInsertRows({}, first, first + int(added.size()) - 1);
        m_rows += added;
        endInsertRows();
    }
    bool moved = false;
    for (int row = 0; row < m_rows.size() && !moved; ++row) {
        moved = freshRow.value(rowKey(m_rows.at(row))) != row;
    }
    if (moved) {
        Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
        const QModelIndexList from = persistentIndexList();
        QModelIndexList to;
        to.reserve(from.size());
        for (const QModelIndex &index : from) {
            to << createIndex(freshRow.value(rowKey(m_rows.at(index.row()))), index.column());
        }
        m_rows = std::move(fresh);
        changePersistentIndexList(from, to);
        Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
    } else {
        m_rows = std::move(fresh);
    }
    m_notifying = false;
    if (!m_rows.isEmpty()) {
        Q_EMIT dataChanged(index(0, 0), index(int(m_rows.size()) - 1, columnCount() - 1));
    }
}

} // namespace sd
