#include "ui/mediation/MediationPage.h"

#include "core/Application.h"
#include "core/frontdesk/Alert.h"
#include "core/kernel/security/AccessControl.h"
#include "core/kernel/settings/StationCalendar.h"
#include "core/organisation/Person.h"
#include "ui/mediation/MediationCaseEditor.h"
#include "ui/mediation/MediationCaseModel.h"
#include "ui/widgets/Prompter.h"
#include "ui/widgets/SignatureSlotsPanel.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalBlocker>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace sd {

namespace {

constexpr int kWeekDays = 7;

std::optional<Secret> askMediatorPassword(QWidget *parent, const QString &who) {
    return SignatureSlotsPanel::askPassword(
        parent, MediationPage::tr("Mediator's signature"),
        MediationPage::tr("%1, enter your password to sign as the mediator:").arg(who));
}

} // namespace

MediationPage::MediationPage(Application &app, Prompter &prompter, QWidget *parent)
    : Page(parent)
    , m_context{app.mediation(), app.settings(),
                FrontDeskContext{app.alerts(), app.records(), app.organisation(), app.access(),
                                 app.session(), app.clock(), prompter, stationZone(app.station()),
                                 app.station().name, askMediatorPassword},
                app.access().allows(Permission::FileAlerts)}
    , m_model(new MediationCaseModel(app.mediation(), m_context.desk.zone, this))
    , m_viewCombo(new QComboBox(this))
    , m_mediator(new QComboBox(this))
    , m_area(new QComboBox(this))
    , m_history(new QLineEdit(this))
    , m_view(new QTableView(this))
    , m_count(new QLabel(this))
    , m_newButton(new QPushButton(QIcon(u":/icons/add.svg"_s), tr("&New case…"), this))
    , m_openButton(new QPushButton(tr("&Open"), this)) {
    setObjectName(u"mediationPage"_s);
    m_viewCombo->setObjectName(u"viewCombo"_s);
    m_viewCombo->addItem(tr("Open cases"), int(View::Open));
    m_viewCombo->addItem(tr("Follow-ups due this week"), int(View::DueThisWeek));
    m_viewCombo->addItem(tr("Overdue cases"), int(View::Overdue));
    m_viewCombo->addItem(tr("High risk, owned by a leader"), int(View::LeaderOwned));
    m_viewCombo->addItem(tr("Closed cases"), int(View::Closed));
    m_viewCombo->addItem(tr("All cases"), int(View::All));
    m_mediator->setObjectName(u"mediatorFilter"_s);
    m_mediator->addItem(tr("Any mediator"), QVariant());
    for (const Person &person : m_context.desk.pickablePeople()) {
        m_mediator->addItem(personLabel(person), person.id);
    }
    m_area->setObjectName(u"areaFilter"_s);
    m_area->addItem(tr("All areas"), QVariant());
    if (auto areas = app.organisation().areas()) {
        for (const CommunityArea &area : areas.value()) {
            m_area->addItem(area.name, area.id);
        }
    }
    m_history->setObjectName(u"historySearch"_s);
    m_history->setClearButtonEnabled(true);
    m_history->setPlaceholderText(tr("History: identity number, name and phone, or address"));
    m_history->setToolTip(
        tr("Earlier mediation cases of a person or an address. Type a resident identity number, "
           "a name followed by a phone number, or an address, then press Enter."));

    auto *filters = new QHBoxLayout;
    auto *viewLabel = new QLabel(tr("&List:"), this);
    viewLabel->setBuddy(m_viewCombo);
    filters->addWidget(viewLabel);
    filters->addWidget(m_viewCombo);
    auto *mediatorLabel = new QLabel(tr("&Mediator:"), this);
    mediatorLabel->setBuddy(m_mediator);
    filters->addWidget(mediatorLabel);
    filters->addWidget(m_mediator);
    auto *areaLabel = new QLabel(tr("Ar&ea:"), this);
    areaLabel->setBuddy(m_area);
    filters->addWidget(areaLabel);
    filters->addWidget(m_area);
    filters->addWidget(m_history, 1);

    m_view->setObjectName(u"caseView"_s);
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setTabKeyNavigation(false);
    // Header clicks sort in SQL; number, opened (and the deadline with it) and next visit
    // can, so a click elsewhere puts the indicator back where the order really is.
    QHeaderView *header = m_view->horizontalHeader();
    header->setSortIndicatorShown(true);
    header->setSectionsClickable(true);
    connect(header, &QHeaderView::sortIndicatorChanged, this,
            [this](int column, Qt::SortOrder order) {
                m_model->sort(column, order);
                showSortIndicator();
            });
    connect(m_model, &MediationCaseModel::totalCountChanged, this, &MediationPage::showCount);
    connect(m_model, &MediationCaseModel::loadFailed, this, [this](const QString &message) {
        m_count->setText(tr("Cannot read the cases: %1").arg(message));
    });

    auto *actions = new QHBoxLayout;
    m_newButton->setObjectName(u"newCaseButton"_s);
    m_newButton->setVisible(m_context.editAllowed);
    m_openButton->setObjectName(u"openCaseButton"_s);
    m_count->setObjectName(u"caseCount"_s);
    actions->addWidget(m_newButton);
    actions->addWidget(m_openButton);
    actions->addStretch(1);
    actions->addWidget(m_count);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(filters);
    layout->addWidget(m_view, 1);
    layout->addLayout(actions);
    setFocusProxy(m_view);
    setTabOrder(m_viewCombo, m_mediator);
    setTabOrder(m_mediator, m_area);
    setTabOrder(m_area, m_history);
    setTabOrder(m_history, m_view);
    setTabOrder(m_view, m_newButton);
    setTabOrder(m_newButton, m_openButton);

    for (QComboBox *combo : {m_viewCombo, m_mediator, m_area}) {
        connect(combo, &QComboBox::currentIndexChanged, this, [this] {
            m_history->clear();
            reload();
        });
    }
    connect(m_history, &QLineEdit::returnPressed, this, &MediationPage::searchHistory);
    connect(m_history, &QLineEdit::textChanged, this, [this](const QString &text) {
        if (text.isEmpty() && m_historyShown) {
            reload();
        }
    });
    connect(m_view, &QTableView::activated, this, [this] { openSelected(); });
    connect(m_newButton, &QPushButton::clicked, this, [this] { newCase(); });
    connect(m_openButton, &QPushButton::clicked, this, [this] { openSelected(); });
    reload();
}

MediationPage::~MediationPage() = default;

QString MediationPage::title() const {
    return tr("Mediation");
}

QIcon MediationPage::icon() const {
    return QIcon(u":/icons/mediation.svg"_s);
}

void MediationPage::focusSearch() {
    m_history->setFocus();
    m_history->selectAll();
}

void MediationPage::createNew() {
    newCase();
}

QStringList MediationPage::unsavedWork() const {
    QStringList work;
    for (MediationCaseEditor *editor : openEditors()) {
        if (editor->isVisible() && editor->hasUnsavedChanges()) {
            work << editor->windowTitle();
        }
    }
    return work;
}

void MediationPage::setView(View view) {
    m_viewCombo->setCurrentIndex(m_viewCombo->findData(int(view)));
}

void MediationPage::reload() {
    m_historyShown = false;
    MediationFilter filter;
    // Each list opens in the order its reader works through it.
    MediationSort sort = MediationSort::OpenedAt;
    bool descending = true;
    switch (View(m_viewCombo->currentData().toInt())) {
    case View::Open:
        filter.status = MediationStatus::Open;
        break;
    case View::DueThisWeek:
        filter.dueWithinDays = kWeekDays;
        sort = MediationSort::NextFollowUp;
        descending = false;
        break;
    case View::Overdue:
        // The longest overdue first.
        filter.overdueOnly = true;
        descending = false;
        break;
    case View::LeaderOwned:
        filter.status = MediationStatus::Open;
        filter.risk = RiskGrade::High;
        break;
    case View::Closed:
        filter.status = MediationStatus::Closed;
        break;
    case View::All:
        break;
    }
    if (m_mediator->currentData().isValid()) {
        filter.mediatorId = m_mediator->currentData().toLongLong();
    }
    if (m_area->currentData().isValid()) {
        filter.areaId = m_area->currentData().toLongLong();
    }
    m_model->setFilter(filter, sort, descending);
    showSortIndicator();
    m_view->resizeColumnsToContents();
}

void MediationPage::showSortIndicator() {
    QHeaderView *header = m_view->horizontalHeader();
    const QSignalBlocker block(header);
    header->setSortIndicator(m_model->sortColumn(),
                             m_model->descending() ? Qt::DescendingOrder : Qt::AscendingOrder);
}

void MediationPage::showCount(qint64 total) {
    if (m_historyShown) {
        m_count->setText(
            tr("History of %1: %n case(s)", nullptr, int(total)).arg(m_historyDescription));
    } else {
        m_count->setText(tr("%n case(s)", nullptr, int(total)));
    }
}

void MediationPage::searchHistory() {
    const QString text = m_history->text().simplified();
    if (text.isEmpty()) {
        reload();
        return;
    }
    static const QRegularExpression idNumber(u"^(\\d{17}[\\dXx]|\\d{15})$"_s);
    static const QRegularExpression namePhone(u"^(.+?)\\s+(\\+?[\\d-]{7,})$"_s);
    MediationHistoryQuery query;
    if (idNumber.match(text).hasMatch()) {
        query.documentNumber = text.toUpper();
        m_historyDescription = tr("identity number %1").arg(text);
    } else if (const auto match = namePhone.match(text); match.hasMatch()) {
        query.name = match.captured(1);
        query.phone = match.captured(2);
        m_historyDescription = tr("%1, phone %2").arg(query.name, query.phone);
    } else {
        query.location = text;
        m_historyDescription = tr("address %1").arg(text);
    }
    m_historyShown = true;
    m_model->setHistory(query);
    showSortIndicator();
    m_view->resizeColumnsToContents();
}

bool MediationPage::selectCase(qint64 id) {
    const int row = m_model->rowOf(id);
    if (row < 0) {
        return false;
    }
    m_view->selectRow(row);
    m_view->setCurrentIndex(m_model->index(row, 0));
    return true;
}

QList<MediationCaseEditor *> MediationPage::openEditors() const {
    QList<MediationCaseEditor *> open;
    for (const QPointer<MediationCaseEditor> &editor : m_editors) {
        if (editor) {
            open << editor.data();
        }
    }
    return open;
}

MediationCaseEditor *MediationPage::showEditor(const MediationCase &mediation) {
    for (MediationCaseEditor *editor : openEditors()) {
        if (mediation.id != 0 && editor->isVisible() &&
            editor->mediationCase().id == mediation.id) {
            editor->raise();
            editor->activateWindow();
            return editor;
        }
    }
    auto *editor = new MediationCaseEditor(m_context, mediation, this);
    editor->setAttribute(Qt::WA_DeleteOnClose);
    editor->setWindowFlag(Qt::Window);
    connect(editor, &MediationCaseEditor::caseSaved, this, [this](const MediationCase &saved) {
        // The change feed announced the save: show it now, to select it.
        m_model->applyPendingChanges();
        selectCase(saved.id);
    });
    m_editors.removeAll(nullptr);
    m_editors << editor;
    editor->show();
    return editor;
}

MediationCaseEditor *MediationPage::newCase() {
    if (!m_context.editAllowed) {
        return nullptr;
    }
    MediationCase draft;
    draft.source = MediationSource::WalkIn;
    MediationParty applicant;
    applicant.role = PartyRole::Applicant;
    draft.parties << applicant;
    return showEditor(draft);
}

MediationCaseEditor *MediationPage::openSelected() {
    const MediationSummary *summary = m_model->summaryAt(m_view->currentIndex().row());
    return summary ? openCase(summary->id) : nullptr;
}

MediationCaseEditor *MediationPage::openCase(qint64 id) {
    auto mediation = m_context.mediation.mediationCase(id);
    if (!mediation) {
        m_context.desk.prompter.warn(this, tr("Cannot open the case"), mediation.error().message);
        return nullptr;
    }
    return showEditor(mediation.value());
}

MediationCaseEditor *MediationPage::refer(QWidget *parent, const Alert &alert) {
    if (!m_context.editAllowed) {
        return nullptr;
    }
    // An alert already referred opens its open case rather than failing.
    MediationFilter open;
    open.status = MediationStatus::Open;
    open.alertId = alert.id;
    MediationPageRequest first;
    first.limit = 1;
    if (auto cases = m_context.mediation.page(open, first); cases && !cases->isEmpty()) {
        return openCase(cases->constFirst().id);
    }
    QStringList types;
    for (DisputeType type : allDisputeTypes()) {
        types << displayName(type);
    }
    const auto picked = m_context.desk.prompter.askChoice(
        parent, tr("Refer %1 to mediation").arg(alert.number),
        tr("A mediation case is made from the alert: its caller as applicant, its summary as "
           "the facts, its area, place and officers. The alert becomes \"referred to "
           "mediation\".\nWhat kind of dispute is it?"),
        types, int(allDisputeTypes().indexOf(DisputeType::Neighbour)));
    if (!picked || *picked < 0 || *picked >= types.size()) {
        return nullptr;
    }
    auto created = m_context.mediation.createFromAlert(alert.id, allDisputeTypes().at(*picked));
    if (!created) {
        m_context.desk.prompter.warn(parent, tr("Cannot refer %1 to mediation").arg(alert.number),
                                     created.error().message);
        return nullptr;
    }
    m_model->applyPendingChanges();
    selectCase(created->id);
    return showEditor(created.value());
}

} // namespace sd
