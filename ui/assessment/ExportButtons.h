#pragma once

#include "core/kernel/common/Result.h"

#include <QWidget>
#include <functional>

class QAbstractItemModel;
class QPrinter;
class QPushButton;

namespace sd {

class AssessmentService;
class Prompter;

// The "Export CSV…", "Export PDF…" and "Print…" buttons every assessment view has: they ask for a
// file, write the model as the table shows it (ViewExport) under the view's current title,
// report a failure, and tell the view what was written so it can be audited.
class ExportButtons : public QWidget {
    Q_OBJECT

public:
    // name ("ranking", "deductions", …) names the buttons' objects and the audited view;
    // title() is asked at export time, so it follows what the view shows.
    ExportButtons(const QAbstractItemModel &model, const QString &name,
                  std::function<QString()> title, Prompter &prompter, bool mnemonics,
                  QWidget *parent = nullptr);

    Status exportCsv(const QString &path);
    Status exportPdf(const QString &path);
    // Shows the print preview; printing from it is audited like an export ("print").
    void printPreview();
    // What Print… and its preview print on, audited as a "print" of the view.
    Status print(QPrinter &printer);

    // Every file written is audited as the view's export (AssessmentService::recordExport)
    // of what() — the scheme and period shown; a failed audit row is reported.
    void auditWith(const AssessmentService &service, std::function<QString()> what);

    QPushButton *csvButton() const { return m_csv; }
    QPushButton *pdfButton() const { return m_pdf; }
    QPushButton *printButton() const { return m_print; }

Q_SIGNALS:
    // After a file was written (and audited): format is "csv" or "pdf".
    void exported(const QString &format, const QString &title);

private:
    void choose(const QString &format);
    Status written(const QString &format, const QString &title);

    const QAbstractItemModel &m_model;
    QString m_name;
    std::function<QString()> m_title;
    const AssessmentService *m_audited = nullptr;
    std::function<QString()> m_what;
    Prompter &m_prompter;
    QPushButton *m_csv;
    QPushButton *m_pdf;
    QPushButton *m_print;
};

} // namespace sd
