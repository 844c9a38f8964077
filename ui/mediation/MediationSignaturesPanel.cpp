#include "ui/mediation/MediationSignaturesPanel.h"

#include "core/kernel/security/Session.h"
#include "core/mediation/MediationService.h"
#include "ui/widgets/FieldErrors.h"
#include "ui/widgets/Prompter.h"
#include "ui/widgets/SignatureSlotsPanel.h"

#include <QDateTime>
#include <QLabel>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace sd {

MediationSignaturesPanel::MediationSignaturesPanel(const MediationContext &context,
                                                   MediationApply apply, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_apply(std::move(apply))
    , m_errors(new FieldErrors(this))
    , m_missing(new QLabel(this))
    , m_slots(new SignatureSlotsPanel(context.desk.prompter, this)) {
    setObjectName(u"mediationSignatures"_s);
    m_missing->setObjectName(u"missingSignatures"_s);
    m_missing->setWordWrap(true);
    m_missing->setTextFormat(Qt::PlainText);
    auto *general = FieldErrors::createErrorLabel(this);
    general->setObjectName(u"signingError"_s);
    m_errors->setGeneralLabel(general);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_missing);
    layout->addWidget(general);
    layout->addWidget(m_slots, 1);
    connect(m_slots, &SignatureSlotsPanel::signRequested, this,
            [this](SignatureRole role, int slot) { sign(role, slot); });
    connect(m_slots, &SignatureSlotsPanel::removeRequested, this,
            &MediationSignaturesPanel::removeSignature);
}

QString MediationSignaturesPanel::meaning(SignatureRole role) {
    return role == SignatureRole::Officer
               ? tr("I mediated this dispute; the agreement records what the parties agreed.")
               : tr("I have read this agreement and agree to carry out its terms.");
}

void MediationSignaturesPanel::setCase(const MediationCase &mediation) {
    m_case = mediation;
    if (!mediation.agreement) {
        m_missing->setText(tr("Save the agreement on the Outcome and agreement tab first."));
        m_missing->setStyleSheet(QString());
    } else if (mediation.agreementSealed()) {
        m_missing->setText(tr("Sealed: every signature below is part of the sealed agreement."));
        m_missing->setStyleSheet(QString());
    } else {
        const QStringList missing = m_context.mediation.missingSignatures(mediation);
        if (missing.isEmpty()) {
            m_missing->setText(tr("Every required signature is there; the agreement can be "
                                  "sealed."));
            m_missing->setStyleSheet(u"color: #2e7d32;"_s);
        } else {
            m_missing->setText(tr("Still missing:") + u"\n• "_s + missing.join(u"\n• "_s));
            m_missing->setStyleSheet(u"color: #b24a00;"_s);
        }
    }
    rebuild();
}

const Signature *MediationSignaturesPanel::signatureFor(SignatureRole role, int slot) const {
    if (!m_case.agreement) {
        return nullptr;
    }
    for (const Signature &signature : m_case.agreement->signatures) {
        if (signature.role == role && signature.slot == slot) {
            return &signature;
        }
    }
    return nullptr;
}

void MediationSignaturesPanel::rebuild() {
    QList<SignatureSlot> places;
    if (!m_case.agreement) {
        m_slots->setSlots(places);
        return;
    }
    const bool editable = m_context.editAllowed && !m_case.agreementSealed() &&
                          m_case.status == MediationStatus::Open;
    const auto add = [&](SignatureRole role, int slot, const QString &printedName, bool mayDraw) {
        SignatureSlot place;
        place.role = role;
        place.slot = slot;
        place.printedName = printedName;
        place.title = role == SignatureRole::Party
                          ? tr("Party %1: %2").arg(slot + 1).arg(printedName)
                          : tr("Mediator: %1").arg(printedName);
        place.roleName = mediationSignerName(role);
        place.meaning = meaning(role);
        if (const Signature *signature = signatureFor(role, slot)) {
            place.signature = *signature;
            place.signedCaption =
                tr("%1 · signed %2\n%3")
                    .arg(signature->printedName,
                         QDateTime::fromMSecsSinceEpoch(signature->signedAt, m_context.desk.zone)
                             .toString(u"yyyy-MM-dd HH:mm:ss"_s),
                         signature->meaning);
            place.mayRemove = editable;
        } else if (editable && !mayDraw) {
            place.note = tr("%1 signs here after logging in at this desk.").arg(printedName);
        }
        place.mayDraw = editable && mayDraw;
        place.passwordToSign = role == SignatureRole::Officer;
        places << place;
    };
    for (int i = 0; i < m_case.parties.size(); ++i) {
        add(SignatureRole::Party, i, m_case.parties.at(i).name, true);
    }
    // Only the mediator who is logged in can sign at this desk.
    const qint64 me = m_context.desk.session.actor().personId;
    for (int i = 0; i < m_case.mediatorIds.size(); ++i) {
        const QString name =
            i < m_case.mediatorNames.size() ? m_case.mediatorNames.at(i) : QString();
        add(SignatureRole::Officer, i, name, me != 0 && m_case.mediatorIds.at(i) == me);
    }
    m_slots->setSlots(places);
}

SignaturePad *MediationSignaturesPanel::pad(SignatureRole role, int slot) const {
    return m_slots->pad(role, slot);
}

QPushButton *MediationSignaturesPanel::signButton(SignatureRole role, int slot) const {
    return m_slots->signButton(role, slot);
}

bool MediationSignaturesPanel::sign(SignatureRole role, int slot) {
    if (!pad(role, slot)) {
        return false;
    }
    m_errors->clear();
    const std::optional<SigningInput> input = m_slots->signingInput(
        role, slot, m_context.desk.askPassword, m_context.desk.session.actor().name);
    if (!input) {
        return false;
    }
    const std::optional<MediationCase> stored = m_prepare ? m_prepare() : m_case;
    if (!stored) {
        return false;
    }
    auto signature =
        m_context.mediation.sign(stored->id, stored->rowVersion, input->drawing, input->password);
    if (!signature) {
        m_context.desk.prompter.warn(this, tr("Cannot sign"), signature.error().message);
        m_errors->show(signature.error());
        return false;
    }
    // The signature bumped the case's row version: the editor reloads it.
    return m_apply(m_context.mediation.mediationCase(stored->id), *m_errors);
}

void MediationSignaturesPanel::removeSignature(SignatureRole role, int slot) {
    const std::optional<MediationCase> stored = m_prepare ? m_prepare() : m_case;
    if (!stored) {
        return;
    }
    m_apply(m_context.mediation.removeSignature(stored->id, stored->rowVersion, role, slot),
            *m_errors);
}

} // namespace sd
