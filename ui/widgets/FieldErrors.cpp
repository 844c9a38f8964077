#include "ui/widgets/FieldErrors.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QScreen>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace sd {

FieldErrors::FieldErrors(QObject *parent)
    : QObject(parent) {}

QLabel *FieldErrors::createErrorLabel(QWidget *parent) {
    auto *label = new QLabel(parent);
    label->setObjectName(u"fieldError"_s);
    // A fixed red that reads on both light and dark palettes; the text, not the
    // colour alone, carries the message.
    label->setStyleSheet(u"color: #c62828;"_s);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->hide();
    return label;
}

void FieldErrors::addRow(QFormLayout *form, const QString &label, QWidget *field,
                         const QString &fieldName) {
    auto *cell = new QWidget(form->parentWidget());
    auto *layout = new QVBoxLayout(cell);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(field);
    QLabel *error = createErrorLabel(cell);
    error->setObjectName(u"error_"_s + fieldName);
    layout->addWidget(error);
    form->addRow(label, cell);
    // The row label must point at the field itself so its mnemonic focuses the field.
    if (auto *rowLabel = qobject_cast<QLabel *>(form->labelForField(cell))) {
        rowLabel->setBuddy(field);
    }
    addField(fieldName, field, error);
}

void FieldErrors::addField(const QString &fieldName, QWidget *field, QLabel *errorLabel) {
    m_entries.insert(fieldName, {field, errorLabel});
    // Once the user starts correcting a field, its old complaint is just noise. Its
    // space stays until the next save, so the form does not jump while they type.
    const auto hideError = [errorLabel] {
        if (errorLabel && errorLabel->isVisible()) {
            setSpaceKept(errorLabel, true);
            errorLabel->hide();
        }
    };
    if (auto *edit = qobject_cast<QLineEdit *>(field)) {
        connect(edit, &QLineEdit::textEdited, errorLabel, hideError);
    } else if (auto *combo = qobject_cast<QComboBox *>(field)) {
        connect(combo, &QComboBox::activated, errorLabel, hideError);
    }
}

void FieldErrors::setGeneralLabel(QLabel *label) {
    m_general = label;
}

namespace {
// A top-level window does not grow by itself for a word-wrapped label that needs more
// lines (Chinese messages have no spaces and wrap late), so the message would be cut.
// It never grows past the screen (a 1366x768 desk must still reach the buttons).
void growToFit(QWidget *label) {
    QWidget *window = label->window();
    if (!window || !window->layout()) {
        return;
    }
    window->layout()->activate();
    int needed = window->hasHeightForWidth() ? window->heightForWidth(window->width())
                                             : window->sizeHint().height();
    if (const QScreen *screen = window->screen()) {
        const int frame = window->frameGeometry().height() - window->height();
        needed = qMin(needed, screen->availableGeometry().height() - frame);
    }
    if (needed > window->height()) {
        window->resize(window->width(), needed);
    }
}
} // namespace

void FieldErrors::setSpaceKept(QWidget *label, bool kept) {
    QSizePolicy policy = label->sizePolicy();
    policy.setRetainSizeWhenHidden(kept);
    label->setSizePolicy(policy);
}

void FieldErrors::show(const Error &error) {
    clear();
    const auto it = m_entries.constFind(error.field);
    if (it != m_entries.constEnd() && it->label) {
        it->label->setText(error.message);
        it->label->show();
        growToFit(it->label);
        if (it->field) {
            it->field->setFocus(Qt::OtherFocusReason);
            if (auto *edit = qobject_cast<QLineEdit *>(it->field.data())) {
                edit->selectAll();
            }
        }
        return;
    }
    if (m_general) {
        m_general->setText(error.message);
        m_general->show();
        growToFit(m_general);
    }
}

void FieldErrors::clear() {
    for (const Entry &entry : std::as_const(m_entries)) {
        if (entry.label) {
            setSpaceKept(entry.label, false);
            entry.label->clear();
            entry.label->hide();
        }
    }
    if (m_general) {
        m_general->clear();
        m_general->hide();
    }
}

QString FieldErrors::errorText(const QString &fieldName) const {
    const auto it = m_entries.constFind(fieldName);
    if (it == m_entries.constEnd() || !it->label || it->label->isHidden()) {
        return {};
    }
    return it->label->text();
}

QString FieldErrors::generalText() const {
    return m_general && !m_general->isHidden() ? m_general->text() : QString();
}

} // namespace sd
