#include "ui/shell/SessionController.h"

#include "core/Application.h"
#include "ui/shell/FirstRunDialog.h"
#include "ui/shell/LoginDialog.h"
#include "ui/shell/MainWindow.h"
#include "ui/widgets/MessagePrompter.h"

#include <QApplication>

using namespace Qt::StringLiterals;

namespace sd {

SessionController::SessionController(Application &app, Prompter *prompter, QObject *parent)
    : QObject(parent)
    , m_app(app)
    , m_prompter(prompter) {}

SessionController::~SessionController() {
    delete m_window;
    delete m_login;
    delete m_firstRun;
}

FirstRunDialog *SessionController::firstRunDialog() const {
    return m_firstRun;
}

LoginDialog *SessionController::loginDialog() const {
    return m_login;
}

MainWindow *SessionController::mainWindow() const {
    return m_window;
}

void SessionController::setIdleTimeout(std::optional<std::chrono::milliseconds> timeout) {
    m_idleTimeout = timeout;
    if (m_window && timeout) {
        m_window->setIdleTimeout(*timeout);
    }
}

void SessionController::start() {
    auto hasAdmin = m_app.accounts().hasAdmin();
    if (!hasAdmin) {
        MessagePrompter fallback;
        Prompter &prompter = m_prompter ? *m_prompter : fallback;
        prompter.warn(nullptr, tr("Cannot read the accounts"), hasAdmin.error().message);
        Q_EMIT finished();
        return;
    }
    if (hasAdmin.value()) {
        showLogin();
    } else {
        showFirstRun();
    }
}

void SessionController::bringToFront() {
    QWidget *window = m_window  ? static_cast<QWidget *>(m_window)
                      : m_login ? static_cast<QWidget *>(m_login)
                                : static_cast<QWidget *>(m_firstRun);
    if (!window) {
        return;
    }
    window->setWindowState((window->windowState() & ~Qt::WindowMinimized) | Qt::WindowActive);
    window->show();
    window->raise();
    window->activateWindow();
    // A message box or dialog open over the window stays the one that takes the keys.
    if (QWidget *modal = QApplication::activeModalWidget()) {
        modal->raise();
        modal->activateWindow();
    }
}

void SessionController::showFirstRun() {
    m_firstRun = new FirstRunDialog(m_app.accounts(), m_app.organisation());
    m_firstRun->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_firstRun, &QDialog::accepted, this, &SessionController::showLogin);
    connect(m_firstRun, &QDialog::rejected, this, &SessionController::finished);
    m_firstRun->show();
}

void SessionController::showLogin() {
    m_login = new LoginDialog(m_app.accounts(), m_app.station().name);
    m_login->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_login, &QDialog::accepted, this, &SessionController::showMainWindow);
    connect(m_login, &QDialog::rejected, this, &SessionController::finished);
    m_login->show();
    m_login->activateWindow();
    // The previous user's window goes only now, so the application never has no window
    // (which would end it).
    if (m_window) {
        m_window->disconnect(this);
        m_window->hide();
        m_window->deleteLater();
        m_window = nullptr;
    }
}

void SessionController::showMainWindow() {
    m_window = new MainWindow(m_app, m_prompter);
    m_window->setAttribute(Qt::WA_DeleteOnClose);
    if (m_idleTimeout) {
        m_window->setIdleTimeout(*m_idleTimeout);
    }
    connect(m_window, &MainWindow::loggedOut, this, &SessionController::showLogin);
    connect(m_window, &MainWindow::closed, this, [this] {
        m_app.accounts().logout();
        Q_EMIT finished();
    });
    m_window->show();
    m_window->activateWindow();
}

} // namespace sd
