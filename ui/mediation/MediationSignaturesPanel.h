#pragma once

#include "ui/mediation/MediationContext.h"

#include <QWidget>

class QLabel;
class QPushButton;

namespace sd {

class SignaturePad;
class SignatureSlotsPanel;

// The signatures of a mediation agreement, in the shape of the on-scene record's panel: a
// place for each party and each mediator with the printed name and the meaning under the
// SignaturePad. A mediator signs only as themself, logged in, and gives their password
// again. Above the places, what is still missing before the agreement can be sealed.
class MediationSignaturesPanel : public QWidget {
    Q_OBJECT

public:
    // Saves what was typed (the agreement draft) and returns the case as stored, or nothing.
    using Prepare = std::function<std::optional<MediationCase>()>;

    MediationSignaturesPanel(const MediationContext &context, MediationApply apply,
                             QWidget *parent = nullptr);

    void setPrepare(Prepare prepare) { m_prepare = std::move(prepare); }
    void setCase(const MediationCase &mediation);

    SignaturePad *pad(SignatureRole role, int slot) const;
    QPushButton *signButton(SignatureRole role, int slot) const;
    QLabel *missingLabel() const { return m_missing; }
    // As the Sign button of that place: true when the signature was stored.
    bool sign(SignatureRole role, int slot);

    static QString meaning(SignatureRole role);

private:
    void rebuild();
    const Signature *signatureFor(SignatureRole role, int slot) const;
    void removeSignature(SignatureRole role, int slot);

    const MediationContext &m_context;
    MediationApply m_apply;
    Prepare m_prepare;
    MediationCase m_case;
    FieldErrors *m_errors;
    QLabel *m_missing;
    SignatureSlotsPanel *m_slots;
};

} // namespace sd
