#include "core/demo/DemoMediation.h"

#include "core/kernel/settings/StationCalendar.h"
#include "core/signatures/SignatureStrokes.h"

#include <QHash>

using namespace Qt::StringLiterals;

namespace sd {

namespace {
constexpr qint64 kDayMs = 24LL * 3600 * 1000;

MediationParty party(PartyRole role, const QString &name, Sex sex, const QString &id,
                     const QString &phone, const QString &address,
                     IdDocumentType type = IdDocumentType::ResidentId) {
    MediationParty p;
    p.role = role;
    p.name = name;
    p.sex = sex;
    p.documentType = type;
    p.documentNumber = id;
    p.phone = phone;
    p.address = address;
    return p;
}

MediationAgreement agreement(const QString &liability, const QString &terms, const QString &method,
                             const QString &place, const QDate &by) {
    MediationAgreement a;
    a.liability = liability;
    a.terms = terms;
    a.performanceMethod = method;
    a.performancePlace = place;
    a.performanceDeadline = by;
    return a;
}

// Unwraps a step's result into the case, or leaves the error in status.
#define SD_DEMO_STEP(target, expr)                                                                 \
    do {                                                                                           \
        auto sd_step_ = (expr);                                                                    \
        if (!sd_step_) {                                                                           \
            return sd_step_.error();                                                               \
        }                                                                                          \
        target = sd_step_.value();                                                                 \
    } while (false)
DisputeType disputeTypeOf(const QString &summary) {
    if (summary.contains(u"家庭"_s)) {
        return DisputeType::FamilyMarriage;
    }
    if (summary.contains(u"工资"_s)) {
        return DisputeType::WagesLabour;
    }
    if (summary.contains(u"顾客"_s) || summary.contains(u"外卖"_s) || summary.contains(u"押金"_s)) {
        return DisputeType::Consumer;
    }
    if (summary.contains(u"车"_s)) {
        return DisputeType::Traffic;
    }
    if (summary.contains(u"邻里"_s) || summary.contains(u"噪音"_s) || summary.contains(u"宠物"_s)) {
        return DisputeType::Neighbour;
    }
    return DisputeType::Other;
}
} // namespace

Result<Alert> DemoMediation::recentDispute() const {
    // The generated history ends two days ago; its newest dispute still open or on the
    // scene is referred to mediation.
    for (const AlertStatus status : {AlertStatus::Open, AlertStatus::OnScene}) {
        AlertFilter filter;
        filter.category = AlertCategory::Dispute;
        filter.status = status;
        AlertPageRequest newest;
        newest.limit = 1;
        auto page = m_app.alerts().page(filter, newest);
        SD_RETURN_IF_ERROR(page);
        if (!page->isEmpty()) {
            return page->first();
        }
    }
    return Error::notFound(tr("The demo has no open dispute alert to refer to mediation."));
}

Result<int> DemoMediation::build(const QString &mediatorBadge, const QString &password,
                                 const QString &leaderBadge) {
    m_password = password;
    m_cases = 0;
    const Actor previous = m_app.session().actor();
    auto accounts = m_app.accounts().accounts();
    SD_RETURN_IF_ERROR(accounts);
    for (const Account &account : accounts.value()) {
        if (account.badgeNo == mediatorBadge) {
            m_app.session().setActor({account.displayName(), previous.workstation, account.role,
                                      account.id, account.badgeNo, account.personId});
        }
    }
    if (m_app.session().actor().badgeNo != mediatorBadge) {
        return Error::notFound(tr("The demo mediator's account is missing."));
    }
    auto mediator = m_app.organisation().personByBadge(mediatorBadge);
    auto partner = m_app.organisation().personByBadge(u"031032"_s);
    auto areas = m_app.organisation().areas();
    if (!mediator || !mediator.value() || !partner || !partner.value() || !areas) {
        m_app.session().setActor(previous);
        return Error::notFound(tr("The demo's officers or community areas are missing."));
    }
    m_mediatorId = mediator.value()->id;
    m_partnerId = partner.value()->id;
    for (const CommunityArea &area : areas.value()) {
        m_areaIds.insert(area.name, area.id);
    }
    const Status built = run(leaderBadge);
    m_app.session().setActor(previous);
    SD_RETURN_IF_ERROR(built);
    return m_cases;
}

// What a demo case is opened with, as a desk officer would type it.
struct DemoMediation::CaseSpec {
    MediationSource source = MediationSource::WalkIn;
    DisputeType type = DisputeType::Other;
    QString facts = {};
    QString area = {}; // a community area's name
    QString location = {};
    qint64 openedAt = 0;
    QList<MediationParty> parties = {};
    QList<qint64> mediators = {};
    int sessions = 0; // held since, spread over the days
    RiskGrade risk = RiskGrade::Low;
    QString riskReason = {};
    std::optional<qint64> owningLeaderId = {};
};

Result<MediationCase> DemoMediation::openCase(const CaseSpec &spec) {
    MediationCase c;
    c.source = spec.source;
    c.disputeType = spec.type;
    c.facts = spec.facts;
    c.areaId = m_areaIds.value(spec.area);
    c.location = spec.location;
    c.openedAt = spec.openedAt;
    c.risk = spec.risk;
    c.riskReason = spec.riskReason;
    c.owningLeaderId = spec.owningLeaderId;
    c.parties = spec.parties;
    c.mediatorIds = spec.mediators;
    auto created = m_app.mediation().createCase(c);
    SD_RETURN_IF_ERROR(created);
    return addSessions(created.value(), spec.sessions);
}

Result<MediationCase> DemoMediation::addSessions(MediationCase mediation, int count) {
    static const char16_t *const kNotes[] = {
        u"分别听取双方陈述，释法明理，双方情绪趋于平稳",
        u"双方当面协商，就主要分歧达成初步意向",
        u"邀请社区调解员参与，进一步细化履行方式",
    };
    const qint64 now = m_app.clock().nowMs();
    for (int i = 0; i < count; ++i) {
        MediationSession session;
        // Spread between the opening and now, oldest first.
        session.heldAt = mediation.openedAt + (now - mediation.openedAt) * (i + 1) / (count + 1);
        session.place = i % 2 == 0 ? u"派出所调解室"_s : u"社区警务室"_s;
        QStringList attendees;
        for (const MediationParty &p : mediation.parties) {
            attendees << p.name;
        }
        attendees << mediation.mediatorNames;
        session.attendees = attendees.join(u"、"_s);
        session.notes = QString::fromUtf16(kNotes[i % 3]);
        auto added = m_app.mediation().addSession(mediation.id, mediation.rowVersion, session);
        SD_RETURN_IF_ERROR(added);
        mediation = added.value();
    }
    return mediation;
}

Result<MediationCase> DemoMediation::sealSigned(MediationCase mediation,
                                                const MediationAgreement &terms) {
    MediationService &service = m_app.mediation();
    auto saved = service.saveAgreement(mediation.id, mediation.rowVersion, terms);
    SD_RETURN_IF_ERROR(saved);
    mediation = saved.value();
    auto sign = [&](SignatureRole role, int slot, const QString &name) -> Status {
        const SignatureStrokes strokes = SignatureStrokes::synthesize(name);
        SignatureInput input;
        input.role = role;
        input.slot = slot;
        input.strokes = strokes.toJson();
        input.imagePng = strokes.renderPng(QSize(360, 120));
        std::optional<Secret> password;
        if (role == SignatureRole::Officer) {
            password = Secret::fromUtf8(m_password.toUtf8());
        }
        auto made = service.sign(mediation.id, mediation.rowVersion, input, password);
        SD_RETURN_IF_ERROR(made);
        auto reread = service.mediationCase(mediation.id);
        SD_RETURN_IF_ERROR(reread);
        mediation = reread.value();
        return {};
    };
    for (qsizetype i = 0; i < mediation.parties.size(); ++i) {
        SD_RETURN_IF_ERROR(sign(SignatureRole::Party, int(i), mediation.parties[i].name));
    }
    const qsizetype me = mediation.mediatorIds.indexOf(m_mediatorId);
    SD_RETURN_IF_ERROR(sign(SignatureRole::Officer, int(me), mediation.mediatorNames.value(me)));
    return service.sealAgreement(mediation.id, mediation.rowVersion);
}

Status DemoMediation::run(const QString &leaderBadge) {
    MediationService &service = m_app.mediation();
    const qint64 now = m_app.clock().nowMs();
    const QDate today = stationToday(m_app.clock(), m_app.station());
    auto leader = m_app.organisation().personByBadge(leaderBadge);
    if (!leader || !leader.value()) {
        return Error::notFound(tr("The demo's station leader is missing."));
    }
    FollowUpVisit visit;
    visit.visitorId = m_mediatorId;
    MediationCase c;

    // 1. From one of the demo's recent dispute alerts still open: settled, visited, closed.
    auto source = recentDispute();
    SD_RETURN_IF_ERROR(source);
    SD_DEMO_STEP(c, service.createFromAlert(source->id, disputeTypeOf(source->summary)));
    if (c.parties.isEmpty()) {
        c.parties << party(PartyRole::Applicant, u"孙丽娟"_s, Sex::Female, QString(),
                           u"13812345611"_s, QString());
    }
    c.parties[0].documentNumber = u"44018419780412003X"_s;
    c.parties[0].address = source->location;
    c.parties << party(PartyRole::Respondent, u"赵志刚"_s, Sex::Male, u"440184199103050058"_s,
                       u"13912345612"_s, source->location);
    // The desk officers take the case over from whoever handled the alert.
    c.mediatorIds = {m_mediatorId, m_partnerId};
    c.risk = RiskGrade::Medium;
    c.riskReason = u"双方情绪激动，曾有推搡"_s;
    SD_DEMO_STEP(c, service.updateCase(c));
    SD_DEMO_STEP(c, addSessions(c, 2));
    SD_DEMO_STEP(c, sealSigned(c, agreement(u"双方对纠纷的发生均负有一定责任"_s,
                                            u"双方互相谅解，赵志刚当面赔礼道歉并赔偿对方损失人民币"
                                            u"一千元；今后遇事协商解决，不再发生争执"_s,
                                            u"现金当场支付"_s, u"云溪派出所调解室"_s, today)));
    visit.termsCarriedOut = TermsCarriedOut::Fully;
    visit.satisfaction = Satisfaction::Satisfied;
    visit.notes = u"赔偿款已当场付清，双方关系缓和"_s;
    SD_DEMO_STEP(c, service.scheduleFollowUp(c.id, c.rowVersion, today, u"电话回访"_s));
    visit.visitedAt = m_app.clock().nowMs();
    SD_DEMO_STEP(c, service.recordFollowUp(c.id, c.rowVersion, c.followUps.first().id, visit));
    SD_DEMO_STEP(c, service.close(c.id, c.rowVersion, u"协议履行完毕"_s));
    ++m_cases;

    // 2. A neighbours' dispute at the address of an earlier alert: a possible repeat,
    // agreement sealed, the next visit due this week.
    SD_DEMO_STEP(
        c, openCase(
               {.source = MediationSource::WalkIn,
                .type = DisputeType::Neighbour,
                .facts = u"楼上住户装修噪音及渗水问题，楼下住户多次交涉未果"_s,
                .area = u"南湖新村"_s,
                .location = u"南湖新村7栋"_s,
                .openedAt = now - 6 * kDayMs,
                .parties = {party(PartyRole::Applicant, u"陈美玲"_s, Sex::Female,
                                  u"11010519491231002X"_s, u"13912345601"_s, u"南湖新村7栋201"_s),
                            party(PartyRole::Respondent, u"吴建华"_s, Sex::Male,
                                  u"440184198309210040"_s, u"13712345621"_s, u"南湖新村7栋301"_s)},
                .mediators = {m_mediatorId},
                .sessions = 1}));
    SD_DEMO_STEP(c, sealSigned(c, agreement(u"渗水系楼上防水层破损所致，由楼上住户负责"_s,
                                            u"吴建华于十日内修复防水层并赔偿楼下墙面修缮费二千元；"
                                            u"装修仅在工作日8时至18时进行"_s,
                                            u"自行维修，赔偿款现金支付"_s, u"南湖新村7栋"_s,
                                            today.addDays(10))));
    SD_DEMO_STEP(
        c, service.scheduleFollowUp(c.id, c.rowVersion, today.addDays(3), u"上门查看维修进度"_s));
    ++m_cases;

    // 3. High risk, owned by the station leader: on the chief's view while open.
    SD_DEMO_STEP(
        c, openCase({.source = MediationSource::NeighbourhoodCommittee,
                     .type = DisputeType::FamilyMarriage,
                     .facts = u"夫妻因离婚财产分割反复争吵，男方酒后扬言伤害女方家人"_s,
                     .area = u"青石巷社区"_s,
                     .location = u"青石巷18号"_s,
                     .openedAt = now - 4 * kDayMs,
                     .parties = {party(PartyRole::Applicant, u"郑晓红"_s, Sex::Female,
                                       u"440184198802260076"_s, u"13612345631"_s, u"青石巷18号"_s),
                                 party(PartyRole::Respondent, u"冯国庆"_s, Sex::Male,
                                       u"440184197506110087"_s, u"13512345632"_s, u"青石巷18号"_s)},
                     .mediators = {m_mediatorId, m_partnerId},
                     .sessions = 2,
                     .risk = RiskGrade::High,
                     .riskReason = u"一方有酒后暴力倾向并扬言报复，存在民转刑风险"_s,
                     .owningLeaderId = leader.value()->id}));
    ++m_cases;

    // 4. Overdue: referred by a community office 40 days ago and still open.
    SD_DEMO_STEP(
        c,
        openCase({.source = MediationSource::CommunityOffice,
                  .type = DisputeType::WagesLabour,
                  .facts = u"十二名务工人员称包工头拖欠工资共计九万六千元"_s,
                  .area = u"云溪工业园"_s,
                  .location = u"云溪工业园3号厂房"_s,
                  .openedAt = now - 40 * kDayMs,
                  .parties = {party(PartyRole::Applicant, u"何永强"_s, Sex::Male,
                                    u"44018419930814009X"_s, u"13412345641"_s, u"云溪工业园宿舍"_s),
                              party(PartyRole::Respondent, u"钱德明"_s, Sex::Male,
                                    u"440184197001020107"_s, u"13312345642"_s, u"锦绣商圈8号"_s)},
                  .mediators = {m_mediatorId},
                  .sessions = 1,
                  .risk = RiskGrade::Medium,
                  .riskReason = u"人数较多，有聚集上访苗头"_s}));
    ++m_cases;

    // 5. Consumer dispute: the parties go to court; closed.
    SD_DEMO_STEP(
        c,
        openCase({.source = MediationSource::WalkIn,
                  .type = DisputeType::Consumer,
                  .facts = u"顾客称所购电动车电池存在质量问题，商家拒绝退换"_s,
                  .area = u"锦绣商圈"_s,
                  .location = u"锦绣商圈15号铺"_s,
                  .openedAt = now - 20 * kDayMs,
                  .parties = {party(PartyRole::Applicant, u"林小燕"_s, Sex::Female,
                                    u"440184198605300112"_s, u"13212345651"_s, u"北苑社区6栋"_s),
                              party(PartyRole::Respondent, u"周记车行"_s, Sex::Unstated, QString(),
                                    u"13112345652"_s, u"锦绣商圈15号铺"_s, IdDocumentType::Other)},
                  .mediators = {m_partnerId},
                  .sessions = 1}));
    SD_DEMO_STEP(c, service.setOutcome(c.id, c.rowVersion, MediationOutcome::LegalChannels,
                                       LegalChannel::Court, {}, u"双方同意通过诉讼解决"_s));
    SD_DEMO_STEP(c, service.close(c.id, c.rowVersion));
    ++m_cases;

    // 6. Property and land: failed and referred to the justice office; closed.
    SD_DEMO_STEP(
        c,
        openCase({.source = MediationSource::OwnInitiative,
                  .type = DisputeType::PropertyLand,
                  .facts = u"两户村民因宅基地边界及围墙位置发生争议"_s,
                  .area = u"北苑社区"_s,
                  .location = u"北苑村二组"_s,
                  .openedAt = now - 25 * kDayMs,
                  .parties = {party(PartyRole::Applicant, u"韩大山"_s, Sex::Male,
                                    u"440184196203250133"_s, u"13012345661"_s, u"北苑村二组5号"_s),
                              party(PartyRole::Respondent, u"韩小川"_s, Sex::Male,
                                    u"440184198907070148"_s, u"13012345662"_s, u"北苑村二组6号"_s)},
                  .mediators = {m_mediatorId},
                  .sessions = 3,
                  .risk = RiskGrade::Medium,
                  .riskReason = u"双方积怨较深"_s}));
    SD_DEMO_STEP(c, service.setOutcome(c.id, c.rowVersion, MediationOutcome::FailedReferred, {},
                                       u"云溪镇司法所"_s, u"涉及土地确权，非公安调解范围"_s));
    SD_DEMO_STEP(c, service.close(c.id, c.rowVersion));
    ++m_cases;

    // 7. Traffic: withdrawn; closed.
    SD_DEMO_STEP(
        c, openCase({.source = MediationSource::WalkIn,
                     .type = DisputeType::Traffic,
                     .facts = u"小区内倒车刮蹭，双方就维修费用协商不成"_s,
                     .area = u"东关社区"_s,
                     .location = u"东关社区停车场"_s,
                     .openedAt = now - 12 * kDayMs,
                     .parties = {party(PartyRole::Applicant, u"马俊"_s, Sex::Male,
                                       u"440184199509190122"_s, u"13912345671"_s, u"东关社区2栋"_s),
                                 party(PartyRole::Respondent, u"杨帆"_s, Sex::Female, QString(),
                                       u"13912345672"_s, u"东关社区9栋"_s)},
                     .mediators = {m_partnerId}}));
    SD_DEMO_STEP(c, service.setOutcome(c.id, c.rowVersion, MediationOutcome::Withdrawn, {}, {},
                                       u"双方已通过保险公司自行解决"_s));
    SD_DEMO_STEP(c, service.close(c.id, c.rowVersion));
    ++m_cases;

    // 8. The article's case: a betrothal gift after a broken engagement. Agreement sealed
    // and closed, then a visit found a new risk: reopened.
    SD_DEMO_STEP(
        c,
        openCase({.source = MediationSource::JusticeOffice,
                  .type = DisputeType::BetrothalGift,
                  .facts = u"男方悔婚后要求女方返还彩礼八万元，双方家属多次争吵"_s,
                  .area = u"锦绣商圈"_s,
                  .location = u"锦绣商圈22号"_s,
                  .openedAt = now - 16 * kDayMs,
                  .parties = {party(PartyRole::Applicant, u"邓佳"_s, Sex::Female,
                                    u"440184196507180066"_s, u"13812345681"_s, u"锦绣商圈22号"_s),
                              party(PartyRole::Respondent, u"谢磊"_s, Sex::Male,
                                    u"440184198507150018"_s, u"13812345682"_s, u"云溪路16号"_s)},
                  .mediators = {m_mediatorId},
                  .sessions = 1}));
    SD_DEMO_STEP(c, sealSigned(c, agreement(u"婚约解除系双方原因，双方均有责任"_s,
                                            u"邓佳于七日内返还彩礼人民币六万元，其余二万元作为"
                                            u"谢磊自愿补偿；双方依法解决，今后不再就此事发生纠纷"_s,
                                            u"银行转账，一次付清"_s, u"云溪派出所调解室"_s,
                                            today.addDays(7))));
    SD_DEMO_STEP(c, service.close(c.id, c.rowVersion));
    visit.termsCarriedOut = TermsCarriedOut::Partly;
    visit.satisfaction = Satisfaction::Dissatisfied;
    visit.newRisk = true;
    visit.newRiskNote = u"邓佳仅返还三万元，谢磊家属扬言上门讨要"_s;
    visit.notes = u"已对双方进行劝导，约定再次回访"_s;
    visit.nextDueOn = today.addDays(5);
    SD_DEMO_STEP(c, service.scheduleFollowUp(c.id, c.rowVersion, today, u"上门回访"_s));
    visit.visitedAt = m_app.clock().nowMs();
    SD_DEMO_STEP(c, service.recordFollowUp(c.id, c.rowVersion, c.followUps.first().id, visit));
    MediationCase risen = c;
    risen.risk = RiskGrade::Medium;
    risen.riskReason = visit.newRiskNote;
    SD_DEMO_STEP(c, service.updateCase(risen));
    ++m_cases;
    return {};
}

#undef SD_DEMO_STEP

} // namespace sd
