#pragma once

#include <QString>
#include <optional>

namespace sd {

// What happened, as a service reports it; the audit log adds who, where, when and
// the chain hashes. details never holds raw personal data: field names, counts, hashes.
struct AuditEvent {
    QString action;     // dotted verb: "person.update", "login", "audit.view", …
    QString objectType; // "person", "unit", "account", …
    QString objectId;   // the record's human key (badge number, unit name, record number)
    QString outcome = QStringLiteral("success"); // success | failure | denied
    QString details;
};

struct AuditEntry {
    qint64 stationId = 0;
    qint64 seq = 0;
    qint64 atMs = 0;
    QString workstation;
    QString account;
    QString role;
    QString action;
    QString objectType;
    QString objectId;
    QString outcome;
    QString details;
    QString prevHash;
    QString hash;
};

struct AuditFilter {
    std::optional<qint64> fromMs; // inclusive
    std::optional<qint64> toMs;   // exclusive
    QString account;              // substring of the account column
    QString action;               // exact action, or a prefix ending in '.' ("person.")
    // Keyset paging: rows strictly before/after a sequence number. Lists that scroll
    // through a million rows use these rather than a growing OFFSET.
    std::optional<qint64> beforeSeq;
    std::optional<qint64> afterSeq;
    int offset = 0;
    int limit = 200;
    bool newestFirst = true;
};

struct AuditHead {
    qint64 seq = 0;
    QString hash;
    QString toString() const { return QString::number(seq) + u':' + hash; }
    static std::optional<AuditHead> parse(const QString &text); // "SEQ:HASH"
};

struct AuditVerification {
    bool intact = true;
    qint64 rowsChecked = 0;
    qint64 firstBadSeq = 0; // 0 when intact
    QString problem;        // why, naming the row
};

} // namespace sd
