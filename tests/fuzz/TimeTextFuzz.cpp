// stationctl's --from/--to parser (TimeText::parseBound) on any text, in a time zone whose
// daylight-saving changes happened at midnight (America/Sao_Paulo until 2019), so days that
// start at 01:00 are reachable. A date is a non-empty range; a time is the same instant as
// either bound; and a time printed by TimeText::format reads back as that instant.
#include "FuzzSupport.h"
#include "app/stationctl/TimeText.h"

#include <QDateTime>

using namespace sd;
using namespace Qt::StringLiterals;

extern "C" int LLVMFuzzerInitialize(int *, char ***) {
    qputenv("TZ", "America/Sao_Paulo");
    fuzz::startQt();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    const QString text = fuzz::textOf(data, size);
    const auto from = TimeText::parseBound(text, u"--from"_s, TimeText::Bound::From);
    const auto to = TimeText::parseBound(text, u"--to"_s, TimeText::Bound::To);
    fuzz::check(from.ok() == to.ok(), "a text is a valid --from but not a valid --to", text);
    if (!from) {
        fuzz::check(from.error().code == ErrorCode::Usage &&
                        from.error().message.contains(u"--from"_s) &&
                        to.error().message.contains(u"--to"_s),
                    "a refused time that does not name its option", from.error().message);
        return 0;
    }
    const bool dateOnly = text.trimmed().size() == 10;
    if (dateOnly) {
        fuzz::check(*to > *from, "a date as --from/--to is an empty range", text);
    } else {
        fuzz::check(*to == *from, "a time is a different instant as --from and as --to", text);
    }
    const qint64 ms = *from;
    const int year = QDateTime::fromMSecsSinceEpoch(ms).date().year();
    if (year < 1970 || year > 9999) {
        // Four-digit years only; and before 1914 the zone's local mean time is -03:06:28,
        // which an ISO offset (±HH:MM) cannot carry. Nothing StationDesk lists is that old.
        return 0;
    }
    const QString printed = TimeText::format(ms);
    const auto back = TimeText::parseBound(printed, u"--from"_s, TimeText::Bound::From);
    const qint64 seconds = ms - ((ms % 1000) + 1000) % 1000;
    fuzz::check(back.ok() && *back == seconds, "TimeText::format does not read back",
                text + u" → "_s + printed);
    return 0;
}
