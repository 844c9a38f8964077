#pragma once

#include <QByteArray>
#include <QHash>

namespace sd {

// Makes Chinese text copied or searched out of a Qt-written PDF come out as written.
// Qt names each embedded glyph by the lowest code point the font maps to it, and Noto
// Sans CJK maps the Kangxi and supplementary radicals (U+2E80–U+2FDF) to the same glyphs
// as common characters, so 页, 人, 车 and many more were extracted as ⻚, ⼈, ⻋. The
// repair swaps those code points in the ToUnicode maps for the ideograph that shares the
// glyph. Every replacement is four hex digits for four, so no byte offset in the file
// moves and the cross-reference table stays valid.
class PdfTextRepair {
public:
    static QByteArray repair(const QByteArray &pdf);

private:
    // Radical code point → the ideograph drawn with the same glyph in the report's font.
    static const QHash<char16_t, char16_t> &radicalMap();
};

} // namespace sd
