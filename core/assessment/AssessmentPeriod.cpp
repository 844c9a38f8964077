#include "core/assessment/AssessmentPeriod.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace sd {

namespace {
constexpr int kMinYear = 1949;
constexpr int kMaxYear = 2999;

} // namespace

#define SD_ENUM_KEYS_FILE "core/assessment/AssessmentPeriodKeys.def"
#include "core/kernel/common/EnumKeysDefine.inc"

Result<AssessmentPeriod> AssessmentPeriod::parse(const QString &text) {
    static const QRegularExpression pattern(u"^(\\d{4})(?:-(?:(\\d{2})|Q(\\d)))?$"_s);
    const QString trimmed = text.trimmed().toUpper();
    const auto match = pattern.match(trimmed);
    if (!match.hasMatch()) {
        return Error::validation(u"period"_s,
                                 tr("\"%1\" is not a period: write a month as 2026-07, a quarter "
                                    "as 2026-Q3 or a year as 2026.")
                                     .arg(text));
    }
    const int year = match.captured(1).toInt();
    if (year < kMinYear || year > kMaxYear) {
        return Error::validation(u"period"_s, tr("The year %1 in \"%2\" is out of range (%3–%4).")
                                                  .arg(year)
                                                  .arg(text)
                                                  .arg(kMinYear)
                                                  .arg(kMaxYear));
    }
    if (!match.captured(2).isEmpty()) {
        const int month = match.captured(2).toInt();
        if (month < 1 || month > 12) {
            return Error::validation(
                u"period"_s, tr("\"%1\" is not a month: months run from 01 to 12.").arg(text));
        }
        return AssessmentPeriod(PeriodKind::Month, year, month);
    }
    if (!match.captured(3).isEmpty()) {
        const int quarter = match.captured(3).toInt();
        if (quarter < 1 || quarter > 4) {
            return Error::validation(
                u"period"_s, tr("\"%1\" is not a quarter: quarters run from Q1 to Q4.").arg(text));
        }
        return AssessmentPeriod(PeriodKind::Quarter, year, quarter);
    }
    return AssessmentPeriod(PeriodKind::Year, year, 0);
}

Result<AssessmentPeriod> AssessmentPeriod::parse(const QString &text, PeriodKind expected) {
    auto period = parse(text);
    if (!period) {
        return period;
    }
    if (period->kind() != expected) {
        QString example;
        switch (expected) {
        case PeriodKind::Month:
            example = u"2026-07"_s;
            break;
        case PeriodKind::Quarter:
            example = u"2026-Q3"_s;
            break;
        case PeriodKind::Year:
            example = u"2026"_s;
            break;
        }
        return Error::validation(u"period"_s,
                                 tr("\"%1\" is not a %2 period; write it like %3.")
                                     .arg(text, displayName(expected).toLower(), example));
    }
    return period;
}

AssessmentPeriod AssessmentPeriod::fromOrdinal(PeriodKind kind, int ordinal) {
    switch (kind) {
    case PeriodKind::Month:
        return {kind, ordinal / 12, ordinal % 12 + 1};
    case PeriodKind::Quarter:
        return {kind, ordinal / 4, ordinal % 4 + 1};
    case PeriodKind::Year:
        return {kind, ordinal, 0};
    }
    return {};
}

int AssessmentPeriod::ordinal() const {
    switch (m_kind) {
    case PeriodKind::Month:
        return m_year * 12 + m_index - 1;
    case PeriodKind::Quarter:
        return m_year * 4 + m_index - 1;
    case PeriodKind::Year:
        return m_year;
    }
    return 0;
}

QString AssessmentPeriod::toString() const {
    switch (m_kind) {
    case PeriodKind::Month:
        return u"%1-%2"_s.arg(m_year, 4, 10, QChar(u'0')).arg(m_index, 2, 10, QChar(u'0'));
    case PeriodKind::Quarter:
        return u"%1-Q%2"_s.arg(m_year, 4, 10, QChar(u'0')).arg(m_index);
    case PeriodKind::Year:
        return u"%1"_s.arg(m_year, 4, 10, QChar(u'0'));
    }
    return {};
}

} // namespace sd
