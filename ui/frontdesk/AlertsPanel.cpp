#include "ui/frontdesk/AlertsPanel.h"

#include "core/frontdesk/AlertService.h"
#include "core/organisation/OrganisationService.h"
#include "ui/frontdesk/AlertDialog.h"
#include "ui/frontdesk/AlertTableModel.h"
#include "ui/frontdesk/FrontDeskContext.h"
#include "ui/widgets/EnumCombo.h"
#include "ui/widgets/OptionalDateEdit.h"
#include "ui/widgets/PanelWidgets.h"
#include "ui/widgets/Prompter.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSignalBlocker>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace sd {

AlertsPanel::AlertsPanel(const FrontDeskContext &context, bool editAllowed, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_editAllowed(editAllowed)
    , m_model(new AlertTableModel(context.alerts, context.zone, this))
    , m_view(new QTableView(this))
    , m_from(new OptionalDateEdit(this))
    , m_to(new OptionalDateEdit(this))
    , m_category(new QComboBox(this))
    , m_status(new QComboBox(this))
    , m_area(new QComboBox(this))
    , m_officer(new QComboBox(this))
    , m_search(new QLineEdit(this))
    , m_searchDelay(new QTimer(this))
    , m_count(new QLabel(this))
    , m_figureBanner(new QWidget(this))
    , m_figureText(new QLabel(m_figureBanner)) {
    setObjectName(u"alertsPanel"_s);

    m_addAction = new QAction(QIcon(u":/icons/add.svg"_s), tr("&Register alert…"), this);
    m_addAction->setObjectName(u"addAlertAction"_s);
    m_addAction->setToolTip(tr("Register a new alert (Ctrl+N)"));
    connect(m_addAction, &QAction::triggered, this, &AlertsPanel::addAlert);
    m_openAction = new QAction(QIcon(u":/icons/edit.svg"_s), tr("&Open…"), this);
    m_openAction->setObjectName(u"openAlertAction"_s);
    m_openAction->setToolTip(tr("Open the selected alert with its checklist (Enter)"));
    connect(m_openAction, &QAction::triggered, this, &AlertsPanel::openSelected);
    m_recordAction = new QAction(tr("On-scene r&ecord…"), this);
    m_recordAction->setObjectName(u"recordAction"_s);
    m_recordAction->setToolTip(tr("File the on-scene record of the selected alert, or open it"));
    connect(m_recordAction, &QAction::triggered, this, [this] {
        if (const Alert *alert = selectedAlert()) {
            Q_EMIT recordRequested(*alert);
        }
    });
    m_importAction = new QAction(tr("&Import…"), this);
    m_importAction->setObjectName(u"importAlertsAction"_s);
    m_importAction->setToolTip(tr("Import alerts from a CSV file"));
    m_importAction->setVisible(false);
    connect(m_importAction, &QAction::triggered, this, &AlertsPanel::importRequested);

    for (OptionalDateEdit *date : {m_from, m_to}) {
        date->setSpecialValueText(tr("any day"));
        connect(date, &QDateEdit::dateChanged, this, &AlertsPanel::applyFilter);
    }
    m_from->setObjectName(u"alertFrom"_s);
    m_to->setObjectName(u"alertTo"_s);
    m_category->setObjectName(u"alertCategoryFilter"_s);
    m_category->addItem(tr("All categories"), QVariant());
    addEnumItems(m_category, allAlertCategories());
    m_status->setObjectName(u"alertStatusFilter"_s);
    m_status->addItem(tr("All statuses"), QVariant());
    addEnumItems(m_status, allAlertStatuses());
    m_area->setObjectName(u"alertAreaFilter"_s);
    m_area->addItem(tr("All areas"), QVariant());
    if (auto areas = context.organisation.areas()) {
        for (const CommunityArea &area : areas.value()) {
            m_area->addItem(area.name, area.id);
        }
    }
    m_officer->setObjectName(u"alertOfficerFilter"_s);
    m_officer->addItem(tr("All officers"), QVariant());
    for (const Person &person : context.pickablePeople()) {
        m_officer->addItem(personLabel(person), person.id);
    }
    for (QComboBox *combo : {m_category, m_status, m_area, m_officer}) {
        combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
        connect(combo, &QComboBox::currentIndexChanged, this, &AlertsPanel::applyFilter);
    }

    m_search->setObjectName(u"alertSearch"_s);
    m_search->setPlaceholderText(tr("Search summary, location or caller (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    m_search->addAction(QIcon(u":/icons/search.svg"_s), QLineEdit::LeadingPosition);
    m_search->setMinimumWidth(260);
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(kSearchDelayMs);
    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_searchDelay, &QTimer::timeout, this, &AlertsPanel::applyFilter);
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        m_searchDelay->stop();
        applyFilter();
        m_view->setFocus();
        if (m_model->rowCount() > 0 && !m_view->currentIndex().isValid()) {
            m_view->selectRow(0);
        }
    });

    m_view->setObjectName(u"alertView"_s);
    m_view->setModel(m_model);
    setUpRecordTable(m_view);
    m_view->setWordWrap(false);
    m_view->setColumnWidth(AlertTableModel::NumberColumn, 150);
    m_view->setColumnWidth(AlertTableModel::ReceivedColumn, 130);
    m_view->setColumnWidth(AlertTableModel::CategoryColumn, 100);
    m_view->setColumnWidth(AlertTableModel::StatusColumn, 120);
    m_view->setColumnWidth(AlertTableModel::AreaColumn, 110);
    m_view->setColumnWidth(AlertTableModel::LocationColumn, 160);
    m_view->setColumnWidth(AlertTableModel::CallerColumn, 90);
    m_view->setColumnWidth(AlertTableModel::PhoneColumn, 110);
    m_view->setColumnWidth(AlertTableModel::SummaryColumn, 280);
    // Header clicks sort in SQL; only number and received time have an index to sort by,
    // so a click elsewhere puts the indicator back where the order really is.
    QHeaderView *header = m_view->horizontalHeader();
    header->setSortIndicator(AlertTableModel::ReceivedColumn, Qt::DescendingOrder);
    header->setSortIndicatorShown(true);
    header->setSectionsClickable(true);
    connect(header, &QHeaderView::sortIndicatorChanged, this,
            [this, header](int column, Qt::SortOrder order) {
                if (column != AlertTableModel::NumberColumn &&
                    column != AlertTableModel::ReceivedColumn) {
                    QSignalBlocker block(header);
                    header->setSortIndicator(m_model->sortColumn(), m_model->descending()
                                                                        ? Qt::DescendingOrder
                                                                        : Qt::AscendingOrder);
                    return;
                }
                m_model->sort(column, order);
            });
    connect(m_view, &QAbstractItemView::activated, this, [this] { openSelected(); });
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &AlertsPanel::updateActions);
    connect(m_model, &QAbstractItemModel::modelReset, this, &AlertsPanel::updateActions);
    connect(m_model, &AlertTableModel::totalCountChanged, this, [this](qint64 total) {
        m_count->setText(m_model->totalIsCapped()
                             ? tr("Alerts: more than %1").arg(QLocale().toString(total))
                             : tr("Alerts: %1").arg(QLocale().toString(total)));
    });
    connect(m_model, &AlertTableModel::refreshed, this, &AlertsPanel::updateActions);
    connect(m_model, &AlertTableModel::loadFailed, this, [this](const QString &message) {
        m_context.prompter.warn(this, tr("Cannot read the alerts"), message);
    });
    m_count->setObjectName(u"alertCount"_s);

    auto *bar = new QHBoxLayout;
    QList<QToolButton *> buttons;
    for (QAction *action : {m_addAction, m_openAction, m_recordAction, m_importAction}) {
        buttons << createActionButton(action, this);
        bar->addWidget(buttons.constLast());
    }
    // Import shows only where an importer was given; a dead button would only confuse.
    QToolButton *importButton = buttons.constLast();
    importButton->setVisible(false);
    connect(m_importAction, &QAction::visibleChanged, importButton,
            [this, importButton] { importButton->setVisible(m_importAction->isVisible()); });
    bar->addStretch(1);
    bar->addWidget(m_search);

    auto *filters = new QHBoxLayout;
    const auto addField = [this, filters](const QString &label, QWidget *field) {
        auto *text = new QLabel(label, this);
        text->setBuddy(field);
        filters->addWidget(text);
        filters->addWidget(field);
    };
    addField(tr("Fro&m:"), m_from);
    addField(tr("&To:"), m_to);
    filters->addWidget(m_category);
    filters->addWidget(m_status);
    filters->addWidget(m_area);
    filters->addWidget(m_officer);
    filters->addStretch(1);

    m_figureBanner->setObjectName(u"figureBanner"_s);
    m_figureText->setObjectName(u"figureText"_s);
    m_figureText->setWordWrap(true);
    auto *showAll = new QPushButton(tr("Show &all alerts"), m_figureBanner);
    showAll->setObjectName(u"showAllAlerts"_s);
    connect(showAll, &QPushButton::clicked, this, &AlertsPanel::clearFigure);
    auto *banner = new QHBoxLayout(m_figureBanner);
    banner->setContentsMargins(0, 0, 0, 0);
    banner->addWidget(m_figureText, 1);
    banner->addWidget(showAll);
    m_figureBanner->hide();

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addLayout(filters);
    layout->addWidget(m_figureBanner);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_count);

    setTabOrder(m_search, m_from);
    setTabOrder(m_from, m_to);
    setTabOrder(m_to, m_category);
    setTabOrder(m_category, m_status);
    setTabOrder(m_status, m_area);
    setTabOrder(m_area, m_officer);
    setTabOrder(m_officer, m_view);
    QWidget *previous = m_view;
    for (QToolButton *button : std::as_const(buttons)) {
        setTabOrder(previous, button);
        previous = button;
    }
    setFocusProxy(m_view);
    m_model->reload();
    if (m_model->rowCount() > 0) {
        m_view->selectRow(0);
    }
    updateActions();
}

void AlertsPanel::focusSearch() {
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

AlertFilter AlertsPanel::currentFilter() const {
    AlertFilter filter;
    // A day is the station's day: from its midnight to the next, whatever the desk's zone.
    if (const QDate from = m_from->optionalDate(); from.isValid()) {
        filter.from = QDateTime(from, QTime(0, 0), m_context.zone).toMSecsSinceEpoch();
    }
    if (const QDate to = m_to->optionalDate(); to.isValid()) {
        filter.to = QDateTime(to.addDays(1), QTime(0, 0), m_context.zone).toMSecsSinceEpoch();
    }
    if (const QVariant key = m_category->currentData(); key.isValid()) {
        filter.category = alertCategoryFromKey(key.toString());
    }
    if (const QVariant key = m_status->currentData(); key.isValid()) {
        filter.status = alertStatusFromKey(key.toString());
    }
    if (const QVariant id = m_area->currentData(); id.isValid()) {
        filter.areaId = id.toLongLong();
    }
    if (const QVariant id = m_officer->currentData(); id.isValid()) {
        filter.officerId = id.toLongLong();
    }
    filter.text = m_search->text().trimmed();
    filter.anyOfCategories = m_figure.anyOfCategories;
    filter.preventable = m_figure.preventable;
    filter.withoutArea = m_figure.withoutArea;
    return filter;
}

namespace {
// The combo entry whose data is value, or the first ("All …") when none is.
void selectData(QComboBox *combo, const QVariant &value) {
    const int found = value.isValid() ? combo->findData(value) : -1;
    combo->setCurrentIndex(std::max(found, 0));
}
} // namespace

std::vector<QSignalBlocker> AlertsPanel::blockFilterSignals() {
    // The fields change together, and the list is read once afterwards, not per field.
    std::vector<QSignalBlocker> blocked;
    for (QObject *field : std::initializer_list<QObject *>{m_from, m_to, m_category, m_status,
                                                           m_area, m_officer, m_search}) {
        blocked.emplace_back(field);
    }
    return blocked;
}

void AlertsPanel::showFigure(const AlertFilter &filter, const QString &description) {
    {
        const auto blocked = blockFilterSignals();
        // The filter's ends are station midnights: the first day, and the day before the end.
        const auto day = [this](std::optional<qint64> ms, qint64 back) {
            return ms ? QDateTime::fromMSecsSinceEpoch(*ms - back, m_context.zone).date() : QDate();
        };
        m_from->setOptionalDate(day(filter.from, 0));
        m_to->setOptionalDate(day(filter.to, 1));
        selectData(m_category, filter.category ? QVariant(toKey(*filter.category)) : QVariant());
        selectData(m_status, filter.status ? QVariant(toKey(*filter.status)) : QVariant());
        selectData(m_area, filter.areaId ? QVariant(*filter.areaId) : QVariant());
        selectData(m_officer, QVariant());
        m_search->clear();
    }
    m_figure = AlertFilter();
    m_figure.anyOfCategories = filter.anyOfCategories;
    m_figure.preventable = filter.preventable;
    m_figure.withoutArea = filter.withoutArea;
    m_figureText->setText(tr("Alerts of the figure: %1").arg(description));
    m_figureBanner->show();
    applyFilter();
}

void AlertsPanel::clearFigure() {
    m_figure = AlertFilter();
    m_figureBanner->hide();
    {
        const auto blocked = blockFilterSignals();
        m_from->setOptionalDate({});
        m_to->setOptionalDate({});
        for (QComboBox *combo : {m_category, m_status, m_area}) {
            combo->setCurrentIndex(0);
        }
    }
    applyFilter();
}

void AlertsPanel::applyFilter() {
    m_searchDelay->stop();
    m_model->setFilter(currentFilter());
}

void AlertsPanel::reload() {
    const Alert *current = selectedAlert();
    const qint64 currentId = current ? current->id : 0;
    m_model->reload();
    if (currentId != 0) {
        selectAlert(currentId);
    }
}

bool AlertsPanel::selectAlert(qint64 id) {
    const int row = m_model->rowOfAlert(id);
    if (row < 0) {
        return false;
    }
    m_view->selectRow(row);
    m_view->scrollTo(m_model->index(row, 0));
    return true;
}

const Alert *AlertsPanel::selectedAlert() const {
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid() || !m_view->selectionModel()->isRowSelected(current.row())) {
        return nullptr;
    }
    return &m_model->alertAt(current.row());
}

void AlertsPanel::updateActions() {
    const bool selected = selectedAlert() != nullptr;
    m_addAction->setEnabled(m_editAllowed);
    m_openAction->setEnabled(selected);
    m_recordAction->setEnabled(m_editAllowed && selected);
    m_importAction->setEnabled(m_editAllowed);
    if (!m_editAllowed) {
        const QString reason = tr("Your role may view alerts but not register or change them.");
        for (QAction *action : {m_addAction, m_recordAction, m_importAction}) {
            action->setToolTip(reason);
        }
    }
}

QStringList AlertsPanel::openDialogs() const {
    QStringList titles;
    const QList<AlertDialog *> dialogs = findChildren<AlertDialog *>();
    for (const AlertDialog *dialog : dialogs) {
        if (dialog->isVisible() && m_editAllowed) {
            titles << dialog->windowTitle();
        }
    }
    return titles;
}

AlertDialog *AlertsPanel::openDialog(const Alert &alert) {
    auto *dialog = new AlertDialog(m_context, alert, m_editAllowed, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &AlertDialog::saved, this, [this](const Alert &saved) {
        // The change feed announced the save: show it now, to select it.
        m_model->applyPendingChanges();
        // A new alert the filter would hide is still the one the user wants to see.
        if (!selectAlert(saved.id)) {
            m_search->clear();
            m_searchDelay->stop();
            for (QComboBox *combo : {m_category, m_status, m_area, m_officer}) {
                QSignalBlocker block(combo);
                combo->setCurrentIndex(0);
            }
            for (OptionalDateEdit *date : {m_from, m_to}) {
                QSignalBlocker block(date);
                date->setOptionalDate({});
            }
            applyFilter();
            selectAlert(saved.id);
        }
    });
    connect(dialog, &AlertDialog::recordRequested, this, &AlertsPanel::recordRequested);
    dialog->open();
    return dialog;
}

AlertDialog *AlertsPanel::addAlert() {
    if (!m_editAllowed) {
        return nullptr;
    }
    return openDialog(Alert());
}

AlertDialog *AlertsPanel::openSelected() {
    const Alert *selected = selectedAlert();
    if (!selected) {
        return nullptr;
    }
    // Edit what is stored now, not what the list read a while ago.
    auto fresh = m_context.alerts.alert(selected->id);
    if (!fresh) {
        m_context.prompter.warn(this, tr("Cannot open the alert"), fresh.error().message);
        reload();
        return nullptr;
    }
    return openDialog(fresh.value());
}

} // namespace sd
