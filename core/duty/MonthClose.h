#pragma once

#include <QList>
#include <QMap>
#include <QString>
#include <optional>

namespace sd {

// What a month's close seals: the month's alerts counted by category, area and status, the
// on-scene records filed for them, the mediation cases closed and the score sheets approved
// in the month.
struct MonthFigures {
    qint64 alerts = 0;
    QMap<QString, qint64> byCategory; // category key → alerts
    QMap<QString, qint64> byArea;     // area name ("" for none) → alerts
    QMap<QString, qint64> byStatus;   // status key → alerts
    qint64 recordsFiled = 0;
    qint64 casesClosed = 0;
    qint64 assessmentsApproved = 0;

    // The canonical serialization the digest is taken over: compact JSON, keys sorted.
    QByteArray canonical() const;
    static std::optional<MonthFigures> fromCanonical(const QByteArray &json);
};

// A month as the chief closed it (月结). Reopening keeps the row with its figures; closing
// it again seals new ones.
struct MonthClose {
    qint64 id = 0;
    QString period; // YYYY-MM
    qint64 startsAt = 0;
    qint64 endsAt = 0;
    QString status; // "closed" or "reopened"
    qint64 closedAt = 0;
    QString closedBy;
    QString closeReason;
    QByteArray figuresJson; // as stored: what the digest covers
    QString auditHead;      // "SEQ:HASH" of the audit chain just before the close
    QString digest;
    std::optional<qint64> reopenedAt;
    QString reopenedBy;
    QString reopenReason;
    qint64 rowVersion = 0;

    bool isClosed() const { return status == QLatin1String("closed"); }
    // SHA-256 (hex) over the period, the figures as stored and the audit head.
    static QString digestOf(const QString &period, const QByteArray &figuresJson,
                            const QString &auditHead);
};

// The chief's amendment of one item of a closed month, shown in the next month's report as
// a revision.
struct MonthAmendment {
    qint64 id = 0;
    QString period;
    QString ref; // the alert's or the case's number
    QString reason;
    qint64 grantedAt = 0;
    QString grantedBy;
    qint64 validUntil = 0;
};

// An item that must have an owner before its month can be closed.
struct UnownedItem {
    QString kind; // "alert" or "onscene"
    QString number;
};

} // namespace sd
