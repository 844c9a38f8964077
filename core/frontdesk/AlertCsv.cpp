#include "core/frontdesk/AlertCsv.h"

#include <QDateTime>

using namespace Qt::StringLiterals;

namespace sd {

namespace {
enum Column {
    Number,
    ReceivedAt,
    Source,
    Category,
    Preventable,
    Area,
    Location,
    CallerName,
    CallerPhone,
    Summary,
    Status,
};

QString keysOf(const QStringList &keys) {
    return keys.join(u'|');
}

template <typename E> QString allowed(const QList<E> &values) {
    QStringList keys;
    for (const E value : values) {
        keys << toKey(value);
    }
    return keysOf(keys);
}
} // namespace

const QStringList &AlertCsv::columns() {
    static const QStringList kColumns{u"number"_s,   u"received_at"_s, u"source"_s,
                                      u"category"_s, u"preventable"_s, u"area"_s,
                                      u"location"_s, u"caller_name"_s, u"caller_phone"_s,
                                      u"summary"_s,  u"status"_s};
    return kColumns;
}

AlertCsv::AlertCsv(QTimeZone zone, QHash<qint64, QString> areaNames)
    : m_zone(std::move(zone))
    , m_areaNames(std::move(areaNames)) {
    for (auto it = m_areaNames.cbegin(); it != m_areaNames.cend(); ++it) {
        m_areaIds.insert(it.value(), it.key());
    }
}

QString AlertCsv::formatTime(qint64 utcMs) const {
    return QDateTime::fromMSecsSinceEpoch(utcMs, m_zone).toString(Qt::ISODate);
}

std::optional<qint64> AlertCsv::parseTime(const QString &text) const {
    QString iso = text.trimmed();
    if (iso.size() >= 16 && iso.at(10) == u' ') {
        iso[10] = u'T';
    }
    QDateTime parsed = QDateTime::fromString(iso, Qt::ISODateWithMs);
    if (!parsed.isValid()) {
        return std::nullopt;
    }
    if (parsed.timeSpec() == Qt::LocalTime) {
        // No offset given: the time is the station's local time.
        parsed = QDateTime(parsed.date(), parsed.time(), m_zone);
        if (!parsed.isValid()) {
            return std::nullopt;
        }
    }
    return parsed.toMSecsSinceEpoch();
}

QStringList AlertCsv::row(const Alert &alert) const {
    return {alert.number,
            formatTime(alert.receivedAt),
            toKey(alert.source),
            toKey(alert.category),
            alert.preventable ? u"1"_s : u"0"_s,
            alert.areaId ? m_areaNames.value(*alert.areaId) : QString(),
            alert.location,
            alert.callerName,
            alert.callerPhone,
            alert.summary,
            toKey(alert.status)};
}

QList<AlertCsv::Problem> AlertCsv::parse(const QStringList &fields, Alert &alert) const {
    QList<Problem> problems;
    const QStringList &names = columns();
    auto problem = [&](Column column, const QString &message) {
        problems << Problem{names[column], message};
    };
    alert.number = fields[Number].trimmed();
    if (const auto time = parseTime(fields[ReceivedAt])) {
        alert.receivedAt = *time;
    } else {
        problem(ReceivedAt, tr("\"%1\" is not an ISO 8601 time such as 2026-03-15T09:30:00 or "
                               "2026-03-15T09:30:00+08:00")
                                .arg(fields[ReceivedAt]));
    }
    if (const auto source = alertSourceFromKey(fields[Source].trimmed())) {
        alert.source = *source;
    } else {
        problem(Source,
                tr("\"%1\" is not one of %2").arg(fields[Source], allowed(allAlertSources())));
    }
    if (const auto category = alertCategoryFromKey(fields[Category].trimmed())) {
        alert.category = *category;
    } else {
        problem(Category,
                tr("\"%1\" is not one of %2").arg(fields[Category], allowed(allAlertCategories())));
    }
    const QString preventable = fields[Preventable].trimmed().toLower();
    if (preventable == u"1"_s || preventable == u"true"_s || preventable == u"yes"_s) {
        alert.preventable = true;
    } else if (preventable.isEmpty() || preventable == u"0"_s || preventable == u"false"_s ||
               preventable == u"no"_s) {
        alert.preventable = false;
    } else {
        problem(Preventable, tr("\"%1\" is not 0 or 1").arg(fields[Preventable]));
    }
    const QString area = fields[Area].trimmed();
    alert.areaId.reset();
    if (!area.isEmpty()) {
        if (m_areaIds.contains(area)) {
            alert.areaId = m_areaIds.value(area);
        } else {
            problem(Area, tr("there is no community area named \"%1\"").arg(area));
        }
    }
    alert.location = fields[Location].trimmed();
    alert.callerName = fields[CallerName].trimmed();
    alert.callerPhone = fields[CallerPhone].trimmed();
    alert.summary = fields[Summary].trimmed();
    if (const auto status = alertStatusFromKey(fields[Status].trimmed())) {
        alert.status = *status;
    } else {
        problem(Status,
                tr("\"%1\" is not one of %2").arg(fields[Status], allowed(allAlertStatuses())));
    }
    return problems;
}

} // namespace sd
