#pragma once

#include "core/kernel/security/AuditEntry.h"
#include "ui/widgets/PagedTableModel.h"

#include <QTimeZone>

namespace sd {

class AuditLog;

// The audit log, newest first, read a page at a time with keyset paging (rows before
// the oldest one shown), so a log of millions of rows opens as fast as a small one.
// The total comes from COUNT(*); rows arrive as the view scrolls (canFetchMore). Every commit
// writes an audit row, so it refreshes on every change the feed announces.
class AuditTableModel : public PagedTableModel<AuditEntry> {
    Q_OBJECT

public:
    enum Column {
        SeqColumn,
        TimeColumn,
        AccountColumn,
        RoleColumn,
        ActionColumn,
        ObjectColumn,
        OutcomeColumn,
        DetailsColumn,
        WorkstationColumn,
        ColumnCount
    };
    static constexpr int kDefaultPageSize = 300;

    AuditTableModel(const AuditLog &log, const QTimeZone &zone, QObject *parent = nullptr);

    // Counts the matching rows and reads the first page.
    void setFilter(const AuditFilter &filter);
    const AuditEntry &entryAt(int row) const { return rows().at(row); }

protected:
    Result<qint64> countRows() const override;
    Result<QList<AuditEntry>> readRows(const PageQuery<AuditEntry> &query) const override;
    qint64 rowKey(const AuditEntry &entry) const override { return entry.seq; }
    QVariant rowData(const AuditEntry &entry, int column, int role) const override;
    QString columnTitle(int column) const override;

private:
    const AuditLog &m_log;
    QTimeZone m_zone;
    AuditFilter m_filter;
};

} // namespace sd
