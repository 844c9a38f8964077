#include "ui/organisation/UnitsPanel.h"

#include "core/organisation/OrganisationService.h"
#include "ui/organisation/AccountabilitySection.h"
#include "ui/organisation/AreaListModel.h"
#include "ui/organisation/MemberTableModel.h"
#include "ui/organisation/UnitDialog.h"
#include "ui/organisation/UnitTreeModel.h"
#include "ui/widgets/PanelWidgets.h"
#include "ui/widgets/Prompter.h"

#include <QAction>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListView>
#include <QSplitter>
#include <QTableView>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace sd {

UnitsPanel::UnitsPanel(const OrganisationService &service, Prompter &prompter, QWidget *parent)
    : QWidget(parent)
    , m_service(service)
    , m_prompter(prompter)
    , m_units(new UnitTreeModel(this))
    , m_members(new MemberTableModel(this))
    , m_areas(new AreaListModel(this))
    , m_tree(new QTreeView(this))
    , m_title(new QLabel(this))
    , m_leader(new QLabel(this))
    , m_memberView(new QTableView(this))
    , m_areaBox(new QGroupBox(tr("Community areas served"), this))
    , m_areaView(new QListView(this)) {
    setObjectName(u"unitsPanel"_s);

    m_addAction = new QAction(QIcon(u":/icons/unit-add.svg"_s), tr("&Add unit…"), this);
    m_addAction->setObjectName(u"addUnitAction"_s);
    connect(m_addAction, &QAction::triggered, this, &UnitsPanel::addUnit);
    m_editAction = new QAction(QIcon(u":/icons/edit.svg"_s), tr("&Edit unit…"), this);
    m_editAction->setObjectName(u"editUnitAction"_s);
    m_editAction->setToolTip(tr("Edit the selected unit (Enter)"));
    connect(m_editAction, &QAction::triggered, this, &UnitsPanel::editSelected);
    m_addAreaAction = new QAction(QIcon(u":/icons/add.svg"_s), tr("Add a&rea…"), this);
    connect(m_addAreaAction, &QAction::triggered, this, &UnitsPanel::addArea);
    m_removeAreaAction = new QAction(QIcon(u":/icons/remove.svg"_s), tr("Re&move area…"), this);
    m_removeAreaAction->setToolTip(tr("Remove the selected area (Delete)"));
    m_removeAreaAction->setShortcut(QKeySequence::Delete);
    m_removeAreaAction->setShortcutContext(Qt::WidgetShortcut);
    connect(m_removeAreaAction, &QAction::triggered, this, &UnitsPanel::removeSelectedArea);
    m_areaView->addAction(m_removeAreaAction);

    m_tree->setObjectName(u"unitTree"_s);
    m_tree->setModel(m_units);
    m_tree->setUniformRowHeights(true);
    m_tree->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tree->setAlternatingRowColors(true);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(UnitTreeModel::NameColumn, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(UnitTreeModel::KindColumn,
                                           QHeaderView::ResizeToContents);
    m_tree->header()->setSectionResizeMode(UnitTreeModel::LeaderColumn,
                                           QHeaderView::ResizeToContents);
    m_tree->header()->setSectionResizeMode(UnitTreeModel::MembersColumn,
                                           QHeaderView::ResizeToContents);
    connect(m_tree, &QAbstractItemView::activated, this, [this] { editSelected(); });
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &UnitsPanel::showSelected);

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    auto *bar = new QHBoxLayout;
    QToolButton *addButton = createActionButton(m_addAction, left);
    QToolButton *editButton = createActionButton(m_editAction, left);
    bar->addWidget(addButton);
    bar->addWidget(editButton);
    bar->addStretch(1);
    leftLayout->addLayout(bar);
    leftLayout->addWidget(m_tree, 1);

    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setObjectName(u"unitTitle"_s);
    m_leader->setObjectName(u"unitLeader"_s);

    m_memberView->setObjectName(u"memberView"_s);
    m_memberView->setModel(m_members);
    m_memberView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_memberView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_memberView->setTabKeyNavigation(false);
    m_memberView->verticalHeader()->hide();
    m_memberView->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_memberView->verticalHeader()->setDefaultSectionSize(m_memberView->fontMetrics().height() + 8);
    // Badge, name and role are short; the position takes what is left, so the role
    // column never scrolls out of a narrow pane.
    QHeaderView *memberHeader = m_memberView->horizontalHeader();
    memberHeader->setSectionResizeMode(QHeaderView::ResizeToContents);
    memberHeader->setSectionResizeMode(MemberTableModel::PositionColumn, QHeaderView::Stretch);

    m_areaView->setObjectName(u"areaView"_s);
    m_areaView->setModel(m_areas);
    m_areaView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    auto *areaLayout = new QVBoxLayout(m_areaBox);
    areaLayout->addWidget(m_areaView, 1);
    auto *areaBar = new QHBoxLayout;
    QToolButton *addAreaButton = createActionButton(m_addAreaAction, m_areaBox);
    QToolButton *removeAreaButton = createActionButton(m_removeAreaAction, m_areaBox);
    areaBar->addWidget(addAreaButton);
    areaBar->addWidget(removeAreaButton);
    areaBar->addStretch(1);
    areaLayout->addLayout(areaBar);
    connect(m_areaView->selectionModel(), &QItemSelectionModel::currentChanged, this, [this] {
        m_removeAreaAction->setEnabled(m_editAllowed && m_areaView->currentIndex().isValid());
    });

    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_title);
    rightLayout->addWidget(m_leader);
    auto *membersLabel = new QLabel(tr("Members"), right);
    rightLayout->addWidget(membersLabel);
    rightLayout->addWidget(m_memberView, 2);
    rightLayout->addWidget(m_areaBox, 1);
    m_accountability = new AccountabilitySection(right);
    m_accountability->setOrientation(Qt::Vertical);
    rightLayout->addWidget(m_accountability, 2);

    auto *splitter = new QSplitter(this);
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({560, 480});
    splitter->setChildrenCollapsible(false);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter);

    setFocusProxy(m_tree);
    setTabOrder(m_tree, addButton);
    setTabOrder(addButton, editButton);
    setTabOrder(editButton, m_memberView);
    setTabOrder(m_memberView, m_areaView);
    setTabOrder(m_areaView, addAreaButton);
    setTabOrder(addAreaButton, removeAreaButton);

    reload();
}

void UnitsPanel::reload() {
    const std::optional<qint64> current = selectedUnitId();
    auto units = m_service.units();
    if (!units) {
        m_prompter.warn(this, tr("Cannot read the units"), units.error().message);
        return;
    }
    m_units->setUnits(units.value());
    m_tree->expandAll();
    if (!current || !selectUnit(*current)) {
        if (m_units->rowCount() > 0) {
            m_tree->setCurrentIndex(m_units->index(0, 0));
        } else {
            showSelected();
        }
    }
}

bool UnitsPanel::selectUnit(qint64 id) {
    const QModelIndex index = m_units->indexOfUnit(id);
    if (!index.isValid()) {
        return false;
    }
    m_tree->setCurrentIndex(index);
    m_tree->scrollTo(index);
    showSelected();
    return true;
}

std::optional<qint64> UnitsPanel::selectedUnitId() const {
    if (const UnitSummary *summary = selectedSummary()) {
        return summary->unit.id;
    }
    return std::nullopt;
}

const UnitSummary *UnitsPanel::selectedSummary() const {
    return m_units->summaryAt(m_tree->currentIndex());
}

void UnitsPanel::showSelected() {
    const UnitSummary *summary = selectedSummary();
    m_editAction->setEnabled(m_editAllowed && summary != nullptr);
    if (!summary) {
        m_title->setText(tr("No unit selected"));
        m_leader->clear();
        m_members->clear();
        m_areas->setAreas({});
        m_areaBox->hide();
        if (m_accountability) {
            m_accountability->clear();
        }
        return;
    }
    const Unit &unit = summary->unit;
    m_title->setText(tr("%1 · %2").arg(unit.name, displayName(unit.kind)));
    m_leader->setText(
        unit.leaderId ? tr("Leader: %1").arg(personLabel(summary->leaderName, summary->leaderBadge))
                      : tr("Leader: none yet"));
    auto members = m_service.unitMembers(unit.id);
    if (members) {
        m_members->setMembers(members.value(), unit.leaderId);
    } else {
        m_members->clear();
        m_prompter.warn(this, tr("Cannot read the members"), members.error().message);
    }
    const bool office = unit.kind == UnitKind::CommunityOffice;
    m_areaBox->setVisible(office);
    if (office) {
        auto areas = m_service.areas(unit.id);
        m_areas->setAreas(areas ? areas.value() : QList<CommunityArea>());
    } else {
        m_areas->setAreas({});
    }
    m_removeAreaAction->setEnabled(m_editAllowed && m_areaView->currentIndex().isValid());
    if (m_accountability && m_accountability->hasServices()) {
        m_accountability->showUnit(unit.id);
    }
}

void UnitsPanel::setAccountability(const OwnershipService *ownership,
                                   const HonourService *honours) {
    m_accountability->setServices(ownership, honours);
    showSelected();
}

void UnitsPanel::setEditAllowed(bool allowed, const QString &reason) {
    m_editAllowed = allowed;
    for (QAction *action : {m_addAction, m_addAreaAction}) {
        action->setEnabled(allowed);
    }
    if (!allowed) {
        for (QAction *action : {m_addAction, m_editAction, m_addAreaAction, m_removeAreaAction}) {
            action->setToolTip(reason);
        }
    }
    showSelected();
}

QStringList UnitsPanel::openDialogs() const {
    QStringList titles;
    const QList<UnitDialog *> dialogs = findChildren<UnitDialog *>();
    for (const UnitDialog *dialog : dialogs) {
        titles << dialog->windowTitle();
    }
    return titles;
}

UnitDialog *UnitsPanel::openDialog(const Unit &unit) {
    auto *dialog = new UnitDialog(m_service, m_prompter, unit, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &UnitDialog::saved, this, [this](const Unit &saved) {
        reload();
        selectUnit(saved.id);
        Q_EMIT unitsChanged();
    });
    dialog->open();
    return dialog;
}

UnitDialog *UnitsPanel::addUnit() {
    if (!m_editAllowed) {
        return nullptr;
    }
    Unit draft;
    // A new unit most often belongs inside the one being looked at.
    if (const UnitSummary *summary = selectedSummary()) {
        draft.parentId = summary->unit.id;
    }
    return openDialog(draft);
}

UnitDialog *UnitsPanel::editSelected() {
    const UnitSummary *summary = selectedSummary();
    if (!summary || !m_editAllowed) {
        return nullptr;
    }
    auto fresh = m_service.unit(summary->unit.id);
    if (!fresh) {
        m_prompter.warn(this, tr("Cannot open the unit"), fresh.error().message);
        reload();
        return nullptr;
    }
    return openDialog(fresh.value());
}

void UnitsPanel::addArea() {
    const UnitSummary *summary = selectedSummary();
    if (!summary || summary->unit.kind != UnitKind::CommunityOffice || !m_editAllowed) {
        return;
    }
    const qint64 officeId = summary->unit.id;
    const auto name = m_prompter.askText(
        this, tr("Add community area"), tr("Community area served by %1:").arg(summary->unit.name));
    if (!name || name->trimmed().isEmpty()) {
        return;
    }
    CommunityArea area;
    area.officeId = officeId;
    area.name = name->trimmed();
    auto added = m_service.addArea(area);
    if (!added) {
        m_prompter.warn(this, tr("Cannot add the area"), added.error().message);
        return;
    }
    showSelected();
}

void UnitsPanel::removeSelectedArea() {
    const QModelIndex current = m_areaView->currentIndex();
    if (!current.isValid() || !m_editAllowed) {
        return;
    }
    const CommunityArea area = m_areas->areaAt(current.row());
    if (!m_prompter.confirm(this, tr("Remove community area"),
                            tr("Remove %1 from the areas this office serves?").arg(area.name),
                            tr("Remove"))) {
        return;
    }
    if (Status removed = m_service.removeArea(area.id); !removed) {
        m_prompter.warn(this, tr("Cannot remove the area"), removed.error().message);
    }
    showSelected();
}

} // namespace sd
