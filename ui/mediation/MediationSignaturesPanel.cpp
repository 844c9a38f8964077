#include "mediation/MediationSignaturesPanel.h"

#include "domain/SignatureStrokes.h"
#include "security/Session.h"
#include "services/MediationService.h"
#include "widgets/FieldErrors.h"
#include "widgets/Prompter.h"
#include "widgets/SignaturePad.h"

#include <QDateTime>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHash>
#include <QImage>
#include <QLabel>
#include <QPixmap>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace sd {

namespace {
// The stored image size, as for on-scene records: sharp on paper, small in the database.
const QSize kImageSize(600, 200);

QString placeName(SignatureRole role, int slot) {
    return toKey(role) + u'_' + QString::number(slot);
}
} // namespace

MediationSignaturesPanel::MediationSignaturesPanel(const MediationContext &context,
                                                   MediationApply apply, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_apply(std::move(apply))
    , m_errors(new FieldErrors(this))
    , m_missing(new QLabel(this))
    , m_places(new QVBoxLayout)
    , m_placesHost(new QWidget(this)) {
    setObjectName(u"mediationSignatures"_s);
    m_missing->setObjectName(u"missingSignatures"_s);
    m_missing->setWordWrap(true);
    m_missing->setTextFormat(Qt::PlainText);
    auto *general = FieldErrors::createErrorLabel(this);
    general->setObjectName(u"signingError"_s);
    m_errors->setGeneralLabel(general);
    m_placesHost->setLayout(m_places);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setWidget(m_placesHost);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_missing);
    layout->addWidget(general);
    layout->addWidget(scroll, 1);
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
    // Ink drawn but not yet signed survives the redraw (another place signing, a save).
    QHash<QString, SignatureStrokes> drawn;
    const QList<SignaturePad *> oldPads = m_placesHost->findChildren<SignaturePad *>();
    for (const SignaturePad *old : oldPads) {
        if (!old->strokes().isEmpty()) {
            drawn.insert(old->objectName(), old->strokes());
        }
    }
    while (QLayoutItem *item = m_places->takeAt(0)) {
        if (QWidget *widget = item->widget()) {
            widget->hide();
            widget->setParent(nullptr);
            widget->deleteLater();
        }
        delete item;
    }
    if (!m_case.agreement) {
        return;
    }
    for (int i = 0; i < m_case.parties.size(); ++i) {
        m_places->addWidget(placeWidget(SignatureRole::Party, i, m_case.parties.at(i).name, true));
    }
    // Only the mediator who is logged in can sign at this desk.
    const qint64 me = m_context.desk.session.actor().personId;
    for (int i = 0; i < m_case.mediatorIds.size(); ++i) {
        const QString name =
            i < m_case.mediatorNames.size() ? m_case.mediatorNames.at(i) : QString();
        m_places->addWidget(placeWidget(SignatureRole::Officer, i, name,
                                        me != 0 && m_case.mediatorIds.at(i) == me));
    }
    m_places->addStretch(1);
    for (auto it = drawn.cbegin(); it != drawn.cend(); ++it) {
        if (SignaturePad *pad = m_placesHost->findChild<SignaturePad *>(it.key())) {
            pad->setStrokes(it.value());
        }
    }
}

QWidget *MediationSignaturesPanel::placeWidget(SignatureRole role, int slot,
                                               const QString &printedName, bool mayDraw) {
    const QString name = placeName(role, slot);
    auto *box = new QGroupBox(m_placesHost);
    box->setObjectName(u"place_"_s + name);
    box->setTitle(role == SignatureRole::Party ? tr("Party %1: %2").arg(slot + 1).arg(printedName)
                                               : tr("Mediator: %1").arg(printedName));
    auto *layout = new QVBoxLayout(box);
    const bool sealed = m_case.agreementSealed();
    const bool editable =
        m_context.editAllowed && !sealed && m_case.status == MediationStatus::Open;
    if (const Signature *signature = signatureFor(role, slot)) {
        auto *image = new QLabel(box);
        image->setObjectName(u"image_"_s + name);
        image->setPixmap(QPixmap::fromImage(
            QImage::fromData(signature->imagePng)
                .scaled(QSize(360, 120), Qt::KeepAspectRatio, Qt::SmoothTransformation)));
        layout->addWidget(image);
        auto *caption = new QLabel(
            tr("%1 · signed %2\n%3")
                .arg(signature->printedName,
                     QDateTime::fromMSecsSinceEpoch(signature->signedAt, m_context.desk.zone)
                         .toString(u"yyyy-MM-dd HH:mm:ss"_s),
                     signature->meaning),
            box);
        caption->setWordWrap(true);
        layout->addWidget(caption);
        if (editable) {
            auto *remove = new QPushButton(tr("Remove signature"), box);
            remove->setObjectName(u"remove_"_s + name);
            connect(remove, &QPushButton::clicked, this,
                    [this, role, slot] { removeSignature(role, slot); });
            layout->addWidget(remove, 0, Qt::AlignLeft);
        }
        return box;
    }
    if (!editable) {
        layout->addWidget(new QLabel(tr("Not signed"), box));
        return box;
    }
    if (!mayDraw) {
        auto *note =
            new QLabel(tr("%1 signs here after logging in at this desk.").arg(printedName), box);
        note->setWordWrap(true);
        layout->addWidget(note);
        return box;
    }
    auto *pad = new SignaturePad(box);
    pad->setObjectName(u"pad_"_s + name);
    pad->setSigner(printedName, mediationSignerName(role), meaning(role));
    pad->setMinimumHeight(pad->sizeHint().height());
    layout->addWidget(pad);
    auto *buttons = new QHBoxLayout;
    auto *signButton =
        new QPushButton(role == SignatureRole::Officer ? tr("Sign (password)…") : tr("Sign"), box);
    signButton->setObjectName(u"sign_"_s + name);
    connect(signButton, &QPushButton::clicked, this, [this, role, slot] { sign(role, slot); });
    buttons->addWidget(signButton);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    return box;
}

SignaturePad *MediationSignaturesPanel::pad(SignatureRole role, int slot) const {
    return m_placesHost->findChild<SignaturePad *>(u"pad_"_s + placeName(role, slot));
}

QPushButton *MediationSignaturesPanel::signButton(SignatureRole role, int slot) const {
    return m_placesHost->findChild<QPushButton *>(u"sign_"_s + placeName(role, slot));
}

bool MediationSignaturesPanel::sign(SignatureRole role, int slot) {
    SignaturePad *drawn = pad(role, slot);
    if (!drawn) {
        return false;
    }
    m_errors->clear();
    const SignatureStrokes strokes = drawn->strokes();
    if (!strokes.looksSigned()) {
        m_context.desk.prompter.warn(this, tr("Cannot sign yet"),
                                     tr("Draw the signature on the pad first."));
        return false;
    }
    std::optional<Secret> password;
    if (role == SignatureRole::Officer) {
        password = m_context.desk.askPassword(this, m_context.desk.session.actor().name);
        if (!password) {
            return false;
        }
    }
    const std::optional<MediationCase> stored = m_prepare ? m_prepare() : m_case;
    if (!stored) {
        return false;
    }
    SignatureInput input;
    input.role = role;
    input.slot = slot;
    input.meaning = meaning(role);
    input.strokes = strokes.toJson();
    input.imagePng = strokes.renderPng(kImageSize);
    auto signature = m_context.mediation.sign(stored->id, stored->rowVersion, input, password);
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
