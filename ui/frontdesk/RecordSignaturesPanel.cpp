#include "ui/frontdesk/RecordSignaturesPanel.h"

#include "core/frontdesk/RecordService.h"
#include "core/kernel/security/Session.h"
#include "ui/frontdesk/FrontDeskContext.h"
#include "ui/widgets/Prompter.h"
#include "ui/widgets/SignatureSlotsPanel.h"

#include <QDateTime>
#include <QLabel>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace sd {

RecordSignaturesPanel::RecordSignaturesPanel(const FrontDeskContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_missing(new QLabel(this))
    , m_problems(new QLabel(this))
    , m_slots(new SignatureSlotsPanel(context.prompter, this)) {
    setObjectName(u"signaturesPanel"_s);
    m_missing->setObjectName(u"missingSignatures"_s);
    m_missing->setWordWrap(true);
    m_missing->setTextFormat(Qt::PlainText);
    m_problems->setObjectName(u"signingProblems"_s);
    m_problems->setWordWrap(true);
    m_problems->setTextFormat(Qt::PlainText);
    m_problems->setStyleSheet(u"color: #c62828;"_s);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_missing);
    layout->addWidget(m_problems);
    layout->addWidget(m_slots, 1);
    connect(m_slots, &SignatureSlotsPanel::signRequested, this,
            [this](SignatureRole role, int slot) { sign(role, slot); });
    connect(m_slots, &SignatureSlotsPanel::removeRequested, this,
            &RecordSignaturesPanel::removeSignature);
    connect(m_slots, &SignatureSlotsPanel::refuseRequested, this,
            [this](SignatureRole, int slot) { refuse(slot); });
}

QString RecordSignaturesPanel::meaning(SignatureRole role) {
    switch (role) {
    case SignatureRole::Party:
        return tr("I have read this record; the facts and the result are as stated.");
    case SignatureRole::Officer:
        return tr("I handled this alert and this record is true and complete.");
    case SignatureRole::Witness:
        return tr("I witnessed the handling and the signing of this record.");
    }
    return {};
}

void RecordSignaturesPanel::setRecord(const OnSceneRecord &record, bool readOnly,
                                      const QStringList &missing, const QList<Error> &problems) {
    m_record = record;
    m_readOnly = readOnly;
    if (readOnly) {
        m_missing->setText(tr("Filed: every signature below is part of the sealed record."));
        m_missing->setStyleSheet(QString());
    } else if (missing.isEmpty()) {
        m_missing->setText(tr("Every required signature is there; the record can be filed."));
        m_missing->setStyleSheet(u"color: #2e7d32;"_s);
    } else {
        m_missing->setText(tr("Still missing:") + u"\n• "_s + missing.join(u"\n• "_s));
        m_missing->setStyleSheet(u"color: #b24a00;"_s);
    }
    QStringList problemTexts;
    for (const Error &problem : problems) {
        problemTexts << problem.message;
    }
    m_problems->setText(problemTexts.isEmpty() ? QString()
                                               : tr("Before signing, complete the record:") +
                                                     u"\n• "_s + problemTexts.join(u"\n• "_s));
    m_problems->setVisible(!problemTexts.isEmpty());
    rebuild();
}

const Signature *RecordSignaturesPanel::signatureFor(SignatureRole role, int slot) const {
    for (const Signature &signature : m_record.signatures) {
        if (signature.role == role && signature.slot == slot) {
            return &signature;
        }
    }
    return nullptr;
}

void RecordSignaturesPanel::rebuild() {
    QList<SignatureSlot> places;
    const auto add = [this, &places](SignatureRole role, int slot, const QString &printedName) {
        SignatureSlot place;
        place.role = role;
        place.slot = slot;
        place.printedName = printedName;
        place.title = role == SignatureRole::Party
                          ? tr("Party %1: %2").arg(slot + 1).arg(printedName)
                          : tr("%1: %2").arg(displayName(role), printedName);
        place.roleName = displayName(role);
        place.meaning = meaning(role);
        if (const Signature *signature = signatureFor(role, slot)) {
            place.signature = *signature;
            place.signedCaption =
                tr("%1 · %2 · signed %3\n%4")
                    .arg(signature->printedName, displayName(signature->role),
                         QDateTime::fromMSecsSinceEpoch(signature->signedAt, m_context.zone)
                             .toString(u"yyyy-MM-dd HH:mm:ss"_s),
                         signature->meaning);
            place.mayRemove = !m_readOnly;
        } else if (role == SignatureRole::Party && slot < m_record.parties.size() &&
                   m_record.parties.at(slot).refusedToSign) {
            place.note =
                tr("Refused to sign. Reason: %1").arg(m_record.parties.at(slot).refusalReason);
            place.noteName = u"refused"_s;
        }
        place.mayDraw = !m_readOnly;
        place.passwordToSign = role == SignatureRole::Officer;
        if (role == SignatureRole::Party) {
            place.refuseText = tr("Refused…");
            place.refuseToolTip = tr("The party will not sign: record why (the witness must sign)");
        }
        places << place;
    };
    for (int i = 0; i < m_record.parties.size(); ++i) {
        add(SignatureRole::Party, i, m_record.parties.at(i).name);
    }
    // The officer who signs is the one logged in at this desk; the service checks they
    // are one of the record's officers.
    const Signature *officer = signatureFor(SignatureRole::Officer, 0);
    add(SignatureRole::Officer, 0, officer ? officer->printedName : m_context.session.actor().name);
    const Signature *witness = signatureFor(SignatureRole::Witness, 0);
    if (!m_record.witness.isEmpty() || witness) {
        add(SignatureRole::Witness, 0, witness ? witness->printedName : m_record.witness.name);
    }
    m_slots->setSlots(places);
}

SignaturePad *RecordSignaturesPanel::pad(SignatureRole role, int slot) const {
    return m_slots->pad(role, slot);
}

QPushButton *RecordSignaturesPanel::signButton(SignatureRole role, int slot) const {
    return m_slots->signButton(role, slot);
}

QPushButton *RecordSignaturesPanel::refuseButton(int slot) const {
    return m_slots->refuseButton(SignatureRole::Party, slot);
}

bool RecordSignaturesPanel::sign(SignatureRole role, int slot) {
    if (m_readOnly) {
        return false;
    }
    const std::optional<SigningInput> input =
        m_slots->signingInput(role, slot, m_context.askPassword, m_context.session.actor().name);
    if (!input) {
        return false;
    }
    const std::optional<OnSceneRecord> stored = m_prepare ? m_prepare() : m_record;
    if (!stored) {
        return false;
    }
    auto signature =
        m_context.records.sign(stored->id, stored->rowVersion, input->drawing, input->password);
    if (!signature) {
        m_context.prompter.warn(this, tr("Cannot sign"), signature.error().message);
        return false;
    }
    Q_EMIT signaturesChanged();
    return true;
}

bool RecordSignaturesPanel::refuse(int slot) {
    if (m_readOnly || slot < 0 || slot >= m_record.parties.size()) {
        return false;
    }
    const auto reason = m_context.prompter.askText(
        this, tr("%1 refuses to sign").arg(m_record.parties.at(slot).name),
        tr("Why does the party refuse? The reason is part of the record, and the witness must "
           "then sign."));
    if (!reason || reason->trimmed().isEmpty()) {
        return false;
    }
    Q_EMIT refusalGiven(slot, reason->trimmed());
    return true;
}

void RecordSignaturesPanel::removeSignature(SignatureRole role, int slot) {
    const std::optional<OnSceneRecord> stored = m_prepare ? m_prepare() : m_record;
    if (!stored) {
        return;
    }
    const Status removed =
        m_context.records.removeSignature(stored->id, stored->rowVersion, role, slot);
    if (!removed) {
        m_context.prompter.warn(this, tr("Cannot remove the signature"), removed.error().message);
    }
    Q_EMIT signaturesChanged();
}

} // namespace sd
