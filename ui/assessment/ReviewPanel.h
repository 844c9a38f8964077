#pragma once

#include "core/assessment/AssessmentService.h"
#include "ui/widgets/Prompter.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;
class QTextBrowser;

namespace sd {

class OrganisationService;
class ReturnCommentDialog;
class SheetEditorDialog;
class SheetTableModel;

// The review desk. A reviewer (instructor, chief) sees the inbox of submitted sheets
// and approves or returns each with a comment; a drafter (squad leader, admin) sees the
// drafts, returned ones with the reviewer's comment, and submits them. The selected
// sheet is shown in full: entries, computed total and grade, and its review history.
class ReviewPanel : public QWidget {
    Q_OBJECT

public:
    ReviewPanel(const AssessmentService &service, const OrganisationService &organisation,
                Prompter &prompter, bool canApprove, bool canDraft, QWidget *parent = nullptr);

    void reload();
    SheetTableModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    // The selected sheet in full, for the detail view and tests.
    QString detailText() const;

    // The sheet in full, its entries named by the scheme's items.
    static QString sheetHtml(const ScoreSheet &sheet, const AssessmentScheme &scheme);

    // Open the sheet editor (non-blocking) for a new sheet or the selected one; the list
    // follows once it is saved. Return the dialog, for tests.
    SheetEditorDialog *newSheet();
    SheetEditorDialog *openSelected();
    // Ask (non-blocking) what must be corrected and return the selected submitted sheet
    // once a comment is given. Return the dialog, for tests.
    ReturnCommentDialog *returnSelected();

Q_SIGNALS:
    void changed();

private:
    void showSelected();
    void approveSelected();
    void submitSelected();
    const ScoreSheet *selected() const;
    void report(const Error &error);
    SheetEditorDialog *openEditor(const ScoreSheet &sheet);

    const AssessmentService &m_service;
    const OrganisationService &m_organisation;
    Prompter &m_prompter;
    bool m_canApprove;
    bool m_canDraft;
    QLabel *m_heading;
    SheetTableModel *m_model;
    QTableView *m_view;
    QTextBrowser *m_detail;
    QPushButton *m_approve;
    QPushButton *m_return;
    QPushButton *m_submit;
    QPushButton *m_new;
    QPushButton *m_open;
};

} // namespace sd
