#pragma once

#include "core/responsibility/Asset.h"

#include <QDialog>
#include <optional>

class QComboBox;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;

namespace sd {

class Prompter;
class ResponsibilityService;

// A stocktake of one room or area: tag codes are typed or scanned (a scanner types the
// code and presses Enter), then the result lists found, missing and unexpected items,
// and recording it sets last-checked on everything seen. The result prints as a
// StocktakeReport (preview or PDF), and each printout is audited.
class StocktakeDialog : public QDialog {
    Q_OBJECT

public:
    StocktakeDialog(const ResponsibilityService &service, Prompter &prompter,
                    QWidget *parent = nullptr);

    QComboBox *roomCombo() const { return m_room; }
    QLineEdit *scanEdit() const { return m_scan; }
    QListWidget *scannedList() const { return m_scanned; }
    QPlainTextEdit *resultText() const { return m_result; }
    QPushButton *previewButton() const { return m_previewButton; }
    QPushButton *pdfButton() const { return m_pdfButton; }
    // Compares (and, when record is true, records) the scans; false when refused.
    bool finish(bool record);
    // Writes the last result as a PDF and audits it; false (after a warning) on failure.
    bool exportPdf(const QString &path);

private:
    void addScan();
    void printPreview();

    const ResponsibilityService &m_service;
    Prompter &m_prompter;
    QComboBox *m_room;
    QLineEdit *m_scan;
    QListWidget *m_scanned;
    QPlainTextEdit *m_result;
    QPushButton *m_previewButton;
    QPushButton *m_pdfButton;
    // The last comparison, for printing: the place, the result, whether it was recorded.
    qint64 m_resultRoom = 0;
    std::optional<StocktakeResult> m_last;
    bool m_lastRecorded = false;
};

} // namespace sd
