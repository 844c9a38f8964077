#pragma once

#include <QString>
#include <QStringList>

namespace sd {

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
    QString details() const { return QStringLiteral("fields: ") + m_names.join(u','); }

private:
    QStringList m_names;
};

} // namespace sd
