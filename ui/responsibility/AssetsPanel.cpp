#include "ui/responsibility/AssetsPanel.h"

#include "core/responsibility/LabelSheet.h"
#include "core/responsibility/ResponsibilityService.h"
#include "ui/responsibility/AssetDialog.h"
#include "ui/responsibility/AssetTableModel.h"
#include "ui/responsibility/StocktakeDialog.h"
#include "ui/widgets/EnumCombo.h"
#include "ui/widgets/PanelWidgets.h"
#include "ui/widgets/Prompter.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace sd {

AssetsPanel::AssetsPanel(const ResponsibilityService &service, const OwnershipService &owners,
                         Prompter &prompter, bool editAllowed, QWidget *parent)
    : QWidget(parent)
    , m_service(service)
    , m_owners(owners)
    , m_prompter(prompter)
    , m_model(new AssetTableModel(service, this))
    , m_view(new QTableView(this))
    , m_search(new QLineEdit(this))
    , m_kind(new QComboBox(this))
    , m_status(new QComboBox(this))
    , m_overdue(new QCheckBox(tr("Check &overdue"), this))
    , m_orphaned(new QCheckBox(tr("&Orphaned"), this))
    , m_count(new QLabel(this)) {
    setObjectName(u"assetsPanel"_s);
    auto *addAction = new QAction(QIcon(u":/icons/add.svg"_s), tr("&Register item…"), this);
    addAction->setObjectName(u"addAssetAction"_s);
    addAction->setEnabled(editAllowed);
    connect(addAction, &QAction::triggered, this, &AssetsPanel::addAsset);
    m_editAction = new QAction(QIcon(u":/icons/edit.svg"_s), tr("&Edit…"), this);
    m_editAction->setObjectName(u"editAssetAction"_s);
    m_editAction->setEnabled(editAllowed);
    connect(m_editAction, &QAction::triggered, this, &AssetsPanel::editSelected);
    auto *labelsAction = new QAction(tr("&Labels (PDF)…"), this);
    labelsAction->setObjectName(u"labelsAction"_s);
    connect(labelsAction, &QAction::triggered, this, [this] { exportLabels(); });
    auto *stocktakeAction = new QAction(tr("&Stocktake…"), this);
    stocktakeAction->setObjectName(u"stocktakeAction"_s);
    stocktakeAction->setEnabled(editAllowed);
    connect(stocktakeAction, &QAction::triggered, this, &AssetsPanel::stocktake);

    m_search->setObjectName(u"assetSearch"_s);
    m_search->setPlaceholderText(tr("Search tag, name, location or notes"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(260);
    connect(m_search, &QLineEdit::textChanged, this, &AssetsPanel::applyFilter);
    m_kind->setObjectName(u"kindFilter"_s);
    m_kind->addItem(tr("All kinds"));
    addEnumItems(m_kind, allAssetKinds());
    m_status->setObjectName(u"statusFilter"_s);
    m_status->addItem(tr("Any status"));
    addEnumItems(m_status, allAssetStatuses());
    m_overdue->setObjectName(u"overdueFilter"_s);
    m_orphaned->setObjectName(u"orphanedFilter"_s);
    for (QComboBox *combo : {m_kind, m_status}) {
        connect(combo, &QComboBox::currentIndexChanged, this, &AssetsPanel::applyFilter);
    }
    for (QCheckBox *box : {m_overdue, m_orphaned}) {
        connect(box, &QCheckBox::toggled, this, &AssetsPanel::applyFilter);
    }

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_search, 1);
    bar->addWidget(m_kind);
    bar->addWidget(m_status);
    bar->addWidget(m_overdue);
    bar->addWidget(m_orphaned);
    auto *actions = new QHBoxLayout;
    for (QAction *action : {addAction, m_editAction, labelsAction, stocktakeAction}) {
        actions->addWidget(createActionButton(action, this));
    }
    actions->addStretch(1);
    actions->addWidget(m_count);

    m_view->setObjectName(u"assetTable"_s);
    m_view->setModel(m_model);
    setUpRecordTable(m_view);
    m_view->horizontalHeader()->setSectionResizeMode(AssetTableModel::NameColumn,
                                                     QHeaderView::Stretch);
    m_view->horizontalHeader()->setSectionResizeMode(AssetTableModel::OwnerColumn,
                                                     QHeaderView::Stretch);
    connect(m_view, &QTableView::doubleClicked, this, &AssetsPanel::editSelected);
    connect(m_model, &AssetTableModel::totalCountChanged, this,
            [this](qint64 count) { m_count->setText(tr("%n item(s)", nullptr, int(count))); });
    connect(m_model, &AssetTableModel::loadFailed, this, [this](const QString &message) {
        m_prompter.warn(this, tr("Asset register"), message);
    });

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addLayout(actions);
    layout->addWidget(m_view, 1);
    applyFilter();
}

void AssetsPanel::applyFilter() {
    AssetFilter filter;
    filter.text = m_search->text().trimmed();
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

void AssetsPanel::addAsset() {
    Asset draft;
    draft.acquiredOn = m_service.today();
    AssetDialog dialog(m_service, m_owners, draft, this, &m_prompter);
    if (dialog.exec() == QDialog::Accepted) {
        Q_EMIT changed();
    }
}

void AssetsPanel::editSelected() {
    const QModelIndex index = m_view->currentIndex();
    if (!index.isValid() || !m_editAction->isEnabled()) {
        return;
    }
    AssetDialog dialog(m_service, m_owners, m_model->rowAt(index.row()).asset, this, &m_prompter);
    if (dialog.exec() == QDialog::Accepted) {
        Q_EMIT changed();
    }
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
        const QString owner = row.owner.ref.isUnit()
                                  ? row.owner.name
                                  : u"%1 (%2)"_s.arg(row.owner.name, row.owner.badge);
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
