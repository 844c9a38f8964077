#pragma once

#include "ui/widgets/Page.h"

class QTabWidget;

namespace sd {

class AssetsPanel;
class BoardPanel;
class OwnershipService;
class Prompter;
class ResponsibilityService;
class TasksPanel;

// The responsibility register: the accountability board, the assets and the tasks, on
// three tabs. A change on one tab refreshes the others, so the orphan count is current.
class ResponsibilityPage : public Page {
    Q_OBJECT

public:
    ResponsibilityPage(const ResponsibilityService &service, const OwnershipService &owners,
                       Prompter &prompter, bool editAllowed, bool transferAllowed,
                       QWidget *parent = nullptr);

    QString title() const override;
    QIcon icon() const override;
    void focusSearch() override;
    void createNew() override;

    QTabWidget *tabs() const { return m_tabs; }
    BoardPanel *board() const { return m_board; }
    AssetsPanel *assets() const { return m_assets; }
    TasksPanel *tasks() const { return m_tasks; }

private:
    QTabWidget *m_tabs;
    BoardPanel *m_board;
    AssetsPanel *m_assets;
    TasksPanel *m_tasks;
};

} // namespace sd
