#include "core/frontdesk/AlertRules.h"

#include "core/organisation/ContactValidator.h"

#include <QCoreApplication>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace sd::AlertRules {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(sd::AlertRules)
};
} // namespace

bool isValidNumber(const QString &number) {
    static const QRegularExpression pattern(u"^JQ-\\d{4}-\\d{6}$"_s);
    return pattern.match(number).hasMatch();
}

std::optional<qint64> numberCode(const QString &number) {
    if (!isValidNumber(number)) {
        return std::nullopt;
    }
    constexpr qint64 kPerYear = 1000000;
    return QStringView(number).mid(3, 4).toLongLong() * kPerYear +
           QStringView(number).mid(8).toLongLong();
}

QList<Error> problems(const Alert &alert, qint64 nowMs) {
    QList<Error> found;
    if (!alert.number.isEmpty() && !isValidNumber(alert.number)) {
        found << Error::validation(
            u"number"_s,
            Tr::tr("\"%1\" is not an alert number like JQ-2026-000123.").arg(alert.number));
    }
    if (alert.receivedAt < kEarliestReceivedMs) {
        found << Error::validation(
            u"received_at"_s,
            Tr::tr("The received time is before %1, the earliest time an alert can have.")
                .arg(u"1970-01-01 00:00 UTC"_s));
    } else if (alert.receivedAt == 0) {
        found << Error::validation(u"received_at"_s, Tr::tr("Enter when the alert was received."));
    } else if (alert.receivedAt > nowMs + kFutureToleranceMs) {
        found << Error::validation(u"received_at"_s, Tr::tr("The received time is in the future."));
    }
    if (alert.summary.trimmed().isEmpty()) {
        found << Error::validation(u"summary"_s, Tr::tr("Enter a summary of the alert."));
    } else if (alert.summary.size() > kMaxSummary) {
        found << Error::validation(
            u"summary"_s, Tr::tr("The summary is longer than %1 characters.").arg(kMaxSummary));
    }
    if (alert.location.size() > kMaxLocation) {
        found << Error::validation(
            u"location"_s, Tr::tr("The location is longer than %1 characters.").arg(kMaxLocation));
    }
    if (alert.callerName.size() > kMaxCallerName) {
        found << Error::validation(
            u"caller_name"_s,
            Tr::tr("The caller's name is longer than %1 characters.").arg(kMaxCallerName));
    }
    if (!alert.callerPhone.isEmpty() && !ContactValidator::isValidPhone(alert.callerPhone)) {
        found << Error::validation(u"caller_phone"_s,
                                   Tr::tr("\"%1\" is not a phone number: use an 11-digit mobile "
                                          "number or a landline with its area code.")
                                       .arg(alert.callerPhone));
    }
    for (qsizetype i = 0; i < alert.officerIds.size(); ++i) {
        if (alert.officerIds.indexOf(alert.officerIds[i]) != i) {
            found << Error::validation(u"officers"_s, Tr::tr("An officer is listed twice."));
            break;
        }
    }
    return found;
}

} // namespace sd::AlertRules
