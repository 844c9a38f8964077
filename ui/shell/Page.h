#pragma once

#include <QIcon>
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
};

} // namespace sd
