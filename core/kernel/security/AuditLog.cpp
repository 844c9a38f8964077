#include "core/kernel/security/AuditLog.h"

#include "core/kernel/storage/Columns.h"
#include "core/kernel/storage/Sql.h"
#include "core/kernel/storage/SqlWhere.h"
#include "core/kernel/storage/Transaction.h"

#include <QCryptographicHash>
#include <QRegularExpression>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace sd {

namespace {

const QString kColumns = u"station_id, seq, at_ms, workstation, account, role, action, "
                         u"object_type, object_id, outcome, details, prev_hash, hash"_s;

AuditEntry entryFrom(const QSqlQuery &query) {
    AuditEntry e;
    readColumns(query, 0, e.stationId, e.seq, e.atMs, e.workstation, e.account, e.role, e.action,
                e.objectType, e.objectId, e.outcome, e.details, e.prevHash, e.hash);
    return e;
}

SqlWhere whereClause(const AuditFilter &filter, qint64 stationId) {
    SqlWhere where(u"station_id = ?"_s, stationId);
    where.within(u"at_ms"_s, filter.fromMs, filter.toMs)
        .whenSet(filter.beforeSeq, u"seq < ?"_s)
        .whenSet(filter.afterSeq, u"seq > ?"_s);
    if (!filter.account.isEmpty()) {
        where.add(u"account LIKE ?"_s, {u'%' + filter.account + u'%'});
    }
    if (filter.action.endsWith(u'.')) {
        where.add(u"action LIKE ?"_s, {filter.action + u'%'});
    } else if (!filter.action.isEmpty()) {
        where.add(u"action = ?"_s, {filter.action});
    }
    return where;
}

} // namespace

std::optional<AuditHead> AuditHead::parse(const QString &text) {
    const qsizetype colon = text.indexOf(u':');
    if (colon <= 0) {
        return std::nullopt;
    }
    bool ok = false;
    const qint64 seq = text.left(colon).toLongLong(&ok);
    const QString hash = text.mid(colon + 1).trimmed().toLower();
    static const QRegularExpression hex(u"^[0-9a-f]{64}$"_s);
    if (!ok || seq <= 0 || !hex.match(hash).hasMatch()) {
        return std::nullopt;
    }
    return AuditHead{seq, hash};
}

QString AuditLog::computeHash(const AuditEntry &e) {
    // Each field is length-prefixed so that no two different rows serialise alike.
    QCryptographicHash hash(QCryptographicHash::Sha256);
    const auto add = [&hash](const QString &field) {
        const QByteArray bytes = field.toUtf8();
        hash.addData(QByteArray::number(bytes.size()));
        hash.addData(QByteArrayView(":"));
        hash.addData(bytes);
        hash.addData(QByteArrayView(";"));
    };
    add(QString::number(e.stationId));
    add(QString::number(e.seq));
    add(QString::number(e.atMs));
    add(e.workstation);
    add(e.account);
    add(e.role);
    add(e.action);
    add(e.objectType);
    add(e.objectId);
    add(e.outcome);
    add(e.details);
    add(e.prevHash);
    return QString::fromLatin1(hash.result().toHex());
}

Status AuditLog::append(const AuditEvent &event) const {
    const Actor &actor = m_session.actor();
    return appendAs(actor.name, toKey(actor.role), event);
}

Status AuditLog::appendAs(const QString &account, const QString &roleKey,
                          const AuditEvent &event) const {
    auto written = writeRow(account, roleKey, event);
    SD_RETURN_IF_ERROR(written);
    // The audit row names what the business write changed: that is what the feed announces.
    m_database.changes().note(event.objectType, event.objectId);
    return {};
}

Result<qint64> AuditLog::writeRow(const QString &account, const QString &roleKey,
                                  const AuditEvent &event) const {
    const QSqlDatabase db = m_database.connection();
    const qint64 station = m_database.stationId();
    auto created = runSql(db,
                          u"INSERT INTO audit_head (station_id, seq, hash) VALUES (?, 0, '') "
                          u"ON CONFLICT (station_id) DO NOTHING"_s,
                          {station});
    SD_RETURN_IF_ERROR(created);
    // Taking the head row's lock first serialises concurrent writers on PostgreSQL.
    auto head = runSql(db,
                       u"UPDATE audit_head SET seq = seq + 1 WHERE station_id = ? "
                       u"RETURNING seq, hash"_s,
                       {station});
    SD_RETURN_IF_ERROR(head);
    if (!head.value().next()) {
        return Error::storage(tr("The audit log's head row is missing"));
    }
    AuditEntry entry;
    entry.stationId = station;
    entry.seq = head.value().value(0).toLongLong();
    entry.prevHash = head.value().value(1).toString();
    head.value().finish();
    entry.atMs = m_clock.nowMs();
    entry.workstation = m_session.actor().workstation;
    entry.account = account;
    entry.role = roleKey;
    entry.action = event.action;
    entry.objectType = event.objectType;
    entry.objectId = event.objectId;
    entry.outcome = event.outcome;
    entry.details = event.details;
    entry.hash = computeHash(entry);
    auto inserted =
        runSql(db,
               u"INSERT INTO audit_log ("_s + kColumns +
                   u") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
               {entry.stationId, entry.seq, entry.atMs, entry.workstation, entry.account,
                entry.role, entry.action, entry.objectType, entry.objectId, entry.outcome,
                entry.details, entry.prevHash, entry.hash});
    if (!inserted) {
        return Error::storage(tr("The change was not saved because it could not be recorded in "
                                 "the audit log: %1")
                                  .arg(inserted.error().message));
    }
    auto moved =
        runSql(db, u"UPDATE audit_head SET hash = ? WHERE station_id = ?"_s, {entry.hash, station});
    SD_RETURN_IF_ERROR(moved);
    return entry.seq;
}

Status AuditLog::record(const AuditEvent &event) const {
    const Actor &actor = m_session.actor();
    return recordAs(actor.name, toKey(actor.role), event);
}

Status AuditLog::recordAs(const QString &account, const QString &roleKey,
                          const AuditEvent &event) const {
    // An event with no business write changed nothing but the log: lists of the object it
    // names need not refresh (a list that recorded a view of itself would refresh forever).
    return inTransaction(m_database, [&]() -> Status {
        auto written = writeRow(account, roleKey, event);
        SD_RETURN_IF_ERROR(written);
        m_database.changes().note(u"audit"_s, QString::number(written.value()));
        return {};
    });
}

Result<AuditHead> AuditLog::head() const {
    auto query = runSql(m_database.connection(),
                        u"SELECT seq, hash FROM audit_log WHERE station_id = ? "
                        u"ORDER BY seq DESC LIMIT 1"_s,
                        {m_database.stationId()});
    SD_RETURN_IF_ERROR(query);
    if (!query.value().next()) {
        return AuditHead{0, {}};
    }
    return AuditHead{query.value().value(0).toLongLong(), query.value().value(1).toString()};
}

Result<QList<AuditEntry>> AuditLog::list(const AuditFilter &filter) const {
    const SqlWhere where = whereClause(filter, m_database.stationId());
    return rowsSql(m_database.connection(),
                   u"SELECT "_s + kColumns + u" FROM audit_log"_s + where.sql() +
                       (filter.newestFirst ? u" ORDER BY seq DESC"_s : u" ORDER BY seq"_s) +
                       u" LIMIT ? OFFSET ?"_s,
                   where.valuesAnd({filter.limit, filter.offset}),
                   [&](const QSqlQuery &row) { return entryFrom(row); });
}

Result<qint64> AuditLog::count(const AuditFilter &filter) const {
    const SqlWhere where = whereClause(filter, m_database.stationId());
    auto value = scalarSql(m_database.connection(),
                           u"SELECT COUNT(*) FROM audit_log"_s + where.sql(), where.values());
    SD_RETURN_IF_ERROR(value);
    return value.value().toLongLong();
}

Result<bool> AuditLog::contains(const Database &database, const QString &action,
                                const QString &objectId, const QString &details) {
    auto found =
        scalarSql(database.connection(),
                  u"SELECT COUNT(*) FROM audit_log WHERE station_id = ? AND action = ? AND "
                  u"object_id = ? AND details = ?"_s,
                  {database.stationId(), action, objectId, details});
    SD_RETURN_IF_ERROR(found);
    return found->toInt() > 0;
}

Result<AuditVerification> AuditLog::verify(const std::optional<AuditHead> &knownHead,
                                           const std::function<void(qint64)> &progress) const {
    // Read one by one, a row appended between reading the chain and reading the head
    // would look like rows cut off the end.
    return inSnapshot(m_database, [&]() { return verifyChain(knownHead, progress); });
}

Result<AuditVerification> AuditLog::verifyChain(const std::optional<AuditHead> &knownHead,
                                                const std::function<void(qint64)> &progress) const {
    const QSqlDatabase db = m_database.connection();
    auto query =
        runSql(db, u"SELECT "_s + kColumns + u" FROM audit_log WHERE station_id = ? ORDER BY seq"_s,
               {m_database.stationId()});
    SD_RETURN_IF_ERROR(query);
    AuditVerification result;
    const auto fail = [&result](qint64 seq, const QString &problem) {
        result.intact = false;
        result.firstBadSeq = seq;
        result.problem = problem;
        return result;
    };
    qint64 expectedSeq = 1;
    QString previousHash;
    std::optional<AuditEntry> knownRow;
    while (query.value().next()) {
        const AuditEntry entry = entryFrom(query.value());
        if (entry.seq != expectedSeq) {
            return fail(expectedSeq,
                        entry.seq > expectedSeq
                            ? tr("Row %1 is missing: the log jumps from %2 to %3 (a row was "
                                 "deleted).")
                                  .arg(expectedSeq)
                                  .arg(expectedSeq - 1)
                                  .arg(entry.seq)
                            : tr("Row %1 is out of order.").arg(entry.seq));
        }
        if (entry.hash != computeHash(entry)) {
            return fail(
                entry.seq,
                tr("Row %1 was edited: its content no longer matches its hash.").arg(entry.seq));
        }
        if (entry.prevHash != previousHash) {
            return fail(entry.seq, tr("Row %1 does not follow row %2: rows were replaced or "
                                      "reordered.")
                                       .arg(entry.seq)
                                       .arg(entry.seq - 1));
        }
        if (knownHead && entry.seq == knownHead->seq) {
            knownRow = entry;
        }
        previousHash = entry.hash;
        ++expectedSeq;
        ++result.rowsChecked;
        if (progress && result.rowsChecked % 10000 == 0) {
            progress(result.rowsChecked);
        }
    }
    const qint64 lastSeq = expectedSeq - 1;
    if (knownHead) {
        if (!knownRow) {
            return fail(lastSeq + 1, tr("The log ends at row %1, but row %2 was recorded earlier "
                                        "as its head: rows were cut off the end.")
                                         .arg(lastSeq)
                                         .arg(knownHead->seq));
        }
        if (knownRow->hash != knownHead->hash) {
            return fail(knownHead->seq,
                        tr("Row %1 differs from the head recorded earlier.").arg(knownHead->seq));
        }
    }
    auto storedHead = runSql(db, u"SELECT seq, hash FROM audit_head WHERE station_id = ?"_s,
                             {m_database.stationId()});
    SD_RETURN_IF_ERROR(storedHead);
    if (storedHead.value().next()) {
        const qint64 headSeq = storedHead.value().value(0).toLongLong();
        if (headSeq > lastSeq) {
            return fail(lastSeq + 1, tr("The log ends at row %1, but %2 rows were written: rows "
                                        "were cut off the end.")
                                         .arg(lastSeq)
                                         .arg(headSeq));
        }
        if (headSeq < lastSeq) {
            return fail(headSeq + 1, tr("Row %1 was not written by StationDesk: the log's head "
                                        "is row %2.")
                                         .arg(headSeq + 1)
                                         .arg(headSeq));
        }
        if (headSeq == lastSeq && storedHead.value().value(1).toString() != previousHash) {
            return fail(lastSeq, tr("Row %1 is not the row last written.").arg(lastSeq));
        }
    }
    return result;
}

} // namespace sd
