#pragma once

#include "core/frontdesk/OnSceneRecord.h"
#include "core/kernel/common/Error.h"

#include <QWidget>
#include <functional>
#include <optional>

class QLabel;
class QPushButton;

namespace sd {

class SignaturePad;
class SignatureSlotsPanel;
struct FrontDeskContext;

// The signatures of a record: one place for each party, the handling officer and the
// witness, each with the printed name, role and meaning under the pad. Sign stores the
// drawing through RecordService::sign (the officer gives their password first); a party
// who will not sign is recorded as refusing, with the reason. Above them, what is still
// missing before the record can be filed.
class RecordSignaturesPanel : public QWidget {
    Q_OBJECT

public:
    // Saves what was typed and returns the record as stored, or nothing if it could not.
    using Prepare = std::function<std::optional<OnSceneRecord>()>;

    explicit RecordSignaturesPanel(const FrontDeskContext &context, QWidget *parent = nullptr);

    void setPrepare(Prepare prepare) { m_prepare = std::move(prepare); }
    void setRecord(const OnSceneRecord &record, bool readOnly, const QStringList &missing,
                   const QList<Error> &problems);

    // The pad of one signature place; null when it is signed already, refused or absent.
    SignaturePad *pad(SignatureRole role, int slot = 0) const;
    QPushButton *signButton(SignatureRole role, int slot = 0) const;
    QPushButton *refuseButton(int slot) const;
    QLabel *missingLabel() const { return m_missing; }

    // As the Sign button of that place: true when the signature was stored.
    bool sign(SignatureRole role, int slot = 0);
    // As a party's Refused button: asks the reason and records it on the party.
    bool refuse(int slot);

    // The meaning printed under each kind of signature.
    static QString meaning(SignatureRole role);

Q_SIGNALS:
    // A signature was added or removed, or a refusal recorded: the record changed.
    void signaturesChanged();
    // A party refused: the editor writes the reason into the party's fields.
    void refusalGiven(int slot, const QString &reason);

private:
    void rebuild();
    const Signature *signatureFor(SignatureRole role, int slot) const;
    void removeSignature(SignatureRole role, int slot);

    const FrontDeskContext &m_context;
    Prepare m_prepare;
    OnSceneRecord m_record;
    bool m_readOnly = false;
    QLabel *m_missing;
    QLabel *m_problems;
    SignatureSlotsPanel *m_slots;
};

} // namespace sd
