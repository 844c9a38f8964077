#include "ui/shell/Language.h"

#include "UiTestFixture.h"
#include "ui/organisation/OrganisationPage.h"
#include "ui/organisation/PeoplePanel.h"
#include "ui/organisation/PersonTableModel.h"
#include "ui/shell/MainWindow.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QFont>
#include <QLabel>
#include <QLineEdit>
#include <QTabWidget>

using namespace Qt::StringLiterals;

namespace sd::test {
namespace {

// Engine does not matter for labels: SQLite only.
class LanguageTest : public UiTest {
protected:
    void TearDown() override {
        Language::install(u"en"_s);
        Language::applyFont(u"en"_s);
        UiTest::TearDown();
    }
};

TEST_P(LanguageTest, ChineseTranslationShowsChineseLabels) {
    ASSERT_TRUE(Language::install(u"zh_CN"_s));
    Language::applyFont(u"zh_CN"_s);
    MainWindow window(*m_app, &m_prompter);
    auto *page = qobject_cast<OrganisationPage *>(window.currentPage());
    ASSERT_NE(page, nullptr);
    EXPECT_EQ(page->title(), u"组织机构"_s);
    EXPECT_TRUE(page->tabs()->tabText(0).startsWith(u"人员"_s))
        << page->tabs()->tabText(0).toStdString();
    EXPECT_TRUE(page->tabs()->tabText(1).startsWith(u"单位"_s));
    const PersonTableModel *model = page->people()->model();
    EXPECT_EQ(model->headerData(PersonTableModel::BadgeColumn, Qt::Horizontal).toString(),
              u"警号"_s);
    EXPECT_TRUE(page->people()->showLeftToggle()->text().contains(u"离"_s));
    // Text from the core comes through the same translation.
    EXPECT_EQ(displayName(PersonCategory::Auxiliary), u"辅警"_s);
    EXPECT_EQ(displayName(UnitKind::CommunityOffice), u"警务室"_s);
    EXPECT_TRUE(window.findChild<QLabel *>(u"schemaLabel"_s)->text().contains(u"版本"_s));
    EXPECT_EQ(QApplication::font().families().value(0), u"Noto Sans CJK SC"_s);
}

TEST_P(LanguageTest, EnglishNeedsNoTranslator) {
    ASSERT_TRUE(Language::install(u"zh_CN"_s));
    ASSERT_TRUE(Language::install(u"en"_s));
    EXPECT_EQ(displayName(PersonCategory::Auxiliary), u"Auxiliary officer"_s);
    EXPECT_FALSE(Language::install(u"fr"_s));
}

INSTANTIATE_TEST_SUITE_P(Sqlite, LanguageTest, ::testing::Values(::sd::Engine::Sqlite),
                         ::sd::test::engineParamName);

} // namespace
} // namespace sd::test
