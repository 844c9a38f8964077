#include "app/stationctl/TableWriter.h"

#include <QDate>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace sd {

namespace {

// CSV lines end in CRLF as RFC 4180 asks; spreadsheets and csv libraries expect it.
const QString kCsvLineEnd = u"\r\n"_s;
const QString kColumnGap = u"  "_s;

bool isWide(char32_t c) {
    // East Asian Wide and Fullwidth ranges (Unicode UAX #11), enough for names,
    // places and punctuation in Chinese, Japanese and Korean, and common emoji.
    static constexpr std::pair<char32_t, char32_t> kRanges[] = {
        {0x1100, 0x115F},   {0x2329, 0x232A},   {0x2E80, 0x303E},   {0x3041, 0x33FF},
        {0x3400, 0x4DBF},   {0x4E00, 0x9FFF},   {0xA000, 0xA4CF},   {0xA960, 0xA97F},
        {0xAC00, 0xD7A3},   {0xF900, 0xFAFF},   {0xFE10, 0xFE19},   {0xFE30, 0xFE6F},
        {0xFF00, 0xFF60},   {0xFFE0, 0xFFE6},   {0x1F300, 0x1F64F}, {0x1F900, 0x1F9FF},
        {0x20000, 0x2FFFD}, {0x30000, 0x3FFFD},
    };
    return std::any_of(std::begin(kRanges), std::end(kRanges),
                       [c](const auto &range) { return c >= range.first && c <= range.second; });
}

int codePointWidth(char32_t c) {
    if (c < 0x20 || (c >= 0x7F && c < 0xA0)) {
        return 0;
    }
    switch (QChar::category(c)) {
    case QChar::Mark_NonSpacing:
    case QChar::Mark_Enclosing:
    case QChar::Other_Format: // zero-width joiners and spaces
        return 0;
    default:
        break;
    }
    return isWide(c) ? 2 : 1;
}

// A table cell is one line: line breaks and tabs would break the alignment.
QString oneLine(QString text) {
    for (QChar &c : text) {
        if (c == u'\n' || c == u'\r' || c == u'\t') {
            c = u' ';
        }
    }
    return text;
}

QString padded(const QString &text, int width, Qt::Alignment alignment) {
    const QString padding(std::max(0, width - TableWriter::displayWidth(text)), u' ');
    return alignment.testFlag(Qt::AlignRight) ? padding + text : text + padding;
}

} // namespace

TableWriter::TableWriter(QList<Column> columns)
    : m_columns(std::move(columns)) {}

void TableWriter::addRow(QVariantList values) {
    // A short row is a programming mistake; padding keeps the output well-formed anyway.
    while (values.size() < m_columns.size()) {
        values << QVariant();
    }
    m_rows << std::move(values);
}

QString TableWriter::render(OutputFormat format) const {
    switch (format) {
    case OutputFormat::Table:
        return toTable();
    case OutputFormat::Csv:
        return toCsv();
    case OutputFormat::Json:
        return toJson();
    }
    return {};
}

int TableWriter::displayWidth(const QString &text) {
    int width = 0;
    const QList<uint> codePoints = text.toUcs4();
    for (uint c : codePoints) {
        width += codePointWidth(char32_t(c));
    }
    return width;
}

QString TableWriter::csvField(const QString &text) {
    const bool needsQuotes =
        text.contains(u',') || text.contains(u'"') || text.contains(u'\n') || text.contains(u'\r');
    if (!needsQuotes) {
        return text;
    }
    QString quoted = text;
    quoted.replace(u'"', u"\"\""_s);
    return u'"' + quoted + u'"';
}

QString TableWriter::jsonString(const QString &text) {
    QString result;
    result.reserve(text.size() + 2);
    result += u'"';
    for (const QChar c : text) {
        switch (c.unicode()) {
        case u'"':
            result += u"\\\""_s;
            break;
        case u'\\':
            result += u"\\\\"_s;
            break;
        case u'\n':
            result += u"\\n"_s;
            break;
        case u'\r':
            result += u"\\r"_s;
            break;
        case u'\t':
            result += u"\\t"_s;
            break;
        default:
            if (c.unicode() < 0x20) {
                result += u"\\u%1"_s.arg(static_cast<int>(c.unicode()), 4, 16, QChar(u'0'));
            } else {
                result += c;
            }
        }
    }
    result += u'"';
    return result;
}

QString TableWriter::plainText(const QVariant &value, const QString &listSeparator) {
    if (value.isNull()) {
        return {};
    }
    switch (value.typeId()) {
    case QMetaType::Bool:
        return value.toBool() ? u"true"_s : u"false"_s;
    case QMetaType::QDate:
        return value.toDate().toString(Qt::ISODate);
    case QMetaType::QStringList:
        return value.toStringList().join(listSeparator);
    default:
        return value.toString();
    }
}

QString TableWriter::jsonValue(const QVariant &value) {
    if (value.isNull()) {
        return u"null"_s;
    }
    switch (value.typeId()) {
    case QMetaType::Bool:
        return value.toBool() ? u"true"_s : u"false"_s;
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
        return value.toString();
    case QMetaType::Double:
        return QString::number(value.toDouble());
    case QMetaType::QDate:
        return value.toDate().isValid() ? jsonString(value.toDate().toString(Qt::ISODate))
                                        : u"null"_s;
    case QMetaType::QStringList: {
        QStringList items;
        for (const QString &item : value.toStringList()) {
            items << jsonString(item);
        }
        return u'[' + items.join(u", "_s) + u']';
    }
    default:
        return jsonString(value.toString());
    }
}

QString TableWriter::tableCell(int column, const QVariant &value) const {
    const Column &spec = m_columns.at(column);
    if (spec.display) {
        return oneLine(spec.display(value));
    }
    if (value.typeId() == QMetaType::Bool && !value.isNull()) {
        return value.toBool() ? tr("yes") : tr("no");
    }
    return oneLine(plainText(value, u", "_s));
}

QString TableWriter::toTable() const {
    QList<QStringList> cells;
    QList<int> widths;
    QStringList headers;
    for (const Column &column : m_columns) {
        headers << oneLine(column.header);
        widths << displayWidth(headers.last());
    }
    for (const QVariantList &row : m_rows) {
        QStringList line;
        for (int i = 0; i < m_columns.size(); ++i) {
            line << tableCell(i, row.at(i));
            widths[i] = std::max(widths[i], displayWidth(line.last()));
        }
        cells << line;
    }
    auto formatLine = [&](const QStringList &line) {
        QStringList parts;
        for (int i = 0; i < line.size(); ++i) {
            parts << padded(line.at(i), widths.at(i), m_columns.at(i).alignment);
        }
        QString text = parts.join(kColumnGap);
        while (text.endsWith(u' ')) { // no trailing blanks after a left-aligned last column
            text.chop(1);
        }
        return text + u'\n';
    };
    QString out = formatLine(headers);
    QStringList rules;
    for (int width : widths) {
        rules << QString(width, u'-');
    }
    out += rules.join(kColumnGap) + u'\n';
    for (const QStringList &line : cells) {
        out += formatLine(line);
    }
    return out;
}

QString TableWriter::toCsv() const {
    QStringList header;
    for (const Column &column : m_columns) {
        header << csvField(column.key);
    }
    QString out = header.join(u',') + kCsvLineEnd;
    for (const QVariantList &row : m_rows) {
        QStringList fields;
        for (const QVariant &value : row.first(m_columns.size())) {
            fields << csvField(plainText(value, u"; "_s));
        }
        out += fields.join(u',') + kCsvLineEnd;
    }
    return out;
}

QString TableWriter::toJson() const {
    if (m_rows.isEmpty()) {
        return u"[]\n"_s;
    }
    // Written by hand rather than with QJsonObject, which would sort the keys: the
    // objects keep the column order, one object per line.
    QStringList objects;
    for (const QVariantList &row : m_rows) {
        QStringList members;
        for (int i = 0; i < m_columns.size(); ++i) {
            members << jsonString(m_columns.at(i).key) + u": "_s + jsonValue(row.at(i));
        }
        objects << u"  {"_s + members.join(u", "_s) + u'}';
    }
    return u"[\n"_s + objects.join(u",\n"_s) + u"\n]\n"_s;
}

} // namespace sd
