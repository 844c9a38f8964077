#pragma once

#include "core/mediation/Mediation.h"

#include <QByteArray>
#include <QString>

namespace sd {

// The canonical serialization a mediation agreement is signed and sealed over: the case's
// number, dispute type, parties and mediators with the agreement's terms (not the case's
// risk, sessions, follow-ups or status, which go on changing after the agreement).
// Signature and seal digests are RecordCanonical's, with record kind "mediation".
namespace MediationCanonical {

QByteArray content(const MediationCase &mediation);
QString contentSha256(const MediationCase &mediation);

} // namespace MediationCanonical
} // namespace sd
