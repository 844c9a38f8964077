#include "core/frontdesk/AlertBulkWriter.h"

#include "core/frontdesk/AlertRepository.h"
#include "core/kernel/common/SearchText.h"
#include "core/kernel/storage/Sql.h"

#include <QCoreApplication>
#include <QSqlError>

using namespace Qt::StringLiterals;

namespace sd {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(sd::AlertBulkWriter)
};

// FTS5's default automerge setting, put back after a bulk write.
constexpr int kAutomerge = 4;

QVariantList contentValues(const Alert &alert) {
    return {
        alert.receivedAt,
        toKey(alert.source),
        toKey(alert.category),
        alert.preventable ? 1 : 0,
        nullableId(alert.areaId),
        alert.location,
        alert.callerName,
        alert.callerPhone,
        alert.summary,
        toKey(alert.status),
        SearchText::index({alert.summary, alert.location, alert.callerName, alert.callerPhone})};
}
} // namespace

AlertBulkWriter::AlertBulkWriter(const Database &database, qint64 nowMs, QString actor)
    : m_database(database)
    , m_nowMs(nowMs)
    , m_actor(std::move(actor))
    , m_insert(database.connection())
    , m_update(database.connection())
    , m_tally(database) {}

Status AlertBulkWriter::begin() {
    auto closed = ClosedPeriodRepository(m_database).closedPeriods();
    SD_RETURN_IF_ERROR(closed);
    m_closed = closed.value();
    if (m_database.dialect().engine() == Engine::Sqlite) {
        auto trigger = runSql(m_database.connection(),
                              u"SELECT sql FROM sqlite_master WHERE type = 'trigger' AND "
                              u"name = 'alert_fts_insert'"_s,
                              {});
        SD_RETURN_IF_ERROR(trigger);
        if (trigger->next()) {
            m_triggerSql = trigger->value(0).toString();
            trigger->finish(); // no statement reading the schema while it changes
            auto highest =
                scalarSql(m_database.connection(), u"SELECT COALESCE(MAX(id), 0) FROM alert"_s, {});
            SD_RETURN_IF_ERROR(highest);
            m_indexedUpTo = highest->toLongLong();
            if (auto dropped =
                    runSql(m_database.connection(), u"DROP TRIGGER alert_fts_insert"_s, {});
                !dropped) {
                return dropped.error();
            }
        }
    }
    // Prepared after the schema change, so they are not prepared twice.
    const QString insert = u"INSERT INTO alert (station_id, number, received_at, source, category, "
                           u"preventable, area_id, location, caller_name, caller_phone, summary, "
                           u"status, search_text, row_version, created_at, updated_at, updated_by) "
                           u"VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?, ?) "
                           u"ON CONFLICT (station_id, number) DO NOTHING"_s;
    if (m_database.dialect().engine() == Engine::Sqlite) {
        SD_RETURN_IF_ERROR(m_sqliteInsert.prepare(m_database.connection(), insert));
    } else {
        m_insert.prepare(insert);
    }
    m_update.prepare(u"UPDATE alert SET received_at = ?, source = ?, category = ?, "
                     u"preventable = ?, area_id = ?, location = ?, caller_name = ?, "
                     u"caller_phone = ?, summary = ?, status = ?, search_text = ?, "
                     u"row_version = row_version + 1, updated_at = ?, updated_by = ? "
                     u"WHERE station_id = ? AND number = ?"_s);
    return {};
}

Status AlertBulkWriter::indexNewRows() {
    if (m_triggerSql.isEmpty() || !m_unindexed) {
        return {};
    }
    auto highest = scalarSql(m_database.connection(), u"SELECT MAX(id) FROM alert"_s, {});
    SD_RETURN_IF_ERROR(highest);
    // FTS5 merges its segments while the rows go in (automerge); for one statement that
    // writes a whole file's terms, merging once they are all in does the work once.
    const QStringList steps{
        u"INSERT INTO alert_fts (alert_fts, rank) VALUES ('automerge', 0)"_s,
        u"INSERT INTO alert_fts (rowid, search_text) SELECT id, search_text FROM alert "
        u"WHERE id > ? ORDER BY id"_s,
        u"INSERT INTO alert_fts (alert_fts, rank) VALUES ('automerge', %1)"_s.arg(kAutomerge)};
    for (const QString &step : steps) {
        auto done = runSql(m_database.connection(), step,
                           step.contains(u'?') ? QVariantList{m_indexedUpTo} : QVariantList{});
        SD_RETURN_IF_ERROR(done);
    }
    m_indexedUpTo = highest->toLongLong();
    m_unindexed = false;
    return {};
}

Status AlertBulkWriter::finish() {
    m_sqliteInsert.finish();
    m_insert.finish();
    m_update.finish();
    SD_RETURN_IF_ERROR(m_tally.flush());
    if (m_triggerSql.isEmpty()) {
        return {};
    }
    if (Status indexed = indexNewRows(); !indexed) {
        return indexed;
    }
    if (auto restored = runSql(m_database.connection(), m_triggerSql, {}); !restored) {
        return restored.error();
    }
    m_triggerSql.clear();
    return {};
}

Status AlertBulkWriter::bindAndRun(QSqlQuery &query, const QVariantList &values,
                                   const Alert &alert) {
    for (qsizetype i = 0; i < values.size(); ++i) {
        query.bindValue(int(i), bindable(values[i]));
    }
    if (!query.exec()) {
        const bool inserting = &query == &m_insert;
        return databaseError(query.lastError(), inserting
                                                    ? Tr::tr("add alert %1").arg(alert.number)
                                                    : Tr::tr("change alert %1").arg(alert.number));
    }
    return {};
}

Result<bool> AlertBulkWriter::insertOnSqlite(const Alert &alert) {
    SqliteBulkStatement &insert = m_sqliteInsert;
    int column = 0;
    insert.bind(column++, m_database.stationId());
    insert.bind(column++, alert.number);
    insert.bind(column++, alert.receivedAt);
    insert.bind(column++, toKey(alert.source));
    insert.bind(column++, toKey(alert.category));
    insert.bind(column++, qint64(alert.preventable ? 1 : 0));
    alert.areaId ? insert.bind(column++, *alert.areaId) : insert.bindNull(column++);
    for (const QString *text :
         {&alert.location, &alert.callerName, &alert.callerPhone, &alert.summary}) {
        insert.bind(column++, *text);
    }
    insert.bind(column++, toKey(alert.status));
    insert.bind(column++, SearchText::index({alert.summary, alert.location, alert.callerName,
                                             alert.callerPhone}));
    insert.bind(column++, m_nowMs);
    insert.bind(column++, m_nowMs);
    insert.bind(column++, m_actor);
    const int changed = insert.run();
    if (changed < 0) {
        return databaseError(insert.lastError(), Tr::tr("add alert %1").arg(alert.number));
    }
    m_unindexed = m_unindexed || changed > 0;
    if (changed > 0) {
        m_tally.count(alert, 1);
    }
    return changed > 0;
}

Status AlertBulkWriter::requireOpen(const Alert &alert) const {
    if (const ClosedPeriod *closed = closedPeriodOf(m_closed, alert.receivedAt)) {
        return ClosedPeriodRepository::closedError(closed->period, alert.number, u"received_at"_s);
    }
    return {};
}

Result<bool> AlertBulkWriter::insert(const Alert &alert) {
    SD_RETURN_IF_ERROR(requireOpen(alert));
    if (m_sqliteInsert.isPrepared()) {
        return insertOnSqlite(alert);
    }
    QVariantList values{m_database.stationId(), alert.number};
    values << contentValues(alert) << m_nowMs << m_nowMs << m_actor;
    SD_RETURN_IF_ERROR(bindAndRun(m_insert, values, alert));
    const bool inserted = m_insert.numRowsAffected() > 0;
    m_unindexed = m_unindexed || inserted;
    if (inserted) {
        m_tally.count(alert, 1);
    }
    return inserted;
}

Status AlertBulkWriter::update(const Alert &alert) {
    // The update trigger replaces the row's index entry, so a row inserted by this writer
    // (a number twice in one file) must be indexed first.
    if (Status indexed = indexNewRows(); !indexed) {
        return indexed;
    }
    auto before = m_tally.storedFacts(alert.number);
    SD_RETURN_IF_ERROR(before);
    if (const ClosedPeriod *closed = closedPeriodOf(m_closed, before->receivedAt)) {
        return ClosedPeriodRepository::closedError(closed->period, alert.number, u"number"_s);
    }
    SD_RETURN_IF_ERROR(requireOpen(alert));
    QVariantList values = contentValues(alert);
    values << m_nowMs << m_actor << m_database.stationId() << alert.number;
    SD_RETURN_IF_ERROR(bindAndRun(m_update, values, alert));
    m_tally.count(before.value(), -1);
    m_tally.count(alert, 1);
    return {};
}

Result<QString> AlertBulkWriter::nextNumber(int year) {
    if (!m_nextByYear.contains(year)) {
        auto first = AlertRepository(m_database).nextNumber(year);
        SD_RETURN_IF_ERROR(first);
        m_nextByYear.insert(year, first->mid(8).toLongLong());
    }
    const qint64 next = m_nextByYear[year]++;
    return u"JQ-%1-%2"_s.arg(year).arg(next, 6, 10, QChar(u'0'));
}

} // namespace sd
