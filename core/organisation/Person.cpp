#include "core/organisation/Person.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace sd {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(sd::Person)
};
} // namespace

QString personLabel(const QString &name, const QString &badgeNo) {
    if (badgeNo.trimmed().isEmpty()) {
        return name;
    }
    //: A person's name and badge number; Chinese uses full-width brackets.
    return Tr::tr("%1 (%2)").arg(name, badgeNo);
}

#define SD_ENUM_KEYS_FILE "core/organisation/PersonKeys.def"
#include "core/kernel/common/EnumKeysDefine.inc"

} // namespace sd
