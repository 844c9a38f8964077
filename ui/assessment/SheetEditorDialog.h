#pragma once

#include "core/assessment/Assessment.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace sd {

class AssessmentService;
class EntryDialog;
class EntryTableModel;
class FieldErrors;
class OrganisationService;
class Prompter;

// Creates a score sheet (scheme, subject, period) or edits a draft's entries. The total
// and grade shown while editing are the core's (AssessmentRules) for the entries on
// screen; saving goes to the service, which checks everything again. A refusal appears
// next to the field it names and the dialog keeps what was entered; a sheet someone else
// saved meanwhile offers to load theirs. Submitted and approved sheets, and any sheet for
// someone who may not draft, open read-only.
class SheetEditorDialog : public QDialog {
    Q_OBJECT

public:
    // A sheet with id 0 is created, any other is opened as stored.
    SheetEditorDialog(const AssessmentService &service, const OrganisationService &organisation,
                      Prompter &prompter, const ScoreSheet &sheet, bool canDraft,
                      QWidget *parent = nullptr);

    const ScoreSheet &sheet() const { return m_sheet; }
    const FieldErrors &errors() const { return *m_errors; }
    bool isReadOnly() const { return m_readOnly; }
    QString totalText() const;
    EntryTableModel *entries() const { return m_entries; }

    QComboBox *schemeCombo() const { return m_scheme; }
    QComboBox *subjectCombo() const { return m_subject; }
    QLineEdit *periodEdit() const { return m_period; }
    QTableView *entryView() const { return m_view; }
    QPushButton *addButton() const { return m_add; }
    QPushButton *editButton() const { return m_edit; }
    QPushButton *removeButton() const { return m_remove; }
    QPushButton *saveButton() const { return m_save; }

    // Opens the entry dialog (non-blocking) for a new entry or for row; the entry is
    // taken when the dialog is accepted. Returns the dialog, for tests.
    EntryDialog *addEntry();
    EntryDialog *editEntry(int row);
    void removeEntry(int row);
    // As the Save button; true when the service stored the sheet.
    bool save();

Q_SIGNALS:
    void saved(const sd::ScoreSheet &sheet);

private:
    void fill();
    void fillSchemes();
    // A scheme to choose, shown by its name with its code as the tooltip.
    void addScheme(const QString &name, const QString &code, qint64 id);
    void schemeChosen();
    void fillSubjects();
    void setEntries(QList<ScoreEntry> entries);
    void updateTotal();
    void updateButtons();
    int currentRow() const;
    EntryDialog *openEntry(int row);
    void reloadAfterConflict(const QString &message);

    const AssessmentService &m_service;
    const OrganisationService &m_organisation;
    Prompter &m_prompter;
    ScoreSheet m_sheet;
    AssessmentScheme m_schemeData;
    bool m_canDraft;
    bool m_readOnly = false;
    FieldErrors *m_errors;
    QLabel *m_state;
    QComboBox *m_scheme;
    QComboBox *m_subject;
    QLineEdit *m_period;
    EntryTableModel *m_entries;
    QTableView *m_view;
    QLabel *m_total;
    QPushButton *m_add;
    QPushButton *m_edit;
    QPushButton *m_remove;
    QPushButton *m_save;
};

} // namespace sd
