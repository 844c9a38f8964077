#include "ui/widgets/OwnerPicker.h"

#include "core/responsibility/OwnershipService.h"

#include <QCompleter>
#include <QLineEdit>

using namespace Qt::StringLiterals;

namespace sd {

namespace {
constexpr int kKindRole = Qt::UserRole + 1;
constexpr int kIdRole = Qt::UserRole + 2;
} // namespace

OwnerPicker::OwnerPicker(const OwnershipService &service, QWidget *parent)
    : QComboBox(parent)
    , m_service(service) {
    setEditable(true);
    setInsertPolicy(QComboBox::NoInsert);
    lineEdit()->setPlaceholderText(tr("Type a name, badge no. or unit"));
    completer()->setFilterMode(Qt::MatchContains);
    completer()->setCompletionMode(QCompleter::PopupCompletion);
    setMinimumContentsLength(28);
    reload();
}

void OwnerPicker::reload() {
    const OwnerRef current = owner();
    clear();
    auto candidates = m_service.candidates();
    if (candidates) {
        for (const OwnerInfo &info : candidates.value()) {
            addItem(info.display());
            setItemData(count() - 1, info.ref.isUnit() ? 1 : 0, kKindRole);
            setItemData(count() - 1, info.ref.id, kIdRole);
        }
    }
    setOwner(current);
}

void OwnerPicker::setOwner(const OwnerRef &owner) {
    for (int i = 0; i < count(); ++i) {
        if (itemData(i, kIdRole).toLongLong() == owner.id &&
            (itemData(i, kKindRole).toInt() == 1) == owner.isUnit()) {
            setCurrentIndex(i);
            return;
        }
    }
    setCurrentIndex(-1);
    setEditText({});
}

OwnerRef OwnerPicker::owner() const {
    const int index = findText(currentText(), Qt::MatchExactly);
    if (index < 0) {
        return {};
    }
    const qint64 id = itemData(index, kIdRole).toLongLong();
    return itemData(index, kKindRole).toInt() == 1 ? OwnerRef::unit(id) : OwnerRef::person(id);
}

} // namespace sd
