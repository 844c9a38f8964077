#pragma once

#include "core/frontdesk/OnSceneRecord.h"
#include "core/kernel/common/Result.h"
#include "core/kernel/storage/Database.h"

#include <QSqlQuery>
#include <QVariant>
#include <utility>

namespace sd {

// The child rows a record keeps for the people in it, the same for on-scene records
// (onscene_party, onscene_officer by record_id) and mediation cases (mediation_party,
// mediation_mediator by case_id): parties with their identity documents, and the ordered
// officers or mediators. Callers own the transaction.
class PartyRowRepository {
public:
    // Columns and their values, in order.
    using Columns = QList<std::pair<QString, QVariant>>;

    // key: the owner's column in the child tables; stamp: columns every inserted row also
    // gets (a mediation row's station_id).
    PartyRowRepository(const Database &database, QString key, qint64 ownerId, Columns stamp = {})
        : m_database(database)
        , m_key(std::move(key))
        , m_ownerId(ownerId)
        , m_stamp(std::move(stamp)) {}

    // The owner's parties in position order: the identity columns (name, sex, document type
    // and number, phone, address), then extraColumns.
    Result<QSqlQuery> select(const QString &table, const QString &extraColumns) const;
    // A party's identity from the first six columns of a select() row.
    template <typename Party> static Party identityFrom(const QSqlQuery &row) {
        Party party;
        party.name = row.value(0).toString();
        party.sex = sexFromKey(row.value(1).toString()).value_or(Sex::Unstated);
        party.documentType =
            idDocumentTypeFromKey(row.value(2).toString()).value_or(IdDocumentType::Other);
        party.documentNumber = row.value(3).toString();
        party.phone = row.value(4).toString();
        party.address = row.value(5).toString();
        return party;
    }
    // A party's row at position: its identity as given (the caller trims if it must), then
    // extra.
    template <typename Party>
    Status insert(const QString &table, int position, const Party &party,
                  const Columns &extra) const {
        return insertParty(table, position,
                           {party.name, toKey(party.sex), toKey(party.documentType),
                            party.documentNumber, party.phone, party.address},
                           extra);
    }

    // The officers or mediators (person ids, names, badges) in position order.
    Status selectPeople(const QString &table, QList<qint64> &ids, QStringList &names,
                        QStringList &badges) const;
    Status insertPeople(const QString &table, const QList<qint64> &personIds) const;

    // Deletes the owner's rows of each table, before the lists are written again.
    Status clear(const QStringList &tables) const;

private:
    Status insertParty(const QString &table, int position, const QVariantList &identity,
                       const Columns &extra) const;
    Status insertRow(const QString &table, const Columns &columns) const;

    const Database &m_database;
    QString m_key;
    qint64 m_ownerId = 0;
    Columns m_stamp;
};

} // namespace sd
