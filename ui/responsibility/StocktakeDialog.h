#pragma once

#include <QDialog>

class QComboBox;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;

namespace sd {

class Prompter;
class ResponsibilityService;

// A stocktake of one room or area: tag codes are typed or scanned (a scanner types the
// code and presses Enter), then the result lists found, missing and unexpected items,
// and recording it sets last-checked on everything seen.
class StocktakeDialog : public QDialog {
    Q_OBJECT

public:
    StocktakeDialog(const ResponsibilityService &service, Prompter &prompter,
                    QWidget *parent = nullptr);

    QComboBox *roomCombo() const { return m_room; }
    QLineEdit *scanEdit() const { return m_scan; }
    QListWidget *scannedList() const { return m_scanned; }
    QPlainTextEdit *resultText() const { return m_result; }
    // Compares (and, when record is true, records) the scans; false when refused.
    bool finish(bool record);

private:
    void addScan();

    const ResponsibilityService &m_service;
    Prompter &m_prompter;
    QComboBox *m_room;
    QLineEdit *m_scan;
    QListWidget *m_scanned;
    QPlainTextEdit *m_result;
};

} // namespace sd
