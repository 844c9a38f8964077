#include "domain/SearchText.h"

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

QString index(const QStringList &texts) {
    QStringList tokens;
    for (const QString &text : texts) {
        for (const Run &run : runs(text)) {
            if (!run.cjk) {
                tokens.append(fromChars(run.chars, 0, run.chars.size()));
                continue;
            }
            for (qsizetype i = 0; i < run.chars.size(); ++i) {
                tokens.append(fromChars(run.chars, i, 1));
            }
            for (qsizetype i = 0; i + 1 < run.chars.size(); ++i) {
                tokens.append(fromChars(run.chars, i, 2));
            }
        }
    }
    return tokens.join(u' ');
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
