#include "ui/responsibility/BoardPanel.h"

#include "core/responsibility/OwnershipService.h"
#include "ui/responsibility/HandOverDialog.h"
#include "ui/responsibility/OwnerBoardModel.h"
#include "ui/widgets/EnumCombo.h"
#include "ui/widgets/PanelWidgets.h"
#include "ui/widgets/Prompter.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace sd {

BoardPanel::BoardPanel(const OwnershipService &service, Prompter &prompter, bool transferAllowed,
                       QWidget *parent)
    : QWidget(parent)
    , m_service(service)
    , m_prompter(prompter)
    , m_model(new OwnerBoardModel(this))
    , m_view(new QTableView(this))
    , m_orphans(new QLabel(this))
    , m_totals(new QLabel(this))
    , m_unit(new QComboBox(this))
    , m_kind(new QComboBox(this)) {
    setObjectName(u"boardPanel"_s);
    m_orphans->setObjectName(u"orphanLabel"_s);
    QFont big = m_orphans->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    big.setBold(true);
    m_orphans->setFont(big);
    auto *handOverAction = new QAction(tr("&Hand over responsibilities…"), this);
    handOverAction->setObjectName(u"handOverAction"_s);
    handOverAction->setEnabled(transferAllowed);
    connect(handOverAction, &QAction::triggered, this, &BoardPanel::handOver);

    m_view->setObjectName(u"boardTable"_s);
    m_view->setModel(m_model);
    setUpRecordTable(m_view);
    m_view->horizontalHeader()->setSectionResizeMode(OwnerBoardModel::OwnerColumn,
                                                     QHeaderView::Stretch);
    connect(m_view, &QTableView::doubleClicked, this, &BoardPanel::handOver);

    auto *top = new QHBoxLayout;
    top->addWidget(m_orphans);
    top->addSpacing(24);
    top->addWidget(m_totals);
    top->addStretch(1);
    top->addWidget(createActionButton(handOverAction, this));
    m_unit->setObjectName(u"boardUnitFilter"_s);
    m_unit->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    loadUnits();
    m_kind->setObjectName(u"boardKindFilter"_s);
    m_kind->addItem(tr("All kinds, and tasks"), QString());
    addEnumItems(m_kind, allAssetKinds());
    connect(m_unit, &QComboBox::currentIndexChanged, this, &BoardPanel::reload);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &BoardPanel::reload);
    auto *filters = new QHBoxLayout;
    auto *unitLabel = new QLabel(tr("&Unit:"), this);
    unitLabel->setBuddy(m_unit);
    auto *kindLabel = new QLabel(tr("&Kind:"), this);
    kindLabel->setBuddy(m_kind);
    filters->addWidget(unitLabel);
    filters->addWidget(m_unit);
    filters->addSpacing(12);
    filters->addWidget(kindLabel);
    filters->addWidget(m_kind);
    filters->addStretch(1);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addLayout(filters);
    layout->addWidget(m_view, 1);
    reload();
}

void BoardPanel::loadUnits() {
    const QSignalBlocker blocker(m_unit);
    const QVariant current = m_unit->currentData();
    m_unit->clear();
    m_unit->addItem(tr("All units"), QVariant());
    if (auto owners = m_service.candidates()) {
        for (const OwnerInfo &owner : owners.value()) {
            if (owner.ref.isUnit()) {
                m_unit->addItem(owner.name, owner.ref.id);
            }
        }
    }
    m_unit->setCurrentIndex(std::max(0, m_unit->findData(current)));
}

void BoardPanel::reload() {
    BoardFilter filter;
    if (const QVariant unit = m_unit->currentData(); unit.isValid()) {
        filter.unitId = unit.toLongLong();
    }
    filter.kind = assetKindFromKey(m_kind->currentData().toString());
    // The orphan count stays the whole station's: the goal is zero everywhere.
    auto orphans = m_service.orphanCount();
    auto board = m_service.board(filter);
    if (!orphans || !board) {
        m_prompter.warn(this, tr("Accountability board"),
                        orphans ? board.error().message : orphans.error().message);
        return;
    }
    m_orphans->setText(tr("Orphaned items: %1").arg(orphans.value()));
    m_orphans->setStyleSheet(orphans.value() == 0 ? u"color: #1b5e20;"_s : u"color: #b00020;"_s);
    int tasks = 0;
    int checks = 0;
    for (const OwnerLoad &load : board.value()) {
        tasks += load.overdueTasks;
        checks += load.overdueChecks;
    }
    m_totals->setText(tr("Overdue tasks: %1    Overdue checks: %2").arg(tasks).arg(checks));
    m_model->setLoads(board.value());
}

void BoardPanel::handOver() {
    OwnerRef from;
    const QModelIndex index = m_view->currentIndex();
    if (index.isValid()) {
        from = m_model->loadAt(index.row()).owner.ref;
    }
    HandOverDialog dialog(m_service, from, this, &m_prompter);
    if (dialog.exec() == QDialog::Accepted) {
        reload();
        Q_EMIT changed();
    }
}

} // namespace sd
