#pragma once

#include "core/assessment/Assessment.h"
#include "core/kernel/common/Result.h"

#include <QDialog>
#include <functional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace sd {

class FieldErrors;

// Adds or edits one entry of a draft score sheet: an item from the scheme's catalogue,
// its points, the reason, an evidence note and optionally the record it concerns (an
// alert, on-scene record or mediation case, by number). OK asks the core whether the
// sheet with this entry would be valid — the item's size, sign and maximum, the total
// staying at zero or above, the record existing — and shows a refusal next to the field
// it names, keeping the dialog open.
class EntryDialog : public QDialog {
    Q_OBJECT

public:
    // check answers whether the sheet's entries, with this one in place, are valid.
    using Check = std::function<Status(const ScoreEntry &entry)>;

    EntryDialog(const AssessmentScheme &scheme, const ScoreEntry &entry, Check check,
                QWidget *parent = nullptr);

    ScoreEntry entry() const;
    const FieldErrors &errors() const { return *m_errors; }

    QComboBox *itemCombo() const { return m_item; }
    QSpinBox *pointsEdit() const { return m_points; }
    QLineEdit *reasonEdit() const { return m_reason; }
    QLineEdit *evidenceEdit() const { return m_evidence; }
    QComboBox *recordKindCombo() const { return m_recordKind; }
    QLineEdit *recordNumberEdit() const { return m_recordNumber; }
    QPushButton *okButton() const { return m_ok; }

    // As the OK button: true (and the dialog accepted) when the core takes the entry.
    bool take();

private:
    void itemChosen();
    void recordKindChosen();

    AssessmentScheme m_scheme;
    ScoreEntry m_entry;
    Check m_check;
    FieldErrors *m_errors;
    QComboBox *m_item;
    QLabel *m_itemHint;
    QSpinBox *m_points;
    QLineEdit *m_reason;
    QLineEdit *m_evidence;
    QComboBox *m_recordKind;
    QLineEdit *m_recordNumber;
    QPushButton *m_ok;
};

} // namespace sd
