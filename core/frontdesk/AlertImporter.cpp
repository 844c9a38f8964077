#include "core/frontdesk/AlertImporter.h"

#include "core/frontdesk/AlertBulkWriter.h"
#include "core/frontdesk/AlertCsv.h"
#include "core/frontdesk/AlertRules.h"
#include "core/kernel/documents/CsvImportRun.h"
#include "core/kernel/settings/StationCalendar.h"
#include "core/organisation/UnitRepository.h"

#include <QDateTime>

using namespace Qt::StringLiterals;

namespace sd {

namespace {
constexpr int kProgressEvery = 2000;

// The station-time year of an instant, for alert numbers. Rows come mostly in time order, so
// the last year's bounds answer nearly every call without a time-zone conversion (which
// cost more than the row's insert on a million-row file).
class YearOf {
public:
    explicit YearOf(QTimeZone zone)
        : m_zone(std::move(zone)) {}
    int operator()(qint64 utcMs) {
        if (utcMs < m_from || utcMs >= m_to) {
            m_year = QDateTime::fromMSecsSinceEpoch(utcMs, m_zone).date().year();
            m_from = QDateTime(QDate(m_year, 1, 1), QTime(0, 0), m_zone).toMSecsSinceEpoch();
            m_to = QDateTime(QDate(m_year + 1, 1, 1), QTime(0, 0), m_zone).toMSecsSinceEpoch();
        }
        return m_year;
    }

private:
    QTimeZone m_zone;
    qint64 m_from = 1;
    qint64 m_to = 0;
    int m_year = 0;
};

// A million-row import in one transaction overflows SQLite's default 2 MB page cache, and
// every overflow spills index and full-text pages to the WAL, many of them again and again.
// A bounded 64 MiB cache for the import's duration keeps that working set in memory.
class ImportCache {
public:
    explicit ImportCache(const Database &database)
        : m_database(database) {
        m_old = database.dialect().pageCacheSize(database.connection());
        if (m_old) {
            database.dialect().setPageCacheSize(database.connection(), -65536);
        }
    }
    ~ImportCache() {
        if (m_old) {
            m_database.dialect().setPageCacheSize(m_database.connection(), *m_old);
        }
    }
    ImportCache(const ImportCache &) = delete;
    ImportCache &operator=(const ImportCache &) = delete;

private:
    const Database &m_database;
    std::optional<qint64> m_old;
};

// The alert file's rows: parsed and checked by AlertRules, then stored by the bulk writer; a
// row without a number gets the next free one of its year.
class AlertRows : public CsvImportRows {
    Q_DECLARE_TR_FUNCTIONS(sd::AlertImporter)

public:
    AlertRows(const Database &database, const AlertCsv &csv, const CsvKeyIndex &named,
              const QTimeZone &zone, qint64 now, const QString &actor,
              const AlertImportOptions &options)
        : m_csv(csv)
        , m_named(named)
        , m_now(now)
        , m_options(options)
        , m_writer(database, now, actor)
        , m_yearOf(zone) {}

    Status begin() override { return m_writer.begin(); }
    Status finish() override { return m_writer.finish(); }

    Result<CsvRowStored> store(CsvImportRow &row) override {
        Alert alert;
        for (const auto &problem : m_csv.parse(row.fields(), alert)) {
            row.note(problem.column, problem.message);
        }
        if (row.ok()) {
            for (const Error &error : AlertRules::problems(alert, m_now)) {
                row.note(error.field, error.message);
            }
        }
        if (const auto code = AlertRules::numberCode(alert.number)) {
            if (const auto first = m_named.firstLine(*code); first && *first < row.line()) {
                row.note(u"number"_s, tr("alert %1 is already on line %2 of this file")
                                          .arg(alert.number)
                                          .arg(*first));
            }
        }
        if (row.ok()) {
            noteRefusal(row, m_writer.requireOpen(alert));
        }
        if (!row.ok()) {
            return CsvRowStored::Nothing;
        }
        if (alert.number.isEmpty()) {
            // A generated number is taken if a row of this file names it (skip it) or if
            // someone stored it by hand (the insert says so): try the next.
            for (bool inserted = false; !inserted;) {
                auto number = m_writer.nextNumber(m_yearOf(alert.receivedAt));
                SD_RETURN_IF_ERROR(number);
                if (m_named.contains(AlertRules::numberCode(number.value()).value_or(-1))) {
                    continue;
                }
                alert.number = number.value();
                auto stored = m_writer.insert(alert);
                SD_RETURN_IF_ERROR(stored);
                inserted = stored.value();
            }
            return CsvRowStored::Inserted;
        }
        auto stored = m_writer.insert(alert);
        SD_RETURN_IF_ERROR(stored);
        if (stored.value()) {
            return CsvRowStored::Inserted;
        }
        if (m_options.update) {
            // The stored alert may be in a closed month even if the row is not: refused on
            // the row, like any other problem, so that nothing of the file is stored.
            const Status updated = m_writer.update(alert);
            if (noteRefusal(row, updated)) {
                return CsvRowStored::Nothing;
            }
            SD_RETURN_IF_ERROR(updated);
            return CsvRowStored::Updated;
        }
        row.note(u"number"_s,
                 tr("alert %1 already exists (use --update to change it)").arg(alert.number));
        return CsvRowStored::Nothing;
    }

private:
    // A refusal of the row's content (a closed month) is noted on the row; true if it was.
    static bool noteRefusal(CsvImportRow &row, const Status &status) {
        if (status || status.error().code != ErrorCode::Validation) {
            return false;
        }
        row.note(status.error().field, status.error().message);
        return true;
    }

    const AlertCsv &m_csv;
    const CsvKeyIndex &m_named;
    qint64 m_now;
    const AlertImportOptions &m_options;
    AlertBulkWriter m_writer;
    YearOf m_yearOf;
};

} // namespace

Result<AlertImportReport>
AlertImporter::importFile(const QString &path, const AlertImportOptions &options,
                          const std::function<bool(qint64, qint64)> &progress) const {
    SD_RETURN_IF_ERROR(m_context.access.require(Permission::FileAlerts, u"alert_import"_s, path));
    auto areas = UnitRepository(m_context.database).areaNames();
    SD_RETURN_IF_ERROR(areas);
    CsvKeyIndex named([](const QString &first) { return AlertRules::numberCode(first.trimmed()); });
    const AlertCsv csv(stationZone(m_context.station), areas.value());
    const qint64 now = m_context.clock.nowMs();
    const QString actor = m_context.session.actor().name;
    const ImportCache cache(m_context.database);
    const CsvImportRun run(m_context.database, m_context.audit,
                           {u"alert"_s, AlertCsv::columns(), kProgressEvery});
    return run.run(
        path, options, &named,
        [&] {
            return std::make_unique<AlertRows>(m_context.database, csv, named,
                                               stationZone(m_context.station), now, actor, options);
        },
        progress);
}

} // namespace sd
