#pragma once

#include "core/kernel/common/EnumKeys.h"
#include "core/kernel/common/Result.h"

#include <QCoreApplication>
#include <QString>
#include <optional>

namespace sd {

#define SD_ENUM_KEYS_FILE "core/assessment/AssessmentPeriodKeys.def"
#include "core/kernel/common/EnumKeysDeclare.inc"

// One assessment period as written everywhere: "2026-07" (a month), "2026-Q3" (a
// quarter) or "2026" (a year). The text form sorts in time order within one kind, so
// it is what the database stores; ordinal() counts periods so streaks can tell whether
// two periods are consecutive.
class AssessmentPeriod {
    Q_DECLARE_TR_FUNCTIONS(sd::AssessmentPeriod)

public:
    AssessmentPeriod() = default;
    AssessmentPeriod(PeriodKind kind, int year, int index)
        : m_kind(kind)
        , m_year(year)
        , m_index(index) {}

    // Refuses (Validation, field "period") text that is not a period, or a month or
    // quarter that does not exist (2026-13, 2026-Q5), naming what was typed.
    static Result<AssessmentPeriod> parse(const QString &text);
    // As parse, and also refuses a period of another kind than the scheme's.
    static Result<AssessmentPeriod> parse(const QString &text, PeriodKind expected);
    static AssessmentPeriod fromOrdinal(PeriodKind kind, int ordinal);

    PeriodKind kind() const { return m_kind; }
    int year() const { return m_year; }
    int index() const { return m_index; } // month 1–12, quarter 1–4, 0 for a year
    bool isValid() const { return m_year > 0; }

    QString toString() const;
    int ordinal() const;
    AssessmentPeriod shifted(int periods) const { return fromOrdinal(m_kind, ordinal() + periods); }

    bool operator==(const AssessmentPeriod &other) const = default;

private:
    PeriodKind m_kind = PeriodKind::Month;
    int m_year = 0;
    int m_index = 0;
};

} // namespace sd
