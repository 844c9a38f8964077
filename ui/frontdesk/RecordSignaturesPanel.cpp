#include "frontdesk/RecordSignaturesPanel.h"

#include "domain/SignatureStrokes.h"
#include "frontdesk/FrontDeskContext.h"
#include "security/Session.h"
#include "services/RecordService.h"
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
// The stored image is rendered at this size: sharp on paper, small in the database.
const QSize kImageSize(600, 200);

QString placeName(SignatureRole role, int slot) {
    return toKey(role) + u'_' + QString::number(slot);
}
} // namespace

RecordSignaturesPanel::RecordSignaturesPanel(const FrontDeskContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_missing(new QLabel(this))
    , m_problems(new QLabel(this))
    , m_places(new QVBoxLayout)
    , m_placesHost(new QWidget(this)) {
    setObjectName(u"signaturesPanel"_s);
    m_missing->setObjectName(u"missingSignatures"_s);
    m_missing->setWordWrap(true);
    m_missing->setTextFormat(Qt::PlainText);
    m_problems->setObjectName(u"signingProblems"_s);
    m_problems->setWordWrap(true);
    m_problems->setTextFormat(Qt::PlainText);
    m_problems->setStyleSheet(u"color: #c62828;"_s);
    m_placesHost->setLayout(m_places);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setWidget(m_placesHost);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_missing);
    layout->addWidget(m_problems);
    layout->addWidget(scroll, 1);
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
            // Out of the tree at once, so lookups by name find only the new places.
            widget->hide();
            widget->setParent(nullptr);
            widget->deleteLater();
        }
        delete item;
    }
    QList<Place> places;
    for (int i = 0; i < m_record.parties.size(); ++i) {
        places << Place{SignatureRole::Party, i, m_record.parties.at(i).name};
    }
    // The officer who signs is the one logged in at this desk; the service checks they
    // are one of the record's officers.
    const Signature *officer = signatureFor(SignatureRole::Officer, 0);
    places << Place{SignatureRole::Officer, 0,
                    officer ? officer->printedName : m_context.session.actor().name};
    const Signature *witness = signatureFor(SignatureRole::Witness, 0);
    if (!m_record.witness.isEmpty() || witness) {
        places << Place{SignatureRole::Witness, 0,
                        witness ? witness->printedName : m_record.witness.name};
    }
    for (const Place &place : places) {
        m_places->addWidget(placeWidget(place));
    }
    m_places->addStretch(1);
    for (auto it = drawn.cbegin(); it != drawn.cend(); ++it) {
        if (SignaturePad *pad = m_placesHost->findChild<SignaturePad *>(it.key())) {
            pad->setStrokes(it.value());
        }
    }
}

QWidget *RecordSignaturesPanel::placeWidget(const Place &place) {
    const QString name = placeName(place.role, place.slot);
    auto *box = new QGroupBox(m_placesHost);
    box->setObjectName(u"place_"_s + name);
    box->setTitle(place.role == SignatureRole::Party
                      ? tr("Party %1: %2").arg(place.slot + 1).arg(place.printedName)
                      : tr("%1: %2").arg(displayName(place.role), place.printedName));
    auto *layout = new QVBoxLayout(box);
    const Signature *signature = signatureFor(place.role, place.slot);
    const RecordParty *party =
        place.role == SignatureRole::Party && place.slot < m_record.parties.size()
            ? &m_record.parties.at(place.slot)
            : nullptr;
    if (signature) {
        auto *image = new QLabel(box);
        image->setObjectName(u"image_"_s + name);
        QImage drawn = QImage::fromData(signature->imagePng);
        image->setPixmap(QPixmap::fromImage(
            drawn.scaled(QSize(360, 120), Qt::KeepAspectRatio, Qt::SmoothTransformation)));
        layout->addWidget(image);
        auto *caption =
            new QLabel(tr("%1 · %2 · signed %3\n%4")
                           .arg(signature->printedName, displayName(signature->role),
                                QDateTime::fromMSecsSinceEpoch(signature->signedAt, m_context.zone)
                                    .toString(u"yyyy-MM-dd HH:mm:ss"_s),
                                signature->meaning),
                       box);
        caption->setWordWrap(true);
        layout->addWidget(caption);
        if (!m_readOnly) {
            auto *remove = new QPushButton(tr("Remove signature"), box);
            remove->setObjectName(u"remove_"_s + name);
            const SignatureRole role = place.role;
            const int slot = place.slot;
            connect(remove, &QPushButton::clicked, this,
                    [this, role, slot] { removeSignature(role, slot); });
            layout->addWidget(remove, 0, Qt::AlignLeft);
        }
        return box;
    }
    if (party && party->refusedToSign) {
        auto *refused =
            new QLabel(tr("Refused to sign. Reason: %1").arg(party->refusalReason), box);
        refused->setObjectName(u"refused_"_s + name);
        refused->setWordWrap(true);
        layout->addWidget(refused);
        return box;
    }
    if (m_readOnly) {
        layout->addWidget(new QLabel(tr("Not signed"), box));
        return box;
    }
    auto *pad = new SignaturePad(box);
    pad->setObjectName(u"pad_"_s + name);
    pad->setSigner(place.printedName, displayName(place.role), meaning(place.role));
    // Room to sign even when several places share the tab; the area scrolls instead.
    pad->setMinimumHeight(pad->sizeHint().height());
    layout->addWidget(pad);
    auto *buttons = new QHBoxLayout;
    auto *signButton = new QPushButton(
        place.role == SignatureRole::Officer ? tr("Sign (password)…") : tr("Sign"), box);
    signButton->setObjectName(u"sign_"_s + name);
    buttons->addWidget(signButton);
    const SignatureRole role = place.role;
    const int slot = place.slot;
    connect(signButton, &QPushButton::clicked, this, [this, role, slot] { sign(role, slot); });
    if (role == SignatureRole::Party) {
        auto *refuseButton = new QPushButton(tr("Refused…"), box);
        refuseButton->setObjectName(u"refuse_"_s + name);
        refuseButton->setToolTip(tr("The party will not sign: record why (the witness must sign)"));
        connect(refuseButton, &QPushButton::clicked, this, [this, slot] { refuse(slot); });
        buttons->addWidget(refuseButton);
    }
    buttons->addStretch(1);
    layout->addLayout(buttons);
    return box;
}

SignaturePad *RecordSignaturesPanel::pad(SignatureRole role, int slot) const {
    return m_placesHost->findChild<SignaturePad *>(u"pad_"_s + placeName(role, slot));
}

QPushButton *RecordSignaturesPanel::signButton(SignatureRole role, int slot) const {
    return m_placesHost->findChild<QPushButton *>(u"sign_"_s + placeName(role, slot));
}

QPushButton *RecordSignaturesPanel::refuseButton(int slot) const {
    return m_placesHost->findChild<QPushButton *>(u"refuse_"_s +
                                                  placeName(SignatureRole::Party, slot));
}

bool RecordSignaturesPanel::sign(SignatureRole role, int slot) {
    SignaturePad *drawn = pad(role, slot);
    if (!drawn || m_readOnly) {
        return false;
    }
    const SignatureStrokes strokes = drawn->strokes();
    if (!strokes.looksSigned()) {
        m_context.prompter.warn(this, tr("Cannot sign yet"),
                                tr("Draw the signature on the pad first."));
        return false;
    }
    std::optional<Secret> password;
    if (role == SignatureRole::Officer) {
        password = m_context.askPassword(this, m_context.session.actor().name);
        if (!password) {
            return false;
        }
    }
    const std::optional<OnSceneRecord> stored = m_prepare ? m_prepare() : m_record;
    if (!stored) {
        return false;
    }
    SignatureInput input;
    input.role = role;
    input.slot = slot;
    input.meaning = meaning(role);
    input.strokes = strokes.toJson();
    input.imagePng = strokes.renderPng(kImageSize);
    auto signature = m_context.records.sign(stored->id, stored->rowVersion, input, password);
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
