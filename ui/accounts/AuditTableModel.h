#pragma once

#include "core/kernel/security/AuditEntry.h"

#include <QAbstractTableModel>
#include <QTimeZone>

namespace sd {

class AuditLog;

// The audit log, newest first, read a page at a time with keyset paging (rows before
// the oldest one shown), so a log of millions of rows opens as fast as a small one.
// The total comes from COUNT(*); rows arrive as the view scrolls (canFetchMore).
class AuditTableModel : public QAbstractTableModel {
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
    void reload();
    void setPageSize(int rows) { m_pageSize = rows; }
    int pageSize() const { return m_pageSize; }
    qint64 totalCount() const { return m_total; }
    const AuditEntry &entryAt(int row) const { return m_rows.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

Q_SIGNALS:
    void totalCountChanged(qint64 total);
    void loadFailed(const QString &message);

private:
    QList<AuditEntry> readPage() const;

    const AuditLog &m_log;
    QTimeZone m_zone;
    AuditFilter m_filter;
    QList<AuditEntry> m_rows;
    qint64 m_total = 0;
    int m_pageSize = kDefaultPageSize;
    bool m_exhausted = true;
    bool m_fetching = false;
};

} // namespace sd
