#pragma once

#include <QDate>
#include <QString>
#include <QStringList>
#include <optional>

class QWidget;

namespace sd {

// The questions and messages pages put to the user. Pages talk to this interface
// instead of calling QMessageBox directly, so tests can answer without a modal
// event loop and record exactly what the user would have been told.
class Prompter {
public:
    virtual ~Prompter() = default;

    // Asks a yes/no question; acceptText labels the button that says yes.
    virtual bool confirm(QWidget *parent, const QString &title, const QString &text,
                         const QString &acceptText) = 0;
    // Tells the user something went wrong or cannot be done.
    virtual void warn(QWidget *parent, const QString &title, const QString &text) = 0;
    // Tells the user something worked (an import finished): an information, not a warning.
    virtual void inform(QWidget *parent, const QString &title, const QString &text) = 0;
    // Asks for a date; nothing when the user cancels.
    virtual std::optional<QDate> askDate(QWidget *parent, const QString &title, const QString &text,
                                         const QString &acceptText, const QDate &suggested) = 0;
    // Asks for one line of text; nothing when the user cancels.
    virtual std::optional<QString> askText(QWidget *parent, const QString &title,
                                           const QString &label) = 0;
    // Asks to pick one of items; the index picked, nothing when the user cancels.
    virtual std::optional<int> askChoice(QWidget *parent, const QString &title,
                                         const QString &label, const QStringList &items,
                                         int current) = 0;
};

} // namespace sd
