#include "ui/organisation/PeoplePanel.h"

#include "core/kernel/common/Clock.h"
#include "core/organisation/OrganisationService.h"
#include "ui/organisation/AccountabilitySection.h"
#include "ui/organisation/PersonDialog.h"
#include "ui/organisation/PersonTableModel.h"
#include "ui/widgets/PanelWidgets.h"
#include "ui/widgets/Prompter.h"

#include <QAction>
#include <QCheckBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace sd {

namespace {
// Long enough to skip the intermediate keystrokes of a name, short enough to feel live.
constexpr int kSearchDelayMs = 250;

QToolButton *actionButton(QAction *action, QWidget *parent) {
    auto *button = new QToolButton(parent);
    button->setDefaultAction(action);
    button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    button->setAutoRaise(false);
    return button;
}
} // namespace

PeoplePanel::PeoplePanel(const OrganisationService &service, const Clock &clock, Prompter &prompter,
                         QWidget *parent)
    : QWidget(parent)
    , m_service(service)
    , m_clock(clock)
    , m_prompter(prompter)
    , m_model(new PersonTableModel(service, this))
    , m_view(new QTableView(this))
    , m_search(new QLineEdit(this))
    , m_showLeft(new QCheckBox(tr("Show people who &left"), this))
    , m_count(new QLabel(this))
    , m_searchDelay(new QTimer(this))
    , m_accountability(new AccountabilitySection(this)) {
    setObjectName(u"peoplePanel"_s);

    m_addAction = new QAction(QIcon(u":/icons/person-add.svg"_s), tr("&Add person…"), this);
    m_addAction->setObjectName(u"addPersonAction"_s);
    m_addAction->setToolTip(tr("Add a person (Ctrl+N)"));
    connect(m_addAction, &QAction::triggered, this, &PeoplePanel::addPerson);
    m_editAction = new QAction(QIcon(u":/icons/edit.svg"_s), tr("&Edit…"), this);
    m_editAction->setObjectName(u"editPersonAction"_s);
    m_editAction->setToolTip(tr("Edit the selected person (Enter)"));
    connect(m_editAction, &QAction::triggered, this, &PeoplePanel::editSelected);
    m_deactivateAction =
        new QAction(QIcon(u":/icons/person-remove.svg"_s), tr("&Deactivate…"), this);
    m_deactivateAction->setObjectName(u"deactivatePersonAction"_s);
    m_deactivateAction->setToolTip(tr("Record that the selected person left (Delete)"));
    m_deactivateAction->setShortcut(QKeySequence::Delete);
    m_deactivateAction->setShortcutContext(Qt::WidgetShortcut);
    connect(m_deactivateAction, &QAction::triggered, this, &PeoplePanel::deactivateSelected);
    // Delete acts on the list only, never on text being edited in the search box.
    m_view->addAction(m_deactivateAction);

    m_search->setObjectName(u"peopleSearch"_s);
    m_search->setPlaceholderText(tr("Search name, badge no., position or phone (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    m_search->addAction(QIcon(u":/icons/search.svg"_s), QLineEdit::LeadingPosition);
    m_search->setMinimumWidth(320);
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(kSearchDelayMs);
    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_searchDelay, &QTimer::timeout, this,
            [this] { m_model->setSearchText(m_search->text()); });
    // Enter in the search box jumps to the results, so search → pick → Enter is all keyboard.
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        m_searchDelay->stop();
        m_model->setSearchText(m_search->text());
        m_view->setFocus();
        if (m_model->rowCount() > 0 && !m_view->currentIndex().isValid()) {
            m_view->selectRow(0);
        }
    });

    m_showLeft->setObjectName(u"showLeftToggle"_s);
    connect(m_showLeft, &QCheckBox::toggled, m_model, &PersonTableModel::setIncludeInactive);

    m_view->setObjectName(u"peopleView"_s);
    m_view->setModel(m_model);
    setUpRecordTable(m_view);
    m_view->setColumnWidth(PersonTableModel::BadgeColumn, 110);
    m_view->setColumnWidth(PersonTableModel::NameColumn, 140);
    m_view->setColumnWidth(PersonTableModel::PositionColumn, 200);
    m_view->setColumnWidth(PersonTableModel::CategoryColumn, 140);
    m_view->setColumnWidth(PersonTableModel::PhoneColumn, 150);
    connect(m_view, &QAbstractItemView::activated, this, [this] { editSelected(); });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &PeoplePanel::updateActions);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &PeoplePanel::updateActions);
    connect(m_model, &QAbstractItemModel::modelReset, this, &PeoplePanel::updateActions);
    connect(m_model, &PersonTableModel::totalCountChanged, this, &PeoplePanel::updateCount);
    // A refresh from the change feed may have changed the selected person, or what they own.
    connect(m_model, &PersonTableModel::refreshed, this, [this] {
        m_accountabilityShown = -1;
        updateActions();
    });
    connect(m_model, &PersonTableModel::loadFailed, this, [this](const QString &message) {
        m_prompter.warn(this, tr("Cannot read the people list"), message);
    });

    auto *bar = new QHBoxLayout;
    QToolButton *addButton = actionButton(m_addAction, this);
    QToolButton *editButton = actionButton(m_editAction, this);
    QToolButton *deactivateButton = actionButton(m_deactivateAction, this);
    bar->addWidget(addButton);
    bar->addWidget(editButton);
    bar->addWidget(deactivateButton);
    bar->addStretch(1);
    bar->addWidget(m_search);
    bar->addWidget(m_showLeft);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_view, 3);
    layout->addWidget(m_count);
    layout->addWidget(m_accountability, 2);

    // Search first: it is what people reach for; then the list, then the commands.
    setTabOrder(m_search, m_showLeft);
    setTabOrder(m_showLeft, m_view);
    setTabOrder(m_view, addButton);
    setTabOrder(addButton, editButton);
    setTabOrder(editButton, deactivateButton);
    for (QToolButton *button : {addButton, editButton, deactivateButton}) {
        button->setFocusPolicy(Qt::StrongFocus);
    }

    setFocusProxy(m_view);
    m_model->reload();
    if (m_model->rowCount() > 0) {
        m_view->selectRow(0);
    }
}

void PeoplePanel::focusSearch() {
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void PeoplePanel::reload() {
    m_accountabilityShown = -1; // what they own may have changed too
    const Person *current = selectedPerson();
    const qint64 currentId = current ? current->id : 0;
    m_model->reload();
    if (currentId != 0) {
        selectPerson(currentId);
    }
}

bool PeoplePanel::selectPerson(qint64 id) {
    const int row = m_model->rowOfPerson(id);
    if (row < 0) {
        return false;
    }
    m_view->selectRow(row);
    m_view->scrollTo(m_model->index(row, 0));
    return true;
}

const Person *PeoplePanel::selectedPerson() const {
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid() || !m_view->selectionModel()->isRowSelected(current.row())) {
        return nullptr;
    }
    return &m_model->personAt(current.row());
}

void PeoplePanel::updateActions() {
    const Person *person = selectedPerson();
    m_addAction->setEnabled(m_editAllowed);
    m_editAction->setEnabled(m_editAllowed && person != nullptr);
    m_deactivateAction->setEnabled(m_editAllowed && person != nullptr && person->active);
    updateAccountability();
}

void PeoplePanel::setAccountability(const OwnershipService *ownership,
                                    const HonourService *honours) {
    m_accountability->setServices(ownership, honours);
    m_accountabilityShown = -1;
    updateAccountability();
}

void PeoplePanel::updateAccountability() {
    if (!m_accountability->hasServices()) {
        return;
    }
    // The current row, selected or not: after a search the cursor rests on a row that
    // the list does not show as selected, and that is still the person being looked at.
    const QModelIndex current = m_view->currentIndex();
    const qint64 id = current.isValid() ? m_model->personAt(current.row()).id : 0;
    if (id != m_accountabilityShown) {
        m_accountabilityShown = id;
        m_accountability->showPerson(id);
    }
}

void PeoplePanel::setEditAllowed(bool allowed, const QString &reason) {
    m_editAllowed = allowed;
    if (!allowed) {
        for (QAction *action : {m_addAction, m_editAction, m_deactivateAction}) {
            action->setToolTip(reason);
        }
    }
    updateActions();
}

QStringList PeoplePanel::openDialogs() const {
    QStringList titles;
    const QList<PersonDialog *> dialogs = findChildren<PersonDialog *>();
    for (const PersonDialog *dialog : dialogs) {
        titles << dialog->windowTitle();
    }
    return titles;
}

void PeoplePanel::updateCount() {
    m_count->setText(m_model->searchText().isEmpty()
                         ? tr("People: %1").arg(m_model->totalCount())
                         : tr("Matching people: %1").arg(m_model->totalCount()));
}

PersonDialog *PeoplePanel::openDialog(const Person &person) {
    auto *dialog = new PersonDialog(m_service, m_prompter, person, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &PersonDialog::saved, this, [this](const Person &saved) {
        // The change feed announced the save: show it now, to select it.
        m_model->applyPendingChanges();
        // A new person the filter would hide is still the one the user wants to see.
        if (!selectPerson(saved.id) && !m_search->text().isEmpty()) {
            m_search->clear();
            m_searchDelay->stop();
            m_model->setSearchText({});
            selectPerson(saved.id);
        }
        Q_EMIT peopleChanged();
    });
    dialog->open();
    return dialog;
}

PersonDialog *PeoplePanel::addPerson() {
    if (!m_editAllowed) {
        return nullptr;
    }
    Person draft;
    draft.joinedOn = QDateTime::fromMSecsSinceEpoch(m_clock.nowMs()).date();
    return openDialog(draft);
}

PersonDialog *PeoplePanel::editSelected() {
    const Person *selected = selectedPerson();
    if (!selected || !m_editAllowed) {
        return nullptr;
    }
    // Edit what is stored now, not what the list read a while ago.
    auto fresh = m_service.person(selected->id);
    if (!fresh) {
        m_prompter.warn(this, tr("Cannot open the person"), fresh.error().message);
        reload();
        return nullptr;
    }
    return openDialog(fresh.value());
}

void PeoplePanel::deactivateSelected() {
    const Person *selected = selectedPerson();
    if (!selected || !selected->active || !m_editAllowed) {
        return;
    }
    const Person person = *selected;
    auto led = m_service.unitsLedBy(person.id);
    if (led && !led->isEmpty()) {
        QStringList names;
        for (const UnitSummary &summary : led.value()) {
            names << summary.unit.name;
        }
        m_prompter.warn(this, tr("Cannot deactivate %1").arg(person.name),
                        tr("%1 leads %2. Choose another leader first, then deactivate.")
                            .arg(person.name, names.join(tr(", "))));
        return;
    }
    const QDate today = QDateTime::fromMSecsSinceEpoch(m_clock.nowMs()).date();
    const auto leftOn = m_prompter.askDate(
        this, tr("Deactivate %1").arg(person.name),
        tr("%1 (badge no. %2) will be recorded as having left the station on the date below "
           "and removed from all units. Their records are kept.")
            .arg(person.name, person.badgeNo),
        tr("Deactivate"), today);
    if (!leftOn) {
        return;
    }
    auto result = m_service.deactivatePerson(person.id, person.rowVersion, *leftOn);
    if (!result) {
        if (result.error().code == ErrorCode::Conflict) {
            if (m_prompter.confirm(this, tr("Changed by someone else"),
                                   tr("%1\n\nReload the list?").arg(result.error().message),
                                   tr("Reload"))) {
                reload();
            }
        } else {
            m_prompter.warn(this, tr("Cannot deactivate %1").arg(person.name),
                            result.error().message);
        }
        return;
    }
    m_model->applyPendingChanges();
    Q_EMIT peopleChanged();
}

} // namespace sd
