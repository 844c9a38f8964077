#include "core/kernel/security/PasswordHasher.h"

#include <QCoreApplication>
#include <algorithm>
#include <sodium.h>

namespace sd {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(sd::PasswordHasher)
};

bool sodiumReady() {
    static const bool ready = sodium_init() >= 0;
    return ready;
}
} // namespace

PasswordHasher::Limits PasswordHasher::interactive() {
    return {crypto_pwhash_OPSLIMIT_INTERACTIVE, crypto_pwhash_MEMLIMIT_INTERACTIVE};
}

PasswordHasher::PasswordHasher(Limits limits)
    : m_limits{std::max<unsigned long long>(limits.opsLimit, crypto_pwhash_OPSLIMIT_INTERACTIVE),
               std::max<size_t>(limits.memLimit, crypto_pwhash_MEMLIMIT_INTERACTIVE)} {}

Result<QString> PasswordHasher::hash(const Secret &password) const {
    if (!sodiumReady()) {
        return Error::storage(Tr::tr("The cryptography library could not be initialised"));
    }
    char out[crypto_pwhash_STRBYTES];
    const QByteArray &bytes = password.utf8();
    if (crypto_pwhash_str_alg(out, bytes.constData(), static_cast<unsigned long long>(bytes.size()),
                              m_limits.opsLimit, m_limits.memLimit,
                              crypto_pwhash_ALG_ARGON2ID13) != 0) {
        return Error::storage(Tr::tr("Not enough memory to hash the password"));
    }
    return QString::fromLatin1(out);
}

bool PasswordHasher::verify(const QString &storedHash, const Secret &password) const {
    if (!sodiumReady()) {
        return false;
    }
    const QByteArray stored = storedHash.toLatin1();
    const QByteArray &bytes = password.utf8();
    return crypto_pwhash_str_verify(stored.constData(), bytes.constData(),
                                    static_cast<unsigned long long>(bytes.size())) == 0;
}

bool PasswordHasher::needsRehash(const QString &storedHash) const {
    const QByteArray stored = storedHash.toLatin1();
    return crypto_pwhash_str_needs_rehash(stored.constData(), m_limits.opsLimit,
                                          m_limits.memLimit) != 0;
}

} // namespace sd
