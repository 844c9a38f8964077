#include "core/kernel/common/SearchText.h"

namespace sd::SearchText {

namespace {
bool isCjk(char32_t c) {
    return (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF) ||
           (c >= 0x20000 && c <= 0x2FA1F) || (c >= 0xF900 && c <= 0xFAFF) ||
           (c >= 0x3040 && c <= 0x30FF) || (c >= 0xAC00 && c <= 0xD7AF);
}

bool isWordChar(char32_t c) {
    return QChar::isLetterOrNumber(c) && !isCjk(c);
}

struct Run {
    bool cjk = false;
    QList<char32_t> chars;
};

// Splits a text into CJK runs and word runs, dropping everything else.
QList<Run> runs(const QString &text) {
    QList<Run> result;
    Run current;
    auto flush = [&]() {
        if (!current.chars.isEmpty()) {
            result.append(current);
        }
        current = {};
    };
    for (const char32_t c : text.toCaseFolded().toUcs4()) {
        const bool cjk = isCjk(c);
        if (!cjk && !isWordChar(c)) {
            flush();
            continue;
        }
        if (!current.chars.isEmpty() && current.cjk != cjk) {
            flush();
        }
        current.cjk = cjk;
        current.chars.append(c);
    }
    flush();
    return result;
}

QString fromChars(const QList<char32_t> &chars, qsizetype from, qsizetype count) {
    return QString::fromUcs4(chars.constData() + from, count);
}
} // namespace

// Called for every row of a million-row import, so it writes the tokens straight into one
// string instead of building a token list: same output, a fraction of the allocations.
QString index(const QStringList &texts) {
    qsizetype length = 0;
    for (const QString &text : texts) {
        length += text.size();
    }
    QString out;
    out.reserve(length * 4);
    auto put = [&out](char32_t c) {
        if (QChar::requiresSurrogates(c)) {
            out += QChar(QChar::highSurrogate(c));
            out += QChar(QChar::lowSurrogate(c));
        } else {
            out += QChar(static_cast<char16_t>(c));
        }
    };
    auto separate = [&out]() {
        if (!out.isEmpty()) {
            out += u' ';
        }
    };
    for (const QString &text : texts) {
        const QList<uint> chars = text.toCaseFolded().toUcs4();
        qsizetype runStart = 0;
        bool runCjk = false;
        auto flush = [&](qsizetype runEnd) {
            if (runEnd <= runStart) {
                return;
            }
            if (!runCjk) {
                separate();
                for (qsizetype i = runStart; i < runEnd; ++i) {
                    put(chars[i]);
                }
                return;
            }
            for (qsizetype i = runStart; i < runEnd; ++i) {
                separate();
                put(chars[i]);
            }
            for (qsizetype i = runStart; i + 1 < runEnd; ++i) {
                separate();
                put(chars[i]);
                put(chars[i + 1]);
            }
        };
        for (qsizetype i = 0; i < chars.size(); ++i) {
            const char32_t c = chars[i];
            const bool cjk = isCjk(c);
            if (!cjk && !isWordChar(c)) {
                flush(i);
                runStart = i + 1;
                continue;
            }
            if (i > runStart && runCjk != cjk) {
                flush(i);
                runStart = i;
            }
            runCjk = cjk;
        }
        flush(chars.size());
    }
    return out;
}

QList<Term> query(const QString &text) {
    QList<Term> terms;
    for (const Run &run : runs(text)) {
        Term term;
        if (!run.cjk) {
            term.phrase = {fromChars(run.chars, 0, run.chars.size())};
            term.prefix = true;
        } else if (run.chars.size() == 1) {
            term.phrase = {fromChars(run.chars, 0, 1)};
        } else {
            for (qsizetype i = 0; i + 1 < run.chars.size(); ++i) {
                term.phrase.append(fromChars(run.chars, i, 2));
            }
        }
        terms.append(term);
    }
    return terms;
}

} // namespace sd::SearchText
