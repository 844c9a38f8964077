#include "ui/responsibility/AssetsPanel.h"

#include "core/responsibility/LabelSheet.h"
#include "core/responsibility/ResponsibilityService.h"
#include "ui/responsibility/AssetDialog.h"
#include "ui/responsibility/AssetTableModel.h"
#include "ui/responsibility/StocktakeDialog.h"
#include "ui/widgets/EnumCombo.h"
#include "ui/widgets/Prompter.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QFileDialog>
#include <QLineEdit>

using namespace Qt::StringLiterals;

namespace sd {

AssetsPanel::AssetsPanel(const ResponsibilityService &service, const OwnershipService &owners,
                         Prompter &prompter, bool editAllowed, QWidget *parent)
    : RegisterPanel(service, owners, prompter, editAllowed,
                    {u"asset"_s, tr("&Register item…"), tr("Search tag, name, location or notes"),
                     tr("Asset register")},
                    parent)
    , m_model(new AssetTableModel(service, this))
    , m_kind(new QComboBox(this))
    , m_status(new QComboBox(this))
    , m_overdue(new QCheckBox(tr("Check &overdue"), this))
    , m_orphaned(new QCheckBox(tr("&Orphaned"), this)) {
    auto *labelsAction = new QAction(tr("&Labels (PDF)…"), this);
    labelsAction->setObjectName(u"labelsAction"_s);
    connect(labelsAction, &QAction::triggered, this, [this] { exportLabels(); });
    addCommand(labelsAction);
    auto *stocktakeAction = new QAction(tr("&Stocktake…"), this);
    stocktakeAction->setObjectName(u"stocktakeAction"_s);
    stocktakeAction->setEnabled(editAllowed);
    connect(stocktakeAction, &QAction::triggered, this, &AssetsPanel::stocktake);
    addCommand(stocktakeAction);

    m_kind->setObjectName(u"kindFilter"_s);
    m_kind->addItem(tr("All kinds"));
    addEnumItems(m_kind, allAssetKinds());
    m_status->setObjectName(u"statusFilter"_s);
    m_status->addItem(tr("Any status"));
    addEnumItems(m_status, allAssetStatuses());
    m_overdue->setObjectName(u"overdueFilter"_s);
    m_orphaned->setObjectName(u"orphanedFilter"_s);
    for (QComboBox *combo : {m_kind, m_status}) {
        addFilter(combo);
        connect(combo, &QComboBox::currentIndexChanged, this, &AssetsPanel::applyFilter);
    }
    for (QCheckBox *box : {m_overdue, m_orphaned}) {
        addFilter(box);
        connect(box, &QCheckBox::toggled, this, &AssetsPanel::applyFilter);
    }
    showModel(m_model, {AssetTableModel::NameColumn, AssetTableModel::OwnerColumn},
              [](qint64 count) { return tr("%n item(s)", nullptr, int(count)); });
    applyFilter();
}

void AssetsPanel::applyFilter() {
    AssetFilter filter;
    filter.text = search()->text().trimmed();
    if (m_kind->currentIndex() > 0) {
        filter.kind = assetKindFromKey(m_kind->currentData().toString());
    }
    if (m_status->currentIndex() > 0) {
        filter.status = assetStatusFromKey(m_status->currentData().toString());
    }
    filter.overdueOnly = m_overdue->isChecked();
    filter.orphanedOnly = m_orphaned->isChecked();
    m_model->setFilter(filter);
}

std::unique_ptr<OwnedItemDialog> AssetsPanel::createDialog(int row) {
    Asset asset;
    if (row < 0) {
        asset.acquiredOn = m_service.today();
    } else {
        asset = m_model->rowAt(row).asset;
    }
    return std::make_unique<AssetDialog>(m_service, m_owners, asset, this, &m_prompter);
}

bool AssetsPanel::exportLabels(const QString &path) {
    QString file = path;
    if (file.isEmpty()) {
        file = QFileDialog::getSaveFileName(this, tr("Save labels"), tr("labels.pdf"),
                                            tr("PDF files (*.pdf)"));
        if (file.isEmpty()) {
            return false;
        }
    }
    AssetFilter filter = m_model->filter();
    filter.offset = 0;
    filter.limit = 100000;
    auto rows = m_service.assets(filter);
    if (!rows) {
        m_prompter.warn(this, tr("Labels"), rows.error().message);
        return false;
    }
    QList<LabelSheet::Label> labels;
    for (const AssetRow &row : rows.value()) {
        if (row.asset.status == AssetStatus::Retired) {
            continue;
        }
        const QString owner = row.owner.label();
        const QString accountable =
            row.owner.accountableName.isEmpty() ? tr("none — orphaned") : row.owner.accountableName;
        labels << LabelSheet::Label{row.asset.name, row.asset.tag, owner, accountable};
    }
    if (Status written = LabelSheet::writePdf(labels, file); !written) {
        m_prompter.warn(this, tr("Labels"), written.error().message);
        return false;
    }
    return true;
}

void AssetsPanel::stocktake() {
    StocktakeDialog dialog(m_service, m_prompter, this);
    dialog.exec();
    Q_EMIT changed();
}

} // namespace sd
