#include "core/kernel/storage/ChangeFeed.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QThread>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace sd {

namespace {

Q_LOGGING_CATEGORY(lcChanges, "stationdesk.changes")

constexpr int kPayloadVersion = 1;

bool validKind(const QString &kind) {
    static const QRegularExpression pattern(u"^[a-z][a-z0-9_]{0,63}$"_s);
    return pattern.match(kind).hasMatch();
}

QJsonObject envelope(const ChangePayload &payload) {
    return {{u"v"_s, kPayloadVersion},
            {u"desk"_s, payload.desk},
            {u"station"_s, QString::number(payload.stationId)}};
}

QString serialise(QJsonObject object, const QJsonArray &changes) {
    object.insert(u"changes"_s, changes);
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

} // namespace

ChangeFeed::ChangeFeed(QObject *parent)
    : QObject(parent)
    , m_deskId(QUuid::createUuid().toString(QUuid::WithoutBraces)) {}

void ChangeFeed::note(const QString &kind, const QString &id) {
    Change change{kind, id, true};
    {
        QMutexLocker lock(&m_mutex);
        auto pending = m_pending.find(QThread::currentThreadId());
        if (pending != m_pending.end()) {
            if (!pending->contains(change)) {
                pending->append(change);
            }
            return;
        }
    }
    Q_EMIT changed({change});
}

void ChangeFeed::began() {
    QMutexLocker lock(&m_mutex);
    m_pending.insert(QThread::currentThreadId(), {});
}

QList<Change> ChangeFeed::takePending() {
    QMutexLocker lock(&m_mutex);
    return m_pending.take(QThread::currentThreadId());
}

QStringList ChangeFeed::pendingPayloads() const {
    ChangePayload payload{m_deskId, m_stationId, {}};
    {
        QMutexLocker lock(&m_mutex);
        payload.changes = m_pending.value(QThread::currentThreadId());
    }
    return payload.changes.isEmpty() ? QStringList() : encode(payload);
}

void ChangeFeed::committed() {
    const QList<Change> changes = takePending();
    if (!changes.isEmpty()) {
        Q_EMIT changed(changes);
    }
}

void ChangeFeed::rolledBack() {
    (void)takePending();
}

Status ChangeFeed::listen(const QSqlDatabase &connection) {
    QSqlDriver *driver = connection.driver();
    if (!connection.isOpen() || !driver->hasFeature(QSqlDriver::EventNotifications)) {
        return Error::storage(tr("This database cannot tell the desk about changes made at "
                                 "other desks (the %1 driver has no notifications): lists "
                                 "show other desks' work only when opened again.")
                                  .arg(connection.driverName()));
    }
    if (!driver->subscribeToNotification(kChannel.toString())) {
        return Error::storage(tr("Could not listen for changes made at other desks: %1. Lists "
                                 "show other desks' work only when opened again.")
                                  .arg(driver->lastError().text()));
    }
    connect(driver, &QSqlDriver::notification, this, &ChangeFeed::receive);
    m_listening = true;
    return {};
}

void ChangeFeed::receive(const QString &name, QSqlDriver::NotificationSource source,
                         const QVariant &payload) {
    // Our own connection's notifications were announced when they committed.
    if (name != kChannel || source == QSqlDriver::SelfSource) {
        return;
    }
    const std::optional<ChangePayload> decoded = decode(payload.toString());
    if (!decoded) {
        qCWarning(lcChanges) << "ignored a malformed change notification";
        return;
    }
    if (decoded->desk == m_deskId || decoded->stationId != m_stationId) {
        return;
    }
    QList<Change> changes = decoded->changes;
    for (Change &change : changes) {
        change.local = false;
    }
    Q_EMIT changed(changes);
}

QStringList ChangeFeed::encode(const ChangePayload &payload) {
    const QJsonObject head = envelope(payload);
    const qsizetype headBytes = serialise(head, {}).toUtf8().size();
    QStringList payloads;
    QJsonArray batch;
    qsizetype batchBytes = headBytes;
    for (const Change &change : payload.changes) {
        const QJsonArray item{change.kind, change.id};
        const qsizetype itemBytes =
            QJsonDocument(item).toJson(QJsonDocument::Compact).size() + 1; // and a comma
        if (!batch.isEmpty() && batchBytes + itemBytes > kMaxPayloadBytes) {
            payloads << serialise(head, batch);
            batch = {};
            batchBytes = headBytes;
        }
        // A key too long for any payload is cut: the kind is what lists listen for.
        batch.append(itemBytes + headBytes > kMaxPayloadBytes ? QJsonArray{change.kind, QString()}
                                                              : item);
        batchBytes += itemBytes;
    }
    if (!batch.isEmpty()) {
        payloads << serialise(head, batch);
    }
    return payloads;
}

std::optional<ChangePayload> ChangeFeed::decode(const QString &text) {
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(text.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError || !document.isObject()) {
        return std::nullopt;
    }
    const QJsonObject object = document.object();
    if (object.size() != 4 || object.value(u"v"_s) != QJsonValue(kPayloadVersion) ||
        !object.value(u"desk"_s).isString() || !object.value(u"station"_s).isString() ||
        !object.value(u"changes"_s).isArray()) {
        return std::nullopt;
    }
    ChangePayload payload;
    payload.desk = object.value(u"desk"_s).toString();
    bool stationOk = false;
    payload.stationId = object.value(u"station"_s).toString().toLongLong(&stationOk);
    if (payload.desk.isEmpty() || !stationOk) {
        return std::nullopt;
    }
    const QJsonArray changes = object.value(u"changes"_s).toArray();
    if (changes.isEmpty()) {
        return std::nullopt;
    }
    for (const QJsonValue &value : changes) {
        const QJsonArray item = value.toArray();
        if (!value.isArray() || item.size() != 2 || !item.at(0).isString() ||
            !item.at(1).isString() || !validKind(item.at(0).toString())) {
            return std::nullopt;
        }
        payload.changes.append({item.at(0).toString(), item.at(1).toString(), false});
    }
    return payload;
}

} // namespace sd
