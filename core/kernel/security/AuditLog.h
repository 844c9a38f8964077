#pragma once

#include "core/kernel/common/Clock.h"
#include "core/kernel/common/Result.h"
#include "core/kernel/security/AuditEntry.h"
#include "core/kernel/security/Session.h"
#include "core/kernel/storage/Database.h"

#include <QCoreApplication>
#include <functional>

namespace sd {

// The append-only, hash-chained record of every write, login, denial and look at
// citizens' personal data. append() writes inside the caller's transaction, so the
// change and its audit row commit or fail together. It is also the audit tables'
// repository: their SQL lives here and nowhere else (tests/checks/sql_allowlist.txt).
class AuditLog {
    Q_DECLARE_TR_FUNCTIONS(sd::AuditLog)

public:
    AuditLog(const Database &database, const Session &session, const Clock &clock)
        : m_database(database)
        , m_session(session)
        , m_clock(clock) {}

    // Inside an open transaction (a service's write), as the session's user.
    Status append(const AuditEvent &event) const;
    // As someone other than the session's user: a login attempt is recorded as the
    // account it tried (or the badge typed, with role "none", when no account matched).
    Status appendAs(const QString &account, const QString &roleKey, const AuditEvent &event) const;
    // Passes a stored record through once its audit row is written; if the row cannot be
    // written the write fails too (and the caller's transaction rolls back).
    template <typename T>
    Result<T> confirm(const Result<T> &stored, const AuditEvent &event) const {
        SD_RETURN_IF_ERROR(append(event));
        return stored;
    }
    // In a transaction of its own: for events with no business write (login, denial, view).
    Status record(const AuditEvent &event) const;
    Status recordAs(const QString &account, const QString &roleKey, const AuditEvent &event) const;

    Result<AuditHead> head() const;
    Result<QList<AuditEntry>> list(const AuditFilter &filter) const;
    Result<qint64> count(const AuditFilter &filter) const;

    // Walks the whole chain in order. knownHead, when given, is a head written down
    // earlier: the log must still contain it unchanged (catches truncation).
    // progress(rowsChecked) is called every 10,000 rows. The rows and the head are read in
    // one snapshot, so rows other desks append meanwhile are neither seen nor missed.
    Result<AuditVerification> verify(const std::optional<AuditHead> &knownHead = std::nullopt,
                                     const std::function<void(qint64)> &progress = {}) const;

    // Whether the log holds a row with this action, object and details: the anchor a
    // seal wrote when it was made. Static, as a seal check has no session of its own.
    static Result<bool> contains(const Database &database, const QString &action,
                                 const QString &objectId, const QString &details);

    // SHA-256 (hex) over the entry's canonical content and its prev_hash.
    static QString computeHash(const AuditEntry &entry);

    // The station's change feed, for lists of what this writes (they refresh on its commits).
    ChangeFeed &changes() const { return m_database.changes(); }

private:
    // Appends the row in the open transaction; its sequence number.
    Result<qint64> writeRow(const QString &account, const QString &roleKey,
                            const AuditEvent &event) const;
    Result<AuditVerification> verifyChain(const std::optional<AuditHead> &knownHead,
                                          const std::function<void(qint64)> &progress) const;

    const Database &m_database;
    const Session &m_session;
    const Clock &m_clock;
};

} // namespace sd
