#pragma once

#include "core/assessment/Assessment.h"
#include "ui/widgets/EditDialog.h"

#include <functional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace sd {

class Prompter;

// Adds or edits one entry of a draft score sheet: an item from the scheme's catalogue,
// its points, the reason, an evidence note and optionally the record it concerns (an
// alert, on-scene record or mediation case, by number). OK asks the core whether the
// sheet with this entry would be valid — the item's size, sign and maximum, the total
// staying at zero or above, the record existing — and shows a refusal next to the field
// it names, keeping the dialog open.
class EntryDialog : public EditDialog {
    Q_OBJECT

public:
    // check answers whether the sheet's entries, with this one in place, are valid.
    using Check = std::function<Status(const ScoreEntry &entry)>;

    // prompter asks before discarding input (message boxes without one).
    EntryDialog(const AssessmentScheme &scheme, const ScoreEntry &entry, Check check,
                QWidget *parent = nullptr, Prompter *prompter = nullptr);

    ScoreEntry entry() const;

    QComboBox *itemCombo() const { return m_item; }
    QSpinBox *pointsEdit() const { return m_points; }
    QLineEdit *reasonEdit() const { return m_reason; }
    QLineEdit *evidenceEdit() const { return m_evidence; }
    QComboBox *recordKindCombo() const { return m_recordKind; }
    QLineEdit *recordNumberEdit() const { return m_recordNumber; }
    QPushButton *okButton() const { return m_ok; }

    // As the OK button: true (and the dialog accepted) when the core takes the entry.
    bool take() { return save(); }

private:
    void itemChosen();
    void recordKindChosen();
    Status store() override;

    AssessmentScheme m_scheme;
    ScoreEntry m_entry;
    Check m_check;
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
