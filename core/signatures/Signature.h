#pragma once

#include "core/kernel/common/EnumKeys.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <optional>

namespace sd {

#define SD_ENUM_KEYS_FILE "core/signatures/SignatureKeys.def"
#include "core/kernel/common/EnumKeysDeclare.inc"

// One drawn signature. contentSha256 is the hash of the record's canonical content at
// the moment of signing: a signature moved to other content no longer matches it, and
// digest covers every field here so a changed name, time or image is caught too.
struct Signature {
    qint64 id = 0;
    qint64 recordId = 0;
    SignatureRole role = SignatureRole::Party;
    int slot = 0;                   // which party (0-based) for party signatures, 0 otherwise
    std::optional<qint64> personId; // the officer or witness officer who signed
    QString printedName;
    qint64 signedAt = 0; // UTC ms
    QString meaning;     // what the signature attests, in the words shown under the line
    QByteArray strokes;  // SignatureStrokes JSON
    QByteArray imagePng;
    QString contentSha256;
    QString digest;
};

// What the signer puts on the pad; everything else (time, content hash, digest) is set by
// the service.
struct SignatureInput {
    SignatureRole role = SignatureRole::Party;
    int slot = 0; // party index for party signatures
    QString meaning;
    QByteArray strokes; // SignatureStrokes JSON
    QByteArray imagePng;
};

// One problem that verification found in a sealed record, named by the record's number.
struct RecordProblem {
    QString number;
    QString problem;
};

} // namespace sd
