#include "core/responsibility/Owner.h"

#include "core/organisation/Person.h"

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
        return label();
    }
    if (accountableName.isEmpty()) {
        return Tr::tr("%1 — no leader").arg(name);
    }
    return Tr::tr("%1 — leader: %2").arg(name, accountableName);
}

QString OwnerInfo::label() const {
    return ref.isUnit() ? name : personLabel(name, badge);
}

QString toKey(OwnedItem::Type type) {
    return type == OwnedItem::Type::Asset ? u"asset"_s : u"task"_s;
}

} // namespace sd
