#pragma once

#include "core/frontdesk/OnSceneRecord.h"

#include <QByteArray>
#include <QString>

namespace sd {

// The on-scene record's canonical content, which its signatures and seal are computed over
// (SignatureDigest). Any change here changes every hash: bump a version field and keep the
// old form for verification.
namespace RecordCanonical {

// Compact JSON with sorted keys of everything the record says (not its status, times or
// signatures), with officers by badge and name.
QByteArray content(const OnSceneRecord &record);
QString contentSha256(const OnSceneRecord &record);

} // namespace RecordCanonical
} // namespace sd
