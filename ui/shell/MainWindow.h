#pragma once

#include <QMainWindow>
#include <QPointer>
#include <chrono>
#include <memory>

class QLabel;
class QListWidget;
class QStackedWidget;

namespace sd {

class Application;
class IdleWatcher;
class LockScreen;
class Page;
class Prompter;

// The shell: a sidebar of the pages the user's role may use, the current page, the
// status bar, the global commands and the idle lock. It owns no business logic; each
// page brings its own.
class MainWindow : public QMainWindow {
    Q_OBJECT

public:
    // prompter may be null for the real message boxes; tests pass their own.
    explicit MainWindow(Application &app, Prompter *prompter = nullptr, QWidget *parent = nullptr);
    ~MainWindow() override;

    int pageCount() const;
    Page *page(int index) const;
    Page *currentPage() const;
    // The page of that class, or null when the role does not see it.
    template <typename T> T *findPage() const {
        for (int i = 0; i < pageCount(); ++i) {
            if (auto *found = qobject_cast<T *>(page(i))) {
                return found;
            }
        }
        return nullptr;
    }
    void showPage(int index);
    void showAbout();

    // Idle lock: the station's IdleLockMinutes unless a test sets seconds.
    void setIdleTimeout(std::chrono::milliseconds timeout);
    IdleWatcher *idleWatcher() const { return m_idle; }
    void lock();
    bool isLocked() const;
    LockScreen *lockScreen() const { return m_lockScreen; }

    void changePassword();
    // Everything open and unsaved on every page, after each page kept what it can as drafts.
    QStringList workThatWouldBeLost();
    // From the lock screen: refused (with a message naming the open work) unless nothing
    // would be lost; otherwise logs out and hands over to the login dialog.
    bool switchUser();
    // File › Log out: asks before discarding open work.
    bool logOut();

Q_SIGNALS:
    // The user logged out (or another user is about to log in): show the login dialog.
    void loggedOut();
    void closed();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void addPage(Page *page);
    void createActions();
    void unlock();
    void setCommandsEnabled(bool enabled);

    Application &m_app;
    std::unique_ptr<Prompter> m_ownPrompter;
    Prompter *m_prompter;
    QStackedWidget *m_root;
    QWidget *m_workspace;
    QListWidget *m_navigation;
    QStackedWidget *m_pages;
    LockScreen *m_lockScreen;
    IdleWatcher *m_idle;
    QLabel *m_userLabel;
    QLabel *m_databaseLabel;
    QLabel *m_schemaLabel;
    // Dialogs hidden (not closed) while locked, shown again with their contents after.
    QList<QPointer<QWidget>> m_hiddenWindows;
    QPointer<QWidget> m_focusBeforeLock;
};

} // namespace sd
