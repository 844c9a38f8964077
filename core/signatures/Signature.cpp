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
    {SignatureRole::Party, u"party"},
    {SignatureRole::Officer, u"officer"},
    {SignatureRole::Witness, u"witness"},
}};
} // namespace

QString toKey(SignatureRole value) {
    return keyOf(kRoles, value);
}
std::optional<SignatureRole> signatureRoleFromKey(const QString &key) {
    return valueOf(kRoles, key);
}

QString displayName(SignatureRole value) {
    switch (value) {
    case SignatureRole::Party:
        return Tr::tr("Party");
    case SignatureRole::Officer:
        return Tr::tr("Handling officer");
    case SignatureRole::Witness:
        return Tr::tr("Witness");
    }
    return {};
}

} // namespace sd
