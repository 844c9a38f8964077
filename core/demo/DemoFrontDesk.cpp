#include "core/demo/DemoFrontDesk.h"

#include "core/signatures/SignatureStrokes.h"

#include <QHash>

using namespace Qt::StringLiterals;

namespace sd {

namespace {
constexpr qint64 kHourMs = 3600LL * 1000;

// The desk's own alerts are the newest of the demo: the generated history ends two days
// before now, and these come after it, oldest first, so their numbers continue the year's
// sequence in the order they were received.
struct DemoAlert {
    int hoursAgo;
    const char16_t *area; // one of the demo station's community areas
    AlertSource source;
    AlertCategory category;
    const char16_t *location;
    const char16_t *caller;
    const char16_t *phone;
    const char16_t *summary;
    const char16_t *handling;
    const char16_t *result;
    EligibleCase eligibleCase;
    const char16_t *partyId; // a valid GB 11643 number
};

const DemoAlert kAlerts[] = {
    {46, u"南湖新村", AlertSource::Dispatch, AlertCategory::Dispute, u"南湖新村7栋", u"陈美玲",
     u"13912345601", u"楼上装修噪音引发邻里纠纷，双方发生口角",
     u"民警到场分别询问双方，讲明装修时间规定，现场调解",
     u"双方同意装修限定在工作日白天进行，握手言和", EligibleCase::MediatedDispute,
     u"11010519491231002X"},
    {40, u"云溪工业园", AlertSource::Phone, AlertCategory::Assistance, u"云溪路公交站", u"黄志强",
     u"13812345602", u"老人走失，家属报警求助", u"民警调取视频并在周边巡查，两小时后找到老人",
     u"老人已交还家属，家属表示感谢", EligibleCase::EmergencyAssistance, u"440184195003120014"},
    {31, u"锦绣商圈", AlertSource::WalkIn, AlertCategory::Dispute, u"锦绣商圈2号铺", u"刘建国",
     u"13712345603", u"顾客与店主因退货发生争执", u"民警到场了解情况，依据消费者权益相关规定调解",
     u"店主同意退货退款，双方无异议", EligibleCase::MediatedDispute, u"440184198507150018"},
    {22, u"青石巷社区", AlertSource::GroupMessage, AlertCategory::Other, u"青石巷12号", u"张秀英",
     u"13612345604", u"社区群内反映有人深夜大声喧哗", u"民警到场时喧哗已停止，对相关人员进行劝诫",
     u"报警人表示不需要继续处理，不愿制作笔录", EligibleCase::NoFollowUp, u"440184196808080026"},
    {14, u"北苑社区", AlertSource::Dispatch, AlertCategory::Traffic, u"北苑路与工业大道路口",
     u"王海涛", u"13512345605", u"两辆电动车轻微碰擦，双方争执", u"民警到场疏导交通，协助双方协商",
     u"双方自行协商赔偿100元，现场处结", EligibleCase::MediatedDispute, u"440184199012240016"},
    {5, u"东关社区", AlertSource::Phone, AlertCategory::Assistance, u"东关社区文化广场", u"李玉兰",
     u"13412345606", u"儿童在广场与家人走散", u"民警在广场广播寻人，十分钟后找到儿童",
     u"儿童已交还家人", EligibleCase::EmergencyAssistance, u"440184198203030025"},
};

const QString kWitnessName = u"罗晓燕"_s; // an officer of the demo station
} // namespace

Result<DemoFrontDesk::Counts> DemoFrontDesk::build(const QString &officerBadge,
                                                   const QString &password) {
    m_password = password;
    m_counts = {};
    const Actor previous = m_app.session().actor();
    // Acts as the officer the way the desk would after a login; each of the officer's
    // signatures still confirms the password.
    auto accounts = m_app.accounts().accounts();
    SD_RETURN_IF_ERROR(accounts);
    for (const Account &account : accounts.value()) {
        if (account.badgeNo == officerBadge) {
            m_app.session().setActor({account.displayName(), previous.workstation, account.role,
                                      account.id, account.badgeNo, account.personId});
        }
    }
    if (m_app.session().actor().badgeNo != officerBadge) {
        return Error::notFound(tr("The demo officer's account is missing."));
    }
    auto officer = m_app.organisation().personByBadge(officerBadge);
    auto partner = m_app.organisation().personByBadge(u"031032"_s);
    if (!officer || !officer.value() || !partner || !partner.value()) {
        m_app.session().setActor(previous);
        return Error::notFound(tr("The demo officers are missing."));
    }
    auto areas = m_app.organisation().areas();
    if (!areas) {
        m_app.session().setActor(previous);
        return areas.error();
    }
    QHash<QString, qint64> areaIds;
    for (const CommunityArea &area : areas.value()) {
        areaIds.insert(area.name, area.id);
    }
    Status outcome;
    const qint64 now = m_app.clock().nowMs();
    int index = 0;
    for (const DemoAlert &spec : kAlerts) {
        Alert alert;
        alert.receivedAt = now - spec.hoursAgo * kHourMs;
        alert.source = spec.source;
        alert.category = spec.category;
        const QString areaName = QString::fromUtf16(spec.area);
        if (!areaIds.contains(areaName)) {
            outcome = Error::notFound(tr("The demo's community area %1 is missing.").arg(areaName));
            break;
        }
        alert.areaId = areaIds.value(areaName);
        alert.location = QString::fromUtf16(spec.location);
        alert.callerName = QString::fromUtf16(spec.caller);
        alert.callerPhone = QString::fromUtf16(spec.phone);
        alert.summary = QString::fromUtf16(spec.summary);
        alert.status = AlertStatus::OnScene;
        alert.officerIds = {officer.value()->id, partner.value()->id};
        auto stored = m_app.alerts().addAlert(alert);
        if (!stored) {
            outcome = stored.error();
            break;
        }
        ++m_counts.alerts;
        // Ticked as far as "recorded"; the duty leader's review is still open.
        auto checklist = m_app.alerts().checklist(stored->id);
        for (int step = 0; checklist && step + 1 < checklist->size(); ++step) {
            (void)m_app.alerts().tick(stored->id, checklist->at(step).step.id);
        }
        auto draft = m_app.records().createFromAlert(stored->id);
        if (!draft) {
            outcome = draft.error();
            break;
        }
        OnSceneRecord record = draft.value();
        record.eligibleCase = spec.eligibleCase;
        record.handling = QString::fromUtf16(spec.handling);
        record.result = QString::fromUtf16(spec.result);
        record.parties[0].documentNumber = QString::fromUtf16(spec.partyId);
        record.parties[0].sex = index % 2 == 0 ? Sex::Female : Sex::Male;
        record.parties[0].address = alert.location;
        record.bodyCamRef = u"DSJ-031031-%1"_s.arg(20260000 + index);
        const bool refusal = index == 3;
        const bool isDraft = index == 5;
        if (refusal) {
            record.parties[0].refusedToSign = true;
            record.parties[0].refusalReason = u"当事人表示不需要处理，拒绝签名"_s;
        }
        record.witness.personId = std::nullopt;
        record.witness.name = refusal ? kWitnessName : u"周围群众 何伟"_s;
        record.witness.phone = refusal ? u"13800571022"_s : u"13312345699"_s;
        auto saved = m_app.records().saveDraft(record);
        if (!saved) {
            outcome = saved.error();
            break;
        }
        record = saved.value();
        ++m_counts.records;
        if (!isDraft) {
            if (Status signedAll = signAll(record); !signedAll) {
                outcome = signedAll;
                break;
            }
            auto sealed = m_app.records().seal(record.id, record.rowVersion);
            if (!sealed) {
                outcome = sealed.error();
                break;
            }
            if (index == 2) { // the amended one
                auto amendment =
                    m_app.records().amend(sealed->id, u"赔偿方式记录有误，更正为当场退款"_s);
                if (!amendment) {
                    outcome = amendment.error();
                    break;
                }
                OnSceneRecord corrected = amendment.value();
                corrected.result = u"店主同意当场退款300元，双方无异议"_s;
                auto correctedSaved = m_app.records().saveDraft(corrected);
                if (!correctedSaved) {
                    outcome = correctedSaved.error();
                    break;
                }
                corrected = correctedSaved.value();
                ++m_counts.records;
                if (Status signedAll = signAll(corrected); !signedAll) {
                    outcome = signedAll;
                    break;
                }
                if (auto done = m_app.records().seal(corrected.id, corrected.rowVersion); !done) {
                    outcome = done.error();
                    break;
                }
            }
        }
        ++index;
    }
    m_app.session().setActor(previous);
    SD_RETURN_IF_ERROR(outcome);
    return m_counts;
}

Status DemoFrontDesk::signAll(OnSceneRecord &record) {
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
        auto made = m_app.records().sign(record.id, record.rowVersion, input, password);
        SD_RETURN_IF_ERROR(made);
        auto reread = m_app.records().record(record.id);
        SD_RETURN_IF_ERROR(reread);
        record = reread.value();
        return {};
    };
    for (qsizetype i = 0; i < record.parties.size(); ++i) {
        if (!record.parties[i].refusedToSign) {
            if (Status made = sign(SignatureRole::Party, int(i), record.parties[i].name); !made) {
                return made;
            }
        }
    }
    if (Status made = sign(SignatureRole::Officer, 0, record.officerNames.value(0)); !made) {
        return made;
    }
    return sign(SignatureRole::Witness, 0, record.witness.name);
}

} // namespace sd
