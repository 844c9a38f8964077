#pragma once

#include <QList>
#include <QWidget>
#include <functional>
#include <initializer_list>
#include <memory>

class QAction;
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QTableView;

namespace sd {

class OwnedItemDialog;
class OwnershipService;
class PagedModelBase;
class Prompter;
class ResponsibilityService;

// What the asset and task registers share: a search box and filters above the commands
// (New and Edit first, the count at their right) and the paged table. A double-click or Edit
// opens the selected item in its dialog, New a blank one, and a saved dialog announces
// changed(). Without edit permission, New and Edit stay in view but disabled.
class RegisterPanel : public QWidget {
    Q_OBJECT

public:
    QTableView *view() const { return m_view; }
    QLineEdit *search() const { return m_search; }
    // Reads the search box and the filters into the model.
    virtual void applyFilter() = 0;
    // Open the item's dialog and return once it closes; false, opening nothing, without edit
    // permission (Ctrl+N reaches addItem even when New is disabled) or without a selection.
    bool addItem();
    bool editSelected();

Q_SIGNALS:
    void changed();

protected:
    // What a register calls itself: its object names start with `name` ("asset": assetTable,
    // addAssetAction...), and the other texts are shown to the user.
    struct Wording {
        QString name;
        QString newCommand;
        QString searchHint;
        QString failureTitle;
    };

    RegisterPanel(const ResponsibilityService &service, const OwnershipService &owners,
                  Prompter &prompter, bool editAllowed, const Wording &wording, QWidget *parent);

    // Shows model in the table, the given columns stretched, and its count through countText
    // ("%n item(s)"). Call once, from the constructor, before applyFilter().
    void showModel(PagedModelBase *model, std::initializer_list<int> stretchedColumns,
                   const std::function<QString(qint64)> &countText);
    // A filter widget right of the search box; callers connect it to applyFilter().
    void addFilter(QWidget *filter);
    // A command after those already there.
    void addCommand(QAction *action);

    // The dialog editing a new item (row -1) or the item on a row of the model.
    virtual std::unique_ptr<OwnedItemDialog> createDialog(int row) = 0;
    // The model row of the current item; -1 when none is selected.
    int currentRow() const;

    const ResponsibilityService &m_service;
    const OwnershipService &m_owners;
    Prompter &m_prompter;

private:
    QString m_failureTitle;
    QTableView *m_view;
    QLineEdit *m_search;
    QHBoxLayout *m_filters;
    QHBoxLayout *m_commands;
    QLabel *m_count;
    QAction *m_addAction;
    QAction *m_editAction;
    QList<QWidget *> m_filterWidgets;
    QList<QWidget *> m_commandButtons;
};

} // namespace sd
