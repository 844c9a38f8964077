#pragma once

#include <QString>
#include <functional>
#include <optional>
#include <utility>
#include <vector>

namespace sd {

// The keys (alert numbers, asset tags) the rows of one import file name in their first
// column, with the line each is on, gathered before the import so that a generated key
// never takes one a later row names and a key named twice is caught on its second line.
// A key is held as the number its code carries (JQ-2026-000123 as 2026000123), 16 bytes a
// row, so a million-row file needs no million strings; a key that is not a valid code has
// no number and is left to the row's own checks.
class CsvKeyIndex {
public:
    using CodeOf = std::function<std::optional<qint64>(const QString &firstField)>;

    explicit CsvKeyIndex(CodeOf codeOf)
        : m_codeOf(std::move(codeOf)) {}

    void clear() { m_entries.clear(); }
    void add(const QString &firstField, qint64 line);
    // Call once every row is added, before the look-ups.
    void finish();

    std::optional<qint64> codeOf(const QString &firstField) const { return m_codeOf(firstField); }
    // The first line of the file that names code, if any does.
    std::optional<qint64> firstLine(qint64 code) const;
    bool contains(qint64 code) const { return firstLine(code).has_value(); }

private:
    CodeOf m_codeOf;
    std::vector<std::pair<qint64, qint64>> m_entries; // (code, line), sorted by finish()
};

} // namespace sd
