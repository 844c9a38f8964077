#pragma once

#include "core/kernel/common/Result.h"

#include <QHash>
#include <QList>
#include <QMetaType>
#include <QMutex>
#include <QObject>
#include <QSqlDriver>
#include <QString>
#include <QStringList>
#include <optional>

class QSqlDatabase;

namespace sd {

// One thing a commit changed: its kind (the object type its audit row names: "alert",
// "person", "mediation", …; "audit" for an event that wrote nothing but its audit row) and
// its key (the record's human key as the audit row names it: a number, a badge, a tag).
struct Change {
    QString kind;
    QString id;
    // False when another desk committed it (PostgreSQL only).
    bool local = true;

    friend bool operator==(const Change &, const Change &) = default;
};

// What one desk's commit tells the others: who committed (the desk's id, so a desk ignores
// its own commits, which it announced already), for which station, and the changes.
struct ChangePayload {
    QString desk;
    qint64 stationId = 0;
    QList<Change> changes;
};

// The station's change feed: after each successful COMMIT it announces what the transaction
// changed, so lists refresh without every dialog knowing every list. A write transaction
// collects the changes its audit rows name (note()) for its own thread; commit announces
// them (changed()), a rollback drops them. On PostgreSQL the same changes travel to the other
// desks with NOTIFY in the committing transaction, and listen() delivers theirs here.
class ChangeFeed : public QObject {
    Q_OBJECT

public:
    static constexpr QStringView kChannel = u"stationdesk_changes";
    // NOTIFY refuses payloads of 8000 bytes or more; a commit of many changes sends several.
    static constexpr int kMaxPayloadBytes = 7000;

    explicit ChangeFeed(QObject *parent = nullptr);

    // This desk's id in payloads: random per open database.
    const QString &deskId() const { return m_deskId; }
    void setStationId(qint64 id) { m_stationId = id; }

    // Records a change of the write transaction open on this thread; with none open, the
    // write committed already (autocommit) and is announced at once.
    void note(const QString &kind, const QString &id);

    // The write transaction on this thread: began, about to commit (the payloads to NOTIFY),
    // committed (announces), rolled back (forgets).
    void began();
    QStringList pendingPayloads() const;
    void committed();
    void rolledBack();

    // Subscribes the connection (a PostgreSQL one that does nothing else) to other desks'
    // commits. An error says why the driver could not.
    Status listen(const QSqlDatabase &connection);
    bool isListening() const { return m_listening; }

    // The payloads carrying changes, each below kMaxPayloadBytes.
    static QStringList encode(const ChangePayload &payload);
    // Strict: anything but a well-formed payload of this version is nullopt.
    static std::optional<ChangePayload> decode(const QString &text);

Q_SIGNALS:
    // The changes of one commit, in the order they were made, each once.
    void changed(const QList<sd::Change> &changes);

private:
    void receive(const QString &name, QSqlDriver::NotificationSource source,
                 const QVariant &payload);
    QList<Change> takePending();

    QString m_deskId;
    qint64 m_stationId = 0;
    bool m_listening = false;
    mutable QMutex m_mutex;
    // Per thread with a write transaction open (a key present = a transaction open).
    QHash<Qt::HANDLE, QList<Change>> m_pending;
};

} // namespace sd

Q_DECLARE_METATYPE(sd::Change)
