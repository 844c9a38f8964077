#pragma once

#include "core/duty/Handover.h"

#include <QByteArray>
#include <QString>

namespace sd::HandoverCanonical {

// The handover as both officers sign it: who, when, where, every item with its owner,
// value and what the incoming officer made of it, and the notes. Language-independent
// (keys and stored text only), so a signature verifies in either language.
QByteArray content(const Handover &handover);
QString contentSha256(const Handover &handover);

} // namespace sd::HandoverCanonical
