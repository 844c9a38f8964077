#include "core/frontdesk/AlertImporter.h"

#include "core/frontdesk/AlertBulkWriter.h"
#include "core/frontdesk/AlertCsv.h"
#include "core/frontdesk/AlertRules.h"
#include "core/kernel/documents/CsvImportOutcome.h"
#include "core/kernel/settings/StationCalendar.h"
#include "core/kernel/storage/Transaction.h"
#include "core/organisation/UnitRepository.h"

#include <QDateTime>
#include <QFile>

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

} // namespace

Result<AlertImportReport>
AlertImporter::importFile(const QString &path, const AlertImportOptions &options,
                          const std::function<bool(qint64, qint64)> &progress) const {
    SD_RETURN_IF_ERROR(m_access.require(Permission::FileAlerts, u"alert_import"_s, path));
    // Every number the file names, before any row is stored: a generated number must not
    // take one that a later row names, and a number named twice is refused on its second line.
    CsvKeyIndex named([](const QString &first) { return AlertRules::numberCode(first.trimmed()); });
    auto facts = CsvImportFile::inspect(path, &named);
    SD_RETURN_IF_ERROR(facts);
    auto areas = UnitRepository(m_database).areaNames();
    SD_RETURN_IF_ERROR(areas);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return Error::validation(u"file"_s, tr("Cannot read %1: %2").arg(path, file.errorString()));
    }
    const qint64 totalBytes = file.size();
    const QStringList &columns = AlertCsv::columns();
    SD_RETURN_IF_ERROR(CsvImportFile::checkHeader(file, path, columns, facts->encoding));
    CsvRejects rejects;

    AlertImportReport report;
    report.sha256 = facts->sha256;
    const AlertCsv csv(stationZone(m_station), areas.value());
    const qint64 now = m_clock.nowMs();
    const ImportCache cache(m_database);
    Status outcome = inTransaction(m_database, [&]() -> Status {
        // From the top on every attempt: a retried transaction must not see a used reader.
        report = AlertImportReport();
        report.sha256 = facts->sha256;
        if (Status opened =
                rejects.open(options.skipInvalid ? options.rejectsPath : QString(), columns);
            !opened) {
            return opened;
        }
        file.seek(0);
        CsvReader reader(file, facts->encoding);
        CsvRecord record;
        reader.next(record); // the header, checked above
        AlertBulkWriter writer(m_database, now, m_session.actor().name);
        if (Status begun = writer.begin(); !begun) {
            return begun;
        }
        YearOf yearOf(stationZone(m_station));
        while (reader.next(record)) {
            if (record.fields.size() == 1 && record.fields.first().isEmpty()) {
                continue; // a blank line
            }
            ++report.rows;
            QStringList problems;
            auto note = [&](const QString &column, const QString &message) {
                report.problems.add(record.line, column, message);
                problems << column + u": "_s + message;
            };
            Alert alert;
            if (record.fields.size() != columns.size()) {
                note(columns.first(), tr("expected %1 fields, found %2")
                                          .arg(columns.size())
                                          .arg(record.fields.size()));
            } else {
                for (const auto &problem : csv.parse(record.fields, alert)) {
                    note(problem.column, problem.message);
                }
                if (problems.isEmpty()) {
                    for (const Error &error : AlertRules::problems(alert, now)) {
                        note(error.field, error.message);
                    }
                }
                if (const auto code = AlertRules::numberCode(alert.number)) {
                    if (const auto first = named.firstLine(*code); first && *first < record.line) {
                        note(u"number"_s, tr("alert %1 is already on line %2 of this file")
                                              .arg(alert.number)
                                              .arg(*first));
                    }
                }
            }
            if (!problems.isEmpty()) {
                ++report.rejected;
                if (Status kept = rejects.add(record.fields, problems); !kept) {
                    return kept;
                }
            } else if (alert.number.isEmpty()) {
                // A generated number is taken if a row of this file names it (skip it) or if
                // someone stored it by hand (the insert says so): try the next.
                for (bool inserted = false; !inserted;) {
                    auto number = writer.nextNumber(yearOf(alert.receivedAt));
                    SD_RETURN_IF_ERROR(number);
                    if (named.contains(AlertRules::numberCode(number.value()).value_or(-1))) {
                        continue;
                    }
                    alert.number = number.value();
                    auto stored = writer.insert(alert);
                    SD_RETURN_IF_ERROR(stored);
                    inserted = stored.value();
                }
                ++report.inserted;
            } else if (auto stored = writer.insert(alert); !stored) {
                return stored.error();
            } else if (stored.value()) {
                ++report.inserted;
            } else if (options.update) {
                if (Status updated = writer.update(alert); !updated) {
                    return updated;
                }
                ++report.updated;
            } else {
                note(u"number"_s,
                     tr("alert %1 already exists (use --update to change it)").arg(alert.number));
                ++report.rejected;
                if (Status kept = rejects.add(record.fields, problems); !kept) {
                    return kept;
                }
            }
            if (progress && report.rows % kProgressEvery == 0 &&
                !progress(reader.bytesRead(), totalBytes)) {
                report.cancelled = true;
                return Error{ErrorCode::Usage, tr("Import cancelled"), {}, {}};
            }
        }
        if (reader.error()) {
            return reader.error().value();
        }
        if (!report.problems.isEmpty() && !options.skipInvalid) {
            return Error::validation(u"file"_s, report.problems.report());
        }
        if (Status finished = writer.finish(); !finished) {
            return finished;
        }
        if (Status audited = m_audit.append(
                {u"alert.import"_s, u"alert_import"_s, path, u"success"_s,
                 u"sha256=%1 rows=%2 inserted=%3 updated=%4 rejected=%5"_s.arg(report.sha256)
                     .arg(report.rows)
                     .arg(report.inserted)
                     .arg(report.updated)
                     .arg(report.rejected)});
            !audited) {
            return audited;
        }
        // Last before COMMIT: the rejected rows are on disk before any good row is stored,
        // and a file that cannot be written stores nothing.
        return rejects.commit();
    });
    if (progress && outcome) {
        progress(totalBytes, totalBytes);
    }
    return settleCsvImport(outcome, std::move(report), options, rejects, m_audit, u"alert"_s, path);
}

} // namespace sd
