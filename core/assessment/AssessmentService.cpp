#include "core/assessment/AssessmentService.h"

#include "core/assessment/AssessmentRepository.h"
#include "core/assessment/AssessmentRules.h"
#include "core/frontdesk/AlertRepository.h"
#include "core/frontdesk/RecordRepository.h"
#include "core/kernel/security/ChangedFields.h"
#include "core/kernel/storage/Sql.h"
#include "core/kernel/storage/Transaction.h"
#include "core/mediation/MediationRepository.h"
#include "core/organisation/PersonRepository.h"
#include "core/organisation/UnitRepository.h"

#include <QRegularExpression>
#include <QSet>

using namespace Qt::StringLiterals;

namespace sd {

namespace {
constexpr int kMaxNameLength = 80;
constexpr int kMaxTextLength = 500;
constexpr int kMaxScore = 1000;

QString changedSchemeFields(const AssessmentScheme &before, const AssessmentScheme &after) {
    QList<QString> beforeItems;
    QList<QString> afterItems;
    for (const AssessmentItem &item : before.items) {
        beforeItems << u"%1|%2|%3|%4"_s.arg(item.code, item.description)
                           .arg(item.points)
                           .arg(item.maxPerPeriod);
    }
    for (const AssessmentItem &item : after.items) {
        afterItems << u"%1|%2|%3|%4"_s.arg(item.code, item.description)
                          .arg(item.points)
                          .arg(item.maxPerPeriod);
    }
    return ChangedFields()
        .compare(before, after, auditField(&AssessmentScheme::code, u"code"),
                 auditField(&AssessmentScheme::name, u"name"),
                 auditField(&AssessmentScheme::subjectKind, u"subject_kind"),
                 auditField(&AssessmentScheme::periodKind, u"period_kind"),
                 auditField(&AssessmentScheme::baseScore, u"base_score"),
                 auditField(&AssessmentScheme::thresholds, u"thresholds"),
                 auditField(&AssessmentScheme::zeroDeductionTarget, u"zero_deduction_target"))
        .note(beforeItems != afterItems, u"items")
        .details();
}
} // namespace

QString AssessmentService::auditId(const ScoreSheet &sheet) {
    return u"%1/%2/%3"_s.arg(sheet.schemeCode, sheet.period, sheet.subjectName);
}

QString AssessmentService::shownId(const ScoreSheet &sheet) {
    return u"%1 · %2 · %3"_s.arg(sheet.schemeName.isEmpty() ? sheet.schemeCode : sheet.schemeName,
                                 sheet.period, sheet.subjectName);
}

// ---- schemes ------------------------------------------------------------------------

Result<QList<AssessmentScheme>> AssessmentService::schemes() const {
    return AssessmentRepository(m_context.database).schemes();
}

Result<AssessmentScheme> AssessmentService::scheme(qint64 id) const {
    return AssessmentRepository(m_context.database).scheme(id);
}

Result<AssessmentScheme> AssessmentService::schemeByCode(const QString &code) const {
    auto found = AssessmentRepository(m_context.database).schemeByCode(code);
    SD_RETURN_IF_ERROR(found);
    if (!found.value()) {
        return Error::notFound(tr("There is no assessment scheme with the code %1.").arg(code));
    }
    return *found.value();
}

Status AssessmentService::validateScheme(const AssessmentScheme &scheme) const {
    static const QRegularExpression codePattern(u"^[A-Za-z0-9_-]{1,20}$"_s);
    if (!codePattern.match(scheme.code).hasMatch()) {
        return Error::validation(u"code"_s,
                                 tr("The scheme code \"%1\" must be 1 to 20 letters, digits, "
                                    "dashes or underscores.")
                                     .arg(scheme.code));
    }
    if (scheme.name.trimmed().isEmpty()) {
        return Error::validation(u"name"_s, tr("Enter the scheme's name."));
    }
    if (scheme.name.size() > kMaxNameLength) {
        return Error::validation(u"name"_s,
                                 tr("The name is longer than %1 characters.").arg(kMaxNameLength));
    }
    if (scheme.baseScore <= 0 || scheme.baseScore > kMaxScore) {
        return Error::validation(u"base_score"_s,
                                 tr("The base score must be between 1 and %1.").arg(kMaxScore));
    }
    if (Status thresholds = AssessmentRules::checkThresholds(scheme.thresholds, scheme.baseScore);
        !thresholds) {
        return thresholds;
    }
    QSet<QString> codes;
    for (const AssessmentItem &item : scheme.items) {
        if (!codePattern.match(item.code).hasMatch()) {
            return Error::validation(u"items"_s, tr("The item code \"%1\" must be 1 to 20 "
                                                    "letters, digits, dashes or underscores.")
                                                     .arg(item.code));
        }
        if (codes.contains(item.code)) {
            return Error::validation(u"items"_s,
                                     tr("The item code %1 appears twice.").arg(item.code));
        }
        codes << item.code;
        if (item.description.trimmed().isEmpty() || item.description.size() > kMaxTextLength) {
            return Error::validation(u"items"_s,
                                     tr("Item %1 needs a description (at most %2 characters).")
                                         .arg(item.code)
                                         .arg(kMaxTextLength));
        }
        if (item.points == 0 || qAbs(item.points) > scheme.baseScore) {
            return Error::validation(
                u"items"_s, tr("Item %1: the points must be a deduction (below zero) or a bonus "
                               "(above zero), at most %2 either way.")
                                .arg(item.code)
                                .arg(scheme.baseScore));
        }
        if (item.maxPerPeriod < qAbs(item.points) || item.maxPerPeriod > scheme.baseScore) {
            return Error::validation(
                u"items"_s, tr("Item %1: the maximum per period must be between %2 and %3.")
                                .arg(item.code)
                                .arg(qAbs(item.points))
                                .arg(scheme.baseScore));
        }
    }
    return {};
}

Result<AssessmentScheme> AssessmentService::addScheme(const AssessmentScheme &draft) const {
    AssessmentScheme scheme = draft;
    scheme.id = 0;
    scheme.code = scheme.code.trimmed();
    scheme.name = scheme.name.trimmed();
    for (AssessmentItem &item : scheme.items) {
        item.id = 0;
        item.code = item.code.trimmed();
    }
    SD_RETURN_IF_ERROR(m_context.access.require(Permission::ApproveAssessments,
                                                u"assessment_scheme"_s, scheme.code));
    return inTransaction(m_context.database, [&]() -> Result<AssessmentScheme> {
        SD_RETURN_IF_ERROR(validateScheme(scheme));
        const AssessmentRepository repository(m_context.database);
        auto same = repository.schemeByCode(scheme.code);
        SD_RETURN_IF_ERROR(same);
        if (same.value()) {
            return Error::validation(
                u"code"_s, tr("There is already a scheme with the code %1.").arg(scheme.code));
        }
        auto stored = repository.insertScheme(scheme, m_context.clock.nowMs(),
                                              m_context.session.actor().name);
        SD_RETURN_IF_ERROR(stored);
        return m_context.audit.confirm(stored, {u"assessment.scheme.create"_s,
                                                u"assessment_scheme"_s, stored->code, u"success"_s,
                                                changedSchemeFields(AssessmentScheme{}, *stored)});
    });
}

Result<AssessmentScheme> AssessmentService::updateScheme(const AssessmentScheme &edited) const {
    AssessmentScheme scheme = edited;
    scheme.code = scheme.code.trimmed();
    scheme.name = scheme.name.trimmed();
    SD_RETURN_IF_ERROR(m_context.access.require(Permission::ApproveAssessments,
                                                u"assessment_scheme"_s, scheme.code));
    return inTransaction(m_context.database, [&]() -> Result<AssessmentScheme> {
        const AssessmentRepository repository(m_context.database);
        auto before = repository.scheme(scheme.id);
        SD_RETURN_IF_ERROR(before);
        SD_RETURN_IF_ERROR(validateScheme(scheme));
        auto same = repository.schemeByCode(scheme.code);
        SD_RETURN_IF_ERROR(same);
        if (same.value() && same.value()->id != scheme.id) {
            return Error::validation(
                u"code"_s, tr("There is already a scheme with the code %1.").arg(scheme.code));
        }
        if (scheme.subjectKind != before->subjectKind || scheme.periodKind != before->periodKind) {
            auto used = repository.countSheets(scheme.id);
            SD_RETURN_IF_ERROR(used);
            if (used.value() > 0) {
                return Error::validation(u"period_kind"_s,
                                         tr("Scheme %1 already has score sheets, so what it "
                                            "assesses and how often can no longer change.")
                                             .arg(before->code));
            }
        }
        for (const AssessmentItem &item : scheme.items) {
            if (item.id != 0 && !before->item(item.id)) {
                return Error::validation(
                    u"items"_s,
                    tr("Item %1 does not belong to scheme %2.").arg(item.code, before->code));
            }
        }
        for (const AssessmentItem &old : before->items) {
            bool kept = false;
            for (const AssessmentItem &item : scheme.items) {
                kept = kept || item.id == old.id;
            }
            if (!kept) {
                return Error::validation(u"items"_s,
                                         tr("Item %1 cannot be removed from the catalogue; "
                                            "sheets may refer to it.")
                                             .arg(old.code));
            }
        }
        auto stored = repository.updateScheme(scheme, m_context.clock.nowMs(),
                                              m_context.session.actor().name);
        SD_RETURN_IF_ERROR(stored);
        // Sheets not yet approved follow the scheme's new base and thresholds.
        if (stored->baseScore != before->baseScore || !(stored->thresholds == before->thresholds)) {
            SheetFilter open;
            open.schemeId = scheme.id;
            open.limit = 1000000;
            auto sheets = repository.sheets(open);
            SD_RETURN_IF_ERROR(sheets);
            for (const ScoreSheet &summary : sheets.value()) {
                if (summary.status == SheetStatus::Approved) {
                    continue;
                }
                auto full = repository.sheet(summary.id);
                SD_RETURN_IF_ERROR(full);
                ScoreSheet regraded = full.value();
                AssessmentRules::compute(stored.value(), regraded);
                if (regraded.total < 0) {
                    return Error::validation(
                        u"base_score"_s,
                        tr("With a base score of %1 the sheet %2 would fall below zero.")
                            .arg(stored->baseScore)
                            .arg(shownId(regraded)));
                }
                auto saved = repository.updateSheet(regraded, m_context.clock.nowMs(),
                                                    m_context.session.actor().name);
                SD_RETURN_IF_ERROR(saved);
            }
        }
        return m_context.audit.confirm(stored, {u"assessment.scheme.update"_s,
                                                u"assessment_scheme"_s, stored->code, u"success"_s,
                                                changedSchemeFields(before.value(), *stored)});
    });
}

// ---- sheets -------------------------------------------------------------------------

Result<QList<ScoreSheet>> AssessmentService::sheets(const SheetFilter &filter) const {
    return AssessmentRepository(m_context.database).sheets(filter);
}

Result<int> AssessmentService::countSheets(const SheetFilter &filter) const {
    return AssessmentRepository(m_context.database).countSheets(filter);
}

Result<ScoreSheet> AssessmentService::sheet(qint64 id) const {
    return AssessmentRepository(m_context.database).sheet(id);
}

Result<QList<ScoreSheet>> AssessmentService::reviewInbox() const {
    SheetFilter filter;
    filter.status = SheetStatus::Submitted;
    return AssessmentRepository(m_context.database).sheets(filter);
}

Status AssessmentService::validateSubject(const AssessmentScheme &scheme,
                                          const ScoreSheet &sheet) const {
    if (sheet.subjectKind != scheme.subjectKind) {
        return Error::validation(u"subject"_s,
                                 tr("Scheme %1 assesses each %2, not each %3.")
                                     .arg(scheme.code, displayName(scheme.subjectKind).toLower(),
                                          displayName(sheet.subjectKind).toLower()));
    }
    if (sheet.subjectKind == SubjectKind::Unit) {
        auto unit = UnitRepository(m_context.database).find(sheet.subjectId);
        if (!unit) {
            return Error::validation(u"subject"_s, tr("Choose the unit the sheet assesses."));
        }
    } else {
        auto person = PersonRepository(m_context.database).find(sheet.subjectId);
        if (!person) {
            return Error::validation(u"subject"_s, tr("Choose the person the sheet assesses."));
        }
    }
    return {};
}

Status AssessmentService::requireDraftable(const ScoreSheet &sheet) const {
    switch (sheet.status) {
    case SheetStatus::Draft:
        return {};
    case SheetStatus::Submitted:
        return Error::validation(u"status"_s,
                                 tr("Sheet %1 has been submitted for review; it can be changed "
                                    "again only if the reviewer returns it.")
                                     .arg(shownId(sheet)));
    case SheetStatus::Approved:
        return Error::validation(
            u"status"_s,
            tr("Sheet %1 was approved on %2 and is sealed; it can no longer "
               "be changed.")
                .arg(shownId(sheet), QDateTime::fromMSecsSinceEpoch(sheet.approvedAt.value_or(0))
                                         .toLocalTime()
                                         .toString(u"yyyy-MM-dd"_s)));
    }
    return {};
}

Status AssessmentService::checkLinkedRecords(const QList<ScoreEntry> &entries) const {
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const ScoreEntry &entry = entries.at(i);
        if (!entry.recordKind) {
            continue;
        }
        const QString number = entry.recordNumber.trimmed();
        bool exists = true;
        if (*entry.recordKind == RecordKind::Alert) {
            auto alert = AlertRepository(m_context.database).findByNumber(number);
            SD_RETURN_IF_ERROR(alert);
            exists = alert.value().has_value();
        } else if (*entry.recordKind == RecordKind::OnSceneRecord) {
            auto record = RecordRepository(m_context.database).idByNumber(number);
            SD_RETURN_IF_ERROR(record);
            exists = record.value().has_value();
        } else {
            auto mediation = MediationRepository(m_context.database).idByNumber(number);
            SD_RETURN_IF_ERROR(mediation);
            exists = mediation.value().has_value();
        }
        if (!exists) {
            return Error::validation(u"record"_s,
                                     tr("Entry %1: there is no %2 numbered %3.")
                                         .arg(i + 1)
                                         .arg(displayName(*entry.recordKind).toLower(), number));
        }
    }
    return {};
}

Status AssessmentService::checkEntries(qint64 schemeId, const QList<ScoreEntry> &entries) const {
    auto scheme = AssessmentRepository(m_context.database).scheme(schemeId);
    if (!scheme) {
        return Error::validation(u"scheme"_s, tr("Choose the assessment scheme."));
    }
    if (Status rules = AssessmentRules::checkEntries(scheme.value(), entries); !rules) {
        return rules;
    }
    return checkLinkedRecords(entries);
}

Result<ScoreSheet> AssessmentService::createSheet(const ScoreSheet &draft) const {
    ScoreSheet sheet = draft;
    sheet.id = 0;
    sheet.status = SheetStatus::Draft;
    SD_RETURN_IF_ERROR(
        m_context.access.require(Permission::DraftAssessments, u"score_sheet"_s, sheet.period));
    return inTransaction(m_context.database, [&]() -> Result<ScoreSheet> {
        const AssessmentRepository repository(m_context.database);
        auto scheme = repository.scheme(sheet.schemeId);
        if (!scheme) {
            return Error::validation(u"scheme"_s, tr("Choose the assessment scheme."));
        }
        auto period = AssessmentPeriod::parse(sheet.period, scheme->periodKind);
        SD_RETURN_IF_ERROR(period);
        sheet.period = period->toString();
        SD_RETURN_IF_ERROR(validateSubject(scheme.value(), sheet));
        auto existing = repository.findSheet(sheet.schemeId, sheet.subjectId, sheet.period);
        SD_RETURN_IF_ERROR(existing);
        if (existing.value()) {
            auto other = repository.sheet(*existing.value());
            return Error::validation(
                u"period"_s,
                tr("There is already a %1 sheet for %2 for %3.")
                    .arg(scheme->code, other ? other->subjectName : QString(), sheet.period));
        }
        SD_RETURN_IF_ERROR(AssessmentRules::checkEntries(scheme.value(), sheet.entries));
        SD_RETURN_IF_ERROR(checkLinkedRecords(sheet.entries));
        AssessmentRules::compute(scheme.value(), sheet);
        auto stored =
            repository.insertSheet(sheet, m_context.clock.nowMs(), m_context.session.actor().name);
        if (!stored) {
            if (m_context.database.dialect().isUniqueViolation(stored.error())) {
                return Error::validation(u"period"_s,
                                         tr("There is already a %1 sheet for this subject for %2.")
                                             .arg(scheme->code, sheet.period));
            }
            return stored.error();
        }
        return m_context.audit.confirm(
            stored, {u"assessment.sheet.create"_s, u"score_sheet"_s, auditId(*stored), u"success"_s,
                     u"entries=%1 total=%2"_s.arg(stored->entries.size()).arg(stored->total)});
    });
}

Result<ScoreSheet> AssessmentService::loadForChange(qint64 id, qint64 rowVersion) const {
    auto current = AssessmentRepository(m_context.database).sheet(id);
    SD_RETURN_IF_ERROR(current);
    current->rowVersion = rowVersion;
    return current;
}

Result<ScoreSheet> AssessmentService::updateSheet(const ScoreSheet &edited) const {
    SD_RETURN_IF_ERROR(
        m_context.access.require(Permission::DraftAssessments, u"score_sheet"_s, edited.period));
    return inTransaction(m_context.database, [&]() -> Result<ScoreSheet> {
        const AssessmentRepository repository(m_context.database);
        auto current = loadForChange(edited.id, edited.rowVersion);
        SD_RETURN_IF_ERROR(current);
        SD_RETURN_IF_ERROR(requireDraftable(current.value()));
        auto scheme = repository.scheme(current->schemeId);
        SD_RETURN_IF_ERROR(scheme);
        SD_RETURN_IF_ERROR(AssessmentRules::checkEntries(scheme.value(), edited.entries));
        SD_RETURN_IF_ERROR(checkLinkedRecords(edited.entries));
        ScoreSheet sheet = current.value();
        sheet.entries = edited.entries;
        AssessmentRules::compute(scheme.value(), sheet);
        auto stored =
            repository.updateSheet(sheet, m_context.clock.nowMs(), m_context.session.actor().name);
        SD_RETURN_IF_ERROR(stored);
        return m_context.audit.confirm(
            stored, {u"assessment.sheet.update"_s, u"score_sheet"_s, auditId(*stored), u"success"_s,
                     u"entries=%1 total=%2"_s.arg(stored->entries.size()).arg(stored->total)});
    });
}

Result<ScoreSheet> AssessmentService::transition(const ScoreSheet &sheet, const QString &action,
                                                 const QString &comment) const {
    const AssessmentRepository repository(m_context.database);
    auto stored =
        repository.updateSheet(sheet, m_context.clock.nowMs(), m_context.session.actor().name);
    SD_RETURN_IF_ERROR(stored);
    if (Status reviewed = repository.addReview(
            sheet.id, {action, comment, m_context.session.actor().name, m_context.clock.nowMs()});
        !reviewed) {
        return reviewed.error();
    }
    auto reread = repository.sheet(sheet.id);
    SD_RETURN_IF_ERROR(reread);
    QString details = u"total=%1 grade=%2"_s.arg(reread->total).arg(toKey(reread->grade));
    if (!reread->contentHash.isEmpty()) {
        details += u" hash="_s + reread->contentHash;
    }
    return m_context.audit.confirm(reread, {u"assessment.sheet."_s + action, u"score_sheet"_s,
                                            auditId(*reread), u"success"_s, details});
}

Result<ScoreSheet> AssessmentService::submitSheet(qint64 id, qint64 rowVersion) const {
    SD_RETURN_IF_ERROR(m_context.access.require(Permission::DraftAssessments, u"score_sheet"_s,
                                                QString::number(id)));
    return inTransaction(m_context.database, [&]() -> Result<ScoreSheet> {
        auto current = loadForChange(id, rowVersion);
        SD_RETURN_IF_ERROR(current);
        SD_RETURN_IF_ERROR(requireDraftable(current.value()));
        ScoreSheet sheet = current.value();
        sheet.status = SheetStatus::Submitted;
        sheet.submittedAt = m_context.clock.nowMs();
        return transition(sheet, u"submit"_s, {});
    });
}

Result<ScoreSheet> AssessmentService::approveSheet(qint64 id, qint64 rowVersion) const {
    SD_RETURN_IF_ERROR(m_context.access.require(Permission::ApproveAssessments, u"score_sheet"_s,
                                                QString::number(id)));
    return inTransaction(m_context.database, [&]() -> Result<ScoreSheet> {
        auto current = loadForChange(id, rowVersion);
        SD_RETURN_IF_ERROR(current);
        if (current->status != SheetStatus::Submitted) {
            return Error::validation(
                u"status"_s,
                tr("Sheet %1 is %2; only a submitted sheet can be approved.")
                    .arg(shownId(current.value()), displayName(current->status).toLower()));
        }
        if (current->draftedBy == m_context.session.actor().name) {
            return Error::validation(u"drafted_by"_s,
                                     tr("You drafted sheet %1, so someone else must approve it.")
                                         .arg(shownId(current.value())));
        }
        ScoreSheet sheet = current.value();
        sheet.status = SheetStatus::Approved;
        sheet.approvedAt = m_context.clock.nowMs();
        sheet.approvedBy = m_context.session.actor().name;
        sheet.contentHash = AssessmentRules::sealOf(sheet.schemeCode, sheet);
        return transition(sheet, u"approve"_s, {});
    });
}

Result<ScoreSheet> AssessmentService::returnSheet(qint64 id, qint64 rowVersion,
                                                  const QString &comment) const {
    SD_RETURN_IF_ERROR(m_context.access.require(Permission::ApproveAssessments, u"score_sheet"_s,
                                                QString::number(id)));
    const QString text = comment.trimmed();
    return inTransaction(m_context.database, [&]() -> Result<ScoreSheet> {
        if (text.isEmpty()) {
            return Error::validation(u"comment"_s,
                                     tr("Say why the sheet is returned, so it can be corrected."));
        }
        if (text.size() > kMaxTextLength) {
            return Error::validation(
                u"comment"_s, tr("The comment is longer than %1 characters.").arg(kMaxTextLength));
        }
        auto current = loadForChange(id, rowVersion);
        SD_RETURN_IF_ERROR(current);
        if (current->status != SheetStatus::Submitted) {
            return Error::validation(
                u"status"_s,
                tr("Sheet %1 is %2; only a submitted sheet can be returned.")
                    .arg(shownId(current.value()), displayName(current->status).toLower()));
        }
        ScoreSheet sheet = current.value();
        sheet.status = SheetStatus::Draft;
        sheet.submittedAt.reset();
        return transition(sheet, u"return"_s, text);
    });
}

Status AssessmentService::recordExport(const QString &view, const QString &what,
                                       const QString &format) const {
    static const QStringList kViews{u"ranking"_s, u"deductions"_s, u"comparison"_s};
    static const QStringList kFormats{u"pdf"_s, u"csv"_s, u"print"_s};
    if (!kViews.contains(view) || !kFormats.contains(format)) {
        return Error::validation(u"format"_s,
                                 u"unknown assessment export %1 as %2"_s.arg(view, format));
    }
    return m_context.audit.record({u"assessment.export"_s, u"assessment_view"_s,
                                   u"%1 %2"_s.arg(view, what.trimmed()), u"success"_s,
                                   u"format=%1"_s.arg(format)});
}

Status AssessmentService::verifySheet(qint64 id) const {
    auto stored = AssessmentRepository(m_context.database).sheet(id);
    SD_RETURN_IF_ERROR(stored);
    const int total = AssessmentRules::totalOf(stored->baseScore, stored->entries);
    if (total != stored->total || stored->thresholds.gradeFor(total) != stored->grade) {
        return Error::validation(u"total"_s,
                                 tr("Sheet %1 records %2 points, but its entries add up to %3.")
                                     .arg(shownId(stored.value()))
                                     .arg(stored->total)
                                     .arg(total));
    }
    if (stored->status == SheetStatus::Approved &&
        AssessmentRules::sealOf(stored->schemeCode, stored.value()) != stored->contentHash) {
        return Error::validation(u"content_hash"_s,
                                 tr("Sheet %1 no longer matches the content that was approved.")
                                     .arg(shownId(stored.value())));
    }
    return {};
}

} // namespace sd
