#pragma once

#include "core/kernel/common/Error.h"

#include <QHash>
#include <QObject>
#include <QPointer>

class QFormLayout;
class QLabel;
class QWidget;

namespace sd {

// Puts a core Error's message next to the form field it names (Error::field), so the
// user reads what is wrong where they typed it. Errors for fields the form does not
// show go to one general label, so no message is ever lost.
class FieldErrors : public QObject {
    Q_OBJECT

public:
    explicit FieldErrors(QObject *parent = nullptr);

    // Adds "label: field" to the form with a hidden error label under the field.
    void addRow(QFormLayout *form, const QString &label, QWidget *field, const QString &fieldName);
    // Registers a field laid out by the caller, with the label that shows its error.
    void addField(const QString &fieldName, QWidget *field, QLabel *errorLabel);
    void setGeneralLabel(QLabel *label);

    // Shows the message by its field (or in the general label) and moves focus there.
    void show(const Error &error);
    void clear();

    // The message now shown for fieldName; empty when there is none.
    QString errorText(const QString &fieldName) const;
    QString generalText() const;

    static QLabel *createErrorLabel(QWidget *parent);

private:
    struct Entry {
        QPointer<QWidget> field;
        QPointer<QLabel> label;
    };

    // Whether a hidden label keeps its space in the layout.
    static void setSpaceKept(QWidget *label, bool kept);

    QHash<QString, Entry> m_entries;
    QPointer<QLabel> m_general;
};

} // namespace sd
