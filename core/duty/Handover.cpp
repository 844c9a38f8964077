#include "core/duty/Handover.h"

#include "core/kernel/common/EnumKeys.h"

#include <QCoreApplication>
#include <QHash>

using namespace Qt::StringLiterals;

namespace sd {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(sd::Handover)
};
} // namespace

#define SD_ENUM_KEYS_FILE "core/duty/HandoverKeys.def"
#include "core/kernel/common/EnumKeysDefine.inc"

int Handover::queriedCount() const {
    int queried = 0;
    for (const HandoverItem &entry : items) {
        queried += entry.state == HandoverItemState::Queried ? 1 : 0;
    }
    return queried;
}

const HandoverItem *Handover::item(int position) const {
    for (const HandoverItem &entry : items) {
        if (entry.position == position) {
            return &entry;
        }
    }
    return nullptr;
}

QString handoverSignerName(int slot) {
    return slot == kOutgoingSlot ? Tr::tr("Outgoing officer") : Tr::tr("Incoming officer");
}

QString checklistLabel(const QString &key, const QString &label) {
    if (!label.isEmpty()) {
        return label;
    }
    // The built-in lines keep no stored label, so each reader sees them in their language.
    static const QHash<QString, const char *> kBuiltIn{
        {u"keys"_s, QT_TRANSLATE_NOOP("sd::Handover", "Keys")},
        {u"radios"_s, QT_TRANSLATE_NOOP("sd::Handover", "Radios")},
        {u"body_cameras"_s, QT_TRANSLATE_NOOP("sd::Handover", "Body cameras")},
        {u"vehicles"_s, QT_TRANSLATE_NOOP("sd::Handover", "Vehicles (odometer)")},
        {u"persons_held"_s, QT_TRANSLATE_NOOP("sd::Handover", "Persons held")},
        {u"items_kept"_s, QT_TRANSLATE_NOOP("sd::Handover", "Items kept")},
    };
    const auto found = kBuiltIn.constFind(key);
    return found == kBuiltIn.constEnd() ? key : Tr::tr(found.value());
}

} // namespace sd
