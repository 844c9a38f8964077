#include "ui/assessment/ExportButtons.h"

#include "core/assessment/AssessmentService.h"
#include "ui/widgets/Prompter.h"
#include "ui/widgets/ViewExport.h"

#include <QFileDialog>
#include <QHBoxLayout>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace sd {

ExportButtons::ExportButtons(const QAbstractItemModel &model, const QString &name,
                             std::function<QString()> title, Prompter &prompter, bool mnemonics,
                             QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_name(name)
    , m_title(std::move(title))
    , m_prompter(prompter)
    , m_csv(new QPushButton(mnemonics ? tr("Export &CSV…") : tr("Export CSV…"), this))
    , m_pdf(new QPushButton(mnemonics ? tr("Export &PDF…") : tr("Export PDF…"), this))
    , m_print(new QPushButton(mnemonics ? tr("Prin&t…") : tr("Print…"), this)) {
    setObjectName(name + u"Export"_s);
    m_csv->setObjectName(name + u"CsvButton"_s);
    m_pdf->setObjectName(name + u"PdfButton"_s);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_csv);
    layout->addWidget(m_pdf);
    layout->addWidget(m_print);
    m_print->setObjectName(name + u"PrintButton"_s);
    connect(m_csv, &QPushButton::clicked, this, [this] { choose(u"csv"_s); });
    connect(m_pdf, &QPushButton::clicked, this, [this] { choose(u"pdf"_s); });
    connect(m_print, &QPushButton::clicked, this, &ExportButtons::printPreview);
}

void ExportButtons::auditWith(const AssessmentService &service, std::function<QString()> what) {
    m_audited = &service;
    m_what = std::move(what);
}

Status ExportButtons::written(const QString &format, const QString &title) {
    if (m_audited) {
        if (Status audited = m_audited->recordExport(m_name, m_what(), format); !audited) {
            return audited;
        }
    }
    Q_EMIT exported(format, title);
    return {};
}

Status ExportButtons::exportCsv(const QString &path) {
    if (Status done = ViewExport::writeCsv(m_model, path); !done) {
        return done;
    }
    return written(u"csv"_s, m_title());
}

Status ExportButtons::exportPdf(const QString &path) {
    const QString title = m_title();
    if (Status done = ViewExport::writePdf(title, m_model, path); !done) {
        return done;
    }
    return written(u"pdf"_s, title);
}

Status ExportButtons::print(QPrinter &printer) {
    const QString title = m_title();
    ViewExport::print(title, m_model, printer);
    return written(u"print"_s, title);
}

void ExportButtons::printPreview() {
    QPrinter printer(QPrinter::HighResolution);
    QPrintPreviewDialog preview(&printer, this);
    preview.setWindowTitle(tr("Print: %1").arg(m_title()));
    // The preview paints pages for the screen too; only the accepted dialog has printed.
    connect(&preview, &QPrintPreviewDialog::paintRequested, this,
            [this](QPrinter *target) { ViewExport::print(m_title(), m_model, *target); });
    if (preview.exec() != QDialog::Accepted) {
        return;
    }
    if (Status audited = written(u"print"_s, m_title()); !audited) {
        m_prompter.warn(this, tr("Print: %1").arg(m_title()), audited.error().message);
    }
}

void ExportButtons::choose(const QString &format) {
    const bool pdf = format == u"pdf"_s;
    const QString caption =
        pdf ? tr("Print to PDF: %1").arg(m_title()) : tr("Export as CSV: %1").arg(m_title());
    const QString path = QFileDialog::getSaveFileName(
        this, caption, {}, pdf ? tr("PDF files (*.pdf)") : tr("CSV files (*.csv)"));
    if (path.isEmpty()) {
        return;
    }
    if (Status written = pdf ? exportPdf(path) : exportCsv(path); !written) {
        m_prompter.warn(this, caption, written.error().message);
    }
}

} // namespace sd
