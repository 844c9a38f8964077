#include "CommunityAreas.h"

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

namespace sd::test {

QList<CommunityArea> addOfficeWithAreas(Application &app, const QStringList &names) {
    QList<CommunityArea> areas;
    Person officer;
    officer.badgeNo = u"031031"_s;
    officer.name = u"周杰"_s;
    auto stored = app.organisation().addPerson(officer);
    EXPECT_TRUE(stored.ok()) << stored.error().message.toStdString();
    if (!stored.ok()) {
        return areas;
    }
    Unit office;
    office.kind = UnitKind::CommunityOffice;
    office.name = u"云溪社区警务室"_s;
    office.leaderId = stored->id;
    office.memberIds = {stored->id};
    auto unit = app.organisation().addUnit(office);
    EXPECT_TRUE(unit.ok()) << unit.error().message.toStdString();
    if (!unit.ok()) {
        return areas;
    }
    for (const QString &name : names) {
        CommunityArea area;
        area.officeId = unit->id;
        area.name = name;
        auto added = app.organisation().addArea(area);
        EXPECT_TRUE(added.ok()) << added.error().message.toStdString();
        if (added.ok()) {
            areas << *added;
        }
    }
    return areas;
}

} // namespace sd::test
