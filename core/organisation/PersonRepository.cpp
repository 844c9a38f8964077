#include "core/organisation/PersonRepository.h"

#include "core/kernel/storage/Columns.h"
#include "core/kernel/storage/RowVersion.h"
#include "core/kernel/storage/Sql.h"

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

QString whereClause(const PersonFilter &filter, QVariantList &values, qint64 stationId) {
    QString where = u" WHERE station_id = ?"_s;
    values << stationId;
    if (!filter.includeInactive) {
        where += u" AND active = 1"_s;
    }
    if (!filter.text.trimmed().isEmpty()) {
        where += u" AND (LOWER(name) LIKE ? ESCAPE '\\' OR LOWER(badge_no) LIKE ? ESCAPE '\\' "
                 u"OR LOWER(position) LIKE ? ESCAPE '\\' OR phone LIKE ? ESCAPE '\\')"_s;
        const QString pattern = likePattern(filter.text.trimmed());
        values << pattern << pattern << pattern << pattern;
    }
    return where;
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
    auto query =
        runSql(m_database.connection(),
               u"SELECT "_s + kColumns + u" FROM person WHERE badge_no = ? AND station_id = ?"_s,
               {badgeNo, m_database.stationId()});
    SD_RETURN_IF_ERROR(query);
    if (!query.value().next()) {
        return std::optional<Person>();
    }
    return std::optional<Person>(personFrom(query.value()));
}

Result<QList<Person>> PersonRepository::list(const PersonFilter &filter) const {
    QVariantList values;
    const QString where = whereClause(filter, values, m_database.stationId());
    values << filter.limit << filter.offset;
    return rowsSql(m_database.connection(),
                   u"SELECT "_s + kColumns + u" FROM person"_s + where +
                       u" ORDER BY active DESC, "_s +
                       m_database.dialect().textOrder(u"badge_no"_s) + u" LIMIT ? OFFSET ?"_s,
                   values, [&](const QSqlQuery &row) { return personFrom(row); });
}

Result<int> PersonRepository::count(const PersonFilter &filter) const {
    QVariantList values;
    const QString where = whereClause(filter, values, m_database.stationId());
    auto value =
        scalarSql(m_database.connection(), u"SELECT COUNT(*) FROM person"_s + where, values);
    SD_RETURN_IF_ERROR(value);
    return value.value().toInt();
}

Result<Person> PersonRepository::insert(const Person &person, qint64 nowMs,
                                        const QString &actor) const {
    auto id =
        scalarSql(m_database.connection(),
                  u"INSERT INTO person (station_id, badge_no, name, position, category, phone, "
                  u"joined_on, left_on, active, row_version, created_at, updated_at, "
                  u"updated_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?, ?) RETURNING id"_s,
                  {m_database.stationId(), person.badgeNo, person.name, person.position,
                   toKey(person.category), person.phone, nullableDate(person.joinedOn),
                   nullableDate(person.leftOn), person.active ? 1 : 0, nowMs, nowMs, actor});
    SD_RETURN_IF_ERROR(id);
    return find(id.value().toLongLong());
}

Result<Person> PersonRepository::update(const Person &person, qint64 nowMs,
                                        const QString &actor) const {
    auto query =
        runSql(m_database.connection(),
               u"UPDATE person SET badge_no = ?, name = ?, position = ?, category = ?, "
               u"phone = ?, joined_on = ?, left_on = ?, active = ?, "
               u"row_version = row_version + 1, updated_at = ?, updated_by = ? "
               u"WHERE id = ? AND station_id = ? AND row_version = ?"_s,
               {person.badgeNo, person.name, person.position, toKey(person.category), person.phone,
                nullableDate(person.joinedOn), nullableDate(person.leftOn), person.active ? 1 : 0,
                nowMs, actor, person.id, m_database.stationId(), person.rowVersion});
    SD_RETURN_IF_ERROR(query);
    if (query.value().numRowsAffected() == 0) {
        auto current = find(person.id);
        SD_RETURN_IF_ERROR(current);
        return conflictError(Tr::tr("Person %1 (%2)").arg(current->name, current->badgeNo),
                             current->updatedBy, current->updatedAt);
    }
    return find(person.id);
}

} // namespace sd
