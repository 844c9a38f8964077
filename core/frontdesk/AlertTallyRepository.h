#pragma once

#include "core/frontdesk/Alert.h"
#include "core/kernel/common/Result.h"
#include "core/kernel/storage/Database.h"

#include <QHash>
#include <QTimeZone>
#include <optional>

namespace sd {

// What of an alert its kept counts depend on.
struct AlertFacts {
    qint64 receivedAt = 0;
    AlertSource source = AlertSource::Dispatch;
    AlertCategory category = AlertCategory::Other;
    bool preventable = false;
    std::optional<qint64> areaId;
    AlertStatus status = AlertStatus::Open;

    static AlertFacts of(const Alert &alert);
    bool operator==(const AlertFacts &) const = default;
};
size_t qHash(const AlertFacts &facts, size_t seed = 0);

// The attributes a count is crossed by besides its day. Category and preventable are kept
// with every count of none or one of the others; two of the others are kept crossed with
// each other only (a pair split by category too would multiply the rows a bulk import
// writes by twelve).
enum class TallyAttribute { BySource, ByArea, ByStatus, ByHour };
QString toKey(TallyAttribute attribute); // "source", "area", "status", "hour"

// A crossing as stored: "" for none, "area" for one, "area+status" for two (in the order
// of TallyAttribute), and whether its rows are split by category and preventable.
struct TallyCrossing {
    QList<TallyAttribute> attributes;
    QString name() const;
    bool splitByCategory() const { return attributes.size() < 2; }
};
// Every crossing the counts keep.
const QList<TallyCrossing> &tallyCrossings();

// The station-local day (yyyymmdd) and hour of UTC instants. Converts each quarter hour
// once: an import converts a million instants, and every time zone in use shifts by whole
// quarter hours.
class StationHours {
public:
    explicit StationHours(QTimeZone zone)
        : m_zone(std::move(zone)) {}
    struct DayHour {
        int day = 0;
        int hour = 0;
    };
    DayHour at(qint64 utcMs);
    const QTimeZone &zone() const { return m_zone; }

private:
    QTimeZone m_zone;
    QHash<qint64, DayHour> m_byQuarterHour;
};

// One alert's place in the counts: its station-local day and hour and the attributes it is
// counted by, as small numbers (enum values, the area id or -1), so a million-row import
// hashes integers rather than text.
struct TallyBase {
    int day = 0;
    int hour = 0;
    int source = 0;
    int category = 0;
    int status = 0;
    bool preventable = false;
    qint64 area = -1;
    bool operator==(const TallyBase &) const = default;
};
size_t qHash(const TallyBase &base, size_t seed = 0);

// One stored count: a crossing (index into tallyCrossings()), its day, and its keys in the
// same small numbers; category and preventable are 0 in a crossing not split by them.
struct TallyCell {
    int crossing = 0;
    int day = 0;
    int category = 0;
    bool preventable = false;
    qint64 key1 = 0;
    qint64 key2 = 0;
    bool operator==(const TallyCell &) const = default;
};
size_t qHash(const TallyCell &cell, size_t seed = 0);

// The alert counts the statistics read (table alert_tally), kept by every writer of
// alerts in its own transaction: count() each alert as it was before a write (-1) and as
// it is after (+1), then flush() before committing. Deltas are gathered per distinct
// alert facts, so a bulk import writes each count once.
class AlertTallyRepository {
public:
    explicit AlertTallyRepository(const Database &database)
        : m_database(database) {}

    void count(const AlertFacts &facts, qint64 delta);
    void count(const Alert &alert, qint64 delta) { count(AlertFacts::of(alert), delta); }
    // The facts of a stored alert, for counting it out before a change.
    Result<AlertFacts> storedFacts(qint64 alertId) const;
    Result<AlertFacts> storedFacts(const QString &number) const;
    Status flush();

    // Builds the station's counts from its alerts if they were never built (a database
    // from before the counts, or a station just created), or were built in another time
    // zone. Safe against a second desk doing the same at once.
    Status ensureBuilt(qint64 nowMs) const;
    // Every kept count that differs from a count of the alerts, in words; empty when all
    // agree. Reads one snapshot.
    Result<QStringList> verify() const;

private:
    // The station's time zone, read on first use.
    Result<StationHours *> hours() const;
    Status rebuild() const;
    // Every alert of the station, counted by its place.
    Result<QHash<TallyBase, qint64>> everyAlert() const;
    Status write(const QHash<TallyCell, qint64> &cells) const;

    const Database &m_database;
    mutable std::optional<StationHours> m_hours;
    QHash<TallyBase, qint64> m_deltas;
    Status m_failure; // a count() that could not place its alert, reported by flush()
};

} // namespace sd
