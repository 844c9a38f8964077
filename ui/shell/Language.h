#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace sd {

// The user-interface language: which translators are installed and which font
// draws the text. "en" is the source language and needs no translator.
class Language {
    Q_DECLARE_TR_FUNCTIONS(sd::Language)

public:
    static QStringList supported(); // "en", "zh_CN"
    static bool isSupported(const QString &code);
    // "zh_CN" for any Chinese system locale, otherwise "en".
    static QString systemDefault();

    // Installs StationDesk's translation (and Qt's own where the system has it),
    // replacing whatever an earlier call installed. False if the translation is missing.
    static bool install(const QString &code);
    // Prefers Noto Sans CJK SC for Han characters so they are drawn with Simplified
    // Chinese glyph shapes, not the Japanese variants fontconfig may pick for "CJK".
    static void applyFont(const QString &code);
};

} // namespace sd
