#include "ui/accounts/AuditTableModel.h"

#include "core/kernel/security/AuditLog.h"
#include "core/kernel/security/Role.h"

#include <QBrush>
#include <QColor>
#include <QDateTime>

using namespace Qt::StringLiterals;

namespace sd {

AuditTableModel::AuditTableModel(const AuditLog &log, const QTimeZone &zone, QObject *parent)
    : PagedTableModel(Paging::Keyset, kDefaultPageSize, log.changes(), {}, ColumnCount, parent)
    , m_log(log)
    , m_zone(zone) {}

void AuditTableModel::setFilter(const AuditFilter &filter) {
    m_filter = filter;
    reload();
}

Result<qint64> AuditTableModel::countRows() const {
    return m_log.count(m_filter);
}

Result<QList<AuditEntry>> AuditTableModel::readRows(const PageQuery<AuditEntry> &query) const {
    AuditFilter page = m_filter;
    page.newestFirst = true;
    page.offset = 0;
    page.limit = query.limit;
    page.afterSeq.reset();
    page.beforeSeq.reset();
    if (query.last) {
        page.beforeSeq = query.last->seq;
    }
    return m_log.list(page);
}

QVariant AuditTableModel::rowData(const AuditEntry &entry, int column, int role) const {
    if (role == Qt::DisplayRole) {
        switch (column) {
        case SeqColumn:
            return entry.seq;
        case TimeColumn:
            return QDateTime::fromMSecsSinceEpoch(entry.atMs, m_zone)
                .toString(u"yyyy-MM-dd HH:mm:ss"_s);
        case AccountColumn:
            return entry.account;
        case RoleColumn:
            if (const auto stored = roleFromKey(entry.role)) {
                return displayName(*stored);
            }
            return entry.role;
        case ActionColumn:
            return entry.action;
        case ObjectColumn:
            return entry.objectId.isEmpty() ? entry.objectType
                                            : entry.objectType + u' ' + entry.objectId;
        case OutcomeColumn:
            if (entry.outcome == u"success"_s) {
                return tr("success");
            }
            if (entry.outcome == u"failure"_s) {
                return tr("failure");
            }
            if (entry.outcome == u"denied"_s) {
                return tr("denied");
            }
            return entry.outcome;
        case DetailsColumn:
            return entry.details;
        case WorkstationColumn:
            return entry.workstation;
        default:
            return {};
        }
    }
    if (role == Qt::ForegroundRole && column == OutcomeColumn && entry.outcome != u"success"_s) {
        return QBrush(QColor(0xc6, 0x28, 0x28));
    }
    if (role == Qt::TextAlignmentRole && column == SeqColumn) {
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    }
    return {};
}

QString AuditTableModel::columnTitle(int column) const {
    switch (column) {
    case SeqColumn:
        return tr("No.");
    case TimeColumn:
        return tr("Time");
    case AccountColumn:
        return tr("Account");
    case RoleColumn:
        return tr("Role");
    case ActionColumn:
        return tr("Action");
    case ObjectColumn:
        return tr("Object");
    case OutcomeColumn:
        return tr("Outcome");
    case DetailsColumn:
        return tr("Details");
    case WorkstationColumn:
        return tr("Workstation");
    default:
        return {};
    }
}

} // namespace sd
