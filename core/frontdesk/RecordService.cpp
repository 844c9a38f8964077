#include "core/frontdesk/RecordService.h"

#include "core/frontdesk/AlertRepository.h"
#include "core/frontdesk/RecordCanonical.h"
#include "core/frontdesk/RecordRepository.h"
#include "core/kernel/settings/ClosedPeriodRepository.h"
#include "core/kernel/settings/StationCalendar.h"
#include "core/kernel/storage/Sql.h"
#include "core/kernel/storage/Transaction.h"
#include "core/organisation/ContactValidator.h"
#include "core/organisation/IdNumber.h"
#include "core/signatures/SealVerifier.h"
#include "core/signatures/SignatureRepository.h"

#include <QDateTime>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace sd {

namespace {
const QString kKind = u"onscene"_s;

int yearIn(const Station &station, qint64 utcMs) {
    return QDateTime::fromMSecsSinceEpoch(utcMs, stationZone(station)).date().year();
}

bool signedOver(const OnSceneRecord &record, SignatureRole role, int slot, const QString &hash) {
    return SealVerifier::signedOver(record.signatures, role, slot, hash);
}

bool anyRefusal(const OnSceneRecord &record) {
    for (const RecordParty &party : record.parties) {
        if (party.refusedToSign) {
            return true;
        }
    }
    return false;
}
} // namespace

Status RecordService::requireFile(const QString &number) const {
    return m_context.access.require(Permission::FileAlerts, kKind, number);
}

Result<OnSceneRecord> RecordService::record(qint64 id) const {
    return RecordRepository(m_context.database).find(id);
}

Result<std::optional<OnSceneRecord>> RecordService::recordByNumber(const QString &number) const {
    auto id = RecordRepository(m_context.database).idByNumber(number);
    SD_RETURN_IF_ERROR(id);
    if (!id.value()) {
        return std::optional<OnSceneRecord>();
    }
    auto found = record(*id.value());
    SD_RETURN_IF_ERROR(found);
    return std::optional<OnSceneRecord>(found.value());
}

Result<QList<RecordSummary>> RecordService::list(const RecordListFilter &filter) const {
    return RecordRepository(m_context.database).list(filter);
}

Result<OnSceneRecord> RecordService::createFromAlert(qint64 alertId) const {
    auto alert = AlertRepository(m_context.database).find(alertId);
    SD_RETURN_IF_ERROR(alert);
    SD_RETURN_IF_ERROR(requireFile(alert->number));
    return inTransaction(m_context.database, [&]() -> Result<OnSceneRecord> {
        SD_RETURN_IF_ERROR(requireOpenMonth(alertId));
        RecordRepository repository(m_context.database);
        RecordListFilter existing;
        existing.alertId = alertId;
        auto records = repository.list(existing);
        SD_RETURN_IF_ERROR(records);
        for (const RecordSummary &summary : records.value()) {
            if (summary.status == RecordStatus::Draft && summary.amendsNumber.isEmpty()) {
                return repository.find(summary.id);
            }
            if (summary.amendsNumber.isEmpty()) {
                return Error::validation(u"alert"_s,
                                         tr("Alert %1 already has the filed record %2; correct "
                                            "it with an amendment.")
                                             .arg(alert->number, summary.number));
            }
        }
        OnSceneRecord draft;
        draft.alertId = alertId;
        draft.officerIds = alert->officerIds;
        if (!alert->callerName.isEmpty()) {
            RecordParty caller;
            caller.name = alert->callerName;
            caller.phone = alert->callerPhone;
            draft.parties << caller;
        }
        draft.facts = alert->summary;
        const qint64 now = m_context.clock.nowMs();
        auto number = repository.nextNumber(yearIn(m_context.station, now));
        SD_RETURN_IF_ERROR(number);
        draft.number = number.value();
        auto id = repository.insert(draft, now, m_context.session.actor().name);
        SD_RETURN_IF_ERROR(id);
        auto stored = repository.find(id.value());
        return m_context.audit.confirm(stored, {u"onscene.create"_s, kKind, draft.number,
                                                u"success"_s, u"alert=%1"_s.arg(alert->number)});
    });
}

Result<OnSceneRecord> RecordService::saveDraft(const OnSceneRecord &edited) const {
    SD_RETURN_IF_ERROR(requireFile(edited.number));
    return inTransaction(m_context.database, [&]() -> Result<OnSceneRecord> {
        RecordRepository repository(m_context.database);
        SD_RETURN_IF_ERROR(repository.updateDraft(edited, m_context.clock.nowMs(),
                                                  m_context.session.actor().name));
        auto stored = repository.find(edited.id);
        SD_RETURN_IF_ERROR(stored);
        SD_RETURN_IF_ERROR(requireOpenMonth(stored->alertId));
        const QString hash = RecordCanonical::contentSha256(stored.value());
        auto removed = SignatureRepository(m_context.database, kKind).removeStale(edited.id, hash);
        SD_RETURN_IF_ERROR(removed);
        if (removed.value() > 0) {
            stored = repository.find(edited.id);
        }
        return m_context.audit.confirm(stored,
                                       {u"onscene.draft_save"_s, kKind, edited.number, u"success"_s,
                                        u"signatures_removed=%1"_s.arg(removed.value())});
    });
}

Status RecordService::discardDraft(qint64 id, qint64 rowVersion) const {
    auto found = record(id);
    SD_RETURN_IF_ERROR(found);
    if (Status allowed = requireFile(found->number); !allowed) {
        return allowed;
    }
    return inTransaction(m_context.database, [&]() -> Status {
        SD_RETURN_IF_ERROR(requireOpenMonth(found->alertId));
        if (Status removed = RecordRepository(m_context.database).deleteDraft(id, rowVersion);
            !removed) {
            return removed;
        }
        return m_context.audit.append(
            {u"onscene.discard"_s, kKind, found->number, u"success"_s, {}});
    });
}

QList<Error> RecordService::problems(const OnSceneRecord &record) const {
    QList<Error> found;
    auto require = [&](const QString &field, const QString &text, const QString &message) {
        if (text.trimmed().isEmpty()) {
            found << Error::validation(field, message);
        }
    };
    if (!record.eligibleCase) {
        found << Error::validation(u"eligible_case"_s,
                                   tr("Choose which of the three eligible cases applies."));
    }
    require(u"facts"_s, record.facts, tr("Describe the facts."));
    require(u"handling"_s, record.handling, tr("Describe how the alert was handled."));
    require(u"result"_s, record.result, tr("Describe the result."));
    if (record.parties.isEmpty()) {
        found << Error::validation(u"parties"_s, tr("Add at least one party."));
    }
    for (qsizetype i = 0; i < record.parties.size(); ++i) {
        const RecordParty &party = record.parties[i];
        const QString prefix = u"party.%1."_s.arg(i);
        require(prefix + u"name"_s, party.name, tr("Party %1: enter the name.").arg(i + 1));
        if (party.documentType == IdDocumentType::ResidentId &&
            !party.documentNumber.trimmed().isEmpty()) {
            if (auto valid = IdNumber::validate(party.documentNumber); !valid) {
                found << Error::validation(
                    prefix + u"document_number"_s,
                    tr("Party %1: %2").arg(i + 1).arg(valid.error().message));
            }
        }
        if (!party.phone.isEmpty() && !ContactValidator::isValidPhone(party.phone)) {
            found << Error::validation(
                prefix + u"phone"_s,
                tr("Party %1: \"%2\" is not a phone number.").arg(i + 1).arg(party.phone));
        }
        if (party.refusedToSign) {
            require(prefix + u"refusal_reason"_s, party.refusalReason,
                    tr("Party %1 refused to sign: record the reason.").arg(i + 1));
        }
    }
    if (record.officerIds.isEmpty()) {
        found << Error::validation(u"officers"_s, tr("Name the handling officers."));
    }
    if (anyRefusal(record) && record.witness.isEmpty()) {
        found << Error::validation(u"witness"_s,
                                   tr("A party refused to sign, so a witness must sign."));
    }
    if (!record.witness.isEmpty() && !record.witness.personId) {
        if (record.witness.phone.trimmed().isEmpty()) {
            found << Error::validation(u"witness_phone"_s,
                                       tr("Enter the bystander witness's phone number."));
        } else if (!ContactValidator::isValidPhone(record.witness.phone)) {
            found << Error::validation(
                u"witness_phone"_s, tr("\"%1\" is not a phone number.").arg(record.witness.phone));
        }
    }
    if (record.amendsId) {
        require(u"amendment_reason"_s, record.amendmentReason,
                tr("Give the reason for the amendment."));
    }
    return found;
}

QStringList RecordService::missingSignatures(const OnSceneRecord &record) const {
    const QString hash = RecordCanonical::contentSha256(record);
    QStringList missing;
    for (qsizetype i = 0; i < record.parties.size(); ++i) {
        const RecordParty &party = record.parties[i];
        if (!party.refusedToSign && !signedOver(record, SignatureRole::Party, int(i), hash)) {
            missing << tr("Party %1 (%2) has not signed.").arg(i + 1).arg(party.name);
        }
    }
    if (!signedOver(record, SignatureRole::Officer, 0, hash)) {
        missing << tr("The handling officer has not signed.");
    }
    if ((anyRefusal(record) || !record.witness.isEmpty()) &&
        !signedOver(record, SignatureRole::Witness, 0, hash)) {
        missing << tr("The witness has not signed.");
    }
    return missing;
}

Result<OnSceneRecord> RecordService::draftForWriting(qint64 id, qint64 rowVersion) const {
    auto found = RecordRepository(m_context.database).find(id);
    SD_RETURN_IF_ERROR(found);
    if (found->status == RecordStatus::Sealed) {
        return Error::validation(u"status"_s, tr("Record %1 is sealed and can no longer be "
                                                 "changed; file an amendment instead.")
                                                  .arg(found->number));
    }
    SD_RETURN_IF_ERROR(requireOpenMonth(found->alertId));
    found->rowVersion = rowVersion;
    return found;
}

Status RecordService::requireOpenMonth(qint64 alertId) const {
    // A record is dated by its alert: filing or changing it is an edit of the alert's month.
    auto alert = AlertRepository(m_context.database).find(alertId);
    SD_RETURN_IF_ERROR(alert);
    return ClosedPeriodRepository(m_context.database)
        .requireOpen(alert->receivedAt, alert->number, u"alert"_s, m_context.clock.nowMs());
}

} // namespace sd
