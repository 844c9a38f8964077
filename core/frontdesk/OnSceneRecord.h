#pragma once

#include "core/signatures/Signature.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace sd {

// The three cases in which an alert may be closed on the scene with a filed record.
enum class EligibleCase {
    MediatedDispute,     // clear facts, little controversy, mediated on the spot
    EmergencyAssistance, // emergency help completed on the spot
    NoFollowUp,          // caller declines a statement, or the station need not follow up
};

enum class Sex { Male, Female, Unstated };
enum class IdDocumentType { ResidentId, Passport, HkMacaoPermit, TaiwanPermit, Other };

struct RecordParty {
    QString name;
    Sex sex = Sex::Unstated;
    IdDocumentType documentType = IdDocumentType::ResidentId;
    QString documentNumber;
    QString phone;
    QString address;
    // A party may refuse to sign; the reason is part of the sealed content and the witness
    // must then sign.
    bool refusedToSign = false;
    QString refusalReason;

    bool operator==(const RecordParty &) const = default;
};

struct RecordWitness {
    std::optional<qint64> personId; // an officer of the station, or empty for a bystander
    QString name;
    QString phone;

    bool isEmpty() const { return !personId && name.trimmed().isEmpty(); }
    bool operator==(const RecordWitness &) const = default;
};

enum class RecordStatus { Draft, Sealed };

// 处警现场处结备案单: filed from an alert closed on the scene. A draft can be edited and
// signed; sealing fixes it for good, and a correction is an amendment record that links to
// the original and carries its own signatures.
struct OnSceneRecord {
    qint64 id = 0;
    QString number; // CJ-YYYY-NNNNNN
    qint64 alertId = 0;
    QString alertNumber; // read-only
    std::optional<EligibleCase> eligibleCase;
    QString facts;
    QString handling;
    QString result;
    QList<RecordParty> parties;
    QList<qint64> officerIds;
    QStringList officerNames;  // read-only
    QStringList officerBadges; // read-only
    RecordWitness witness;
    QString bodyCamRef;

    std::optional<qint64> amendsId; // the sealed record this one corrects
    QString amendsNumber;           // read-only
    QString amendmentReason;

    RecordStatus status = RecordStatus::Draft;
    qint64 sealedAt = 0;
    QString sealedBy;
    QString contentSha256; // set when sealed
    QString sealDigest;    // over the content hash and every signature digest

    QList<Signature> signatures; // read-only here; added through RecordService::sign

    qint64 rowVersion = 0;
    qint64 createdAt = 0;
    QString createdBy;
    qint64 updatedAt = 0;
    QString updatedBy;
};

QString toKey(EligibleCase value);
QString toKey(Sex value);
QString toKey(IdDocumentType value);
QString toKey(RecordStatus value);
std::optional<EligibleCase> eligibleCaseFromKey(const QString &key);
std::optional<Sex> sexFromKey(const QString &key);
std::optional<IdDocumentType> idDocumentTypeFromKey(const QString &key);
QList<EligibleCase> allEligibleCases();
QList<IdDocumentType> allIdDocumentTypes();
QString displayName(EligibleCase value);
QString displayName(Sex value);
QString displayName(IdDocumentType value);
QString displayName(RecordStatus value);

} // namespace sd
