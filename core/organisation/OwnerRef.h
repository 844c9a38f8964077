#pragma once

#include <QtGlobal>
#include <optional>

namespace sd {

// Who answers for an asset or a task: one person, or one unit whose active leader is
// then the accountable person. Stored as owner_person_id / owner_unit_id, exactly one set.
struct OwnerRef {
    enum class Kind { Person, Unit };
    Kind kind = Kind::Person;
    qint64 id = 0;

    static OwnerRef person(qint64 personId) { return {Kind::Person, personId}; }
    static OwnerRef unit(qint64 unitId) { return {Kind::Unit, unitId}; }
    bool isValid() const { return id > 0; }
    bool isUnit() const { return kind == Kind::Unit; }
    std::optional<qint64> personId() const {
        return kind == Kind::Person ? std::optional<qint64>(id) : std::nullopt;
    }
    std::optional<qint64> unitId() const {
        return kind == Kind::Unit ? std::optional<qint64>(id) : std::nullopt;
    }
    bool operator==(const OwnerRef &other) const = default;
};

} // namespace sd
