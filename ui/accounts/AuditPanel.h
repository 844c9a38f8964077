#pragma once

#include "core/kernel/common/Result.h"
#include "core/kernel/security/AuditEntry.h"

#include <QPointer>
#include <QWidget>
#include <optional>

class QDateEdit;
class QLabel;
class QLineEdit;
class QProgressDialog;
class QPushButton;
class QTableView;
class QThread;

namespace sd {

class Application;
class AuditTableModel;
class OptionalDateEdit;
class Prompter;

// Filters and pages through the audit log, and verifies its hash chain in the
// background (a million rows take a while; the desk stays usable meanwhile).
class AuditPanel : public QWidget {
    Q_OBJECT

public:
    AuditPanel(Application &app, Prompter &prompter, QWidget *parent = nullptr);
    ~AuditPanel() override;

    AuditTableModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QLineEdit *accountField() const { return m_account; }
    QLineEdit *actionField() const { return m_action; }
    OptionalDateEdit *fromField() const { return m_from; }
    OptionalDateEdit *toField() const { return m_to; }
    QLabel *countLabel() const { return m_count; }

    void applyFilter();
    AuditFilter currentFilter() const;

    // Starts the walk over the whole chain on a worker thread; verified() reports.
    void verifyChain();
    bool isVerifying() const { return m_thread != nullptr; }
    QString verifyResultText() const;

Q_SIGNALS:
    void verified(bool intact);

private:
    void showVerification();

    Application &m_app;
    Prompter &m_prompter;
    AuditTableModel *m_model;
    QTableView *m_view;
    OptionalDateEdit *m_from;
    OptionalDateEdit *m_to;
    QLineEdit *m_account;
    QLineEdit *m_action;
    QLabel *m_count;
    QPushButton *m_verifyButton;
    QLabel *m_verifyResult;
    QThread *m_thread = nullptr;
    QPointer<QProgressDialog> m_progress;
    std::optional<Result<AuditVerification>> m_verification;
};

} // namespace sd
