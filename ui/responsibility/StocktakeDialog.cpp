#include "ui/responsibility/StocktakeDialog.h"

#include "core/responsibility/ResponsibilityService.h"
#include "ui/widgets/Prompter.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace sd {

StocktakeDialog::StocktakeDialog(const ResponsibilityService &service, Prompter &prompter,
                                 QWidget *parent)
    : QDialog(parent)
    , m_service(service)
    , m_prompter(prompter)
    , m_room(new QComboBox(this))
    , m_scan(new QLineEdit(this))
    , m_scanned(new QListWidget(this))
    , m_result(new QPlainTextEdit(this))
    , m_previewButton(nullptr)
    , m_pdfButton(nullptr) {
    setObjectName(u"stocktakeDialog"_s);
    setWindowTitle(tr("Stocktake"));
    setMinimumSize(560, 520);
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    layout->addLayout(form);
    m_room->setObjectName(u"roomCombo"_s);
    if (auto rooms = service.rooms()) {
        for (const AssetRow &room : rooms.value()) {
            m_room->addItem(u"%1 %2"_s.arg(room.asset.tag, room.asset.name), room.asset.id);
        }
    }
    form->addRow(tr("&Room or area:"), m_room);
    m_scan->setObjectName(u"scanEdit"_s);
    m_scan->setPlaceholderText(tr("scan or type a tag code, then Enter"));
    form->addRow(tr("&Tag code:"), m_scan);
    connect(m_scan, &QLineEdit::returnPressed, this, &StocktakeDialog::addScan);
    m_scanned->setObjectName(u"scannedList"_s);
    layout->addWidget(new QLabel(tr("Scanned:"), this));
    layout->addWidget(m_scanned, 1);
    m_result->setObjectName(u"resultText"_s);
    m_result->setReadOnly(true);
    layout->addWidget(m_result, 1);

    auto *buttons = new QDialogButtonBox(this);
    QPushButton *compare = buttons->addButton(tr("&Compare"), QDialogButtonBox::ActionRole);
    compare->setObjectName(u"compareButton"_s);
    compare->setAutoDefault(false);
    QPushButton *record = buttons->addButton(tr("&Record checks"), QDialogButtonBox::ActionRole);
    record->setObjectName(u"recordButton"_s);
    record->setAutoDefault(false);
    m_previewButton = buttons->addButton(tr("Print pre&view…"), QDialogButtonBox::ActionRole);
    m_previewButton->setObjectName(u"previewButton"_s);
    m_previewButton->setAutoDefault(false);
    m_pdfButton = buttons->addButton(tr("E&xport PDF…"), QDialogButtonBox::ActionRole);
    m_pdfButton->setObjectName(u"pdfButton"_s);
    m_pdfButton->setAutoDefault(false);
    // Nothing to print until a comparison has been made.
    m_previewButton->setEnabled(false);
    m_pdfButton->setEnabled(false);
    buttons->addButton(QDialogButtonBox::Close);
    connect(m_previewButton, &QPushButton::clicked, this, &StocktakeDialog::printPreview);
    connect(m_pdfButton, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(
            this, tr("Export PDF"),
            tr("stocktake-%1.pdf").arg(m_service.today().toString(Qt::ISODate)),
            tr("PDF files (*.pdf)"));
        if (!path.isEmpty()) {
            exportPdf(path);
        }
    });
    connect(m_room, &QComboBox::currentIndexChanged, this, [this] {
        // A result printed under another room's name would be wrong.
        m_last.reset();
        m_previewButton->setEnabled(false);
        m_pdfButton->setEnabled(false);
    });
    connect(compare, &QPushButton::clicked, this, [this] { finish(false); });
    connect(record, &QPushButton::clicked, this, [this] { finish(true); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    m_scan->setFocus();
}

void StocktakeDialog::addScan() {
    const QString tag = m_scan->text().trimmed().toUpper();
    m_scan->clear();
    if (!tag.isEmpty() && m_scanned->findItems(tag, Qt::MatchExactly).isEmpty()) {
        m_scanned->addItem(tag);
    }
}

bool StocktakeDialog::finish(bool record) {
    QStringList tags;
    for (int i = 0; i < m_scanned->count(); ++i) {
        tags << m_scanned->item(i)->text();
    }
    const qint64 room = m_room->currentData().toLongLong();
    auto result = m_service.stocktake(room, tags, record);
    if (!result) {
        m_prompter.warn(this, tr("Stocktake"), result.error().message);
        return false;
    }
    m_resultRoom = room;
    m_last = result.value();
    m_lastRecorded = record;
    m_previewButton->setEnabled(true);
    m_pdfButton->setEnabled(true);
    QStringList lines;
    auto section = [&lines](const QString &title, const QList<AssetRow> &rows) {
        lines << title.arg(rows.size());
        for (const AssetRow &row : rows) {
            lines << u"    %1  %2  (%3)"_s.arg(row.asset.tag, row.asset.name, row.owner.display());
        }
    };
    section(tr("Found: %1"), result->found);
    section(tr("Missing: %1"), result->missing);
    section(tr("Unexpected here: %1"), result->unexpected);
    lines << tr("Unknown codes: %1").arg(result->unknownTags.size());
    for (const QString &tag : result->unknownTags) {
        lines << u"    "_s + tag;
    }
    if (record) {
        lines << tr("Last-checked dates recorded for %n item(s).", nullptr,
                    int(result->found.size() + result->unexpected.size()));
    }
    m_result->setPlainText(lines.join(u'\n'));
    return true;
}

bool StocktakeDialog::exportPdf(const QString &path) {
    if (!m_last) {
        return false;
    }
    auto report = m_service.stocktakeReport(m_resultRoom, *m_last, m_lastRecorded);
    if (!report) {
        m_prompter.warn(this, tr("Cannot export the PDF"), report.error().message);
        return false;
    }
    if (Status written = report->writePdf(path); !written) {
        m_prompter.warn(this, tr("Cannot export the PDF"), written.error().message);
        return false;
    }
    if (Status audited = m_service.recordStocktakeOutput(m_resultRoom, u"pdf"_s); !audited) {
        m_prompter.warn(this, tr("Cannot record the export"), audited.error().message);
    }
    return true;
}

void StocktakeDialog::printPreview() {
    if (!m_last) {
        return;
    }
    auto report = m_service.stocktakeReport(m_resultRoom, *m_last, m_lastRecorded);
    if (!report) {
        m_prompter.warn(this, tr("Cannot print"), report.error().message);
        return;
    }
    // Printing from the preview cannot be told apart from looking, so the preview itself
    // is the output the audit row names.
    if (Status audited = m_service.recordStocktakeOutput(m_resultRoom, u"print_preview"_s);
        !audited) {
        m_prompter.warn(this, tr("Cannot record the printout"), audited.error().message);
        return;
    }
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageLayout(StocktakeReport::defaultPageLayout());
    printer.setDocName(tr("Stocktake"));
    QPrintPreviewDialog preview(&printer, this);
    preview.setWindowTitle(tr("Print preview: stocktake"));
    const StocktakeReport printed = report.value();
    connect(&preview, &QPrintPreviewDialog::paintRequested, this,
            [&printed](QPrinter *target) { printed.paint(*target); });
    preview.exec();
}

} // namespace sd
