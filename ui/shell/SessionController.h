#pragma once

#include <QObject>
#include <QPointer>
#include <chrono>
#include <optional>

namespace sd {

class Application;
class FirstRunDialog;
class LoginDialog;
class MainWindow;
class Prompter;

// The desk's life cycle: create the first administrator if the database has none, then
// log in, work in the main window, and back to the login dialog after logging out or
// switching user. A new main window is built for every login, since what it shows
// depends on the role.
class SessionController : public QObject {
    Q_OBJECT

public:
    // prompter may be null for the real message boxes; tests pass their own.
    explicit SessionController(Application &app, Prompter *prompter = nullptr,
                               QObject *parent = nullptr);
    ~SessionController() override;

    void start();

    // Shows the desk's current window (first run, login or the main window) above the
    // others, restored if minimised: another start on the same station asked for it.
    void bringToFront();

    // Tests lock after seconds; null keeps the station's IdleLockMinutes.
    void setIdleTimeout(std::optional<std::chrono::milliseconds> timeout);

    FirstRunDialog *firstRunDialog() const;
    LoginDialog *loginDialog() const;
    MainWindow *mainWindow() const;

Q_SIGNALS:
    // The user quit (or the database could not be read): the program ends.
    void finished();

private:
    void showFirstRun();
    void showLogin();
    void showMainWindow();

    Application &m_app;
    Prompter *m_prompter;
    std::optional<std::chrono::milliseconds> m_idleTimeout;
    QPointer<FirstRunDialog> m_firstRun;
    QPointer<LoginDialog> m_login;
    QPointer<MainWindow> m_window;
};

} // namespace sd
