#pragma once

#include "ui/shell/Language.h"

#include <QString>

namespace sd::test {

// Switches the interface language for the rest of a scope, then back to English (the
// language every other test expects), also when an assertion ends the test early.
class LanguageForTest {
public:
    explicit LanguageForTest(const QString &code)
        : m_installed(Language::install(code)) {}
    ~LanguageForTest() { Language::install(QStringLiteral("en")); }
    LanguageForTest(const LanguageForTest &) = delete;
    LanguageForTest &operator=(const LanguageForTest &) = delete;

    bool installed() const { return m_installed; }

private:
    bool m_installed;
};

} // namespace sd::test
