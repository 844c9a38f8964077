#include "core/organisation/PersonRepository.h"

#include "core/kernel/storage/Columns.h"
#include "core/kernel/storage/RowVersion.h"
#include "core/kernel/storage/Sql.h"
#include "core/kernel/storage/SqlWhere.h"
#include "core/kernel/storage/VersionedTable.h"

#include <QCoreApplication>
#include <QSqlRecord>

using namespace Qt::StringLiterals;

namespace sd {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(sd::PersonRepository)
};

const QString kColumns = u"id, badge_no, name, position, category, phone, joined_on, left_on, "
                         u"active, row_version, updated_at, updated_by"_s;

Person personFrom(const QSqlQuery &query) {
    Person person;
    readColumns(query, 0, person.id, person.badgeNo, person.name, person.position);
    person.category =
        personCategoryFromKey(query.value(4).toString()).value_or(PersonCategory::Officer);
    person.phone = query.value(5).toString();
    person.joinedOn = QDate::fromString(query.value(6).toString(), Qt::ISODate);
    person.leftOn = QDate::fromString(query.value(7).toString(), Qt::ISODate);
    readColumns(query, 8, person.active, person.rowVersion, person.updatedAt, person.updatedBy);
    return person;
}

SqlWhere whereClause(const PersonFilter &filter, qint64 stationId) {
    SqlWhere where(u"station_id = ?"_s, stationId);
    if (!filter.includeInactive) {
        where.add(u"active = 1"_s);
    }
    return where.containsText(filter.text, {u"name"_s, u"badge_no"_s, u"position"_s, u"phone"_s});
}

const VersionedTable kPersonTable(u"person"_s,
                                  {u"badge_no"_s, u"name"_s, u"position"_s, u"category"_s,
                                   u"phone"_s, u"joined_on"_s, u"left_on"_s, u"active"_s});

QVariantList writtenValues(const Person &person) {
    return {person.badgeNo,
            person.name,
            person.position,
            toKey(person.category),
            person.phone,
            nullableDate(person.joinedOn),
            nullableDate(person.leftOn),
            person.active ? 1 : 0};
}

} // namespace

Result<Person> PersonRepository::find(qint64 id) const {
    return rowSql(m_database.connection(),
                  u"SELECT "_s + kColumns + u" FROM person WHERE id = ? AND station_id = ?"_s,
                  {id, m_database.stationId()}, Tr::tr("No person with id %1").arg(id), personFrom);
}

Result<std::optional<Person>> PersonRepository::findIfExists(qint64 id) const {
    auto person = find(id);
    if (!person) {
        if (person.error().code == ErrorCode::NotFound) {
            return std::optional<Person>();
        }
        return person.error();
    }
    return std::optional<Person>(std::move(person).value());
}

Result<std::optional<Person>> PersonRepository::findByBadge(const QString &badgeNo) const {
    return optionalRowSql(m_database.connection(),
                          u"SELECT "_s + kColumns +
                              u" FROM person WHERE badge_no = ? AND station_id = ?"_s,
                          {badgeNo, m_database.stationId()}, personFrom);
}

Result<QList<Person>> PersonRepository::list(const PersonFilter &filter) const {
    const SqlWhere where = whereClause(filter, m_database.stationId());
    return rowsSql(m_database.connection(),
                   u"SELECT "_s + kColumns + u" FROM person"_s + where.sql() +
                       u" ORDER BY active DESC, "_s +
                       m_database.dialect().textOrder(u"badge_no"_s) + u" LIMIT ? OFFSET ?"_s,
                   where.valuesAnd({filter.limit, filter.offset}), personFrom);
}

Result<int> PersonRepository::count(const PersonFilter &filter) const {
    const SqlWhere where = whereClause(filter, m_database.stationId());
    return countSql(m_database.connection(), u"SELECT COUNT(*) FROM person"_s + where.sql(),
                    where.values());
}

Result<Person> PersonRepository::insert(const Person &person, qint64 nowMs,
                                        const QString &actor) const {
    auto id = kPersonTable.insert(m_database, writtenValues(person), nowMs, actor);
    SD_RETURN_IF_ERROR(id);
    return find(id.value());
}

Result<Person> PersonRepository::update(const Person &person, qint64 nowMs,
                                        const QString &actor) const {
    auto matched = kPersonTable.update(m_database, person.id, person.rowVersion,
                                       writtenValues(person), nowMs, actor);
    SD_RETURN_IF_ERROR(matched);
    return storedOrConflict(matched.value(), find(person.id), [](const Person &current) {
        return conflictError(Tr::tr("Person %1 (%2)").arg(current.name, current.badgeNo),
                             current.updatedBy, current.updatedAt);
    });
}

} // namespace sd
