#include "UiTestFixture.h"

#include <algorithm>

namespace sd::test {

void UiTest::SetUp() {
    EngineTest::SetUp();
    if (IsSkipped() || HasFatalFailure()) {
        return;
    }
    m_app = openApp();
    ASSERT_TRUE(m_app);
}

void UiTest::TearDown() {
    m_app.reset();
    EngineTest::TearDown();
}

Person UiTest::addPerson(const QString &badge, const QString &name, const QString &position,
                         const QString &phone) {
    Person person;
    person.badgeNo = badge;
    person.name = name;
    person.position = position;
    person.phone = phone;
    person.joinedOn = QDate(2020, 1, 1);
    auto stored = organisation().addPerson(person);
    EXPECT_TRUE(stored.ok()) << (stored.ok() ? "" : stored.error().message.toStdString());
    return stored.ok() ? stored.value() : Person();
}

Account UiTest::addAccount(const QString &badge, const QString &name, Role role,
                           const QString &password) {
    auto existing = organisation().personByBadge(badge);
    if (!existing.ok() || !existing.value()) {
        addPerson(badge, name);
    }
    QString typed = password;
    auto stored = m_app->accounts().addAccount(badge, role, Secret::take(typed));
    EXPECT_TRUE(stored.ok()) << (stored.ok() ? "" : stored.error().message.toStdString());
    return stored.ok() ? stored.value() : Account();
}

void UiTest::login(const QString &badge, const QString &password) {
    QString typed = password;
    auto account = m_app->accounts().login(badge, Secret::take(typed));
    ASSERT_TRUE(account.ok()) << account.error().message.toStdString();
}

Unit UiTest::addUnit(UnitKind kind, const QString &name, const QList<qint64> &members,
                     std::optional<qint64> leader, std::optional<qint64> parent) {
    Unit unit;
    unit.kind = kind;
    unit.name = name;
    unit.memberIds = members;
    std::sort(unit.memberIds.begin(), unit.memberIds.end());
    unit.leaderId = leader;
    unit.parentId = parent;
    auto stored = organisation().addUnit(unit);
    EXPECT_TRUE(stored.ok()) << (stored.ok() ? "" : stored.error().message.toStdString());
    return stored.ok() ? stored.value() : Unit();
}

} // namespace sd::test
