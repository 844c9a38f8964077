#include "ui/responsibility/AssetDialog.h"

#include "core/responsibility/ResponsibilityService.h"
#include "ui/widgets/EnumCombo.h"
#include "ui/widgets/OptionalDateEdit.h"
#include "ui/widgets/OwnerPicker.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPlainTextEdit>

using namespace Qt::StringLiterals;

namespace sd {

AssetDialog::AssetDialog(const ResponsibilityService &service, const OwnershipService &owners,
                         const Asset &asset, QWidget *parent, Prompter *prompter)
    : EditDialog(prompter, parent)
    , m_service(service)
    , m_asset(asset) {
    setObjectName(u"assetDialog"_s);
    setWindowTitle(asset.id == 0 ? tr("Register item")
                                 : tr("Edit item: %1 %2").arg(asset.tag, asset.name));
    setMinimumWidth(520);

    m_tag = new QLineEdit(this);
    m_tag->setObjectName(u"tagEdit"_s);
    m_tag->setPlaceholderText(tr("assigned when saved"));
    m_tag->setReadOnly(asset.id != 0);
    addRow(tr("&Tag code:"), m_tag, u"tag"_s);

    m_name = new QLineEdit(this);
    m_name->setObjectName(u"nameEdit"_s);
    addRow(tr("&Name:"), m_name, u"name"_s);

    m_kind = new QComboBox(this);
    m_kind->setObjectName(u"kindCombo"_s);
    addEnumItems(m_kind, allAssetKinds());
    addRow(tr("&Kind:"), m_kind, u"kind"_s);

    m_owner = new OwnerPicker(owners, this);
    m_owner->setObjectName(u"ownerPicker"_s);
    addRow(tr("&Owner:"), m_owner, u"owner"_s);
    m_reason = new QLineEdit(this);
    m_reason->setObjectName(u"reasonEdit"_s);
    m_reason->setPlaceholderText(tr("why the owner changes (kept in the history)"));
    m_reason->setVisible(asset.id != 0);
    if (asset.id != 0) {
        addRow(tr("&Reason:"), m_reason, u"reason"_s);
    }

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

    m_status = new QComboBox(this);
    m_status->setObjectName(u"statusCombo"_s);
    addEnumItems(m_status, allAssetStatuses());
    addRow(tr("&Status:"), m_status, u"status"_s);

    m_acquired = new OptionalDateEdit(this);
    m_acquired->setObjectName(u"acquiredEdit"_s);
    addRow(tr("&Acquired on:"), m_acquired, u"acquired_on"_s);
    m_nextCheck = new OptionalDateEdit(this);
    m_nextCheck->setObjectName(u"nextCheckEdit"_s);
    addRow(tr("Next &check:"), m_nextCheck, u"next_check_on"_s);
    m_notes = new QPlainTextEdit(this);
    m_notes->setObjectName(u"notesEdit"_s);
    m_notes->setTabChangesFocus(true);
    m_notes->setFixedHeight(70);
    addRow(tr("Not&es:"), m_notes, u"notes"_s);

    addButtons(tr("Save"), u"saveButton"_s);
    fill(asset);
    markUnchanged();
    m_name->setFocus();
}

void AssetDialog::fill(const Asset &asset) {
    m_tag->setText(asset.tag);
    m_name->setText(asset.name);
    selectEnum(m_kind, asset.kind);
    m_owner->setOwner(asset.owner);
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
    Asset asset = m_asset;
    asset.tag = m_tag->text().trimmed();
    asset.name = m_name->text().trimmed();
    asset.kind = selectedEnum(m_kind, assetKindFromKey, AssetKind::Other);
    asset.owner = m_owner->owner();
    const qint64 room = m_room->currentData().toLongLong();
    asset.locationAssetId = room != 0 ? std::optional<qint64>(room) : std::nullopt;
    asset.locationText = room != 0 ? QString() : m_place->text().trimmed();
    asset.status = selectedEnum(m_status, assetStatusFromKey, AssetStatus::InUse);
    asset.acquiredOn = m_acquired->optionalDate();
    asset.nextCheckOn = m_nextCheck->optionalDate();
    asset.notes = m_notes->toPlainText().trimmed();
    return asset;
}

Status AssetDialog::store() {
    const Asset draft = edited();
    auto result =
        draft.id == 0 ? m_service.addAsset(draft) : m_service.updateAsset(draft, m_reason->text());
    SD_RETURN_IF_ERROR(result);
    m_asset = result->asset;
    Q_EMIT saved(result.value());
    return {};
}

Status AssetDialog::reloadStored() {
    auto latest = m_service.asset(m_asset.id);
    SD_RETURN_IF_ERROR(latest);
    m_asset = latest->asset;
    fill(m_asset);
    m_reason->clear();
    return {};
}

} // namespace sd
