#include "core/organisation/Person.h"

#include <QCoreApplication>
#include <QTranslator>
#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

namespace {

// Installs the station's Chinese translation for the life of the object.
class ChineseTranslation {
public:
    ChineseTranslation() {
        m_loaded = m_translator.load(u":/i18n/stationdesk_zh_CN.qm"_s);
        QCoreApplication::installTranslator(&m_translator);
    }
    ~ChineseTranslation() { QCoreApplication::removeTranslator(&m_translator); }
    bool loaded() const { return m_loaded; }

private:
    QTranslator m_translator;
    bool m_loaded = false;
};

TEST(PersonLabel, NameThenBadgeInBrackets) {
    EXPECT_EQ(sd::personLabel(u"彭国强"_s, u"031031"_s), u"彭国强 (031031)"_s);
    sd::Person person;
    person.name = u"Wang Wu"_s;
    person.badgeNo = u"031002"_s;
    EXPECT_EQ(sd::personLabel(person), u"Wang Wu (031002)"_s);
}

TEST(PersonLabel, ChineseUsesFullWidthBracketsWithoutSpace) {
    ChineseTranslation chinese;
    ASSERT_TRUE(chinese.loaded());
    EXPECT_EQ(sd::personLabel(u"彭国强"_s, u"031031"_s), u"彭国强（031031）"_s);
}

TEST(PersonLabel, NoBadgeMeansNoEmptyBrackets) {
    EXPECT_EQ(sd::personLabel(u"彭国强"_s, QString()), u"彭国强"_s);
    EXPECT_EQ(sd::personLabel(u"彭国强"_s, u"  "_s), u"彭国强"_s);
    ChineseTranslation chinese;
    EXPECT_EQ(sd::personLabel(u"彭国强"_s, QString()), u"彭国强"_s);
}

} // namespace
