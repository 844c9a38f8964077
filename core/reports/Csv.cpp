#include "reports/Csv.h"

using namespace Qt::StringLiterals;

namespace sd {

namespace {
constexpr qint64 kChunkSize = 1 << 20;
} // namespace

CsvReader::CsvReader(QIODevice &device)
    : m_device(device) {}

bool CsvReader::fill() {
    if (m_eof) {
        return false;
    }
    m_buffer.remove(0, m_pos);
    m_pos = 0;
    const QByteArray chunk = m_device.read(kChunkSize);
    if (chunk.isEmpty()) {
        m_eof = true;
        return false;
    }
    m_buffer.append(chunk);
    return true;
}

bool CsvReader::fail(qint64 line, int column, const QString &problem) {
    m_error = Error::validation(u"file"_s, u"%1:%2: %3"_s.arg(line).arg(column).arg(problem));
    return false;
}

bool CsvReader::next(CsvRecord &record) {
    if (m_error) {
        return false;
    }
    if (m_pos >= m_buffer.size() && !fill()) {
        return false;
    }
    if (m_atStart) {
        m_atStart = false;
        while (m_buffer.size() < 3 && fill()) {
        }
        if (m_buffer.startsWith("\xEF\xBB\xBF")) {
            m_pos = 3;
            m_consumed = 3;
        }
    }
    record.line = m_line;
    record.fields.clear();
    QByteArray field;
    bool quoted = false;    // inside a quoted field
    bool wasQuoted = false; // the current field started with a quote
    qint64 quoteLine = m_line;
    auto finishField = [&]() {
        record.fields.append(m_decoder.decode(field));
        field.clear();
        wasQuoted = false;
        if (m_decoder.hasError()) {
            return fail(record.line, int(record.fields.size()), tr("the text is not valid UTF-8"));
        }
        return true;
    };
    for (;;) {
        if (m_pos >= m_buffer.size() && !fill()) {
            if (quoted) {
                return fail(quoteLine, int(record.fields.size()) + 1,
                            tr("a quoted field is never closed"));
            }
            return finishField();
        }
        const char c = m_buffer.at(m_pos++);
        ++m_consumed;
        if (quoted) {
            if (c == '"') {
                if (m_pos >= m_buffer.size()) {
                    fill();
                }
                if (m_pos < m_buffer.size() && m_buffer.at(m_pos) == '"') {
                    field.append('"');
                    ++m_pos;
                    ++m_consumed;
                } else {
                    quoted = false;
                }
            } else {
                if (c == '\n') {
                    ++m_line;
                }
                field.append(c);
            }
            continue;
        }
        if (c == ',') {
            if (!finishField()) {
                return false;
            }
        } else if (c == '\n') {
            ++m_line;
            return finishField();
        } else if (c == '\r') {
            // CR before LF ends the line; a lone CR is kept as text.
            if (m_pos >= m_buffer.size()) {
                fill();
            }
            if (m_pos < m_buffer.size() && m_buffer.at(m_pos) == '\n') {
                continue;
            }
            field.append(c);
        } else if (c == '"' && field.isEmpty() && !wasQuoted) {
            quoted = true;
            wasQuoted = true;
            quoteLine = m_line;
        } else {
            field.append(c);
        }
    }
}

bool CsvWriter::writeRow(const QStringList &fields) {
    m_row.clear();
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0) {
            m_row.append(',');
        }
        const QByteArray bytes = fields.at(i).toUtf8();
        if (bytes.contains(',') || bytes.contains('"') || bytes.contains('\n') ||
            bytes.contains('\r')) {
            m_row.append('"');
            for (const char c : bytes) {
                if (c == '"') {
                    m_row.append('"');
                }
                m_row.append(c);
            }
            m_row.append('"');
        } else {
            m_row.append(bytes);
        }
    }
    m_row.append('\n');
    return m_device.write(m_row) == m_row.size();
}

void ImportProblems::add(qint64 line, const QString &column, const QString &problem) {
    ++m_total;
    if (m_shown.size() < m_limit) {
        m_shown.append(u"%1:%2: %3"_s.arg(line).arg(column, problem));
    }
}

QString ImportProblems::report() const {
    QString text = m_shown.join(u'\n');
    if (m_total > m_shown.size()) {
        text += u'\n' + tr("… and %n more problem(s)", nullptr, int(m_total - m_shown.size()));
    }
    return text;
}

} // namespace sd
