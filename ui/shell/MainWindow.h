#pragma once

#include <QMainWindow>
#include <memory>

class QLabel;
class QListWidget;
class QStackedWidget;

namespace sd {

class Application;
class Page;
class Prompter;

// The shell: a sidebar of pages, the current page, the status bar and the global
// commands. It owns no business logic; each page brings its own.
class MainWindow : public QMainWindow {
    Q_OBJECT

public:
    // prompter may be null for the real message boxes; tests pass their own.
    explicit MainWindow(Application &app, Prompter *prompter = nullptr, QWidget *parent = nullptr);
    ~MainWindow() override;

    int pageCount() const;
    Page *page(int index) const;
    Page *currentPage() const;
    void showPage(int index);
    void showAbout();

private:
    void addPage(Page *page);
    void createActions();

    Application &m_app;
    std::unique_ptr<Prompter> m_ownPrompter;
    Prompter *m_prompter;
    QListWidget *m_navigation;
    QStackedWidget *m_pages;
    QLabel *m_databaseLabel;
    QLabel *m_schemaLabel;
};

} // namespace sd
