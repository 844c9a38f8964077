#include "app/stationctl/ArgumentParser.h"

#include "app/stationctl/OutputFormat.h"

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

namespace sd {

namespace {
ArgumentParser listParser() {
    ArgumentParser parser(u"stationctl people list"_s);
    parser.addOption(u"format"_s);
    parser.addFlag(u"active"_s);
    return parser;
}
} // namespace

TEST(ArgumentParserTest, TakesValuesInBothSpellings) {
    ArgumentParser parser = listParser();
    ASSERT_TRUE(parser.parse({u"--format"_s, u"csv"_s, u"--active"_s}).ok());
    EXPECT_EQ(parser.value(u"format"_s), u"csv"_s);
    EXPECT_TRUE(parser.isSet(u"active"_s));
    ASSERT_TRUE(parser.parse({u"--format=json"_s}).ok());
    EXPECT_EQ(parser.value(u"format"_s), u"json"_s);
    EXPECT_FALSE(parser.isSet(u"active"_s));
}

TEST(ArgumentParserTest, MistakesAreUsageErrorsNamingTheOption) {
    ArgumentParser parser = listParser();
    const auto unknown = parser.parse({u"--colour"_s});
    ASSERT_FALSE(unknown.ok());
    EXPECT_EQ(unknown.error().code, ErrorCode::Usage);
    EXPECT_TRUE(unknown.error().message.contains(u"--colour"_s));
    EXPECT_TRUE(unknown.error().message.contains(u"stationctl people list"_s));

    const auto missing = parser.parse({u"--format"_s});
    ASSERT_FALSE(missing.ok());
    EXPECT_TRUE(missing.error().message.contains(u"--format"_s));

    const auto flagValue = parser.parse({u"--active=yes"_s});
    ASSERT_FALSE(flagValue.ok());
    EXPECT_TRUE(flagValue.error().message.contains(u"--active"_s));

    const auto twice = parser.parse({u"--format"_s, u"csv"_s, u"--format=json"_s});
    ASSERT_FALSE(twice.ok());

    const auto shortUnknown = parser.parse({u"-x"_s});
    ASSERT_FALSE(shortUnknown.ok());
}

TEST(ArgumentParserTest, StopsAtTheCommandWhenAsked) {
    ArgumentParser parser(u"stationctl"_s);
    parser.addOption(u"database"_s);
    ASSERT_TRUE(
        parser.parse({u"--database"_s, u"x.sqlite"_s, u"people"_s, u"list"_s, u"--format"_s}, true)
            .ok());
    EXPECT_EQ(parser.value(u"database"_s), u"x.sqlite"_s);
    EXPECT_EQ(parser.positionals(), (QStringList{u"people"_s, u"list"_s, u"--format"_s}));
}

TEST(ArgumentParserTest, HelpIsAlwaysKnown) {
    ArgumentParser parser(u"stationctl init"_s);
    ASSERT_TRUE(parser.parse({u"-h"_s}).ok());
    EXPECT_TRUE(parser.isSet(u"help"_s));
}

TEST(OutputFormatTest, ParsesTheThreeFormatsAndNamesABadOne) {
    EXPECT_EQ(parseOutputFormat(u"table"_s).value(), OutputFormat::Table);
    EXPECT_EQ(parseOutputFormat(u"csv"_s).value(), OutputFormat::Csv);
    EXPECT_EQ(parseOutputFormat(u"json"_s).value(), OutputFormat::Json);
    const auto bad = parseOutputFormat(u"xml"_s);
    ASSERT_FALSE(bad.ok());
    EXPECT_EQ(bad.error().code, ErrorCode::Usage);
    EXPECT_EQ(bad.error().message,
              u"unknown format \"xml\" for --format; use table, csv or json"_s);
}

} // namespace sd
