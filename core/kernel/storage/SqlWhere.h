#pragma once

#include "core/kernel/storage/Sql.h"

#include <QString>
#include <QStringList>
#include <QVariant>
#include <optional>
#include <type_traits>

namespace sd {

// The WHERE clause of a filtered list, built a condition at a time, with the values its
// placeholders take in the order they appear. A filter left unset adds no condition, so
// the clause and its values cannot fall out of step.
class SqlWhere {
public:
    // The first condition, which every list has: the station the rows belong to.
    SqlWhere(const QString &condition, const QVariant &value) { add(condition, {value}); }

    // A condition with as many placeholders as values.
    SqlWhere &add(const QString &condition, const QVariantList &values = {}) {
        m_conditions << condition;
        m_values << values;
        return *this;
    }

    // A condition with one placeholder, added only when the filter is set. An enum is
    // bound as its stored key.
    template <class T> SqlWhere &whenSet(const std::optional<T> &filter, const QString &condition) {
        if (filter) {
            add(condition, {bound(*filter)});
        }
        return *this;
    }

    // A text filter is unset when it is empty.
    SqlWhere &whenSet(const QString &filter, const QString &condition) {
        if (!filter.isEmpty()) {
            add(condition, {filter});
        }
        return *this;
    }

    // Rows where any of the columns contains the text, ignoring case; nothing when the
    // text is blank.
    SqlWhere &containsText(const QString &text, const QStringList &columns) {
        const QString trimmed = text.trimmed();
        if (trimmed.isEmpty()) {
            return *this;
        }
        QStringList matches;
        QVariantList patterns;
        for (const QString &column : columns) {
            matches << QStringLiteral("LOWER(%1) LIKE ? ESCAPE '\\'").arg(column);
            patterns << likePattern(trimmed);
        }
        return add(u'(' + matches.join(QStringLiteral(" OR ")) + u')', patterns);
    }

    // column IN (…) with one placeholder per value; nothing when there are no values.
    SqlWhere &anyOf(const QString &column, const QVariantList &values) {
        if (values.isEmpty()) {
            return *this;
        }
        QStringList marks;
        for (qsizetype i = 0; i < values.size(); ++i) {
            marks << QStringLiteral("?");
        }
        return add(column + QStringLiteral(" IN (") + marks.join(u", ") + u')', values);
    }

    // The two ends of a range: from is included, to is not.
    template <class T>
    SqlWhere &within(const QString &column, const std::optional<T> &from,
                     const std::optional<T> &to) {
        return whenSet(from, column + QStringLiteral(" >= ?"))
            .whenSet(to, column + QStringLiteral(" < ?"));
    }

    QString sql() const { return QStringLiteral(" WHERE ") + m_conditions.join(u" AND "); }
    const QVariantList &values() const { return m_values; }
    // The clause, its values appended to those bound before it in the statement.
    QString sql(QVariantList &boundSoFar) const {
        boundSoFar << m_values;
        return sql();
    }
    // The values followed by those of placeholders after the clause (a limit and offset).
    QVariantList valuesAnd(const QVariantList &more) const { return m_values + more; }

private:
    template <class T> static QVariant bound(const T &value) {
        if constexpr (std::is_enum_v<T>) {
            return toKey(value);
        } else {
            return QVariant::fromValue(value);
        }
    }

    QStringList m_conditions;
    QVariantList m_values;
};

} // namespace sd
