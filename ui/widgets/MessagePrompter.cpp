#include "ui/widgets/MessagePrompter.h"

#include <QDateEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QInputDialog>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace sd {

bool MessagePrompter::confirm(QWidget *parent, const QString &title, const QString &text,
                              const QString &acceptText) {
    QMessageBox box(QMessageBox::Question, title, text, QMessageBox::NoButton, parent);
    QPushButton *yes = box.addButton(acceptText, QMessageBox::AcceptRole);
    QPushButton *no = box.addButton(tr("Cancel"), QMessageBox::RejectRole);
    // The safe answer is the default: Enter must never confirm something irreversible.
    box.setDefaultButton(no);
    box.setEscapeButton(no);
    box.exec();
    return box.clickedButton() == yes;
}

void MessagePrompter::warn(QWidget *parent, const QString &title, const QString &text) {
    // A long report (an import's LINE:COLUMN problems, up to 50 of them) would make the
    // box taller than the screen: the first paragraph stays in view and the list goes
    // into the scrollable details, shown from the start.
    const qsizetype split = text.indexOf(u"\n\n"_s);
    const bool longReport = text.count(u'\n') > 12 && split > 0;
    QMessageBox box(QMessageBox::Warning, title, longReport ? text.left(split) : text,
                    QMessageBox::NoButton, parent);
    box.addButton(tr("OK"), QMessageBox::AcceptRole);
    if (longReport) {
        box.setDetailedText(text.mid(split + 2));
        for (QAbstractButton *button : box.buttons()) {
            if (box.buttonRole(button) == QMessageBox::ActionRole) {
                button->click(); // "Show Details…": the report is what the user needs
            }
        }
    }
    box.exec();
}

void MessagePrompter::inform(QWidget *parent, const QString &title, const QString &text) {
    QMessageBox box(QMessageBox::Information, title, text, QMessageBox::NoButton, parent);
    box.addButton(tr("OK"), QMessageBox::AcceptRole);
    box.exec();
}

std::optional<QDate> MessagePrompter::askDate(QWidget *parent, const QString &title,
                                              const QString &text, const QString &acceptText,
                                              const QDate &suggested) {
    QDialog dialog(parent);
    dialog.setWindowTitle(title);
    auto *layout = new QVBoxLayout(&dialog);
    auto *message = new QLabel(text, &dialog);
    message->setWordWrap(true);
    layout->addWidget(message);
    auto *form = new QFormLayout;
    auto *dateEdit = new QDateEdit(suggested, &dialog);
    dateEdit->setCalendarPopup(true);
    dateEdit->setDisplayFormat(u"yyyy-MM-dd"_s);
    form->addRow(tr("&Date:"), dateEdit);
    layout->addLayout(form);
    auto *buttons = new QDialogButtonBox(&dialog);
    QPushButton *ok = buttons->addButton(acceptText, QDialogButtonBox::AcceptRole);
    QPushButton *cancel = buttons->addButton(tr("Cancel"), QDialogButtonBox::RejectRole);
    cancel->setDefault(true);
    ok->setAutoDefault(false);
    QObject::connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    layout->addWidget(buttons);
    dateEdit->setFocus();
    if (dialog.exec() != QDialog::Accepted) {
        return std::nullopt;
    }
    return dateEdit->date();
}

std::optional<QString> MessagePrompter::askText(QWidget *parent, const QString &title,
                                                const QString &label) {
    QInputDialog dialog(parent);
    dialog.setWindowTitle(title);
    dialog.setLabelText(label);
    dialog.setOkButtonText(tr("OK"));
    dialog.setCancelButtonText(tr("Cancel"));
    if (dialog.exec() != QDialog::Accepted) {
        return std::nullopt;
    }
    return dialog.textValue();
}

std::optional<int> MessagePrompter::askChoice(QWidget *parent, const QString &title,
                                              const QString &label, const QStringList &items,
                                              int current) {
    QInputDialog dialog(parent);
    dialog.setWindowTitle(title);
    dialog.setLabelText(label);
    dialog.setComboBoxItems(items);
    dialog.setComboBoxEditable(false);
    if (current >= 0 && current < items.size()) {
        dialog.setTextValue(items.at(current));
    }
    dialog.setOkButtonText(tr("OK"));
    dialog.setCancelButtonText(tr("Cancel"));
    if (dialog.exec() != QDialog::Accepted) {
        return std::nullopt;
    }
    const qsizetype index = items.indexOf(dialog.textValue());
    return index < 0 ? std::nullopt : std::optional<int>(int(index));
}

} // namespace sd
