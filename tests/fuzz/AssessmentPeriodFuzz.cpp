// AssessmentPeriod::parse on any text (a period typed in the assessment views or given to
// `stationctl assess`). What it accepts prints back as text that parses to the same period,
// in the kind it had, and counts consistently (ordinal, shifted).
#include "FuzzSupport.h"
#include "core/assessment/AssessmentPeriod.h"

using namespace sd;
using namespace Qt::StringLiterals;

extern "C" int LLVMFuzzerInitialize(int *, char ***) {
    fuzz::startQt();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    const QString text = fuzz::textOf(data, size);
    for (const PeriodKind kind : {PeriodKind::Month, PeriodKind::Quarter, PeriodKind::Year}) {
        const auto expected = AssessmentPeriod::parse(text, kind);
        fuzz::check(!expected || expected->kind() == kind, "parse(text, kind) gave another kind",
                    text);
    }
    const auto period = AssessmentPeriod::parse(text);
    if (!period) {
        fuzz::check(period.error().field == u"period"_s && !period.error().message.isEmpty(),
                    "a refused period without a message on its field", text);
        return 0;
    }
    fuzz::check(period->isValid(), "parse accepted an invalid period", text);
    const QString printed = period->toString();
    const auto again = AssessmentPeriod::parse(printed, period->kind());
    fuzz::check(again.ok() && *again == *period, "toString → parse changed the period",
                text + u" → "_s + printed);
    fuzz::check(AssessmentPeriod::fromOrdinal(period->kind(), period->ordinal()) == *period,
                "fromOrdinal(ordinal()) changed the period", printed);
    fuzz::check(period->shifted(1).shifted(-1) == *period &&
                    period->shifted(1).ordinal() == period->ordinal() + 1,
                "shifting by one period is not consistent", printed);
    return 0;
}
