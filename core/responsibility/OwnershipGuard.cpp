#include "core/responsibility/OwnershipGuard.h"

#include "core/responsibility/OwnershipRepository.h"

using namespace Qt::StringLiterals;

namespace sd {

namespace {
constexpr int kListed = 10;
} // namespace

Status OwnershipGuard::refuseIfOwning(const Database &database, const OwnerRef &owner,
                                      const QString &who, const QString &field) {
    auto owned = OwnershipRepository(database, QDate()).ownedBy(owner);
    SD_RETURN_IF_ERROR(owned);
    if (owned->isEmpty()) {
        return {};
    }
    QStringList lines;
    for (const OwnedItem &item : owned.value()) {
        if (lines.size() == kListed) {
            lines << tr("… and %n more", nullptr, static_cast<int>(owned->size()) - kListed);
            break;
        }
        lines << u"%1 %2"_s.arg(item.code, item.name);
    }
    const QString message =
        owner.isUnit()
            ? tr("%1 owns %n item(s) and needs a leader to answer for them; hand them over "
                 "first: %2",
                 nullptr, static_cast<int>(owned->size()))
                  .arg(who, lines.join(u"; "_s))
            : tr("%1 still owns %n item(s); hand them over first: %2", nullptr,
                 static_cast<int>(owned->size()))
                  .arg(who, lines.join(u"; "_s));
    return Error::validation(field, message);
}

} // namespace sd
