#pragma once

#include <QIcon>
#include <QStringList>
#include <QWidget>

namespace sd {

// One page of the main window (Organisation, later Front desk, Mediation, …). The
// shell lists pages in the sidebar and forwards the global commands to the current one.
class Page : public QWidget {
    Q_OBJECT

public:
    using QWidget::QWidget;

    virtual QString title() const = 0;
    virtual QIcon icon() const = 0;
    // Ctrl+F: put the cursor in the page's search field.
    virtual void focusSearch() {}
    // Ctrl+N: start a new record of the kind the page is showing.
    virtual void createNew() {}

    // Work the user has open and not saved, one line each ("Edit person: Zhang Wei").
    // Another user may only log in at this desk once nothing would be lost, so the
    // shell asks every page before switching user or logging out.
    virtual QStringList unsavedWork() const { return {}; }
    // Keeps the open work as drafts of the current user so someone else can log in,
    // and returns what could not be kept. Pages whose forms have no drafts keep the
    // default: nothing can be kept, so switching user waits until those forms are closed.
    virtual QStringList saveDrafts() { return unsavedWork(); }
};

} // namespace sd
