#pragma once

#include "core/kernel/common/Result.h"
#include "core/kernel/security/Secret.h"

namespace sd {

// Argon2id through libsodium's crypto_pwhash_str: the result carries its own salt and
// limits, so raising the limits later only makes needsRehash() true for old hashes.
class PasswordHasher {
public:
    struct Limits {
        unsigned long long opsLimit;
        size_t memLimit;
    };
    // libsodium's INTERACTIVE limits, the floor this program accepts.
    static Limits interactive();

    explicit PasswordHasher(Limits limits = interactive());

    Result<QString> hash(const Secret &password) const;
    bool verify(const QString &storedHash, const Secret &password) const;
    bool needsRehash(const QString &storedHash) const;

private:
    Limits m_limits;
};

} // namespace sd
