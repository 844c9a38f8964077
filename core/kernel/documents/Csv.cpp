#include "core/kernel/documents/Csv.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace sd {

namespace {
constexpr qint64 kChunkSize = 1 << 20;

// Each field is decoded on its own, so the decoder must keep a U+FEFF a field starts with:
// only the file's first bytes can be a byte order mark, and next() strips that.
QStringDecoder decoderFor(CsvEncoding encoding) {
    constexpr auto flags =
        QStringDecoder::Flag::Stateless | QStringDecoder::Flag::ConvertInitialBom;
    return encoding == CsvEncoding::Gb18030 ? QStringDecoder("GB18030", flags)
                                            : QStringDecoder(QStringDecoder::Utf8, flags);
}

bool startsFormula(QChar c) {
    return c == u'=' || c == u'+' || c == u'-' || c == u'@' || c == u'\t' || c == u'\r';
}

// The apostrophes a value starts with, when a formula character follows them; -1 otherwise.
qsizetype quotesBeforeFormula(const QString &value) {
    qsizetype quotes = 0;
    while (quotes < value.size() && value.at(quotes) == u'\'') {
        ++quotes;
    }
    return quotes < value.size() && startsFormula(value.at(quotes)) ? quotes : -1;
}
} // namespace

namespace CsvFormulaGuard {

QString guard(const QString &value) {
    const qsizetype quotes = quotesBeforeFormula(value);
    if (quotes < 0) {
        return value;
    }
    static const QRegularExpression negativeNumber(u"^-\\d+(\\.\\d+)?$"_s);
    if (quotes == 0 && negativeNumber.match(value).hasMatch()) {
        return value;
    }
    return u'\'' + value;
}

QString unguard(const QString &value) {
    // Called for every field read: most start with anything but an apostrophe.
    if (value.isEmpty() || value.front() != u'\'') {
        return value;
    }
    return quotesBeforeFormula(value) > 0 ? value.mid(1) : value;
}

} // namespace CsvFormulaGuard

CsvReader::CsvReader(QIODevice &device, CsvEncoding encoding)
    : m_device(device)
    , m_encoding(encoding)
    , m_decoder(decoderFor(encoding)) {}

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
        // GB18030 spells U+FEFF in four bytes; a file in it may start with either mark.
        while (m_buffer.size() < 4 && fill()) {
        }
        const QByteArray mark =
            m_buffer.startsWith("\xEF\xBB\xBF") ? "\xEF\xBB\xBF"_ba
            : m_encoding == CsvEncoding::Gb18030 && m_buffer.startsWith("\x84\x31\x95\x33")
                ? "\x84\x31\x95\x33"_ba
                : QByteArray();
        m_pos = mark.size();
        m_consumed = mark.size();
    }
    record.line = m_line;
    record.fields.clear();
    QByteArray field;
    bool quoted = false;    // inside a quoted field
    bool wasQuoted = false; // the current field started with a quote
    qint64 quoteLine = m_line;
    auto finishField = [&]() {
        const QString text = m_decoder.decode(field);
        record.fields.append(CsvFormulaGuard::unguard(text));
        field.clear();
        wasQuoted = false;
        if (m_decoder.hasError() || !m_decoder.isValid()) {
            m_encodingError = true;
            return fail(record.line, int(record.fields.size()),
                        tr("the text is neither UTF-8 nor GB18030; save the file as "
                           "\"CSV UTF-8\""));
        }
        return true;
    };
    auto nulByte = [&]() {
        return fail(m_line, int(record.fields.size()) + 1,
                    tr("the file holds a NUL (zero) byte, which is not text; if it is UTF-16 "
                       "or a spreadsheet file, save it as \"CSV UTF-8\""));
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
        if (c == '\0') {
            return nulByte();
        }
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
    if (!m_started) {
        m_started = true;
        m_row.append("\xEF\xBB\xBF");
    }
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0) {
            m_row.append(',');
        }
        const QByteArray bytes = CsvFormulaGuard::guard(fields.at(i)).toUtf8();
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
