#include "ui/shell/MainWindow.h"

#include "core/Application.h"
#include "ui/accounts/AdminPage.h"
#include "ui/accounts/PasswordDialog.h"
#include "ui/assessment/AssessmentPage.h"
#include "ui/frontdesk/AlertsPanel.h"
#include "ui/frontdesk/FrontDeskPage.h"
#include "ui/mediation/MediationPage.h"
#include "ui/organisation/OrganisationPage.h"
#include "ui/responsibility/ResponsibilityPage.h"
#include "ui/shell/AboutDialog.h"
#include "ui/shell/IdleWatcher.h"
#include "ui/shell/LockScreen.h"
#include "ui/shell/UiResources.h"
#include "ui/statistics/StatisticsPage.h"
#include "ui/widgets/MessagePrompter.h"
#include "ui/widgets/Page.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QScreen>
#include <QStackedWidget>
#include <QStatusBar>

using namespace Qt::StringLiterals;

namespace sd {

namespace {
// Ctrl+1 … Ctrl+9 reach the first nine pages.
constexpr int kMaxPageShortcuts = 9;
constexpr qint64 kMinuteMs = 60 * 1000;
} // namespace

MainWindow::MainWindow(Application &app, Prompter *prompter, QWidget *parent)
    : QMainWindow(parent)
    , m_app(app)
    , m_ownPrompter(prompter ? nullptr : std::make_unique<MessagePrompter>())
    , m_prompter(prompter ? prompter : m_ownPrompter.get())
    , m_root(new QStackedWidget(this))
    , m_workspace(new QWidget(m_root))
    , m_navigation(new QListWidget(m_workspace))
    , m_pages(new QStackedWidget(m_workspace))
    , m_lockScreen(new LockScreen(app.accounts(), m_root))
    , m_idle(new IdleWatcher(
          std::chrono::milliseconds(app.settings().value(SettingKey::IdleLockMinutes) * kMinuteMs),
          this)) {
    initUiResources();
    setObjectName(u"mainWindow"_s);
    setWindowTitle(tr("StationDesk: %1").arg(app.station().name));
    setWindowIcon(QIcon(u":/icons/stationdesk.svg"_s));

    m_navigation->setObjectName(u"navigation"_s);
    m_navigation->setIconSize(QSize(24, 24));
    m_navigation->setSpacing(2);
    m_navigation->setFixedWidth(168);
    m_navigation->setFrameShape(QFrame::NoFrame);
    connect(m_navigation, &QListWidget::currentRowChanged, m_pages,
            &QStackedWidget::setCurrentIndex);

    auto *layout = new QHBoxLayout(m_workspace);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_navigation);
    layout->addWidget(m_pages, 1);
    // The lock screen replaces the workspace rather than closing anything in it, so
    // every field keeps what was typed.
    m_root->addWidget(m_workspace);
    m_root->addWidget(m_lockScreen);
    setCentralWidget(m_root);

    // Only the pages the role may use; the core refuses the rest anyway.
    const AccessControl &access = app.access();
    auto *organisation = new OrganisationPage(app.organisation(), app.clock(), *m_prompter,
                                              access.allows(Permission::EditOrganisation), this);
    organisation->setAccountability(&app.ownership(), &app.honours());
    addPage(organisation);
    auto *frontDesk =
        new FrontDeskPage(app.alerts(), app.records(), app.organisation(), access, app.session(),
                          app.clock(), app.station(), *m_prompter, this);
    frontDesk->setAlertImporter([&app](const QString &path, const AlertImportOptions &options,
                                       const std::function<bool(qint64, qint64)> &progress) {
        return app.alertImporter().importFile(path, options, progress);
    });
    addPage(frontDesk);
    addPage(new ResponsibilityPage(app.responsibility(), app.ownership(), *m_prompter,
                                   access.allows(Permission::EditOrganisation),
                                   access.allows(Permission::ReassignOwners), this));
    addPage(new AssessmentPage(app, *m_prompter, this));
    auto *mediation = new MediationPage(app, *m_prompter, this);
    addPage(mediation);
    // The front desk's alert dialog refers an alert to mediation in one step.
    frontDesk->context().referToMediation = [frontDesk, mediation](QWidget *owner,
                                                                   const Alert &alert) {
        // The alert list refreshes itself from the change feed.
        return mediation->refer(owner, alert) != nullptr;
    };
    // Counts only, no one's details: every role may see how the station is doing.
    auto *statistics =
        new StatisticsPage(app.statistics(), app.clock(), app.station(), *m_prompter, this);
    addPage(statistics);
    // A figure drills into the front desk's alert list, filtered to exactly its alerts.
    connect(statistics, &StatisticsPage::alertsRequested, this,
            [this, frontDesk](const AlertFilter &filter, const QString &description) {
                frontDesk->alerts()->showFigure(filter, description);
                showPage(m_pages->indexOf(frontDesk));
            });
    if (access.allows(Permission::ManageAccounts) || access.allows(Permission::ViewAuditLog)) {
        addPage(new AdminPage(app, *m_prompter, this));
    }

    const Actor &actor = app.session().actor();
    m_userLabel = new QLabel(tr("%1 · %2").arg(actor.name, displayName(actor.role)), this);
    m_userLabel->setObjectName(u"userLabel"_s);
    // Who is working reads apart from where the data lives.
    m_userLabel->setContentsMargins(0, 0, 16, 0);
    m_databaseLabel = new QLabel(tr("Database: %1").arg(app.database().url().displayName()), this);
    m_databaseLabel->setObjectName(u"databaseLabel"_s);
    m_schemaLabel = new QLabel(tr("schema version %1").arg(app.openInfo().schemaVersion), this);
    m_schemaLabel->setObjectName(u"schemaLabel"_s);
    statusBar()->addWidget(m_userLabel);
    statusBar()->addWidget(m_databaseLabel, 1);
    statusBar()->addPermanentWidget(m_schemaLabel);
    if (!app.openInfo().backupPath.isEmpty()) {
        statusBar()->showMessage(tr("Database upgraded; the previous version was saved as %1")
                                     .arg(app.openInfo().backupPath),
                                 15000);
    }
    // Lists show what other desks commit (PostgreSQL); without it they still show this desk's.
    if (Status listening = app.database().listenForOtherDesks(); !listening) {
        statusBar()->showMessage(listening.error().message);
    }

    connect(m_idle, &IdleWatcher::idle, this, &MainWindow::lock);
    connect(m_lockScreen, &LockScreen::unlocked, this, &MainWindow::unlock);
    connect(m_lockScreen, &LockScreen::switchUserRequested, this, &MainWindow::switchUser);

    createActions();
    showPage(0);
    // Only a logged-in user can unlock; the System operator (tests, no login) is never locked.
    if (app.session().isLoggedIn()) {
        m_idle->start();
    }
    // Roomy on a desk monitor, but never larger than the screen it opens on.
    const QSize available = screen()->availableGeometry().size();
    resize(QSize(1280, 800).boundedTo(available * 0.95));
}

MainWindow::~MainWindow() = default;

void MainWindow::addPage(Page *page) {
    m_pages->addWidget(page);
    auto *item = new QListWidgetItem(page->icon(), page->title(), m_navigation);
    item->setSizeHint(QSize(0, 40));
}

void MainWindow::createActions() {
    const bool loggedIn = m_app.session().isLoggedIn();
    QMenu *fileMenu = menuBar()->addMenu(tr("&File"));
    QAction *newAction = fileMenu->addAction(QIcon(u":/icons/add.svg"_s), tr("&New…"));
    newAction->setShortcut(QKeySequence::New);
    connect(newAction, &QAction::triggered, this, [this] {
        if (Page *page = currentPage()) {
            page->createNew();
        }
    });
    QAction *findAction = fileMenu->addAction(QIcon(u":/icons/search.svg"_s), tr("&Find…"));
    findAction->setShortcut(QKeySequence::Find);
    connect(findAction, &QAction::triggered, this, [this] {
        if (Page *page = currentPage()) {
            page->focusSearch();
        }
    });
    fileMenu->addSeparator();
    QAction *passwordAction = fileMenu->addAction(tr("Change &password…"));
    passwordAction->setObjectName(u"changePasswordAction"_s);
    passwordAction->setEnabled(loggedIn);
    connect(passwordAction, &QAction::triggered, this, &MainWindow::changePassword);
    QAction *lockAction = fileMenu->addAction(QIcon(u":/icons/lock.svg"_s), tr("&Lock now"));
    lockAction->setObjectName(u"lockAction"_s);
    lockAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    lockAction->setEnabled(loggedIn);
    connect(lockAction, &QAction::triggered, this, &MainWindow::lock);
    QAction *logoutAction = fileMenu->addAction(tr("Log &out"));
    logoutAction->setObjectName(u"logoutAction"_s);
    logoutAction->setEnabled(loggedIn);
    connect(logoutAction, &QAction::triggered, this, &MainWindow::logOut);
    fileMenu->addSeparator();
    QAction *quitAction = fileMenu->addAction(tr("&Quit"));
    quitAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
    quitAction->setMenuRole(QAction::QuitRole);
    connect(quitAction, &QAction::triggered, this, &QWidget::close);

    QMenu *goMenu = menuBar()->addMenu(tr("&Go"));
    for (int i = 0; i < m_pages->count() && i < kMaxPageShortcuts; ++i) {
        QAction *go = goMenu->addAction(page(i)->icon(), page(i)->title());
        go->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
        connect(go, &QAction::triggered, this, [this, i] { showPage(i); });
    }

    QMenu *helpMenu = menuBar()->addMenu(tr("&Help"));
    QAction *aboutAction = helpMenu->addAction(tr("&About StationDesk"));
    aboutAction->setShortcut(QKeySequence(Qt::Key_F1));
    aboutAction->setMenuRole(QAction::AboutRole);
    connect(aboutAction, &QAction::triggered, this, &MainWindow::showAbout);
}

int MainWindow::pageCount() const {
    return m_pages->count();
}

Page *MainWindow::page(int index) const {
    return qobject_cast<Page *>(m_pages->widget(index));
}

Page *MainWindow::currentPage() const {
    return qobject_cast<Page *>(m_pages->currentWidget());
}

void MainWindow::showPage(int index) {
    if (index >= 0 && index < m_pages->count()) {
        m_navigation->setCurrentRow(index);
        m_pages->currentWidget()->setFocus();
    }
}

void MainWindow::showAbout() {
    // Non-blocking, so the window (and a test driving it) keeps running while it is open.
    auto *about =
        new AboutDialog(m_app.database().url().displayName(), m_app.openInfo().schemaVersion, this);
    about->setAttribute(Qt::WA_DeleteOnClose);
    about->open();
}

void MainWindow::setIdleTimeout(std::chrono::milliseconds timeout) {
    m_idle->setTimeout(timeout);
}

bool MainWindow::isLocked() const {
    return m_root->currentWidget() == m_lockScreen;
}

void MainWindow::setCommandsEnabled(bool enabled) {
    // Shortcuts of the menus would otherwise still reach the pages behind the lock screen.
    menuBar()->setEnabled(enabled);
    for (QAction *menu : menuBar()->actions()) {
        menu->setEnabled(enabled);
    }
}

void MainWindow::lock() {
    if (isLocked() || !m_app.session().isLoggedIn()) {
        return;
    }
    m_idle->stop();
    m_focusBeforeLock = QApplication::focusWidget();
    // Open dialogs (a half-typed person, a message) are hidden, not closed: their
    // contents must not be readable at an unattended desk, and must be there after.
    m_hiddenWindows.clear();
    const QList<QDialog *> dialogs = findChildren<QDialog *>();
    for (QDialog *dialog : dialogs) {
        if (dialog->isWindow() && dialog->isVisible()) {
            m_hiddenWindows << dialog;
        }
    }
    for (const QPointer<QWidget> &window : std::as_const(m_hiddenWindows)) {
        window->hide();
    }
    setCommandsEnabled(false);
    m_lockScreen->prepare(m_app.session().actor().name);
    m_root->setCurrentWidget(m_lockScreen);
    m_lockScreen->setFocus(Qt::OtherFocusReason);
}

void MainWindow::unlock() {
    m_root->setCurrentWidget(m_workspace);
    setCommandsEnabled(true);
    for (const QPointer<QWidget> &window : std::as_const(m_hiddenWindows)) {
        if (window) {
            window->show();
        }
    }
    m_hiddenWindows.clear();
    if (m_focusBeforeLock) {
        m_focusBeforeLock->activateWindow();
        m_focusBeforeLock->setFocus(Qt::OtherFocusReason);
    }
    m_idle->start();
}

void MainWindow::changePassword() {
    auto *dialog = new PasswordDialog(
        tr("Change password"),
        tr("Choose a password of at least %1 characters that is not a common one.")
            .arg(m_app.settings().value(SettingKey::PasswordMinLength)),
        true,
        [this](const Secret &current, const Secret &next) {
            return m_app.accounts().changeOwnPassword(current, next);
        },
        this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this,
            [this] { statusBar()->showMessage(tr("Your password was changed."), 10000); });
    dialog->open();
}

QStringList MainWindow::workThatWouldBeLost() {
    QStringList lost;
    for (int i = 0; i < pageCount(); ++i) {
        lost << page(i)->saveDrafts();
    }
    return lost;
}

bool MainWindow::switchUser() {
    const QStringList open = workThatWouldBeLost();
    if (!open.isEmpty()) {
        m_prompter->warn(
            this, tr("Cannot switch user yet"),
            tr("%1 still has work open that cannot be kept as a draft:\n\n%2\n\nUnlock, then "
               "save or cancel it; after that another user can log in.")
                .arg(m_app.session().actor().name, open.join(u'\n')));
        return false;
    }
    m_idle->stop();
    m_app.accounts().logout();
    Q_EMIT loggedOut();
    return true;
}

bool MainWindow::logOut() {
    const QStringList open = workThatWouldBeLost();
    if (!open.isEmpty() &&
        !m_prompter->confirm(this, tr("Log out"),
                             tr("This work is open and would be lost:\n\n%1\n\nLog out anyway?")
                                 .arg(open.join(u'\n')),
                             tr("Log out and discard"))) {
        return false;
    }
    m_idle->stop();
    m_app.accounts().logout();
    Q_EMIT loggedOut();
    return true;
}

void MainWindow::closeEvent(QCloseEvent *event) {
    m_idle->stop();
    QMainWindow::closeEvent(event);
    Q_EMIT closed();
}

} // namespace sd
