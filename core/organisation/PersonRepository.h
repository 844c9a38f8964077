#pragma once

#include "core/kernel/common/Result.h"
#include "core/kernel/storage/Database.h"
#include "core/organisation/Person.h"

#include <QList>

namespace sd {

// SQL for the person table. Callers (services) own the transaction.
class PersonRepository {
public:
    explicit PersonRepository(const Database &database)
        : m_database(database) {}

    Result<Person> find(qint64 id) const;
    // The person with this id, or nothing when there is none (a reference that went stale).
    Result<std::optional<Person>> findIfExists(qint64 id) const;
    Result<std::optional<Person>> findByBadge(const QString &badgeNo) const;
    Result<QList<Person>> list(const PersonFilter &filter) const;
    Result<int> count(const PersonFilter &filter) const;

    // Returns the stored person with id and row version set.
    Result<Person> insert(const Person &person, qint64 nowMs, const QString &actor) const;
    // Fails with a Conflict error when person.rowVersion is no longer current.
    Result<Person> update(const Person &person, qint64 nowMs, const QString &actor) const;

private:
    const Database &m_database;
};

} // namespace sd
