#pragma once

#include "ui/widgets/PagedTableModel.h"

#include <functional>

namespace sd {

// An offset-paged list whose count and pages are two service calls on one filter (the
// register's search and switches): the model keeps the filter and pages it, a subclass only
// draws the cells. The filter's offset and limit are the model's own.
template <typename Row, typename Filter> class FilteredTableModel : public PagedTableModel<Row> {
public:
    void setFilter(const Filter &filter) {
        m_filter = filter;
        this->reload();
    }
    const Filter &filter() const { return m_filter; }
    const Row &rowAt(int row) const { return this->rows().at(row); }

protected:
    struct Source {
        std::function<Result<int>(const Filter &)> count;
        std::function<Result<QList<Row>>(const Filter &)> read;
        // What identifies a row across reads (its id).
        qint64 (*key)(const Row &);
    };

    FilteredTableModel(Source source, int pageSize, ChangeFeed &feed, QStringList kinds,
                       int columns, QObject *parent)
        : PagedTableModel<Row>(PagedTableModel<Row>::Paging::Offset, pageSize, feed,
                               std::move(kinds), columns, parent)
        , m_source(std::move(source)) {}

    // For a subclass that changes one part of the filter and reloads itself.
    Filter &editFilter() { return m_filter; }

private:
    Result<qint64> countRows() const final { return widened(m_source.count(m_filter)); }
    Result<QList<Row>> readRows(const PageQuery<Row> &query) const final {
        return m_source.read(pageOf(m_filter, query));
    }
    qint64 rowKey(const Row &row) const final { return m_source.key(row); }

    Source m_source;
    Filter m_filter;
};

} // namespace sd
