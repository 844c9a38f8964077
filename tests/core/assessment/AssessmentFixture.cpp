#include "AssessmentFixture.h"

using namespace Qt::StringLiterals;

namespace sd::test {

void AssessmentFixture::SetUp() {
    EngineTest::SetUp();
    if (IsSkipped() || HasFatalFailure()) {
        return;
    }
    m_app = openApp();
    ASSERT_TRUE(m_app);
    for (const QString &name : {u"第一探组"_s, u"第二探组"_s, u"第三探组"_s}) {
        Unit unit;
        unit.name = name;
        unit.kind = UnitKind::Squad;
        auto stored = m_app->organisation().addUnit(unit);
        ASSERT_TRUE(stored.ok()) << stored.error().message.toStdString();
        m_units << stored->id;
    }
    auto monthly = service().addScheme(monthlyScheme());
    ASSERT_TRUE(monthly.ok()) << monthly.error().message.toStdString();
    m_monthly = monthly.value();
    AssessmentScheme quarterly = monthlyScheme();
    quarterly.code = u"LAW-Q"_s;
    quarterly.name = u"季度执法质量考评"_s;
    quarterly.periodKind = PeriodKind::Quarter;
    quarterly.zeroDeductionTarget = true;
    auto storedQuarterly = service().addScheme(quarterly);
    ASSERT_TRUE(storedQuarterly.ok()) << storedQuarterly.error().message.toStdString();
    m_quarterly = storedQuarterly.value();
}

void AssessmentFixture::actAs(const QString &name, Role role) {
    Actor actor;
    actor.name = name;
    actor.workstation = u"desk-1"_s;
    actor.role = role;
    m_app->session().setActor(actor);
}

AssessmentScheme AssessmentFixture::monthlyScheme() {
    AssessmentScheme scheme;
    scheme.code = u"LAW-M"_s;
    scheme.name = u"月度执法考核"_s;
    scheme.subjectKind = SubjectKind::Unit;
    scheme.periodKind = PeriodKind::Month;
    scheme.items = {
        {0, u"LATE"_s, u"警情反馈超时"_s, -2, 10},
        {0, u"FILE"_s, u"案卷不规范"_s, -5, 20},
        {0, u"GRAVE"_s, u"执法过错"_s, -50, 100},
        {0, u"PRAISE"_s, u"群众书面表扬"_s, 3, 6},
    };
    return scheme;
}

ScoreEntry AssessmentFixture::entry(const AssessmentScheme &scheme, const QString &itemCode,
                                    int points) const {
    ScoreEntry result;
    const AssessmentItem *item = scheme.itemByCode(itemCode);
    EXPECT_NE(item, nullptr) << itemCode.toStdString();
    result.itemId = item ? item->id : 0;
    result.points = points;
    result.reason = u"理由：%1"_s.arg(itemCode);
    return result;
}

ScoreSheet AssessmentFixture::draft(const AssessmentScheme &scheme, qint64 unitId,
                                    const QString &period, const QList<ScoreEntry> &entries) const {
    ScoreSheet sheet;
    sheet.schemeId = scheme.id;
    sheet.subjectKind = SubjectKind::Unit;
    sheet.subjectId = unitId;
    sheet.period = period;
    sheet.entries = entries;
    return sheet;
}

ScoreSheet AssessmentFixture::submittedSheet(const AssessmentScheme &scheme, qint64 unitId,
                                             const QString &period,
                                             const QList<ScoreEntry> &entries) {
    actAsLeader();
    auto created = service().createSheet(draft(scheme, unitId, period, entries));
    EXPECT_TRUE(created.ok()) << created.error().message.toStdString();
    if (!created) {
        return {};
    }
    auto submitted = service().submitSheet(created->id, created->rowVersion);
    EXPECT_TRUE(submitted.ok()) << submitted.error().message.toStdString();
    return submitted.ok() ? submitted.value() : ScoreSheet{};
}

ScoreSheet AssessmentFixture::approvedSheet(const AssessmentScheme &scheme, qint64 unitId,
                                            const QString &period,
                                            const QList<ScoreEntry> &entries) {
    const ScoreSheet submitted = submittedSheet(scheme, unitId, period, entries);
    actAsInstructor();
    auto approved = service().approveSheet(submitted.id, submitted.rowVersion);
    EXPECT_TRUE(approved.ok()) << approved.error().message.toStdString();
    return approved.ok() ? approved.value() : ScoreSheet{};
}

ScoreSheet AssessmentFixture::returnedSheet(const AssessmentScheme &scheme, qint64 unitId,
                                            const QString &period,
                                            const QList<ScoreEntry> &entries) {
    const ScoreSheet submitted = submittedSheet(scheme, unitId, period, entries);
    actAsInstructor();
    auto returned = service().returnSheet(submitted.id, submitted.rowVersion, u"补证据"_s);
    EXPECT_TRUE(returned.ok()) << returned.error().message.toStdString();
    return returned.ok() ? returned.value() : ScoreSheet{};
}

qint64 AssessmentFixture::count(const QString &sql) {
    return scalarSql(m_app->database().connection(), sql)->toLongLong();
}

qint64 AssessmentFixture::auditCount(const QString &action) {
    return scalarSql(m_app->database().connection(),
                     u"SELECT COUNT(*) FROM audit_log WHERE action = ? AND outcome = 'success'"_s,
                     {action})
        ->toLongLong();
}

} // namespace sd::test
