#pragma once

#include "core/kernel/security/Secret.h"
#include "core/signatures/Signature.h"

#include <QWidget>
#include <functional>
#include <optional>

class QPushButton;
class QVBoxLayout;

namespace sd {

class Prompter;
class SignaturePad;

// One place to sign on a sealed record (a party, the officer, a mediator, the witness).
struct SignatureSlot {
    SignatureRole role = SignatureRole::Party;
    int slot = 0;
    QString title;                      // the place's heading
    QString printedName;                // printed under the pad
    QString roleName;                   // the role printed under the pad ("Party", "Mediator")
    QString meaning;                    // printed under the pad and stored with the signature
    std::optional<Signature> signature; // stored already: its image and signedCaption show
    QString signedCaption;
    // Instead of the pad: why nobody signs here (a refusal, "signs after logging in").
    QString note;
    QString noteName;            // the note's object name prefix ("refused" gives refused_…)
    bool mayDraw = false;        // the pad and Sign; without it "Not signed" (or the note)
    bool mayRemove = false;      // a stored signature offers Remove signature
    bool passwordToSign = false; // Sign asks the signer's password ("Sign (password)…")
    QString refuseText;          // a button beside Sign (a party refusing), when not empty
    QString refuseToolTip;
};

// A drawn signature ready to store, with the signer's password where the place asks for one.
struct SigningInput {
    SignatureInput drawing;
    std::optional<Secret> password;
};

// Asks who (the signer) for their password; nothing when they cancel.
using PasswordAsker = std::function<std::optional<Secret>(QWidget *parent, const QString &who)>;

// The signing places of a sealed record, for the on-scene record's and the mediation
// agreement's signature tabs: a box per place with the stored signature (image, caption,
// Remove) or the SignaturePad with Sign, in a scrolling area. Ink drawn but not yet signed
// survives a redraw (another place signing, a save). Object names (place_, pad_, sign_,
// image_, remove_, refuse_ + role_slot) let tests and the owners find each place.
class SignatureSlotsPanel : public QWidget {
    Q_OBJECT

public:
    // The stored image is rendered at this size: sharp on paper, small in the database.
    static constexpr QSize kImageSize{600, 200};

    SignatureSlotsPanel(Prompter &prompter, QWidget *parent = nullptr);

    // A masked password prompt (title, label, Sign and Cancel) for a signer to confirm a
    // signature with; nothing when cancelled. The typed text does not stay in the dialog.
    static std::optional<Secret> askPassword(QWidget *parent, const QString &title,
                                             const QString &label);

    void setSlots(const QList<SignatureSlot> &places);

    // The pad of one place; null when it is signed already, refused or absent.
    SignaturePad *pad(SignatureRole role, int slot) const;
    QPushButton *signButton(SignatureRole role, int slot) const;
    QPushButton *refuseButton(SignatureRole role, int slot) const;
    // The drawing on that place's pad as a signature to store, with the place's meaning;
    // nothing when there is no pad, or (after telling the user) when the pad holds no
    // signature yet.
    std::optional<SignatureInput> drawnSignature(SignatureRole role, int slot);
    // drawnSignature() and, for a place that asks for a password, who's password through
    // askPassword; nothing when either is missing.
    std::optional<SigningInput> signingInput(SignatureRole role, int slot,
                                             const PasswordAsker &askPassword, const QString &who);

Q_SIGNALS:
    void signRequested(SignatureRole role, int slot);
    void removeRequested(SignatureRole role, int slot);
    void refuseRequested(SignatureRole role, int slot);

private:
    QWidget *placeWidget(const SignatureSlot &place);

    Prompter &m_prompter;
    QList<SignatureSlot> m_slots;
    QVBoxLayout *m_places;
    QWidget *m_placesHost;
};

} // namespace sd
