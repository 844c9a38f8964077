#include "core/demo/DemoStation.h"

#include "core/demo/AlertSeeder.h"
#include "core/demo/DemoAssessment.h"
#include "core/demo/DemoDuty.h"
#include "core/demo/DemoFrontDesk.h"
#include "core/demo/DemoMediation.h"
#include "core/demo/DemoResponsibility.h"
#include "core/kernel/settings/StationRepository.h"
#include "core/kernel/storage/Transaction.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace sd {

namespace {

// Invented people; any likeness to real officers is accidental. Badge numbers, phones
// and dates are fixed so the demo is the same on every run and every engine.
struct PersonRow {
    const char16_t *badge;
    const char16_t *name;
    const char16_t *position;
    PersonCategory category;
    const char16_t *phone;
    QDate joinedOn;
    QDate leftOn; // set only for someone who has left
};

const PersonRow kPeople[] = {
    {u"031001", u"周建国", u"所长", PersonCategory::Officer, u"13800571001", {2004, 7, 1}, {}},
    {u"031002", u"林志远", u"教导员", PersonCategory::Officer, u"13800571002", {2006, 9, 1}, {}},
    {u"031003", u"陈立新", u"副所长", PersonCategory::Officer, u"13800571003", {2008, 7, 15}, {}},
    {u"031004", u"赵慧敏", u"副所长", PersonCategory::Officer, u"13800571004", {2009, 8, 1}, {}},
    {u"031011", u"吴海涛", u"探组长", PersonCategory::Officer, u"13800571011", {2011, 7, 1}, {}},
    {u"031012", u"郑国华", u"探组长", PersonCategory::Officer, u"13800571012", {2010, 12, 1}, {}},
    {u"031013", u"孙振宇", u"探组长", PersonCategory::Officer, u"13800571013", {2005, 3, 1}, {}},
    {u"031014", u"何建军", u"探组长", PersonCategory::Officer, u"13800571014", {2012, 7, 1}, {}},
    {u"031021", u"梁文斌", u"社区民警", PersonCategory::Officer, u"13800571021", {2007, 10, 8}, {}},
    {u"031022", u"罗晓燕", u"社区民警", PersonCategory::Officer, u"13800571022", {2015, 7, 1}, {}},
    {u"031023", u"冯家豪", u"社区民警", PersonCategory::Officer, u"13800571023", {2013, 7, 1}, {}},
    {u"031024", u"邓丽华", u"社区民警", PersonCategory::Officer, u"13800571024", {2014, 9, 1}, {}},
    {u"031025", u"许明辉", u"社区民警", PersonCategory::Officer, u"13800571025", {2017, 7, 1}, {}},
    {u"031026", u"曾秋玲", u"社区民警", PersonCategory::Officer, u"13800571026", {2019, 7, 1}, {}},
    {u"031031", u"彭国强", u"值班民警", PersonCategory::Officer, u"13800571031", {2016, 7, 1}, {}},
    {u"031032", u"韩雪梅", u"值班民警", PersonCategory::Officer, u"13800571032", {2018, 7, 1}, {}},
    {u"031033", u"唐志勇", u"值班民警", PersonCategory::Officer, u"13800571033", {2020, 8, 1}, {}},
    {u"031034", u"萧文静", u"内勤", PersonCategory::Officer, u"020-83105034", {2019, 3, 1}, {}},
    {u"031041", u"蒋伟", u"办案民警", PersonCategory::Officer, u"13800571041", {2018, 7, 1}, {}},
    {u"031042", u"潘俊杰", u"办案民警", PersonCategory::Officer, u"13800571042", {2021, 7, 1}, {}},
    {u"031043", u"袁小龙", u"办案民警", PersonCategory::Officer, u"13800571043", {2016, 12, 1}, {}},
    {u"031044", u"杜红梅", u"办案民警", PersonCategory::Officer, u"13800571044", {2022, 7, 1}, {}},
    {u"039001",
     u"黎家明",
     u"伏击辅警",
     PersonCategory::Auxiliary,
     u"13900572001",
     {2017, 4, 1},
     {}},
    {u"039002",
     u"苏晓峰",
     u"伏击辅警",
     PersonCategory::Auxiliary,
     u"13900572002",
     {2018, 4, 1},
     {}},
    {u"039003",
     u"叶子豪",
     u"伏击辅警",
     PersonCategory::Auxiliary,
     u"13900572003",
     {2019, 5, 1},
     {}},
    {u"039004",
     u"钟国良",
     u"伏击辅警",
     PersonCategory::Auxiliary,
     u"13900572004",
     {2019, 5, 1},
     {}},
    {u"039005",
     u"卢美玲",
     u"视频巡查辅警",
     PersonCategory::Auxiliary,
     u"13900572005",
     {2020, 3, 1},
     {}},
    {u"039006",
     u"谭永康",
     u"伏击辅警",
     PersonCategory::Auxiliary,
     u"13900572006",
     {2021, 6, 1},
     {}},
    {u"039007",
     u"方志诚",
     u"伏击辅警",
     PersonCategory::Auxiliary,
     u"13900572007",
     {2022, 6, 1},
     {}},
    {u"039008",
     u"魏晓琳",
     u"治安辅警",
     PersonCategory::Auxiliary,
     u"13900572008",
     {2021, 9, 1},
     {}},
    {u"039009",
     u"董俊辉",
     u"社区辅警",
     PersonCategory::Auxiliary,
     u"13900572009",
     {2023, 2, 1},
     {}},
    {u"031099",
     u"邱德明",
     u"社区民警",
     PersonCategory::Officer,
     u"13800571099",
     {1990, 8, 1},
     {2024, 12, 31}},
};

// One login per role, each for someone whose position fits it. The administrator comes
// first: createFirstAdmin is the one way in on a database without accounts.
struct AccountRow {
    const char16_t *badge;
    Role role;
    const char16_t *password; // long enough and not on the common-password list
};

const AccountRow kAccounts[] = {
    {u"031034", Role::Admin, u"Demo-Admin-2026"},             // 萧文静, 内勤
    {u"031001", Role::Chief, u"Demo-Chief-2026"},             // 周建国, 所长
    {u"031002", Role::Instructor, u"Demo-Instructor-2026"},   // 林志远, 教导员
    {u"031011", Role::SquadLeader, u"Demo-SquadLeader-2026"}, // 吴海涛, 探组长
    {u"031031", Role::Officer, u"Demo-Officer-2026"},         // 彭国强, 值班民警
};

QString demoPassword(const QString &badge) {
    for (const AccountRow &row : kAccounts) {
        if (badge == QStringView(row.badge)) {
            return QString::fromUtf16(row.password);
        }
    }
    return {};
}

const QString kLeadership = u"所领导班子"_s;
const QString kCombinedOperations = u"合成作战党小组"_s;
const QString kLawEnforcement = u"综合执法党小组"_s;
const QString kCommunityPolicing = u"社区警务党小组"_s;

} // namespace

QString DemoStation::stationName() {
    return u"云溪派出所"_s;
}

QList<DemoStation::Step> DemoStation::steps() {
    // Order matters: units refer to people, and child units to their parents.
    return {
        {"check empty", &DemoStation::checkEmpty},
        {"station", &DemoStation::renameStation},
        {"people", &DemoStation::addPeople},
        {"leadership", &DemoStation::addLeadership},
        {"party groups", &DemoStation::addPartyGroups},
        {"squads", &DemoStation::addSquads},
        {"community offices", &DemoStation::addCommunityOffices},
        {"responsibility", &DemoStation::addResponsibility},
        {"accounts", &DemoStation::addAccounts},
        {"duty roster", &DemoStation::addDutyRoster},
        {"front desk", &DemoStation::addFrontDesk},
        {"mediation", &DemoStation::addMediation},
        {"assessments", &DemoStation::addAssessments},
    };
}

Result<DemoStation::Summary> DemoStation::build() {
    m_peopleByBadge.clear();
    m_unitsByName.clear();
    m_summary = {};
    for (const Step &step : steps()) {
        if (Status done = (this->*step.run)(); !done) {
            Error error = done.error();
            if (error.code != ErrorCode::Validation || error.field != u"people"_s) {
                error.message = tr("The demo station could not be built (step \"%1\"): %2")
                                    .arg(QString::fromLatin1(step.name), error.message);
            }
            return error;
        }
    }
    return m_summary;
}

Status DemoStation::checkEmpty() {
    auto count = m_app.organisation().countPeople(PersonFilter{});
    SD_RETURN_IF_ERROR(count);
    if (count.value() > 0) {
        return Error::validation(u"people"_s,
                                 tr("The database already has %n people; the demo station is "
                                    "only added to an empty database.",
                                    nullptr, count.value()));
    }
    return {};
}

Status DemoStation::renameStation() {
    m_summary.stationName = stationName();
    // Like every write, the rename is audited in its own transaction.
    return inTransaction(m_app.database(), [this]() -> Status {
        if (Status renamed =
                StationRepository(m_app.database()).rename(m_app.station().id, stationName());
            !renamed) {
            return renamed;
        }
        return m_app.audit().append({u"station.rename"_s, u"station"_s, m_app.station().code,
                                     u"success"_s, u"demo station"_s});
    });
}

Status DemoStation::addPeople() {
    for (const PersonRow &row : kPeople) {
        Person person;
        person.badgeNo = QString::fromUtf16(row.badge);
        person.name = QString::fromUtf16(row.name);
        person.position = QString::fromUtf16(row.position);
        person.category = row.category;
        person.phone = QString::fromUtf16(row.phone);
        person.joinedOn = row.joinedOn;
        person.leftOn = row.leftOn;
        person.active = !row.leftOn.isValid();
        auto stored = m_app.organisation().addPerson(person);
        SD_RETURN_IF_ERROR(stored);
        m_peopleByBadge.insert(stored->badgeNo, stored->id);
        ++m_summary.people;
    }
    return {};
}

Status DemoStation::addLeadership() {
    return addUnits({
        {UnitKind::Leadership,
         kLeadership,
         {},
         u"031001"_s,
         {u"031001"_s, u"031002"_s, u"031003"_s, u"031004"_s},
         {}},
    });
}

Status DemoStation::addPartyGroups() {
    // As in the model station, outstanding squad leaders lead the party groups and the
    // leadership sits in them as ordinary members.
    return addUnits({
        {UnitKind::PartyGroup,
         kCombinedOperations,
         kLeadership,
         u"031011"_s,
         {u"031003"_s, u"031011"_s, u"031013"_s, u"031041"_s},
         {}},
        {UnitKind::PartyGroup,
         kLawEnforcement,
         kLeadership,
         u"031012"_s,
         {u"031002"_s, u"031012"_s, u"031014"_s, u"031042"_s},
         {}},
        {UnitKind::PartyGroup,
         kCommunityPolicing,
         kLeadership,
         u"031021"_s,
         {u"031004"_s, u"031021"_s, u"031023"_s, u"031024"_s},
         {}},
    });
}

Status DemoStation::addSquads() {
    return addUnits({
        {UnitKind::Squad,
         u"视频侦查探组"_s,
         kCombinedOperations,
         u"031011"_s,
         {u"031011"_s, u"031041"_s, u"039005"_s},
         {}},
        // Three officers and seven auxiliaries, the shape of the article's ambush team.
        {UnitKind::ActionTeam,
         u"伏击行动组"_s,
         kCombinedOperations,
         u"031013"_s,
         {u"031013"_s, u"031043"_s, u"031044"_s, u"039001"_s, u"039002"_s, u"039003"_s, u"039004"_s,
          u"039006"_s, u"039007"_s, u"039008"_s},
         {}},
        {UnitKind::Squad,
         u"刑事探组"_s,
         kLawEnforcement,
         u"031014"_s,
         {u"031014"_s, u"031041"_s, u"031042"_s},
         {}},
        {UnitKind::Squad,
         u"治安探组"_s,
         kLawEnforcement,
         u"031012"_s,
         {u"031012"_s, u"031043"_s, u"031044"_s, u"039008"_s},
         {}},
    });
}

Status DemoStation::addCommunityOffices() {
    return addUnits({
        {UnitKind::CommunityOffice,
         u"东关警务室"_s,
         kCommunityPolicing,
         u"031021"_s,
         {u"031021"_s, u"031022"_s},
         {u"东关社区"_s, u"锦绣商圈"_s}},
        {UnitKind::CommunityOffice,
         u"南湖警务室"_s,
         kCommunityPolicing,
         u"031023"_s,
         {u"031023"_s, u"031025"_s, u"039009"_s},
         {u"南湖社区"_s, u"南湖新村"_s, u"青石巷社区"_s}},
        {UnitKind::CommunityOffice,
         u"北苑警务室"_s,
         kCommunityPolicing,
         u"031024"_s,
         {u"031024"_s, u"031026"_s},
         {u"北苑社区"_s, u"云溪工业园"_s}},
    });
}

Status DemoStation::addResponsibility() {
    auto counts = DemoResponsibility(m_app).build();
    SD_RETURN_IF_ERROR(counts);
    m_summary.assets = counts->assets;
    m_summary.tasks = counts->tasks;
    return {};
}

Status DemoStation::addAssessments() {
    auto counts = DemoAssessment(m_app).build();
    SD_RETURN_IF_ERROR(counts);
    m_summary.assessmentSheets = counts->sheets;
    m_summary.honours = counts->honours;
    return {};
}

Status DemoStation::addFrontDesk() {
    // Three years of history shaped like the article's station: fewer alerts every year.
    AlertSeedOptions history;
    history.count = 3600;
    history.seed = 2026;
    history.endMs = m_app.clock().nowMs() - 2 * 24 * 3600 * 1000LL;
    history.years = 3;
    history.yearWeights = {1.0, 0.8, 0.62};
    auto seeded = AlertSeeder(m_app.database(), m_app.audit(), m_app.station()).seed(history);
    SD_RETURN_IF_ERROR(seeded);
    m_summary.alerts += int(seeded.value());
    auto counts = DemoFrontDesk(m_app).build(u"031031"_s, demoPassword(u"031031"_s));
    SD_RETURN_IF_ERROR(counts);
    m_summary.alerts += counts->alerts;
    m_summary.onSceneRecords = counts->records;
    return {};
}

Status DemoStation::addDutyRoster() {
    auto shifts = DemoDuty(m_app).build();
    SD_RETURN_IF_ERROR(shifts);
    m_summary.shifts = shifts.value();
    return {};
}

Status DemoStation::addMediation() {
    // Mediated by the demo officer; the high-risk case is owned by the chief.
    auto cases = DemoMediation(m_app).build(u"031031"_s, demoPassword(u"031031"_s), u"031001"_s);
    SD_RETURN_IF_ERROR(cases);
    m_summary.mediationCases = cases.value();
    return {};
}

Status DemoStation::addAccounts() {
    for (const AccountRow &row : kAccounts) {
        const QString badge = QString::fromUtf16(row.badge);
        const QString password = QString::fromUtf16(row.password);
        const Secret secret = Secret::fromUtf8(password.toUtf8());
        // Nobody can be logged in on a database that had no people, so the session is
        // the local System operator, which may add accounts once the admin exists.
        auto account = row.role == Role::Admin
                           ? m_app.accounts().createFirstAdmin(badge, secret)
                           : m_app.accounts().addAccount(badge, row.role, secret);
        SD_RETURN_IF_ERROR(account);
        m_summary.accounts << DemoAccount{badge, account->personName, row.role, password};
    }
    return {};
}

Status DemoStation::addUnits(const QList<UnitSpec> &specs) {
    for (const UnitSpec &spec : specs) {
        Unit unit;
        unit.kind = spec.kind;
        unit.name = spec.name;
        auto leader = personId(spec.leaderBadge);
        SD_RETURN_IF_ERROR(leader);
        unit.leaderId = leader.value();
        for (const QString &badge : spec.memberBadges) {
            auto member = personId(badge);
            SD_RETURN_IF_ERROR(member);
            unit.memberIds << member.value();
        }
        std::sort(unit.memberIds.begin(), unit.memberIds.end());
        if (!spec.parent.isEmpty()) {
            if (!m_unitsByName.contains(spec.parent)) {
                return Error::notFound(
                    u"demo unit %1 before its parent %2"_s.arg(spec.name, spec.parent));
            }
            unit.parentId = m_unitsByName.value(spec.parent);
        }
        auto stored = m_app.organisation().addUnit(unit);
        SD_RETURN_IF_ERROR(stored);
        m_unitsByName.insert(stored->name, stored->id);
        ++m_summary.units;
        for (const QString &areaName : spec.areas) {
            CommunityArea area;
            area.officeId = stored->id;
            area.name = areaName;
            auto added = m_app.organisation().addArea(area);
            SD_RETURN_IF_ERROR(added);
            ++m_summary.areas;
        }
    }
    return {};
}

Result<qint64> DemoStation::personId(const QString &badge) const {
    const auto found = m_peopleByBadge.constFind(badge);
    if (found == m_peopleByBadge.constEnd()) {
        // A mistake in the demo data itself, not in the user's database.
        return Error::notFound(u"demo person with badge %1"_s.arg(badge));
    }
    return found.value();
}

} // namespace sd
