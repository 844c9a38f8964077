#include "core/demo/DemoAssessment.h"

#include "core/assessment/AssessmentRules.h"
#include "core/frontdesk/AlertRepository.h"

using namespace Qt::StringLiterals;

namespace sd {

namespace {

// The squads are assessed monthly and quarterly, the community offices quarterly.
const QStringList kSquads = {u"视频侦查探组"_s, u"伏击行动组"_s, u"刑事探组"_s, u"治安探组"_s};
const QStringList kOffices = {u"东关警务室"_s, u"南湖警务室"_s, u"北苑警务室"_s};
// The squad with the article's record: twelve excellent months in 2025 and three
// quarters of that year without a single deduction.
const QString kModelSquad = u"刑事探组"_s;

const QString kLeader = u"吴海涛 (031011)"_s;     // squad leader: drafts
const QString kInstructor = u"林志远 (031002)"_s; // instructor: reviews
const QString kChief = u"周建国 (031001)"_s;      // chief: reviews some

// Two years of periods, ending with the month and quarter under review now.
const AssessmentPeriod kFirstMonth(PeriodKind::Month, 2024, 11);
const AssessmentPeriod kLastMonth(PeriodKind::Month, 2026, 10);
const AssessmentPeriod kFirstQuarter(PeriodKind::Quarter, 2024, 4);
const AssessmentPeriod kLastQuarter(PeriodKind::Quarter, 2026, 3);

struct HonourRow {
    int year;
    HonourKind kind;
    const char16_t *title;
    const char16_t *body;
    const char16_t *unit;  // empty for the station or a person
    const char16_t *badge; // individual honours
    const char16_t *citation;
};

const HonourRow kHonours[] = {
    {2016, HonourKind::ThirdClassMerit, u"集体三等功", u"区公安分局", u"", u"",
     u"辖区刑事治安警情同比下降逾两成"},
    {2017, HonourKind::ThirdClassMerit, u"集体三等功", u"区公安分局", u"", u"",
     u"连续两年警情下降二成以上，执法规范化建设成效显著"},
    {2018, HonourKind::SecondClassMerit, u"集体二等功", u"市公安局", u"", u"",
     u"抓党建带队建促业务，三个党小组引领各业务组高效运转"},
    {2018, HonourKind::Title, u"先进基层党组织", u"市公安局", u"", u"",
     u"党建工作室为分局党建示范点"},
    {2018, HonourKind::Title, u"分局优秀警务室", u"区公安分局", u"东关警务室", u"", u""},
    {2018, HonourKind::Title, u"分局优秀警务室", u"区公安分局", u"南湖警务室", u"", u""},
    {2018, HonourKind::Title, u"分局优秀警务室", u"区公安分局", u"北苑警务室", u"", u""},
    {2018, HonourKind::ThirdClassMerit, u"个人三等功", u"区公安分局", u"", u"031011",
     u"带领合成作战党小组破获系列盗窃案"},
    {2018, HonourKind::ThirdClassMerit, u"个人三等功", u"区公安分局", u"", u"031013",
     u"伏击行动组抓获吸毒、盗窃嫌疑人多名"},
    {2018, HonourKind::Title, u"分局十佳社区民警（第一名）", u"区公安分局", u"", u"031021", u""},
    {2018, HonourKind::Title, u"分局十佳社区民警（第二名）", u"区公安分局", u"", u"031022", u""},
    {2018, HonourKind::Title, u"分局十佳社区民警（第三名）", u"区公安分局", u"", u"031023", u""},
    {2018, HonourKind::Title, u"市优秀社区民警", u"市公安局", u"", u"031021",
     u"与辖区群众打成一片，移动警务终端里存有上千名居民联系方式"},
    {2018, HonourKind::Commendation, u"专项嘉奖", u"区公安分局", u"", u"031004",
     u"分管社区警务，全所社区民警连续四年考核优秀"},
    {2025, HonourKind::Title, u"执法考核优秀单位", u"区公安分局", u"", u"",
     u"分局月度执法考核12个月全部优秀，市局季度执法考评3次零扣分，连续3年位列分局第一"},
    {2025, HonourKind::Title, u"执法示范探组", u"区公安分局", u"刑事探组", u"", u""},
    {2025, HonourKind::Commendation, u"个人嘉奖", u"区公安分局", u"", u"031014",
     u"刑事探组全年案卷零差错"},
};

struct EventRow {
    QDate date;
    const char16_t *title;
    const char16_t *description;
};

const EventRow kEvents[] = {
    {{1954, 4, 1}, u"建所", u"始建于1954年4月，时称云溪镇派出所。"},
    {{1958, 10, 1}, u"更名为云溪公社政法公安部", u""},
    {{1968, 3, 1}, u"更名为云溪镇保卫组", u""},
    {{1979, 6, 1}, u"更名为云溪镇公安分局", u""},
    {{1982, 2, 1}, u"正式命名为云溪派出所", u""},
    {{2017, 6, 18}, u"迁入云溪西路55号新址", u"辖区面积约3.3平方公里，常住人口2万余人。"},
    {{2018, 4, 20},
     u"党建工作室建成",
     u"成立合成作战、综合执法、社区警务三个党小组，由优秀探组长任党小组组长；设历史墙和荣誉墙。"},
};

// A fixed pseudo-random number per subject and period, so every run is the same.
int roll(int unitIndex, int ordinal, int salt) {
    const quint64 mixed = static_cast<quint64>(unitIndex + 3) * 7919U +
                          static_cast<quint64>(ordinal) * 104729U +
                          static_cast<quint64>(salt) * 31U;
    return static_cast<int>((mixed * 2654435761U >> 8) % 100U);
}

} // namespace

void DemoAssessment::actAs(const QString &name, Role role) {
    Actor actor = m_app.session().actor();
    actor.name = name;
    actor.role = role;
    actor.accountId = 0;
    actor.badgeNo = name.section(u'(', 1).chopped(1);
    m_app.session().setActor(actor);
}

Result<DemoAssessment::Counts> DemoAssessment::build() {
    const Actor before = m_app.session().actor();
    m_counts = {};
    Status done = addSchemes();
    if (done) {
        done = addSheets();
    }
    m_app.session().setActor(before);
    if (done) {
        done = addHonours();
    }
    if (done) {
        done = addHistory();
    }
    SD_RETURN_IF_ERROR(done);
    return m_counts;
}

Status DemoAssessment::addSchemes() {
    actAs(kInstructor, Role::Instructor);
    AssessmentScheme monthly;
    monthly.code = u"LAW-M"_s;
    monthly.name = u"月度执法考核"_s;
    monthly.periodKind = PeriodKind::Month;
    monthly.items = {
        {0, u"D01"_s, u"警情反馈超时"_s, -2, 10},
        {0, u"D02"_s, u"案卷材料不规范"_s, -3, 15},
        {0, u"D03"_s, u"执法记录仪使用不规范"_s, -5, 20},
        {0, u"D04"_s, u"超期办案"_s, -10, 30},
        {0, u"B01"_s, u"群众书面表扬"_s, 2, 4},
    };
    AssessmentScheme quarterly;
    quarterly.code = u"LAW-Q"_s;
    quarterly.name = u"季度执法质量考评"_s;
    quarterly.periodKind = PeriodKind::Quarter;
    quarterly.zeroDeductionTarget = true;
    quarterly.items = {
        {0, u"Q01"_s, u"执法过错"_s, -10, 30},
        {0, u"Q02"_s, u"案件质量不合格"_s, -5, 20},
        {0, u"Q03"_s, u"涉警投诉查实"_s, -5, 15},
        {0, u"Q04"_s, u"执法台账不全"_s, -2, 10},
    };
    AssessmentScheme community;
    community.code = u"COMM-Q"_s;
    community.name = u"社区警务室考评"_s;
    community.periodKind = PeriodKind::Quarter;
    community.items = {
        {0, u"C01"_s, u"入户走访不到位"_s, -3, 15},
        {0, u"C02"_s, u"基础信息采集滞后"_s, -2, 10},
        {0, u"C03"_s, u"矛盾纠纷未及时化解"_s, -5, 20},
        {0, u"C04"_s, u"群众满意度测评优秀"_s, 3, 3},
    };
    for (const AssessmentScheme &scheme : {monthly, quarterly, community}) {
        auto stored = m_app.assessments().addScheme(scheme);
        SD_RETURN_IF_ERROR(stored);
        m_schemes << stored.value();
        ++m_counts.schemes;
    }
    return {};
}

QList<ScoreEntry> DemoAssessment::entriesFor(const AssessmentScheme &scheme, const QString &unit,
                                             const AssessmentPeriod &period, int unitIndex) const {
    const int ordinal = period.ordinal();
    int shape = roll(unitIndex, ordinal, static_cast<int>(scheme.id));
    if (unit == kModelSquad && scheme.code == u"LAW-M"_s) {
        if (period.year() == 2025) {
            shape = shape % 50; // excellent all year
        } else if (period == AssessmentPeriod(PeriodKind::Month, 2024, 12) ||
                   period == AssessmentPeriod(PeriodKind::Month, 2026, 1)) {
            shape = 80; // good: the months either side end the run
        }
    }
    if (unit == kModelSquad && scheme.code == u"LAW-Q"_s &&
        (period.year() == 2025 || period == AssessmentPeriod(PeriodKind::Quarter, 2026, 1))) {
        return period.index() == 1 ? QList<ScoreEntry>{{0,
                                                        scheme.items[3].id,
                                                        {},
                                                        -2,
                                                        u"一季度执法台账缺一份"_s,
                                                        u"法制员检查记录"_s,
                                                        {},
                                                        {}}}
                                   : QList<ScoreEntry>{};
    }
    if (scheme.code == u"COMM-Q"_s) {
        shape = shape % 70; // the offices are rated excellent almost always
    }
    // Which items to charge: index into the catalogue, points per occurrence.
    QList<std::pair<int, int>> charges;
    if (shape < 30) {
        charges = {};
    } else if (shape < 50) {
        charges = {{0, 1}};
    } else if (shape < 65) {
        charges = {{0, 1}, {1, 1}};
    } else if (shape < 80) {
        charges = {{0, 2}, {1, 1}};
    } else if (shape < 92) {
        charges = {{2, 1}, {1, 1}};
    } else {
        charges = {{2, 2}, {0, 1}};
    }
    QList<ScoreEntry> entries;
    for (const auto &[itemIndex, times] : charges) {
        const AssessmentItem &item = scheme.items.at(itemIndex);
        if (!item.isDeduction()) {
            continue;
        }
        for (int i = 0; i < times; ++i) {
            ScoreEntry entry;
            entry.itemId = item.id;
            entry.points = item.points;
            entry.reason =
                u"%1：%2（第%3处）"_s.arg(period.toString(), item.description).arg(i + 1);
            entry.evidence = u"督察通报 %1-%2"_s.arg(period.toString()).arg(ordinal % 40 + i + 1);
            if (scheme.code == u"LAW-M"_s && itemIndex == 0) {
                const QString number =
                    u"JQ-%1-%2"_s.arg(period.year())
                        .arg((ordinal * 37 + unitIndex * 11 + i) % 900 + 100, 6, 10, QChar(u'0'));
                // Only a link to an alert the demo really holds: the service refuses others.
                auto alert = AlertRepository(m_app.database()).findByNumber(number);
                if (alert && alert.value()) {
                    entry.recordKind = RecordKind::Alert;
                    entry.recordNumber = number;
                }
            }
            entries << entry;
        }
    }
    // A written thank-you now and then.
    const AssessmentItem &last = scheme.items.last();
    if (!last.isDeduction() && roll(unitIndex, ordinal, 7) < 20) {
        entries << ScoreEntry{0,  last.id, {}, last.points, u"群众送来感谢信"_s, u"感谢信扫描件"_s,
                              {}, {}};
    }
    return entries;
}

Status DemoAssessment::addSheet(const AssessmentScheme &scheme, qint64 subjectId,
                                const QString &period, const QList<ScoreEntry> &entries,
                                int unitIndex, bool latest) {
    AssessmentService &service = m_app.assessments();
    actAs(kLeader, Role::SquadLeader);
    ScoreSheet draft;
    draft.schemeId = scheme.id;
    draft.subjectKind = SubjectKind::Unit;
    draft.subjectId = subjectId;
    draft.period = period;
    draft.entries = entries;
    auto sheet = service.createSheet(draft);
    SD_RETURN_IF_ERROR(sheet);
    ++m_counts.sheets;
    // The latest period is what waits on the reviewer's desk: some submitted, one
    // returned, one still a draft.
    if (latest && unitIndex == 3) {
        return {};
    }
    auto submitted = service.submitSheet(sheet->id, sheet->rowVersion);
    SD_RETURN_IF_ERROR(submitted);
    const int ordinal = AssessmentPeriod::parse(period)->ordinal();
    const bool returnOnce =
        (latest && unitIndex == 2) || (!latest && (ordinal + unitIndex) % 9 == 0);
    if (latest && !returnOnce && (scheme.code == u"LAW-M"_s || unitIndex == 0)) {
        return {};
    }
    if (returnOnce) {
        actAs(kInstructor, Role::Instructor);
        auto returned =
            service.returnSheet(submitted->id, submitted->rowVersion,
                                u"扣分依据不全：请补充执法记录仪截图或督察通报编号后重新提交。"_s);
        SD_RETURN_IF_ERROR(returned);
        if (latest) {
            return {};
        }
        actAs(kLeader, Role::SquadLeader);
        ScoreSheet corrected = returned.value();
        for (ScoreEntry &entry : corrected.entries) {
            entry.evidence += u"；已补执法记录仪截图"_s;
        }
        auto saved = service.updateSheet(corrected);
        SD_RETURN_IF_ERROR(saved);
        submitted = service.submitSheet(saved->id, saved->rowVersion);
        SD_RETURN_IF_ERROR(submitted);
    }
    if (ordinal % 5 == 0) {
        actAs(kChief, Role::Chief);
    } else {
        actAs(kInstructor, Role::Instructor);
    }
    auto approved = service.approveSheet(submitted->id, submitted->rowVersion);
    SD_RETURN_IF_ERROR(approved);
    return {};
}

Status DemoAssessment::addSheets() {
    QList<qint64> squads;
    QList<qint64> offices;
    for (const QString &name : kSquads) {
        auto id = unitId(name);
        SD_RETURN_IF_ERROR(id);
        squads << id.value();
    }
    for (const QString &name : kOffices) {
        auto id = unitId(name);
        SD_RETURN_IF_ERROR(id);
        offices << id.value();
    }
    const AssessmentScheme &monthly = m_schemes.at(0);
    const AssessmentScheme &quarterly = m_schemes.at(1);
    const AssessmentScheme &community = m_schemes.at(2);
    for (int ordinal = kFirstMonth.ordinal(); ordinal <= kLastMonth.ordinal(); ++ordinal) {
        const AssessmentPeriod period = AssessmentPeriod::fromOrdinal(PeriodKind::Month, ordinal);
        for (int i = 0; i < squads.size(); ++i) {
            if (Status added = addSheet(monthly, squads.at(i), period.toString(),
                                        entriesFor(monthly, kSquads.at(i), period, i), i,
                                        period == kLastMonth);
                !added) {
                return added;
            }
        }
    }
    for (int ordinal = kFirstQuarter.ordinal(); ordinal <= kLastQuarter.ordinal(); ++ordinal) {
        const AssessmentPeriod period = AssessmentPeriod::fromOrdinal(PeriodKind::Quarter, ordinal);
        const bool latest = period == kLastQuarter;
        for (int i = 0; i < squads.size(); ++i) {
            // Only the latest quarter's first sheet waits; the rest are approved.
            if (Status added = addSheet(quarterly, squads.at(i), period.toString(),
                                        entriesFor(quarterly, kSquads.at(i), period, i),
                                        latest && i == 0 ? 0 : i + 4, latest);
                !added) {
                return added;
            }
        }
        for (int i = 0; i < offices.size(); ++i) {
            if (Status added = addSheet(community, offices.at(i), period.toString(),
                                        entriesFor(community, kOffices.at(i), period, i),
                                        latest && i == 0 ? 0 : i + 4, latest);
                !added) {
                return added;
            }
        }
    }
    return {};
}

Status DemoAssessment::addHonours() {
    for (const HonourRow &row : kHonours) {
        Honour honour;
        honour.year = row.year;
        honour.kind = row.kind;
        honour.title = QString::fromUtf16(row.title);
        honour.awardingBody = QString::fromUtf16(row.body);
        honour.citation = QString::fromUtf16(row.citation);
        const QString unit = QString::fromUtf16(row.unit);
        const QString badge = QString::fromUtf16(row.badge);
        honour.collective = badge.isEmpty();
        if (!unit.isEmpty()) {
            auto id = unitId(unit);
            SD_RETURN_IF_ERROR(id);
            honour.unitId = id.value();
        }
        if (!badge.isEmpty()) {
            auto id = personId(badge);
            SD_RETURN_IF_ERROR(id);
            honour.personId = id.value();
        }
        auto stored = m_app.honours().addHonour(honour);
        SD_RETURN_IF_ERROR(stored);
        ++m_counts.honours;
    }
    return {};
}

Status DemoAssessment::addHistory() {
    for (const EventRow &row : kEvents) {
        StationEvent event;
        event.happenedOn = row.date;
        event.title = QString::fromUtf16(row.title);
        event.description = QString::fromUtf16(row.description);
        auto stored = m_app.honours().addEvent(event);
        SD_RETURN_IF_ERROR(stored);
        ++m_counts.events;
    }
    return {};
}

Result<qint64> DemoAssessment::unitId(const QString &name) const {
    auto unit = m_app.organisation().unitByName(name);
    SD_RETURN_IF_ERROR(unit);
    if (!unit.value()) {
        return Error::notFound(u"demo unit %1"_s.arg(name));
    }
    return unit.value()->id;
}

Result<qint64> DemoAssessment::personId(const QString &badge) const {
    auto person = m_app.organisation().personByBadge(badge);
    SD_RETURN_IF_ERROR(person);
    if (!person.value()) {
        return Error::notFound(u"demo person with badge %1"_s.arg(badge));
    }
    return person.value()->id;
}

} // namespace sd
