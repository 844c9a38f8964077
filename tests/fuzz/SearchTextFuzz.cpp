// SearchText on any text (a search box, or the fields of an imported alert). Query tokens
// go into a full-text MATCH / tsquery inside quotes (Dialect::fullTextQuery), which is safe
// only because a token holds letters, digits and CJK characters alone; and a text must be
// found by searching for itself: every query token is in the text's own index (a CJK phrase as
// its bigrams side by side, a word as the prefix of an indexed word).
#include "FuzzSupport.h"
#include "core/kernel/common/SearchText.h"

#include <QSet>

using namespace sd;
using namespace Qt::StringLiterals;

namespace {

bool quotingSafe(const QString &token) {
    if (token.isEmpty()) {
        return false;
    }
    for (const char32_t c : token.toUcs4()) {
        if (!QChar::isLetterOrNumber(c) && !(c >= 0x3400 && c <= 0x9FFF) &&
            !(c >= 0x20000 && c <= 0x2FA1F) && !(c >= 0xF900 && c <= 0xFAFF) &&
            !(c >= 0x3040 && c <= 0x30FF) && !(c >= 0xAC00 && c <= 0xD7AF)) {
            return false;
        }
    }
    return true;
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***) {
    fuzz::startQt();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    const QString text = fuzz::textOf(data, size);
    const QString index = SearchText::index({text});
    const QStringList indexed = index.split(u' ', Qt::SkipEmptyParts);
    fuzz::check(indexed.join(u' ') == index, "the index has empty tokens", index);
    const QSet<QString> tokens(indexed.begin(), indexed.end());
    for (const SearchText::Term &term : SearchText::query(text)) {
        fuzz::check(!term.phrase.isEmpty(), "an empty query term", text);
        if (term.phrase.size() > 1) {
            bool adjacent = false;
            for (qsizetype i = 0; !adjacent && i + term.phrase.size() <= indexed.size(); ++i) {
                adjacent = indexed.mid(i, term.phrase.size()) == term.phrase;
            }
            fuzz::check(adjacent, "a CJK phrase of the text is not adjacent in its index",
                        term.phrase.join(u' ') + u"\n"_s + index);
        }
        for (const QString &token : term.phrase) {
            fuzz::check(quotingSafe(token), "a query token that could break the quoting", token);
            if (term.prefix) {
                fuzz::check(std::any_of(indexed.begin(), indexed.end(),
                                        [&](const QString &t) { return t.startsWith(token); }),
                            "a word of the text does not find the text", token + u"\n"_s + index);
            } else {
                fuzz::check(tokens.contains(token), "a CJK run of the text does not find the text",
                            token + u"\n"_s + index);
            }
        }
    }
    return 0;
}
