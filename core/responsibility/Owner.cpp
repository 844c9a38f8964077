#include "core/responsibility/Owner.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace sd {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(sd::Owner)
};
} // namespace

QString OwnerInfo::display() const {
    if (!ref.isUnit()) {
        return badge.isEmpty() ? name : u"%1 (%2)"_s.arg(name, badge);
    }
    if (accountableName.isEmpty()) {
        return Tr::tr("%1 — no leader").arg(name);
    }
    return Tr::tr("%1 — leader: %2").arg(name, accountableName);
}

QString toKey(OwnedItem::Type type) {
    return type == OwnedItem::Type::Asset ? u"asset"_s : u"task"_s;
}

} // namespace sd
