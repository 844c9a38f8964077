#include "core/demo/AlertSeeder.h"

#include "core/frontdesk/AlertBulkWriter.h"
#include "core/frontdesk/AlertCsv.h"
#include "core/kernel/documents/Csv.h"
#include "core/kernel/documents/OutputFile.h"
#include "core/kernel/settings/StationCalendar.h"
#include "core/kernel/storage/Sql.h"
#include "core/kernel/storage/Transaction.h"
#include "core/organisation/UnitRepository.h"

#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace sd {

namespace {
constexpr qint64 kProgressEvery = 10000;

Status checkOptions(const AlertSeedOptions &options) {
    if (options.count <= 0) {
        return Error::usage(AlertSeeder::tr("The number of alerts to seed must be positive."));
    }
    if (options.years < 1 || options.years > 20) {
        return Error::usage(AlertSeeder::tr("Alerts can be spread over 1 to 20 years."));
    }
    return {};
}

Result<QList<qint64>> ids(const Database &database, const QString &sql) {
    auto query = runSql(database.connection(), sql, {database.stationId()});
    SD_RETURN_IF_ERROR(query);
    QList<qint64> found;
    while (query->next()) {
        found << query->value(0).toLongLong();
    }
    return found;
}
// The handling officers of alerts just inserted, found by number through the unique index,
// so the bulk writer needs no id round trip; prepared once for the whole run.
class OfficerWriter {
public:
    explicit OfficerWriter(const Database &database)
        : m_stationId(database.stationId())
        , m_insert(database.connection()) {
        m_insert.prepare(u"INSERT INTO alert_officer (alert_id, person_id, position) "
                         u"SELECT id, ?, ? FROM alert WHERE station_id = ? AND number = ?"_s);
    }
    Status add(const QString &number, const QList<qint64> &officerIds) {
        for (qsizetype i = 0; i < officerIds.size(); ++i) {
            m_insert.bindValue(0, officerIds[i]);
            m_insert.bindValue(1, static_cast<qint64>(i));
            m_insert.bindValue(2, m_stationId);
            m_insert.bindValue(3, number);
            if (!m_insert.exec()) {
                return Error::storage(AlertSeeder::tr("The database failed to add a handling "
                                                      "officer: %1")
                                          .arg(m_insert.lastError().text()));
            }
        }
        return {};
    }

private:
    qint64 m_stationId;
    QSqlQuery m_insert;
};
} // namespace

QTimeZone AlertSeeder::zone() const {
    return stationZone(m_station);
}

Result<AlertGenerator> AlertSeeder::generator(const AlertSeedOptions &options) const {
    SD_RETURN_IF_ERROR(checkOptions(options));
    auto areas =
        ids(m_database, u"SELECT id FROM community_area WHERE station_id = ? ORDER BY id"_s);
    SD_RETURN_IF_ERROR(areas);
    auto officers = ids(m_database, u"SELECT id FROM person WHERE station_id = ? AND active = 1 "
                                    u"AND category = 'officer' ORDER BY id"_s);
    SD_RETURN_IF_ERROR(officers);
    AlertGenerator generator(options.seed, options.endMs, options.years, areas.value(),
                             officers.value(), zone());
    generator.setYearWeights(options.yearWeights);
    return generator;
}

Result<qint64> AlertSeeder::seed(const AlertSeedOptions &options,
                                 const std::function<void(qint64, qint64)> &progress) const {
    auto made = generator(options);
    SD_RETURN_IF_ERROR(made);
    const AlertGenerator &alerts = made.value();
    const QTimeZone stationZone = zone();
    Status outcome = inTransaction(m_database, [&]() -> Status {
        AlertBulkWriter writer(m_database, options.endMs, u"seed"_s);
        if (Status begun = writer.begin(); !begun) {
            return begun;
        }
        OfficerWriter officers(m_database);
        for (qint64 i = 0; i < options.count; ++i) {
            Alert alert = alerts.generate(i, options.count);
            const int year =
                QDateTime::fromMSecsSinceEpoch(alert.receivedAt, stationZone).date().year();
            // A generated number is taken only if someone stored it by hand: try the next.
            for (bool inserted = false; !inserted;) {
                auto number = writer.nextNumber(year);
                SD_RETURN_IF_ERROR(number);
                alert.number = number.value();
                auto stored = writer.insert(alert);
                SD_RETURN_IF_ERROR(stored);
                inserted = stored.value();
            }
            if (Status added = officers.add(alert.number, alert.officerIds); !added) {
                return added;
            }
            if (progress && (i + 1) % kProgressEvery == 0) {
                progress(i + 1, options.count);
            }
        }
        if (Status finished = writer.finish(); !finished) {
            return finished;
        }
        return m_audit.append({u"alert.seed"_s,
                               u"alert"_s,
                               {},
                               u"success"_s,
                               u"%1 synthetic alerts (seed %2, %3 years)"_s.arg(options.count)
                                   .arg(options.seed)
                                   .arg(options.years)});
    });
    SD_RETURN_IF_ERROR(outcome);
    if (progress) {
        progress(options.count, options.count);
    }
    return options.count;
}

Result<qint64> AlertSeeder::writeCsv(const AlertSeedOptions &options, const QString &path,
                                     const std::function<void(qint64, qint64)> &progress) const {
    auto made = generator(options);
    SD_RETURN_IF_ERROR(made);
    auto names = UnitRepository(m_database).areaNames();
    SD_RETURN_IF_ERROR(names);
    const AlertCsv csv(zone(), *names);
    OutputFile file;
    SD_RETURN_IF_ERROR(file.open(path));
    CsvWriter writer(file.device());
    bool written = writer.writeRow(AlertCsv::columns());
    for (qint64 i = 0; written && i < options.count; ++i) {
        written = writer.writeRow(csv.row(made->generate(i, options.count)));
        if (progress && (i + 1) % kProgressEvery == 0) {
            progress(i + 1, options.count);
        }
    }
    // A loop stopped by a failed write must not be committed as if it were whole.
    if (!written) {
        const QString reason = file.device().errorString();
        file.cancel();
        return Error::validation(u"output"_s, tr("Cannot write %1: %2").arg(path, reason));
    }
    SD_RETURN_IF_ERROR(file.commit());
    if (progress) {
        progress(options.count, options.count);
    }
    return options.count;
}

} // namespace sd
