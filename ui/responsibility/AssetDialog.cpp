#include "ui/responsibility/AssetDialog.h"

#include "core/responsibility/ResponsibilityService.h"
#include "ui/widgets/EnumCombo.h"
#include "ui/widgets/OptionalDateEdit.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPlainTextEdit>

using namespace Qt::StringLiterals;

namespace sd {

AssetDialog::AssetDialog(const ResponsibilityService &service, const OwnershipService &owners,
                         const Asset &asset, QWidget *parent, Prompter *prompter)
    : OwnedItemDialogFor(service,
                         {&ResponsibilityService::addAsset, &ResponsibilityService::updateAsset,
                          &ResponsibilityService::asset},
                         asset, prompter, parent) {
    setObjectName(u"assetDialog"_s);
    setWindowTitle(asset.id == 0 ? tr("Register item")
                                 : tr("Edit item: %1 %2").arg(asset.tag, asset.name));
    setMinimumWidth(520);

    m_tag = addNewRow<QLineEdit>(tr("&Tag code:"), u"tagEdit"_s, u"tag"_s);
    m_tag->setPlaceholderText(tr("assigned when saved"));
    m_tag->setReadOnly(asset.id != 0);

    m_name = addNewRow<QLineEdit>(tr("&Name:"), u"nameEdit"_s, u"name"_s);

    m_kind = addNewRow<QComboBox>(tr("&Kind:"), u"kindCombo"_s, u"kind"_s);
    addEnumItems(m_kind, allAssetKinds());

    addOwnerRows(owners, asset.id != 0, tr("&Reason:"));

    m_room = new QComboBox(this);
    m_room->setObjectName(u"roomCombo"_s);
    m_room->addItem(tr("(not in a registered room)"), 0);
    if (auto rooms = service.rooms()) {
        for (const AssetRow &room : rooms.value()) {
            if (room.asset.id != asset.id) {
                m_room->addItem(u"%1 %2"_s.arg(room.asset.tag, room.asset.name), room.asset.id);
            }
        }
    }
    addRow(tr("&Location:"), m_room, u"location"_s);
    m_place = new QLineEdit(this);
    m_place->setObjectName(u"placeEdit"_s);
    m_place->setPlaceholderText(tr("or describe the place, e.g. station car park"));
    form()->addRow(QString(), m_place);
    trackField(m_place);
    connect(m_room, &QComboBox::currentIndexChanged, this,
            [this] { m_place->setEnabled(m_room->currentData().toLongLong() == 0); });

    m_status = addNewRow<QComboBox>(tr("&Status:"), u"statusCombo"_s, u"status"_s);
    addEnumItems(m_status, allAssetStatuses());

    m_acquired =
        addNewRow<OptionalDateEdit>(tr("&Acquired on:"), u"acquiredEdit"_s, u"acquired_on"_s);
    m_nextCheck =
        addNewRow<OptionalDateEdit>(tr("Next &check:"), u"nextCheckEdit"_s, u"next_check_on"_s);
    m_notes = addNewRow<QPlainTextEdit>(tr("Not&es:"), u"notesEdit"_s, u"notes"_s);
    m_notes->setTabChangesFocus(true);
    m_notes->setFixedHeight(70);

    addButtons(tr("Save"), u"saveButton"_s);
    fill(asset);
    markUnchanged();
    m_name->setFocus();
}

void AssetDialog::fill(const Asset &asset) {
    m_tag->setText(asset.tag);
    m_name->setText(asset.name);
    selectEnum(m_kind, asset.kind);
    setOwner(asset.owner);
    const int room = m_room->findData(asset.locationAssetId.value_or(0));
    m_room->setCurrentIndex(qMax(0, room));
    m_place->setText(asset.locationText);
    m_place->setEnabled(!asset.locationAssetId);
    selectEnum(m_status, asset.status);
    m_acquired->setOptionalDate(asset.acquiredOn);
    m_nextCheck->setOptionalDate(asset.nextCheckOn);
    m_notes->setPlainText(asset.notes);
}

Asset AssetDialog::edited() const {
    Asset asset = item();
    asset.tag = m_tag->text().trimmed();
    asset.name = m_name->text().trimmed();
    asset.kind = selectedEnum(m_kind, assetKindFromKey, AssetKind::Other);
    asset.owner = owner();
    const qint64 room = m_room->currentData().toLongLong();
    asset.locationAssetId = room != 0 ? std::optional<qint64>(room) : std::nullopt;
    asset.locationText = room != 0 ? QString() : m_place->text().trimmed();
    asset.status = selectedEnum(m_status, assetStatusFromKey, AssetStatus::InUse);
    asset.acquiredOn = m_acquired->optionalDate();
    asset.nextCheckOn = m_nextCheck->optionalDate();
    asset.notes = m_notes->toPlainText().trimmed();
    return asset;
}

} // namespace sd
