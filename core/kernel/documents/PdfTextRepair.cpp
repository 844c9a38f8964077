#include "core/kernel/documents/PdfTextRepair.h"

#include "core/kernel/documents/ReportPager.h"

#include <QList>
#include <QRawFont>
#include <QString>
#include <cctype>

using namespace Qt::StringLiterals;

namespace sd {

namespace {

constexpr char16_t kRadicalsFirst = 0x2E80;
constexpr char16_t kRadicalsLast = 0x2FDF;
constexpr char16_t kIdeographsFirst = 0x4E00;
constexpr char16_t kIdeographsLast = 0x9FFF;

bool isHex4(const QByteArray &token) {
    if (token.size() != 6 || token.front() != '<' || token.back() != '>') {
        return false;
    }
    for (int i = 1; i < 5; ++i) {
        if (!std::isxdigit(static_cast<unsigned char>(token.at(i)))) {
            return false;
        }
    }
    return true;
}

} // namespace

const QHash<char16_t, char16_t> &PdfTextRepair::radicalMap() {
    static const QHash<char16_t, char16_t> map = [] {
        QHash<char16_t, char16_t> result;
        const QRawFont font = QRawFont::fromFont(ReportPager::baseFont());
        QString ideographs;
        for (char32_t c = kIdeographsFirst; c <= kIdeographsLast; ++c) {
            ideographs.append(QChar(static_cast<char16_t>(c)));
        }
        QHash<quint32, char16_t> byGlyph;
        if (font.isValid()) {
            const QList<quint32> glyphs = font.glyphIndexesForString(ideographs);
            for (qsizetype i = 0; i < glyphs.size() && i < ideographs.size(); ++i) {
                if (glyphs.at(i) != 0 && !byGlyph.contains(glyphs.at(i))) {
                    byGlyph.insert(glyphs.at(i), ideographs.at(i).unicode());
                }
            }
        }
        for (char32_t c = kRadicalsFirst; c <= kRadicalsLast; ++c) {
            const QString radical(QChar(static_cast<char16_t>(c)));
            char16_t target = 0;
            if (font.isValid()) {
                const QList<quint32> glyph = font.glyphIndexesForString(radical);
                if (!glyph.isEmpty() && glyph.first() != 0) {
                    target = byGlyph.value(glyph.first(), 0);
                }
            }
            // Without the font, the Kangxi radicals still have a compatibility mapping.
            const QString folded = radical.normalized(QString::NormalizationForm_KC);
            if (target == 0 && folded.size() == 1 && folded.at(0).unicode() >= kIdeographsFirst &&
                folded.at(0).unicode() <= kIdeographsLast) {
                target = folded.at(0).unicode();
            }
            if (target != 0) {
                result.insert(static_cast<char16_t>(c), target);
            }
        }
        return result;
    }();
    return map;
}

QByteArray PdfTextRepair::repair(const QByteArray &pdf) {
    QByteArray result = pdf;
    const QHash<char16_t, char16_t> &map = radicalMap();
    qsizetype from = 0;
    for (;;) {
        const qsizetype begin = result.indexOf("begincmap", from);
        if (begin < 0) {
            break;
        }
        const qsizetype end = result.indexOf("endcmap", begin);
        if (end < 0) {
            break;
        }
        // Line by line: "<src> <src> [<dst> …]" or "<src> <dst>"; only destinations
        // change, and a "<first> <last> <dst>" range only when it is a single glyph.
        qsizetype lineStart = begin;
        while (lineStart < end) {
            qsizetype lineEnd = result.indexOf('\n', lineStart);
            if (lineEnd < 0 || lineEnd > end) {
                lineEnd = end;
            }
            const QByteArray line = result.mid(lineStart, lineEnd - lineStart);
            QList<qsizetype> starts;
            QList<QByteArray> tokens;
            for (qsizetype at = 0; at < line.size();) {
                const qsizetype open = line.indexOf('<', at);
                if (open < 0) {
                    break;
                }
                const qsizetype close = line.indexOf('>', open);
                if (close < 0) {
                    break;
                }
                starts << open;
                tokens << line.mid(open, close - open + 1);
                at = close + 1;
            }
            const bool array = line.contains('[');
            const bool singleRange = tokens.size() == 3 && tokens.at(0) == tokens.at(1);
            const bool bfchar = tokens.size() == 2 && !array;
            const qsizetype firstDestination = bfchar ? 1 : 2;
            if (array || singleRange || bfchar) {
                for (qsizetype t = firstDestination; t < tokens.size(); ++t) {
                    if (!isHex4(tokens.at(t))) {
                        continue;
                    }
                    bool ok = false;
                    const auto code = static_cast<char16_t>(tokens.at(t).mid(1, 4).toUInt(&ok, 16));
                    const char16_t target = ok ? map.value(code, 0) : 0;
                    if (target != 0) {
                        const QByteArray hex =
                            QByteArray::number(target, 16).toUpper().rightJustified(4, '0');
                        result.replace(lineStart + starts.at(t) + 1, 4, hex);
                    }
                }
            }
            lineStart = lineEnd + 1;
        }
        from = end;
    }
    return result;
}

} // namespace sd
