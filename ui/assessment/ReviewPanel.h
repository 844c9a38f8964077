#pragma once

#include "services/AssessmentService.h"
#include "widgets/Prompter.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;
class QTextBrowser;

namespace sd {

class SheetTableModel;

// The review desk. A reviewer (instructor, chief) sees the inbox of submitted sheets
// and approves or returns each with a comment; a drafter (squad leader, admin) sees the
// drafts, returned ones with the reviewer's comment, and submits them. The selected
// sheet is shown in full: entries, computed total and grade, and its review history.
class ReviewPanel : public QWidget {
    Q_OBJECT

public:
    ReviewPanel(const AssessmentService &service, Prompter &prompter, bool canApprove,
                bool canDraft, QWidget *parent = nullptr);

    void reload();
    SheetTableModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    // The selected sheet in full, for the detail view and tests.
    QString detailText() const;

    static QString sheetHtml(const ScoreSheet &sheet);

Q_SIGNALS:
    void changed();

private:
    void showSelected();
    void approveSelected();
    void returnSelected();
    void submitSelected();
    const ScoreSheet *selected() const;
    void report(const Error &error);

    const AssessmentService &m_service;
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
};

} // namespace sd
