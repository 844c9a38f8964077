#include "core/signatures/Signature.h"

#include "core/kernel/common/EnumKeys.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace sd {

namespace {
struct Tr {
    // The on-scene record's context, where these names were first translated.
    Q_DECLARE_TR_FUNCTIONS(sd::OnSceneRecord)
};

constexpr std::array<EnumKey<SignatureRole>, 3> kRoles{{
    {SignatureRole::Party, u"party", QT_TRANSLATE_NOOP("sd::OnSceneRecord", "Party")},
    {SignatureRole::Officer, u"officer",
     QT_TRANSLATE_NOOP("sd::OnSceneRecord", "Handling officer")},
    {SignatureRole::Witness, u"witness", QT_TRANSLATE_NOOP("sd::OnSceneRecord", "Witness")},
}};
} // namespace

QString toKey(SignatureRole value) {
    return keyOf(kRoles, value);
}
std::optional<SignatureRole> signatureRoleFromKey(const QString &key) {
    return valueOf(kRoles, key);
}

QString displayName(SignatureRole value) {
    return nameOf<Tr>(kRoles, value);
}

} // namespace sd
