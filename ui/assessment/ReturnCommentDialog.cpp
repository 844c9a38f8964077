#include "ui/assessment/ReturnCommentDialog.h"

#include "ui/widgets/FieldErrors.h"

#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>

using namespace Qt::StringLiterals;

namespace sd {

ReturnCommentDialog::ReturnCommentDialog(const QString &sheet, const QString &drafter,
                                         ReturnWith returnWith, Prompter *prompter, QWidget *parent)
    : EditDialog(prompter, parent)
    , m_returnWith(std::move(returnWith))
    , m_comment(new QPlainTextEdit(this)) {
    setObjectName(u"returnCommentDialog"_s);
    setWindowTitle(tr("Return score sheet"));
    setMinimumWidth(480);
    m_comment->setObjectName(u"returnComment"_s);
    // Enter starts a new line, as in any multi-line box; the button returns the sheet.
    m_comment->setTabChangesFocus(true);
    m_comment->setPlaceholderText(tr("Each point on its own line."));
    m_comment->setMinimumHeight(120);

    auto *heading = new QLabel(this);
    heading->setObjectName(u"returnHeading"_s);
    heading->setWordWrap(true);
    heading->setText(u"<b>%1</b><br>%2"_s.arg(
        sheet.toHtmlEscaped(),
        tr("Goes back to %1 as a draft, with your comment.").arg(drafter.toHtmlEscaped())));
    auto *question = new QLabel(tr("&What must be corrected before approval?"), this);
    question->setBuddy(m_comment);
    QLabel *error = FieldErrors::createErrorLabel(this);
    error->setObjectName(u"error_comment"_s);
    form()->addRow(heading);
    form()->addRow(question);
    form()->addRow(m_comment);
    form()->addRow(error);
    addField(u"comment"_s, m_comment, error);
    addButtons(tr("&Return sheet"), u"returnSheetButton"_s);
    markUnchanged();
    m_comment->setFocus();
}

QString ReturnCommentDialog::comment() const {
    return m_comment->toPlainText();
}

Status ReturnCommentDialog::store() {
    return m_returnWith(comment());
}

} // namespace sd
