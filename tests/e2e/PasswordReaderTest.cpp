#include "app/stationctl/PasswordReader.h"

#include "app/stationctl/Console.h"

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

namespace sd {

namespace {
Result<Secret> readFrom(const QByteArray &input) {
    QByteArray out;
    QString err;
    Console console(&out, &err, input);
    return PasswordReader(console, console.inputFd()).read(u"Password: "_s);
}
} // namespace

TEST(PasswordReaderTest, TakesTheFirstLineWithoutItsLineBreak) {
    const auto secret = readFrom("派出所值班密码2026\r\nsecond line\n");
    ASSERT_TRUE(secret.ok()) << secret.error().message.toStdString();
    EXPECT_EQ(secret->utf8(), QByteArray("派出所值班密码2026"));
}

// Found by tests/fuzz (password_stdin): the login screen hashes the UTF-8 of what is
// typed, so these passwords were stored and could never be typed again.
TEST(PasswordReaderTest, AByteOrderMarkIsNoPartOfThePassword) {
    const auto secret = readFrom("\xEF\xBB\xBFNotepad-Saved-2026\r\n");
    ASSERT_TRUE(secret.ok()) << secret.error().message.toStdString();
    EXPECT_EQ(secret->utf8(), QByteArray("Notepad-Saved-2026"));
}

TEST(PasswordReaderTest, RefusesTextThatIsNotUtf8) {
    // 你好密码2026 as GBK, as Windows tools save Chinese text.
    const auto secret = readFrom("\xC4\xE3\xBA\xC3\xC3\xDC\xC2\xEB"
                                 "2026\n");
    ASSERT_FALSE(secret.ok());
    EXPECT_EQ(secret.error().field, u"password"_s);
    EXPECT_TRUE(secret.error().message.contains(u"UTF-8"_s))
        << secret.error().message.toStdString();
}

TEST(PasswordReaderTest, RefusesControlCharacters) {
    for (const QByteArray &line : {QByteArray("Tab\there-2026\n"), QByteArray("Nul\0here-2026", 13),
                                   QByteArray("Esc\x1bhere-2026\n")}) {
        const auto secret = readFrom(line);
        ASSERT_FALSE(secret.ok()) << line.toPercentEncoding().toStdString();
        EXPECT_TRUE(secret.error().message.contains(u"control character"_s));
    }
}

} // namespace sd
