#pragma once

#include "core/frontdesk/OnSceneRecord.h"

#include <QGroupBox>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace sd {

struct FrontDeskContext;

// One party of an on-scene record. The resident identity number is checked as it is typed
// (GB 11643, check digit included) and the verdict shown right under it. Read-only, the
// number is masked; Reveal (ViewPersonalData only) shows it in full and is audited.
class PartyEditor : public QGroupBox {
    Q_OBJECT

public:
    // auditObjectType names what the party belongs to in the reveal's audit row, the same
    // object type the owner's service writes (an on-scene record, a mediation case…).
    PartyEditor(const FrontDeskContext &context, int index, const QString &auditObjectType,
                QWidget *parent = nullptr);

    void setIndex(int index);
    int index() const { return m_index; }
    void setParty(const RecordParty &party);
    RecordParty party() const;
    // Read-only with the number masked; recordNumber (CJ-…, TJ-…) names the owner in the
    // reveal's audit row.
    void setReadOnly(bool readOnly, const QString &recordNumber = {});
    QString auditObjectType() const { return m_auditObjectType; }
    // The problem for one of this party's fields (name, document_number, phone,
    // refusal_reason), or clears it when message is empty.
    void showProblem(const QString &field, const QString &message);
    void clearProblems();
    QString problemText(const QString &field) const;

    QLineEdit *nameField() const { return m_name; }
    QLineEdit *documentField() const { return m_documentNumber; }
    QLabel *documentCheck() const { return m_documentCheck; }
    QPushButton *revealButton() const { return m_reveal; }
    QCheckBox *refusedCheck() const { return m_refused; }
    QLineEdit *refusalField() const { return m_refusalReason; }

Q_SIGNALS:
    void changed();
    void removeRequested(int index);

private:
    void checkDocument();
    void reveal();
    QLabel *problemLabel(const QString &field) const;

    const FrontDeskContext &m_context;
    int m_index;
    RecordParty m_party;
    QString m_auditObjectType;
    QString m_recordNumber;
    bool m_readOnly = false;
    bool m_filling = false;
    QLineEdit *m_name;
    QComboBox *m_sex;
    QComboBox *m_documentType;
    QLineEdit *m_documentNumber;
    QLabel *m_documentCheck;
    QPushButton *m_reveal;
    QLineEdit *m_phone;
    QLineEdit *m_address;
    QCheckBox *m_refused;
    QLineEdit *m_refusalReason;
    QPushButton *m_remove;
    QLabel *m_nameProblem;
    QLabel *m_phoneProblem;
    QLabel *m_refusalProblem;
};

} // namespace sd
