#include "core/frontdesk/PartyRowRepository.h"

#include "core/kernel/storage/Sql.h"

using namespace Qt::StringLiterals;

namespace sd {

namespace {
// In the order PartyRowRepository::identityFrom reads them and insert() writes them.
const QStringList kIdentityColumns{
    u"name"_s, u"sex"_s, u"document_type"_s, u"document_number"_s, u"phone"_s, u"address"_s};
} // namespace

Result<QSqlQuery> PartyRowRepository::select(const QString &table,
                                             const QString &extraColumns) const {
    return runSql(m_database.connection(),
                  u"SELECT %1, %2 FROM %3 WHERE %4 = ? ORDER BY position"_s.arg(
                      kIdentityColumns.join(u", "_s), extraColumns, table, m_key),
                  {m_ownerId});
}

Status PartyRowRepository::selectPeople(const QString &table, QList<qint64> &ids,
                                        QStringList &names, QStringList &badges) const {
    auto people = runSql(m_database.connection(),
                         u"SELECT p.id, p.name, p.badge_no FROM %1 x JOIN person p ON p.id = "
                         u"x.person_id WHERE x.%2 = ? ORDER BY x.position"_s.arg(table, m_key),
                         {m_ownerId});
    SD_RETURN_IF_ERROR(people);
    while (people->next()) {
        ids << people->value(0).toLongLong();
        names << people->value(1).toString();
        badges << people->value(2).toString();
    }
    return {};
}

Status PartyRowRepository::insertPeople(const QString &table,
                                        const QList<qint64> &personIds) const {
    for (qsizetype i = 0; i < personIds.size(); ++i) {
        if (Status inserted =
                insertRow(table, {{u"person_id"_s, personIds[i]}, {u"position"_s, int(i)}});
            !inserted) {
            return inserted;
        }
    }
    return {};
}

Status PartyRowRepository::clear(const QStringList &tables) const {
    for (const QString &table : tables) {
        auto cleared = runSql(m_database.connection(),
                              u"DELETE FROM %1 WHERE %2 = ?"_s.arg(table, m_key), {m_ownerId});
        SD_RETURN_IF_ERROR(cleared);
    }
    return {};
}

Status PartyRowRepository::insertParty(const QString &table, int position,
                                       const QVariantList &identity, const Columns &extra) const {
    Columns columns{{u"position"_s, position}};
    for (qsizetype i = 0; i < kIdentityColumns.size(); ++i) {
        columns.append({kIdentityColumns[i], identity[i]});
    }
    return insertRow(table, columns + extra);
}

Status PartyRowRepository::insertRow(const QString &table, const Columns &columns) const {
    QStringList names{m_key};
    QVariantList values{m_ownerId};
    for (const auto &[name, value] : m_stamp + columns) {
        names << name;
        values << value;
    }
    auto inserted =
        runSql(m_database.connection(),
               u"INSERT INTO %1 (%2) VALUES (%3)"_s.arg(
                   table, names.join(u", "_s), QStringList(names.size(), u"?"_s).join(u", "_s)),
               values);
    return inserted ? Status() : Status(inserted.error());
}

} // namespace sd
