#pragma once

#include <QString>
#include <QStringList>

namespace sd {

// One audited field of a record: the member compared and the name the audit row gives it.
template <class Record, class Member> struct AuditedField {
    Member Record::*member;
    const char16_t *name;
};

template <class Record, class Member>
constexpr AuditedField<Record, Member> auditField(Member Record::*member, const char16_t *name) {
    return {member, name};
}

// The details of an audit row for an edit: the names of the fields that changed, never
// their values (a phone or identity number is personal data and must not be copied
// into the log).
class ChangedFields {
public:
    ChangedFields &note(bool changed, const char16_t *name) {
        if (changed) {
            m_names << QString::fromUtf16(name);
        }
        return *this;
    }

    // Notes each field whose member differs between the two versions. Naming the member
    // once (not as before.x != after.x) means a field cannot be compared with another.
    template <class Record, class... Members>
    ChangedFields &compare(const Record &before, const Record &after,
                           const AuditedField<Record, Members> &...fields) {
        (note(!(before.*fields.member == after.*fields.member), fields.name), ...);
        return *this;
    }

    QString details() const { return QStringLiteral("fields: ") + m_names.join(u','); }

private:
    QStringList m_names;
};

} // namespace sd
