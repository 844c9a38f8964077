#include "core/frontdesk/AlertTallyRepository.h"

#include "core/kernel/settings/StationCalendar.h"
#include "core/kernel/storage/Columns.h"
#include "core/kernel/storage/Sql.h"
#include "core/kernel/storage/Transaction.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>
#include <algorithm>
#include <tuple>

using namespace Qt::StringLiterals;

namespace sd {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(sd::AlertTallyRepository)
};

constexpr qint64 kQuarterHourMs = 15 * 60 * 1000;
const QString kFactColumns = u"received_at, source, category, preventable, area_id, status"_s;

AlertFacts factsFrom(const QSqlQuery &query) {
    AlertFacts facts;
    readColumns(query, 0, facts.receivedAt, facts.source, facts.category, facts.preventable,
                facts.areaId, facts.status);
    return facts;
}

qint64 valueOf(const TallyBase &base, TallyAttribute attribute) {
    switch (attribute) {
    case TallyAttribute::BySource:
        return base.source;
    case TallyAttribute::ByArea:
        return base.area;
    case TallyAttribute::ByStatus:
        return base.status;
    case TallyAttribute::ByHour:
        return base.hour;
    }
    return 0;
}

// The stored text of an attribute's value: the enum's key, the area's id ('' for none),
// the hour as two digits.
QString keyText(TallyAttribute attribute, qint64 value) {
    switch (attribute) {
    case TallyAttribute::BySource:
        return toKey(static_cast<AlertSource>(value));
    case TallyAttribute::ByArea:
        return value < 0 ? QString() : QString::number(value);
    case TallyAttribute::ByStatus:
        return toKey(static_cast<AlertStatus>(value));
    case TallyAttribute::ByHour:
        return u"%1"_s.arg(value, 2, 10, QChar(u'0'));
    }
    return {};
}

// Each count an alert's place adds to, in every crossing.
void addCells(const TallyBase &base, qint64 delta, QHash<TallyCell, qint64> &cells) {
    const QList<TallyCrossing> &crossings = tallyCrossings();
    for (int i = 0; i < crossings.size(); ++i) {
        const TallyCrossing &crossing = crossings[i];
        TallyCell cell{.crossing = i, .day = base.day};
        if (crossing.splitByCategory()) {
            cell.category = base.category;
            cell.preventable = base.preventable;
        }
        if (crossing.attributes.size() > 0) {
            cell.key1 = valueOf(base, crossing.attributes[0]);
        }
        if (crossing.attributes.size() > 1) {
            cell.key2 = valueOf(base, crossing.attributes[1]);
        }
        cells[cell] += delta;
    }
}

QHash<TallyCell, qint64> cellsOf(const QHash<TallyBase, qint64> &bases) {
    QHash<TallyCell, qint64> cells;
    for (auto it = bases.cbegin(); it != bases.cend(); ++it) {
        if (it.value() != 0) {
            addCells(it.key(), it.value(), cells);
        }
    }
    return cells;
}

// A cell's stored columns after station_id: crossing, day, category, preventable, key1, key2.
QVariantList columnsOf(const TallyCell &cell) {
    const TallyCrossing &crossing = tallyCrossings()[cell.crossing];
    const auto key = [&](int index, qint64 value) {
        return index < crossing.attributes.size() ? keyText(crossing.attributes[index], value)
                                                  : QString();
    };
    return {crossing.name(),
            cell.day,
            crossing.splitByCategory() ? toKey(static_cast<AlertCategory>(cell.category))
                                       : QString(),
            cell.preventable ? 1 : 0,
            key(0, cell.key1),
            key(1, cell.key2)};
}

QString describe(const QVariantList &columns) {
    QStringList parts;
    for (const QVariant &column : columns) {
        parts << column.toString();
    }
    return parts.join(u'|');
}
} // namespace

AlertFacts AlertFacts::of(const Alert &alert) {
    return {alert.receivedAt,  alert.source, alert.category,
            alert.preventable, alert.areaId, alert.status};
}

size_t qHash(const TallyBase &base, size_t seed) {
    return qHashMulti(seed, base.day, base.hour, base.source, base.category, base.status,
                      base.preventable, base.area);
}

size_t qHash(const TallyCell &cell, size_t seed) {
    return qHashMulti(seed, cell.crossing, cell.day, cell.category, cell.preventable, cell.key1,
                      cell.key2);
}

QString toKey(TallyAttribute attribute) {
    switch (attribute) {
    case TallyAttribute::BySource:
        return u"source"_s;
    case TallyAttribute::ByArea:
        return u"area"_s;
    case TallyAttribute::ByStatus:
        return u"status"_s;
    case TallyAttribute::ByHour:
        return u"hour"_s;
    }
    return {};
}

QString TallyCrossing::name() const {
    QStringList keys;
    for (TallyAttribute attribute : attributes) {
        keys << toKey(attribute);
    }
    return keys.join(u'+');
}

const QList<TallyCrossing> &tallyCrossings() {
    using enum TallyAttribute;
    static const QList<TallyCrossing> crossings{
        {{}},
        {{BySource}},
        {{ByArea}},
        {{ByStatus}},
        {{ByHour}},
        {{BySource, ByArea}},
        {{BySource, ByStatus}},
        {{BySource, ByHour}},
        {{ByArea, ByStatus}},
        {{ByArea, ByHour}},
        {{ByStatus, ByHour}},
    };
    return crossings;
}

StationHours::DayHour StationHours::at(qint64 utcMs) {
    // Floor division, so instants before 1970 land in their own quarter hour.
    const qint64 quarter =
        utcMs >= 0 ? utcMs / kQuarterHourMs : -((-utcMs - 1) / kQuarterHourMs) - 1;
    auto found = m_byQuarterHour.constFind(quarter);
    if (found != m_byQuarterHour.cend()) {
        return found.value();
    }
    const QDateTime local = QDateTime::fromMSecsSinceEpoch(quarter * kQuarterHourMs, m_zone);
    const QDate date = local.date();
    const DayHour dayHour{date.year() * 10000 + date.month() * 100 + date.day(),
                          local.time().hour()};
    m_byQuarterHour.insert(quarter, dayHour);
    return dayHour;
}

Result<StationHours *> AlertTallyRepository::hours() const {
    if (!m_hours) {
        auto zone =
            scalarSql(m_database.connection(), u"SELECT time_zone FROM station WHERE id = ?"_s,
                      {m_database.stationId()});
        SD_RETURN_IF_ERROR(zone);
        m_hours.emplace(stationZone(zone->toString()));
    }
    return &*m_hours;
}

void AlertTallyRepository::count(const AlertFacts &facts, qint64 delta) {
    auto placed = hours();
    if (!placed) {
        m_failure = placed.error();
        return;
    }
    const StationHours::DayHour at = placed.value()->at(facts.receivedAt);
    const TallyBase base{.day = at.day,
                         .hour = at.hour,
                         .source = int(facts.source),
                         .category = int(facts.category),
                         .status = int(facts.status),
                         .preventable = facts.preventable,
                         .area = facts.areaId.value_or(-1)};
    m_deltas[base] += delta;
}

Result<AlertFacts> AlertTallyRepository::storedFacts(qint64 alertId) const {
    return rowSql(m_database.connection(),
                  u"SELECT %1 FROM alert WHERE id = ? AND station_id = ?"_s.arg(kFactColumns),
                  {alertId, m_database.stationId()}, Tr::tr("No alert with id %1").arg(alertId),
                  factsFrom);
}

Result<AlertFacts> AlertTallyRepository::storedFacts(const QString &number) const {
    return rowSql(m_database.connection(),
                  u"SELECT %1 FROM alert WHERE number = ? AND station_id = ?"_s.arg(kFactColumns),
                  {number, m_database.stationId()}, Tr::tr("No alert numbered %1").arg(number),
                  factsFrom);
}

Status AlertTallyRepository::flush() {
    SD_RETURN_IF_ERROR(m_failure);
    const QHash<TallyCell, qint64> cells = cellsOf(m_deltas);
    m_deltas.clear();
    return write(cells);
}

Status AlertTallyRepository::write(const QHash<TallyCell, qint64> &cells) const {
    QSqlQuery upsert(m_database.connection());
    upsert.prepare(u"INSERT INTO alert_tally (station_id, crossing, day, category, preventable, "
                   u"key1, key2, n) VALUES (?, ?, ?, ?, ?, ?, ?, ?) "
                   u"ON CONFLICT (station_id, crossing, day, category, preventable, key1, key2) "
                   u"DO UPDATE SET n = alert_tally.n + excluded.n"_s);
    QSqlQuery dropEmpty(m_database.connection());
    dropEmpty.prepare(u"DELETE FROM alert_tally WHERE station_id = ? AND crossing = ? AND "
                      u"day = ? AND category = ? AND preventable = ? AND key1 = ? AND key2 = ? "
                      u"AND n = 0"_s);
    // In one order for every writer: two desks importing at once on PostgreSQL then lock the
    // counts they share one after the other instead of deadlocking on them.
    QList<std::pair<TallyCell, qint64>> ordered;
    for (auto it = cells.cbegin(); it != cells.cend(); ++it) {
        if (it.value() != 0) {
            ordered.append({it.key(), it.value()});
        }
    }
    std::sort(ordered.begin(), ordered.end(), [](const auto &a, const auto &b) {
        const auto order = [](const TallyCell &cell) {
            return std::tuple(cell.crossing, cell.day, cell.category, cell.preventable, cell.key1,
                              cell.key2);
        };
        return order(a.first) < order(b.first);
    });
    for (const auto &[cell, delta] : ordered) {
        const QVariantList columns = columnsOf(cell);
        QVariantList values{m_database.stationId()};
        values << columns << delta;
        for (qsizetype i = 0; i < values.size(); ++i) {
            upsert.bindValue(int(i), bindable(values[i]));
        }
        if (!upsert.exec()) {
            return databaseError(upsert.lastError(), Tr::tr("keep the alert counts"));
        }
        // A count brought to zero goes, so the kept rows stay as few as the alerts' places.
        if (delta < 0) {
            values.removeLast();
            for (qsizetype i = 0; i < values.size(); ++i) {
                dropEmpty.bindValue(int(i), bindable(values[i]));
            }
            if (!dropEmpty.exec()) {
                return databaseError(dropEmpty.lastError(), Tr::tr("keep the alert counts"));
            }
        }
    }
    return {};
}

Result<QHash<TallyBase, qint64>> AlertTallyRepository::everyAlert() const {
    auto placed = hours();
    SD_RETURN_IF_ERROR(placed);
    auto query = runSql(m_database.connection(),
                        u"SELECT %1 FROM alert WHERE station_id = ?"_s.arg(kFactColumns),
                        {m_database.stationId()});
    SD_RETURN_IF_ERROR(query);
    AlertTallyRepository counter(m_database);
    counter.m_hours = m_hours;
    while (query->next()) {
        counter.count(factsFrom(query.value()), 1);
    }
    return counter.m_deltas;
}

Status AlertTallyRepository::rebuild() const {
    auto alerts = everyAlert();
    SD_RETURN_IF_ERROR(alerts);
    if (auto cleared =
            runSql(m_database.connection(), u"DELETE FROM alert_tally WHERE station_id = ?"_s,
                   {m_database.stationId()});
        !cleared) {
        return cleared.error();
    }
    return write(cellsOf(alerts.value()));
}

Status AlertTallyRepository::ensureBuilt(qint64 nowMs) const {
    auto placed = hours();
    SD_RETURN_IF_ERROR(placed);
    const QString zoneName = QString::fromUtf8(placed.value()->zone().id());
    auto state = optionalRowSql(
        m_database.connection(), u"SELECT time_zone FROM alert_tally_state WHERE station_id = ?"_s,
        {m_database.stationId()}, [](const QSqlQuery &row) { return row.value(0).toString(); });
    SD_RETURN_IF_ERROR(state);
    if (state.value() == zoneName) {
        return {};
    }
    return inTransaction(m_database, [&]() -> Status {
        // Whoever writes the state row builds; a second desk waits on it and then finds the
        // counts built in the same zone.
        auto claimed = runSql(m_database.connection(),
                              u"INSERT INTO alert_tally_state (station_id, time_zone, built_at) "
                              u"VALUES (?, ?, ?) ON CONFLICT (station_id) DO UPDATE SET "
                              u"time_zone = excluded.time_zone, built_at = excluded.built_at "
                              u"WHERE alert_tally_state.time_zone <> excluded.time_zone"_s,
                              {m_database.stationId(), zoneName, nowMs});
        SD_RETURN_IF_ERROR(claimed);
        if (claimed->numRowsAffected() == 0) {
            return {};
        }
        return rebuild();
    });
}

Result<QStringList> AlertTallyRepository::verify() const {
    Transaction snapshot(m_database, Transaction::Kind::Snapshot);
    SD_RETURN_IF_ERROR(snapshot.begun());
    auto alerts = everyAlert();
    SD_RETURN_IF_ERROR(alerts);
    QHash<QString, qint64> expected;
    const QHash<TallyCell, qint64> cells = cellsOf(alerts.value());
    for (auto it = cells.cbegin(); it != cells.cend(); ++it) {
        if (it.value() != 0) {
            expected.insert(describe(columnsOf(it.key())), it.value());
        }
    }
    auto stored = runSql(m_database.connection(),
                         u"SELECT crossing, day, category, preventable, key1, key2, n "
                         u"FROM alert_tally WHERE station_id = ? AND n <> 0"_s,
                         {m_database.stationId()});
    SD_RETURN_IF_ERROR(stored);
    QStringList mismatches;
    while (stored->next()) {
        QVariantList columns;
        for (int i = 0; i < 6; ++i) {
            columns << stored->value(i);
        }
        const QString cell = describe(columns);
        const qint64 kept = stored->value(6).toLongLong();
        const qint64 counted = expected.take(cell);
        if (kept != counted) {
            mismatches
                << Tr::tr("%1: kept %2, the alerts count %3").arg(cell).arg(kept).arg(counted);
        }
    }
    for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
        mismatches << Tr::tr("%1: kept 0, the alerts count %2").arg(it.key()).arg(it.value());
    }
    mismatches.sort();
    return mismatches;
}

} // namespace sd
