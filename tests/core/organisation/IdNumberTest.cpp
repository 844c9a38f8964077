#include "core/organisation/IdNumber.h"

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using sd::IdNumber;

namespace {
// Builds a valid number from 17 digits by computing the check character independently
// of IdNumber, from the standard's definition: sum(a_i * 2^(17-i) mod 11), then
// check = (12 - sum mod 11) mod 11, with 10 written as X.
QString withCheck(const QString &first17) {
    int sum = 0;
    for (int i = 0; i < 17; ++i) {
        const int weight = (1 << (17 - i)) % 11;
        sum += first17.at(i).digitValue() * weight;
    }
    const int check = (12 - sum % 11) % 11;
    return first17 + (check == 10 ? u"X"_s : QString::number(check));
}
} // namespace

TEST(IdNumber, AcceptsNumbersWhoseCheckDigitIsRight) {
    for (const QString &first17 : {u"11010519491231002"_s, u"44011219900307123"_s,
                                   u"51010019851111001"_s, u"44018319781001004"_s}) {
        const QString id = withCheck(first17);
        auto valid = IdNumber::validate(id);
        ASSERT_TRUE(valid.ok()) << id.toStdString() << ": " << valid.error().message.toStdString();
        EXPECT_EQ(valid.value(), id);
    }
    // The standard's own example, with X as the check character.
    EXPECT_TRUE(IdNumber::validate(u"11010519491231002X"_s).ok());
    EXPECT_EQ(*IdNumber::validate(u" 11010519491231002x "_s), u"11010519491231002X"_s);
}

TEST(IdNumber, EveryWrongCheckDigitIsRefused) {
    const QString id = withCheck(u"44011219900307123"_s);
    for (const QChar wrong : u"0123456789X"_s) {
        if (wrong == id.at(17)) {
            continue;
        }
        auto result = IdNumber::validate(id.left(17) + wrong, u"party_id"_s);
        ASSERT_FALSE(result.ok()) << wrong.toLatin1();
        EXPECT_EQ(result.error().field, u"party_id"_s);
        EXPECT_TRUE(result.error().message.contains(u"check digit"_s));
    }
}

TEST(IdNumber, ReportsLengthCharactersAndImpossibleBirthDates) {
    EXPECT_TRUE(IdNumber::validate(u"4401121990"_s).error().message.contains(u"10"_s));
    EXPECT_FALSE(IdNumber::validate(u"44011219900307A23X"_s).ok());
    EXPECT_TRUE(IdNumber::validate(withCheck(u"44011219900230123"_s))
                    .error()
                    .message.contains(u"19900230"_s));                        // 30 February
    EXPECT_FALSE(IdNumber::validate(withCheck(u"44011221990307123"_s)).ok()); // year 2199
}

TEST(IdNumber, BirthDateSexAndMask) {
    const QString id = withCheck(u"44011219900307123"_s);
    EXPECT_EQ(IdNumber::birthDate(id), QDate(1990, 3, 7));
    EXPECT_TRUE(IdNumber::isMale(id)); // sequence 123: odd
    EXPECT_FALSE(IdNumber::isMale(withCheck(u"44011219900307124"_s)));
    EXPECT_EQ(IdNumber::masked(id), u"440112********"_s + id.right(4));
    EXPECT_EQ(IdNumber::masked(u"12345"_s), u"*****"_s);
}
