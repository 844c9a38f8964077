#pragma once

#include "ui/mediation/MediationContext.h"
#include "ui/widgets/Page.h"

#include <QPointer>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace sd {

class Application;
class MediationCaseEditor;
class MediationCaseModel;
struct Alert;

// Mediation (调解): lists of cases (open, follow-ups due this week, overdue, the chief's
// view of high-risk cases owned by a leader, closed, all), narrowed by mediator and by
// area, and the mediation history of a person or an address. Cases open in their own
// editor window; a case is made from an alert in one step (refer()).
class MediationPage : public Page {
    Q_OBJECT

public:
    enum class View { Open, DueThisWeek, Overdue, LeaderOwned, Closed, All };

    MediationPage(Application &app, Prompter &prompter, QWidget *parent = nullptr);
    ~MediationPage() override;

    QString title() const override;
    QIcon icon() const override;
    void focusSearch() override;
    void createNew() override;
    QStringList unsavedWork() const override;

    MediationContext &context() { return m_context; }
    MediationCaseModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QComboBox *viewField() const { return m_viewCombo; }
    QComboBox *mediatorFilter() const { return m_mediator; }
    QComboBox *areaFilter() const { return m_area; }
    QLineEdit *historyField() const { return m_history; }
    QLabel *countLabel() const { return m_count; }

    void setView(View view);
    // Runs the history search for the text in the search box (an identity number, "name
    // phone", or an address); an empty box goes back to the chosen list.
    void searchHistory();
    void reload();
    bool selectCase(qint64 id);

    MediationCaseEditor *newCase();
    MediationCaseEditor *openSelected();
    MediationCaseEditor *openCase(qint64 id);
    // "Refer to mediation…" from an alert: asks the dispute type, creates the case from the
    // alert (the alert becomes "referred to mediation") and opens it; an alert that already
    // has an open case opens that case instead.
    MediationCaseEditor *refer(QWidget *parent, const Alert &alert);
    QList<MediationCaseEditor *> openEditors() const;

private:
    MediationCaseEditor *showEditor(const MediationCase &mediation);
    void showSortIndicator();
    void showCount(qint64 total);

    MediationContext m_context;
    MediationCaseModel *m_model;
    QComboBox *m_viewCombo;
    QComboBox *m_mediator;
    QComboBox *m_area;
    QLineEdit *m_history;
    QTableView *m_view;
    QLabel *m_count;
    QPushButton *m_newButton;
    QPushButton *m_openButton;
    bool m_historyShown = false;
    QString m_historyDescription; // whose history is shown, for the count
    QList<QPointer<MediationCaseEditor>> m_editors;
};

} // namespace sd
