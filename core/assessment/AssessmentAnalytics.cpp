#include "core/assessment/AssessmentAnalytics.h"

#include "core/assessment/AssessmentRepository.h"

#include <QMap>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace sd {

namespace {
constexpr int kAllRows = 1000000;
} // namespace

QString toKey(StreakKind kind) {
    return kind == StreakKind::Excellent ? u"excellent"_s : u"zero_deductions"_s;
}

Result<QList<RankingRow>> AssessmentAnalytics::ranking(qint64 schemeId,
                                                       const QString &period) const {
    const AssessmentRepository repository(m_database);
    auto scheme = repository.scheme(schemeId);
    SD_RETURN_IF_ERROR(scheme);
    auto parsed = AssessmentPeriod::parse(period, scheme->periodKind);
    SD_RETURN_IF_ERROR(parsed);
    SheetFilter filter;
    filter.schemeId = schemeId;
    filter.status = SheetStatus::Approved;
    filter.period = parsed->toString();
    filter.limit = kAllRows;
    auto sheets = repository.sheets(filter);
    SD_RETURN_IF_ERROR(sheets);
    QList<RankingRow> rows;
    for (const ScoreSheet &sheet : sheets.value()) {
        RankingRow row;
        row.sheetId = sheet.id;
        row.subjectId = sheet.subjectId;
        row.subject = sheet.subjectName;
        row.score = sheet.total;
        row.grade = sheet.grade;
        row.status = sheet.status;
        row.deductions = sheet.deductionCount;
        rows << row;
    }
    // The repository orders by total; the name breaks ties so equal scores list stably.
    std::stable_sort(rows.begin(), rows.end(), [](const RankingRow &a, const RankingRow &b) {
        return a.score != b.score ? a.score > b.score : a.subject < b.subject;
    });
    for (qsizetype i = 0; i < rows.size(); ++i) {
        rows[i].rank = (i > 0 && rows[i].score == rows[i - 1].score) ? rows[i - 1].rank
                                                                     : static_cast<int>(i + 1);
    }
    return rows;
}

Result<QList<TrendPoint>> AssessmentAnalytics::trend(qint64 schemeId, qint64 subjectId,
                                                     const QString &lastPeriod, int count) const {
    const AssessmentRepository repository(m_database);
    auto scheme = repository.scheme(schemeId);
    SD_RETURN_IF_ERROR(scheme);
    auto sheets = approved(schemeId, subjectId);
    SD_RETURN_IF_ERROR(sheets);
    AssessmentPeriod last;
    if (!lastPeriod.isEmpty()) {
        auto parsed = AssessmentPeriod::parse(lastPeriod, scheme->periodKind);
        SD_RETURN_IF_ERROR(parsed);
        last = parsed.value();
    } else if (!sheets->isEmpty()) {
        auto parsed = AssessmentPeriod::parse(sheets->last().period, scheme->periodKind);
        SD_RETURN_IF_ERROR(parsed);
        last = parsed.value();
    } else {
        return QList<TrendPoint>();
    }
    QMap<QString, ScoreSheet> byPeriod;
    for (const ScoreSheet &sheet : sheets.value()) {
        byPeriod.insert(sheet.period, sheet);
    }
    QList<TrendPoint> points;
    for (int back = count - 1; back >= 0; --back) {
        TrendPoint point;
        point.period = last.shifted(-back).toString();
        const auto found = byPeriod.constFind(point.period);
        if (found != byPeriod.constEnd()) {
            point.score = found->total;
            point.grade = found->grade;
            point.status = found->status;
        }
        points << point;
    }
    return points;
}

Result<QList<ScoreSheet>> AssessmentAnalytics::approved(qint64 schemeId,
                                                        std::optional<qint64> subjectId) const {
    SheetFilter filter;
    filter.schemeId = schemeId;
    filter.subjectId = subjectId;
    filter.status = SheetStatus::Approved;
    filter.limit = kAllRows;
    return AssessmentRepository(m_database).sheets(filter);
}

QList<Streak> AssessmentAnalytics::runsOf(const QList<ScoreSheet> &sheets, PeriodKind kind) {
    QList<Streak> best;
    for (StreakKind streakKind : {StreakKind::Excellent, StreakKind::ZeroDeductions}) {
        Streak longest;
        Streak running;
        int previousOrdinal = 0;
        for (const ScoreSheet &sheet : sheets) {
            auto period = AssessmentPeriod::parse(sheet.period, kind);
            if (!period) {
                continue;
            }
            const bool counts = streakKind == StreakKind::Excellent
                                    ? sheet.grade == Grade::Excellent
                                    : sheet.deductionCount == 0;
            const bool follows = running.length > 0 && period->ordinal() == previousOrdinal + 1;
            if (counts) {
                if (!follows) {
                    running = {
                        sheet.subjectId, sheet.subjectName, streakKind, 0, sheet.period, {}, false};
                }
                ++running.length;
                running.to = sheet.period;
                // ">=" so of two equal runs the later one is kept.
                if (running.length >= longest.length) {
                    longest = running;
                }
            } else {
                running = {};
            }
            previousOrdinal = period->ordinal();
        }
        if (longest.length > 0) {
            longest.current = !sheets.isEmpty() && longest.to == sheets.last().period;
            best << longest;
        }
    }
    return best;
}

Result<QList<Streak>> AssessmentAnalytics::streaksOf(qint64 schemeId, qint64 subjectId) const {
    auto scheme = AssessmentRepository(m_database).scheme(schemeId);
    SD_RETURN_IF_ERROR(scheme);
    auto sheets = approved(schemeId, subjectId);
    SD_RETURN_IF_ERROR(sheets);
    return runsOf(sheets.value(), scheme->periodKind);
}

Result<QList<Streak>> AssessmentAnalytics::streaks(qint64 schemeId) const {
    auto scheme = AssessmentRepository(m_database).scheme(schemeId);
    SD_RETURN_IF_ERROR(scheme);
    auto sheets = approved(schemeId, std::nullopt);
    SD_RETURN_IF_ERROR(sheets);
    QMap<qint64, QList<ScoreSheet>> bySubject;
    for (const ScoreSheet &sheet : sheets.value()) {
        bySubject[sheet.subjectId] << sheet; // already in period order
    }
    QList<Streak> result;
    for (const QList<ScoreSheet> &subjectSheets : std::as_const(bySubject)) {
        result << runsOf(subjectSheets, scheme->periodKind);
    }
    std::stable_sort(result.begin(), result.end(), [](const Streak &a, const Streak &b) {
        if (a.kind != b.kind) {
            return a.kind < b.kind;
        }
        return a.length != b.length ? a.length > b.length : a.subject < b.subject;
    });
    return result;
}

Result<QList<DeductionFrequency>>
AssessmentAnalytics::frequentDeductions(std::optional<qint64> schemeId, int limit) const {
    return AssessmentRepository(m_database).frequentDeductions(schemeId, limit);
}

Result<QList<SubjectComparison>> AssessmentAnalytics::comparison(qint64 schemeId,
                                                                 const QString &fromPeriod,
                                                                 const QString &toPeriod) const {
    auto scheme = AssessmentRepository(m_database).scheme(schemeId);
    SD_RETURN_IF_ERROR(scheme);
    SheetFilter filter;
    filter.schemeId = schemeId;
    filter.status = SheetStatus::Approved;
    filter.limit = kAllRows;
    for (const auto &[text, target] :
         {std::pair{fromPeriod, &filter.fromPeriod}, std::pair{toPeriod, &filter.toPeriod}}) {
        if (text.isEmpty()) {
            continue;
        }
        auto parsed = AssessmentPeriod::parse(text, scheme->periodKind);
        SD_RETURN_IF_ERROR(parsed);
        *target = parsed->toString();
    }
    auto sheets = AssessmentRepository(m_database).sheets(filter);
    SD_RETURN_IF_ERROR(sheets);
    QMap<qint64, SubjectComparison> bySubject;
    QMap<qint64, qint64> sums;
    for (const ScoreSheet &sheet : sheets.value()) {
        SubjectComparison &row = bySubject[sheet.subjectId];
        if (row.sheets == 0) {
            row.subjectId = sheet.subjectId;
            row.subject = sheet.subjectName;
            row.best = sheet.total;
            row.worst = sheet.total;
        }
        ++row.sheets;
        sums[sheet.subjectId] += sheet.total;
        row.best = qMax(row.best, sheet.total);
        row.worst = qMin(row.worst, sheet.total);
        row.excellent += sheet.grade == Grade::Excellent ? 1 : 0;
        row.zeroDeductionSheets += sheet.deductionCount == 0 ? 1 : 0;
        row.deductions += sheet.deductionCount;
    }
    QList<SubjectComparison> rows;
    for (SubjectComparison row : std::as_const(bySubject)) {
        row.average = static_cast<double>(sums.value(row.subjectId)) / row.sheets;
        rows << row;
    }
    std::stable_sort(
        rows.begin(), rows.end(), [](const SubjectComparison &a, const SubjectComparison &b) {
            return a.average != b.average ? a.average > b.average : a.subject < b.subject;
        });
    return rows;
}

QString AssessmentAnalytics::describe(const Streak &streak, PeriodKind kind) {
    if (streak.kind == StreakKind::Excellent) {
        switch (kind) {
        case PeriodKind::Month:
            return tr("%n consecutive months excellent", nullptr, streak.length);
        case PeriodKind::Quarter:
            return tr("%n consecutive quarters excellent", nullptr, streak.length);
        case PeriodKind::Year:
            return tr("%n consecutive years excellent", nullptr, streak.length);
        }
    }
    switch (kind) {
    case PeriodKind::Month:
        return tr("%n consecutive months with zero deductions", nullptr, streak.length);
    case PeriodKind::Quarter:
        return tr("%n consecutive quarters with zero deductions", nullptr, streak.length);
    case PeriodKind::Year:
        return tr("%n consecutive years with zero deductions", nullptr, streak.length);
    }
    return {};
}

} // namespace sd
