#pragma once

#include <QString>
#include <QStringList>

namespace sd {

// Full-text search that finds Chinese substrings with the engines' stock tokenizers:
// the core splits text into space-separated tokens itself — each run of Han (or other
// CJK) characters becomes its characters followed by its bigrams, every other run of
// letters or digits one lower-cased word — and queries are built from the same tokens.
namespace SearchText {

// The tokens stored for a text (joined by spaces).
QString index(const QStringList &texts);

// One query term: a CJK run of one character, a phrase of consecutive bigrams for a
// longer CJK run (adjacent in the index exactly when the run is a substring), or a word
// prefix for letters and digits.
struct Term {
    QStringList phrase; // one token unless a CJK phrase
    bool prefix = false;
};
QList<Term> query(const QString &text);

} // namespace SearchText
} // namespace sd
