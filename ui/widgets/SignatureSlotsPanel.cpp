#include "ui/widgets/SignatureSlotsPanel.h"

#include "core/signatures/SignatureStrokes.h"
#include "ui/widgets/Prompter.h"
#include "ui/widgets/SignaturePad.h"

#include <QGroupBox>
#include <QHBoxLayout>
#include <QHash>
#include <QImage>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPixmap>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace sd {

namespace {
QString placeName(SignatureRole role, int slot) {
    return toKey(role) + u'_' + QString::number(slot);
}
} // namespace

SignatureSlotsPanel::SignatureSlotsPanel(Prompter &prompter, QWidget *parent)
    : QWidget(parent)
    , m_prompter(prompter)
    , m_places(new QVBoxLayout)
    , m_placesHost(new QWidget(this)) {
    m_placesHost->setLayout(m_places);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setWidget(m_placesHost);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll);
}

void SignatureSlotsPanel::setSlots(const QList<SignatureSlot> &places) {
    m_slots = places;
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
    if (places.isEmpty()) {
        return;
    }
    for (const SignatureSlot &place : places) {
        m_places->addWidget(placeWidget(place));
    }
    m_places->addStretch(1);
    for (auto it = drawn.cbegin(); it != drawn.cend(); ++it) {
        if (SignaturePad *pad = m_placesHost->findChild<SignaturePad *>(it.key())) {
            pad->setStrokes(it.value());
        }
    }
}

QWidget *SignatureSlotsPanel::placeWidget(const SignatureSlot &place) {
    const QString name = placeName(place.role, place.slot);
    auto *box = new QGroupBox(m_placesHost);
    box->setObjectName(u"place_"_s + name);
    box->setTitle(place.title);
    auto *layout = new QVBoxLayout(box);
    const SignatureRole role = place.role;
    const int slot = place.slot;
    if (place.signature) {
        auto *image = new QLabel(box);
        image->setObjectName(u"image_"_s + name);
        image->setPixmap(QPixmap::fromImage(
            QImage::fromData(place.signature->imagePng)
                .scaled(QSize(360, 120), Qt::KeepAspectRatio, Qt::SmoothTransformation)));
        layout->addWidget(image);
        auto *caption = new QLabel(place.signedCaption, box);
        caption->setWordWrap(true);
        layout->addWidget(caption);
        if (place.mayRemove) {
            auto *remove = new QPushButton(tr("Remove signature"), box);
            remove->setObjectName(u"remove_"_s + name);
            connect(remove, &QPushButton::clicked, this,
                    [this, role, slot] { Q_EMIT removeRequested(role, slot); });
            layout->addWidget(remove, 0, Qt::AlignLeft);
        }
        return box;
    }
    if (!place.note.isEmpty()) {
        auto *note = new QLabel(place.note, box);
        if (!place.noteName.isEmpty()) {
            note->setObjectName(place.noteName + u'_' + name);
        }
        note->setWordWrap(true);
        layout->addWidget(note);
        return box;
    }
    if (!place.mayDraw) {
        layout->addWidget(new QLabel(tr("Not signed"), box));
        return box;
    }
    auto *pad = new SignaturePad(box);
    pad->setObjectName(u"pad_"_s + name);
    pad->setSigner(place.printedName, place.roleName, place.meaning);
    // Room to sign even when several places share the tab; the area scrolls instead.
    pad->setMinimumHeight(pad->sizeHint().height());
    layout->addWidget(pad);
    auto *buttons = new QHBoxLayout;
    auto *sign = new QPushButton(place.passwordToSign ? tr("Sign (password)…") : tr("Sign"), box);
    sign->setObjectName(u"sign_"_s + name);
    connect(sign, &QPushButton::clicked, this,
            [this, role, slot] { Q_EMIT signRequested(role, slot); });
    buttons->addWidget(sign);
    if (!place.refuseText.isEmpty()) {
        auto *refuse = new QPushButton(place.refuseText, box);
        refuse->setObjectName(u"refuse_"_s + name);
        refuse->setToolTip(place.refuseToolTip);
        connect(refuse, &QPushButton::clicked, this,
                [this, role, slot] { Q_EMIT refuseRequested(role, slot); });
        buttons->addWidget(refuse);
    }
    buttons->addStretch(1);
    layout->addLayout(buttons);
    return box;
}

SignaturePad *SignatureSlotsPanel::pad(SignatureRole role, int slot) const {
    return m_placesHost->findChild<SignaturePad *>(u"pad_"_s + placeName(role, slot));
}

QPushButton *SignatureSlotsPanel::signButton(SignatureRole role, int slot) const {
    return m_placesHost->findChild<QPushButton *>(u"sign_"_s + placeName(role, slot));
}

QPushButton *SignatureSlotsPanel::refuseButton(SignatureRole role, int slot) const {
    return m_placesHost->findChild<QPushButton *>(u"refuse_"_s + placeName(role, slot));
}

std::optional<SignatureInput> SignatureSlotsPanel::drawnSignature(SignatureRole role, int slot) {
    const SignaturePad *drawn = pad(role, slot);
    if (!drawn) {
        return std::nullopt;
    }
    const SignatureStrokes strokes = drawn->strokes();
    if (!strokes.looksSigned()) {
        m_prompter.warn(this, tr("Cannot sign yet"), tr("Draw the signature on the pad first."));
        return std::nullopt;
    }
    SignatureInput input;
    input.role = role;
    input.slot = slot;
    for (const SignatureSlot &place : m_slots) {
        if (place.role == role && place.slot == slot) {
            input.meaning = place.meaning;
        }
    }
    input.strokes = strokes.toJson();
    input.imagePng = strokes.renderPng(kImageSize);
    return input;
}

std::optional<SigningInput> SignatureSlotsPanel::signingInput(SignatureRole role, int slot,
                                                              const PasswordAsker &askPassword,
                                                              const QString &who) {
    std::optional<SignatureInput> drawing = drawnSignature(role, slot);
    if (!drawing) {
        return std::nullopt;
    }
    SigningInput input{.drawing = std::move(*drawing), .password = std::nullopt};
    const bool asksPassword =
        std::any_of(m_slots.cbegin(), m_slots.cend(), [&](const SignatureSlot &place) {
            return place.role == role && place.slot == slot && place.passwordToSign;
        });
    if (asksPassword) {
        input.password = askPassword(this, who);
        if (!input.password) {
            return std::nullopt;
        }
    }
    return input;
}

std::optional<Secret> SignatureSlotsPanel::askPassword(QWidget *parent, const QString &title,
                                                       const QString &label) {
    QInputDialog dialog(parent);
    dialog.setWindowTitle(title);
    dialog.setLabelText(label);
    dialog.setTextEchoMode(QLineEdit::Password);
    dialog.setOkButtonText(tr("Sign"));
    dialog.setCancelButtonText(tr("Cancel"));
    if (dialog.exec() != QDialog::Accepted) {
        return std::nullopt;
    }
    QString typed = dialog.textValue();
    dialog.setTextValue(QString());
    return Secret::take(typed);
}

} // namespace sd
