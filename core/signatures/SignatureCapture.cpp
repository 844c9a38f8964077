#include "core/signatures/SignatureCapture.h"

#include "core/signatures/SignatureDigest.h"
#include "core/signatures/SignatureRepository.h"
#include "core/signatures/SignatureStrokes.h"

#include <QImage>

using namespace Qt::StringLiterals;

namespace sd {

Status SignatureCapture::confirmOfficer(AccountService &accounts, const SignatureInput &input,
                                        const std::optional<Secret> &password,
                                        const QString &missingText) {
    if (input.role != SignatureRole::Officer) {
        return {};
    }
    if (!password) {
        return Error::validation(u"password"_s, missingText);
    }
    if (Status confirmed = accounts.confirmPassword(*password); !confirmed) {
        Error error = confirmed.error();
        error.field = u"password"_s;
        return error;
    }
    return {};
}

Result<Signature> SignatureCapture::complete(Signature signature, const SignatureInput &input,
                                             const QString &defaultMeaning, const QString &number,
                                             const QString &contentSha256) const {
    if (input.strokes.isEmpty() || input.imagePng.isEmpty()) {
        return Error::validation(u"signature"_s, tr("Sign on the pad first."));
    }
    auto strokes = SignatureStrokes::fromJson(input.strokes);
    SD_RETURN_IF_ERROR(strokes);
    if (!strokes->looksSigned()) {
        return Error::validation(u"signature"_s,
                                 tr("That is too little to be a signature; sign again."));
    }
    if (QImage image; !image.loadFromData(input.imagePng, "PNG")) {
        return Error::validation(u"signature"_s, tr("The signature image is damaged."));
    }
    signature.strokes = input.strokes;
    signature.imagePng = input.imagePng;
    signature.meaning =
        input.meaning.trimmed().isEmpty() ? defaultMeaning : input.meaning.trimmed();
    signature.signedAt = m_clock.nowMs();
    signature.contentSha256 = contentSha256;
    signature.digest = SignatureDigest::signatureDigest(m_kind, number, signature);
    return signature;
}

Result<Signature> SignatureCapture::store(const Signature &signature, const QString &number,
                                          const std::function<Status()> &touch) const {
    SignatureRepository signatures(m_database, m_kind);
    SD_RETURN_IF_ERROR(signatures.remove(signature.recordId, signature.role, signature.slot));
    auto stored = signatures.insert(signature);
    SD_RETURN_IF_ERROR(stored);
    SD_RETURN_IF_ERROR(touch());
    return m_audit.confirm(stored, {m_kind + u".sign"_s, m_kind, number, u"success"_s,
                                    u"role=%1 slot=%2 name=%3"_s.arg(toKey(stored->role))
                                        .arg(stored->slot)
                                        .arg(stored->printedName)});
}

} // namespace sd
