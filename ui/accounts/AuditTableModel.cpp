#include "ui/accounts/AuditTableModel.h"

#include "core/kernel/security/AuditLog.h"
#include "core/kernel/security/Role.h"

#include <QBrush>
#include <QColor>
#include <QDateTime>

using namespace Qt::StringLiterals;

namespace sd {

AuditTableModel::AuditTableModel(const AuditLog &log, const QTimeZone &zone, QObject *parent)
    : QAbstractTableModel(parent)
    , m_log(log)
    , m_zone(zone) {}

void AuditTableModel::setFilter(const AuditFilter &filter) {
    m_filter = filter;
    reload();
}

QList<AuditEntry> AuditTableModel::readPage() const {
    AuditFilter page = m_filter;
    page.newestFirst = true;
    page.offset = 0;
    page.limit = m_pageSize;
    page.afterSeq.reset();
    page.beforeSeq.reset();
    if (!m_rows.isEmpty()) {
        page.beforeSeq = m_rows.constLast().seq;
    }
    auto rows = m_log.list(page);
    if (!rows) {
        // Queued so a view in the middle of painting is not re-entered by a message box.
        QMetaObject::invokeMethod(
            const_cast<AuditTableModel *>(this),
            [self = const_cast<AuditTableModel *>(this), message = rows.error().message] {
                Q_EMIT self->loadFailed(message);
            },
            Qt::QueuedConnection);
        return {};
    }
    return std::move(rows).value();
}

void AuditTableModel::reload() {
    // A view asks for more rows while it handles the reset, before it has laid out the
    // first page, and would load pages nobody looks at; it asks again after layout.
    m_fetching = true;
    beginResetModel();
    m_rows.clear();
    m_total = 0;
    m_exhausted = false;
    auto total = m_log.count(m_filter);
    if (total) {
        m_total = total.value();
        m_rows = readPage();
        m_exhausted = m_rows.size() < m_pageSize;
    } else {
        m_exhausted = true;
        Q_EMIT loadFailed(total.error().message);
    }
    endResetModel();
    m_fetching = false;
    Q_EMIT totalCountChanged(m_total);
}

bool AuditTableModel::canFetchMore(const QModelIndex &parent) const {
    return !parent.isValid() && !m_exhausted;
}

void AuditTableModel::fetchMore(const QModelIndex &parent) {
    // A view may ask again while the rows of its first request are being inserted.
    if (parent.isValid() || m_exhausted || m_fetching) {
        return;
    }
    m_fetching = true;
    const QList<AuditEntry> page = readPage();
    if (page.size() < m_pageSize) {
        m_exhausted = true;
    }
    if (!page.isEmpty()) {
        const int first = int(m_rows.size());
        beginInsertRows({}, first, first + int(page.size()) - 1);
        m_rows += page;
        endInsertRows();
    }
    m_fetching = false;
}

int AuditTableModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_rows.size());
}

int AuditTableModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AuditTableModel::data(const QModelIndex &index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const AuditEntry &entry = m_rows.at(index.row());
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
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
    if (role == Qt::ForegroundRole && index.column() == OutcomeColumn &&
        entry.outcome != u"success"_s) {
        return QBrush(QColor(0xc6, 0x28, 0x28));
    }
    if (role == Qt::TextAlignmentRole && index.column() == SeqColumn) {
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    }
    return {};
}

QVariant AuditTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
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
