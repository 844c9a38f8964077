#pragma once

#include "core/frontdesk/OnSceneRecord.h"
#include "core/kernel/common/Error.h"

#include <QHash>
#include <QWidget>

class QButtonGroup;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QRadioButton;
class QVBoxLayout;

namespace sd {

class OfficerPicker;
class PartyEditor;
struct FrontDeskContext;

// The content of an on-scene record: the eligible case, facts, handling, result, parties,
// handling officers, witness and body-camera reference. Every edit emits changed() (the
// editor's autosave listens); problems from RecordService::problems are shown by the field
// they name.
class RecordForm : public QWidget {
    Q_OBJECT

public:
    explicit RecordForm(const FrontDeskContext &context, QWidget *parent = nullptr);

    // Fills every field from the record without emitting changed().
    void setRecord(const OnSceneRecord &record);
    // The record as filled in, on top of the one last set (ids, signatures, versions).
    OnSceneRecord record() const;
    // After a save: the stored ids, version and signatures, without touching the fields.
    void setStored(const OnSceneRecord &record) { m_record = record; }
    void setReadOnly(bool readOnly);
    bool isReadOnly() const { return m_readOnly; }

    void showProblems(const QList<Error> &problems);
    void clearProblems();
    // The message shown for a field (party.N.x included); empty when none.
    QString problemText(const QString &field) const;

    QRadioButton *caseButton(EligibleCase value) const;
    QPlainTextEdit *factsField() const { return m_facts; }
    QPlainTextEdit *handlingField() const { return m_handling; }
    QPlainTextEdit *resultField() const { return m_result; }
    QLineEdit *bodyCamField() const { return m_bodyCam; }
    OfficerPicker *officers() const { return m_officers; }
    QList<PartyEditor *> parties() const { return m_parties; }
    QRadioButton *witnessOfficerButton() const { return m_witnessOfficer; }
    QRadioButton *witnessBystanderButton() const { return m_witnessBystander; }
    QComboBox *witnessOfficerCombo() const { return m_witnessPerson; }
    QLineEdit *witnessNameField() const { return m_witnessName; }
    QLineEdit *witnessPhoneField() const { return m_witnessPhone; }
    PartyEditor *addParty();
    void removeParty(int index);

Q_SIGNALS:
    void changed();

private:
    QLabel *problemLabel(const QString &name);
    void emitChanged();
    void updateWitnessFields();
    void fillWitnessPeople(const QList<qint64> &keep);

    const FrontDeskContext &m_context;
    OnSceneRecord m_record;
    bool m_readOnly = false;
    bool m_filling = false;
    QButtonGroup *m_case;
    QPlainTextEdit *m_facts;
    QPlainTextEdit *m_handling;
    QPlainTextEdit *m_result;
    QVBoxLayout *m_partyLayout;
    QList<PartyEditor *> m_parties;
    QPushButton *m_addParty;
    OfficerPicker *m_officers;
    QRadioButton *m_witnessOfficer;
    QRadioButton *m_witnessBystander;
    QComboBox *m_witnessPerson;
    QLineEdit *m_witnessName;
    QLineEdit *m_witnessPhone;
    QLineEdit *m_bodyCam;
    QHash<QString, QLabel *> m_problems;
};

} // namespace sd
