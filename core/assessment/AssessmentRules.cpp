#include "core/assessment/AssessmentRules.h"

#include <QCryptographicHash>
#include <QHash>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace sd {

int AssessmentRules::totalOf(int baseScore, const QList<ScoreEntry> &entries) {
    int total = baseScore;
    for (const ScoreEntry &entry : entries) {
        total += entry.points;
    }
    return total;
}

void AssessmentRules::compute(const AssessmentScheme &scheme, ScoreSheet &sheet) {
    sheet.baseScore = scheme.baseScore;
    sheet.thresholds = scheme.thresholds;
    for (ScoreEntry &entry : sheet.entries) {
        if (const AssessmentItem *item = scheme.item(entry.itemId)) {
            entry.itemCode = item->code;
        }
    }
    sheet.total = totalOf(sheet.baseScore, sheet.entries);
    sheet.grade = sheet.thresholds.gradeFor(sheet.total);
}

Status AssessmentRules::checkThresholds(const GradeThresholds &thresholds, int baseScore) {
    if (!(thresholds.excellentMin > thresholds.goodMin &&
          thresholds.goodMin > thresholds.passMin)) {
        return Error::validation(u"thresholds"_s,
                                 tr("The grade thresholds must be strictly descending: excellent "
                                    "(%1) above good (%2) above pass (%3).")
                                     .arg(thresholds.excellentMin)
                                     .arg(thresholds.goodMin)
                                     .arg(thresholds.passMin));
    }
    if (thresholds.passMin < 0) {
        return Error::validation(
            u"thresholds"_s,
            tr("The pass threshold (%1) cannot be below zero.").arg(thresholds.passMin));
    }
    if (thresholds.excellentMin > baseScore) {
        return Error::validation(
            u"thresholds"_s,
            tr("The excellent threshold (%1) is above the base score (%2), so a sheet without "
               "bonuses could never be excellent.")
                .arg(thresholds.excellentMin)
                .arg(baseScore));
    }
    return {};
}

Status AssessmentRules::checkRecordNumber(RecordKind kind, const QString &number) {
    // Each register numbers its records <prefix>-<year>-<digits>.
    static const QRegularExpression alert(u"^JQ-\\d{4}-\\d{6}$"_s);
    static const QRegularExpression onScene(u"^CJ-\\d{4}-\\d{6}$"_s);
    static const QRegularExpression mediation(u"^TJ-\\d{4}-\\d{4}$"_s);
    const QRegularExpression *pattern = &alert;
    QString example = u"JQ-2026-000123"_s;
    switch (kind) {
    case RecordKind::Alert:
        break;
    case RecordKind::OnSceneRecord:
        pattern = &onScene;
        example = u"CJ-2026-000045"_s;
        break;
    case RecordKind::Mediation:
        pattern = &mediation;
        example = u"TJ-2026-0012"_s;
        break;
    }
    if (!pattern->match(number).hasMatch()) {
        return Error::validation(u"record"_s,
                                 tr("\"%1\" is not a valid %2 number (like %3).")
                                     .arg(number, displayName(kind).toLower(), example));
    }
    return {};
}

Status AssessmentRules::checkEntries(const AssessmentScheme &scheme,
                                     const QList<ScoreEntry> &entries) {
    QHash<qint64, int> usedByItem;
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const ScoreEntry &entry = entries.at(i);
        const AssessmentItem *item = scheme.item(entry.itemId);
        if (!item) {
            return Error::validation(
                u"entries"_s,
                tr("Entry %1 names an item that is not in scheme %2.").arg(i + 1).arg(scheme.name));
        }
        const bool sameSign = (entry.points < 0) == (item->points < 0);
        if (entry.points == 0 || !sameSign || qAbs(entry.points) > qAbs(item->points)) {
            const QString range =
                item->points < 0 ? u"%1 … -1"_s.arg(item->points) : u"1 … %1"_s.arg(item->points);
            return Error::validation(u"points"_s,
                                     tr("Entry %1: %2 points is outside the range of item %3 (%4).")
                                         .arg(i + 1)
                                         .arg(entry.points)
                                         .arg(item->description, range));
        }
        if (entry.reason.trimmed().isEmpty()) {
            return Error::validation(
                u"reason"_s,
                tr("Entry %1 (item %2) needs a reason.").arg(i + 1).arg(item->description));
        }
        if (entry.recordKind.has_value() != !entry.recordNumber.trimmed().isEmpty()) {
            return Error::validation(
                u"record"_s,
                tr("Entry %1: a linked record needs both its kind and its number.").arg(i + 1));
        }
        if (entry.recordKind) {
            if (Status number = checkRecordNumber(*entry.recordKind, entry.recordNumber.trimmed());
                !number) {
                return Error::validation(u"record"_s,
                                         tr("Entry %1: %2").arg(i + 1).arg(number.error().message));
            }
        }
        int &used = usedByItem[item->id];
        used += qAbs(entry.points);
        if (used > item->maxPerPeriod) {
            return Error::validation(
                u"points"_s, tr("Item %1 allows at most %2 points per period; this sheet has %3.")
                                 .arg(item->description)
                                 .arg(item->maxPerPeriod)
                                 .arg(used));
        }
    }
    const int total = totalOf(scheme.baseScore, entries);
    if (total < 0) {
        return Error::validation(
            u"points"_s,
            tr("The deductions bring the total to %1; a sheet cannot go below zero.").arg(total));
    }
    return {};
}

QByteArray AssessmentRules::canonicalContent(const QString &schemeCode, const ScoreSheet &sheet) {
    // One field a line, tab-separated, entries in their stored order; tabs and newlines
    // inside free text are escaped so no two sheets serialize alike.
    auto clean = [](QString text) {
        return text.replace(u'\\', u"\\\\"_s).replace(u'\t', u"\\t"_s).replace(u'\n', u"\\n"_s);
    };
    QStringList lines;
    lines << u"stationdesk-score-sheet-v1"_s;
    lines << u"scheme\t%1\t%2"_s.arg(clean(schemeCode)).arg(sheet.baseScore);
    lines << u"thresholds\t%1\t%2\t%3"_s.arg(sheet.thresholds.excellentMin)
                 .arg(sheet.thresholds.goodMin)
                 .arg(sheet.thresholds.passMin);
    lines << u"subject\t%1\t%2"_s.arg(toKey(sheet.subjectKind)).arg(sheet.subjectId);
    lines << u"period\t%1"_s.arg(sheet.period);
    for (const ScoreEntry &entry : sheet.entries) {
        lines << u"entry\t%1\t%2\t%3\t%4\t%5\t%6"_s.arg(clean(entry.itemCode))
                     .arg(entry.points)
                     .arg(clean(entry.reason), clean(entry.evidence),
                          entry.recordKind ? toKey(*entry.recordKind) : QString(),
                          clean(entry.recordNumber));
    }
    const int total = totalOf(sheet.baseScore, sheet.entries);
    lines << u"total\t%1\t%2"_s.arg(total).arg(toKey(sheet.thresholds.gradeFor(total)));
    lines << u"drafted_by\t%1"_s.arg(clean(sheet.draftedBy));
    return lines.join(u'\n').toUtf8();
}

QString AssessmentRules::sealOf(const QString &schemeCode, const ScoreSheet &sheet) {
    return QString::fromLatin1(
        QCryptographicHash::hash(canonicalContent(schemeCode, sheet), QCryptographicHash::Sha256)
            .toHex());
}

} // namespace sd
