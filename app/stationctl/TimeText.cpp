#include "app/stationctl/TimeText.h"

#include <QDateTime>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace sd {

QString TimeText::format(qint64 ms) {
    const QDateTime local = QDateTime::fromMSecsSinceEpoch(ms).toLocalTime();
    // A local QDateTime prints no offset in ISO format; one with a fixed offset does.
    return local.toOffsetFromUtc(local.offsetFromUtc()).toString(Qt::ISODate);
}

Result<qint64> TimeText::parseBound(const QString &text, const QString &option, Bound bound) {
    static const QRegularExpression dateOnly(u"^\\d{4}-\\d{2}-\\d{2}$"_s);
    static const QRegularExpression dateTime(
        u"^\\d{4}-\\d{2}-\\d{2}[T ]\\d{2}:\\d{2}(:\\d{2}(\\.\\d{1,3})?)?(Z|[+-]\\d{2}:\\d{2})?$"_s);
    const QString trimmed = text.trimmed();
    const auto invalid = [&] {
        return Error::usage(tr("invalid date \"%1\" for %2; use YYYY-MM-DD or "
                               "YYYY-MM-DDTHH:MM[:SS], optionally with Z or +HH:MM")
                                .arg(text, option));
    };
    if (dateOnly.match(trimmed).hasMatch()) {
        const QDate date = QDate::fromString(trimmed, Qt::ISODate);
        if (!date.isValid()) {
            return invalid();
        }
        const QDate day = bound == Bound::To ? date.addDays(1) : date;
        return day.startOfDay().toMSecsSinceEpoch();
    }
    if (!dateTime.match(trimmed).hasMatch()) {
        return invalid();
    }
    QString iso = trimmed;
    iso[10] = u'T';
    const QDateTime parsed = QDateTime::fromString(iso, Qt::ISODate);
    if (!parsed.isValid()) {
        return invalid();
    }
    return parsed.toMSecsSinceEpoch();
}

} // namespace sd
