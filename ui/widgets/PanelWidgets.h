#pragma once

class QAction;
class QTableView;
class QToolButton;
class QWidget;

namespace sd {

// A tool-bar button for action that shows its text beside the icon and can be reached
// with Tab, so a panel's commands work without a mouse.
QToolButton *createActionButton(QAction *action, QWidget *parent);

// Sets up a panel's main list of records the same way everywhere: whole rows, one at a
// time, read-only, one line of text per row (the default height wastes a third of the list),
// and Tab leaving the table instead of walking its cells.
void setUpRecordTable(QTableView *view);

} // namespace sd
