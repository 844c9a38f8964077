#include "shell/MainWindow.h"

#include "organisation/OrganisationPage.h"
#include "services/Application.h"
#include "shell/AboutDialog.h"
#include "shell/Page.h"
#include "shell/UiResources.h"
#include "widgets/MessagePrompter.h"

#include <QAction>
#include <QApplication>
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
} // namespace

MainWindow::MainWindow(Application &app, Prompter *prompter, QWidget *parent)
    : QMainWindow(parent)
    , m_app(app)
    , m_ownPrompter(prompter ? nullptr : std::make_unique<MessagePrompter>())
    , m_prompter(prompter ? prompter : m_ownPrompter.get())
    , m_navigation(new QListWidget(this))
    , m_pages(new QStackedWidget(this)) {
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

    auto *central = new QWidget(this);
    auto *layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_navigation);
    layout->addWidget(m_pages, 1);
    setCentralWidget(central);

    // Pages that exist; later features add theirs here.
    addPage(new OrganisationPage(app.organisation(), app.clock(), *m_prompter, this));

    m_databaseLabel = new QLabel(tr("Database: %1").arg(app.database().url().displayName()), this);
    m_databaseLabel->setObjectName(u"databaseLabel"_s);
    m_schemaLabel = new QLabel(tr("schema version %1").arg(app.openInfo().schemaVersion), this);
    m_schemaLabel->setObjectName(u"schemaLabel"_s);
    statusBar()->addWidget(m_databaseLabel, 1);
    statusBar()->addPermanentWidget(m_schemaLabel);
    if (!app.openInfo().backupPath.isEmpty()) {
        statusBar()->showMessage(tr("Database upgraded; the previous version was saved as %1")
                                     .arg(app.openInfo().backupPath),
                                 15000);
    }

    createActions();
    showPage(0);
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

} // namespace sd
