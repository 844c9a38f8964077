#pragma once

#include "core/accounts/AccountService.h"
#include "core/kernel/common/Clock.h"
#include "core/kernel/common/Result.h"
#include "core/kernel/security/AuditLog.h"
#include "core/kernel/security/Secret.h"
#include "core/kernel/storage/Database.h"
#include "core/signatures/Signature.h"

#include <QCoreApplication>
#include <functional>

namespace sd {

// What signing has in common for every kind of signed record (an on-scene record, a
// mediation agreement): the officer's password, the pad's strokes and image, the fields the
// service sets (meaning, time, content hash, digest), and storing the signature in its slot
// with its audit row. Who may sign in which role stays with each record's service.
class SignatureCapture {
    Q_DECLARE_TR_FUNCTIONS(sd::SignatureCapture)

public:
    // kind: the signatures' record kind ("onscene", "mediation"), also the audit object type.
    SignatureCapture(const Database &database, const Clock &clock, const AuditLog &audit,
                     QString kind)
        : m_database(database)
        , m_clock(clock)
        , m_audit(audit)
        , m_kind(std::move(kind)) {}

    // An officer signs with their password again (counts towards lockout); missingText asks
    // for it when none was given. Other roles need none.
    static Status confirmOfficer(AccountService &accounts, const SignatureInput &input,
                                 const std::optional<Secret> &password, const QString &missingText);

    // signature carries the record id, role, slot and signer the service chose; the pad's
    // strokes and image are checked and the rest is filled in over the record's content.
    Result<Signature> complete(Signature signature, const SignatureInput &input,
                               const QString &defaultMeaning, const QString &number,
                               const QString &contentSha256) const;

    // Replaces the slot's signature, then touch() bumps the record's row_version, then the
    // "<kind>.sign" audit row; inside the caller's transaction.
    Result<Signature> store(const Signature &signature, const QString &number,
                            const std::function<Status()> &touch) const;

private:
    const Database &m_database;
    const Clock &m_clock;
    const AuditLog &m_audit;
    QString m_kind;
};

} // namespace sd
