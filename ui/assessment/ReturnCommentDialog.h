#pragma once

#include "ui/widgets/EditDialog.h"

#include <functional>

class QLabel;
class QPlainTextEdit;

namespace sd {

// Asks the reviewer what must be corrected before a sheet can be approved, in a box that
// takes several lines (one point a line, as reviewers write them). returnWith hands the
// comment to the service; a refusal, an empty comment first of all, shows under the box
// and the dialog stays open with what was typed.
class ReturnCommentDialog : public EditDialog {
    Q_OBJECT

public:
    using ReturnWith = std::function<Status(const QString &comment)>;

    // sheet names the sheet being returned, drafter whom it goes back to.
    ReturnCommentDialog(const QString &sheet, const QString &drafter, ReturnWith returnWith,
                        Prompter *prompter, QWidget *parent = nullptr);

    QPlainTextEdit *commentEdit() const { return m_comment; }
    // As typed, line breaks kept.
    QString comment() const;

protected:
    Status store() override;

private:
    ReturnWith m_returnWith;
    QPlainTextEdit *m_comment;
};

} // namespace sd
