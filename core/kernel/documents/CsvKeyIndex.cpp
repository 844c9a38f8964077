#include "core/kernel/documents/CsvKeyIndex.h"

#include <algorithm>

namespace sd {

void CsvKeyIndex::add(const QString &firstField, qint64 line) {
    if (const auto code = m_codeOf(firstField)) {
        m_entries.emplace_back(*code, line);
    }
}

void CsvKeyIndex::finish() {
    std::sort(m_entries.begin(), m_entries.end());
}

std::optional<qint64> CsvKeyIndex::firstLine(qint64 code) const {
    const auto found =
        std::lower_bound(m_entries.cbegin(), m_entries.cend(), std::pair<qint64, qint64>(code, 0));
    if (found == m_entries.cend() || found->first != code) {
        return std::nullopt;
    }
    return found->second;
}

} // namespace sd
