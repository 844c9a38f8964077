#pragma once

#include "core/kernel/common/EnumKeys.h"
#include "core/signatures/Signature.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace sd {

#define SD_ENUM_KEYS_FILE "core/frontdesk/OnSceneRecordKeys.def"
#include "core/kernel/common/EnumKeysDeclare.inc"

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

} // namespace sd
