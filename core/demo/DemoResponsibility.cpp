#include "core/demo/DemoResponsibility.h"

using namespace Qt::StringLiterals;

namespace sd {

namespace {

// Invented items. owner is a badge number or a unit name; room names a room listed
// earlier (rooms come first); checkIn is the next check in days from today (0: none).
struct AssetSpec {
    const char16_t *name;
    AssetKind kind;
    const char16_t *owner;
    const char16_t *room;
    int acquiredDaysAgo;
    int checkIn;
    const char16_t *notes;
};

const AssetSpec kAssets[] = {
    // Rooms, then the party-building room's functional areas, which sit inside it.
    {u"值班室", AssetKind::Room, u"031031", u"", 3000, 0, u""},
    {u"党建室", AssetKind::Room, u"031002", u"", 2000, 0, u"“党建+警务”阵地"},
    {u"合成作战室", AssetKind::Room, u"合成作战党小组", u"", 1500, 0, u""},
    {u"调解室", AssetKind::Room, u"社区警务党小组", u"", 2500, 0, u""},
    {u"办案区", AssetKind::Room, u"综合执法党小组", u"", 2800, 30, u"功能分区按规范设置"},
    {u"装备室", AssetKind::Room, u"031003", u"", 3000, 0, u""},
    {u"党员学习区", AssetKind::Room, u"合成作战党小组", u"党建室", 700, 0, u""},
    {u"荣誉展示墙", AssetKind::Room, u"综合执法党小组", u"党建室", 700, 0, u""},
    {u"党员活动角", AssetKind::Room, u"社区警务党小组", u"党建室", 700, 0, u""},
    {u"阅览区", AssetKind::Room, u"031022", u"党建室", 700, 0, u""},
    // Equipment.
    {u"执法记录仪 01", AssetKind::Equipment, u"031031", u"装备室", 400, 60, u""},
    {u"执法记录仪 02", AssetKind::Equipment, u"031032", u"装备室", 400, 60, u""},
    {u"执法记录仪 03", AssetKind::Equipment, u"031033", u"装备室", 400, -5, u"电池待换"},
    {u"对讲机 01", AssetKind::Equipment, u"031041", u"装备室", 800, 90, u""},
    {u"对讲机 02", AssetKind::Equipment, u"031042", u"装备室", 800, 90, u""},
    {u"酒精检测仪", AssetKind::Equipment, u"治安探组", u"装备室", 600, 20, u""},
    {u"灭火器（值班室）", AssetKind::Equipment, u"031031", u"值班室", 900, -12, u""},
    {u"灭火器（办案区）", AssetKind::Equipment, u"综合执法党小组", u"办案区", 900, 40, u""},
    {u"防刺服（4 套）", AssetKind::Equipment, u"伏击行动组", u"装备室", 1000, 120, u""},
    // Vehicles.
    {u"警车 粤A·0571警", AssetKind::Vehicle, u"031003", u"", 1200, 25, u"停放于所内车位"},
    {u"巡逻电动车 01", AssetKind::Vehicle, u"伏击行动组", u"", 500, -3, u""},
    {u"巡逻电动车 02", AssetKind::Vehicle, u"东关警务室", u"", 500, 70, u""},
    // IT.
    {u"视频巡查工作站", AssetKind::It, u"视频侦查探组", u"合成作战室", 365, 50, u""},
    {u"值班电脑", AssetKind::It, u"031031", u"值班室", 700, 0, u""},
    {u"内勤打印机", AssetKind::It, u"031034", u"值班室", 900, 0, u""},
    {u"调解录音设备", AssetKind::It, u"031025", u"调解室", 300, 0, u"待维修"},
    // Furniture and documents.
    {u"档案柜", AssetKind::Furniture, u"031034", u"值班室", 3000, 0, u""},
    {u"调解桌椅", AssetKind::Furniture, u"社区警务党小组", u"调解室", 2500, 0, u""},
    {u"所内工作制度汇编", AssetKind::Document, u"031002", u"党建室", 200, 150, u""},
    // The potted plants: even these have a named owner.
    {u"绿萝（党建室）", AssetKind::Plant, u"031022", u"党建室", 300, 0, u"每周浇水"},
    {u"发财树（值班室）", AssetKind::Plant, u"031032", u"值班室", 500, 0, u""},
    {u"君子兰（调解室）", AssetKind::Plant, u"031025", u"调解室", 400, 0, u""},
    {u"吊兰（合成作战室）", AssetKind::Plant, u"031041", u"合成作战室", 250, 0, u""},
};

// starts is the first occurrence (or the due date of a one-off) in days from today; a
// past start leaves the task overdue until someone marks it done.
struct TaskSpec {
    const char16_t *title;
    Recurrence recurrence;
    const char16_t *owner;
    const char16_t *section;
    int starts;
    const char16_t *description;
};

const TaskSpec kTasks[] = {
    {u"交接班检查与值班日志", Recurrence::Daily, u"031031", u"一、值班备勤", 0,
     u"核对警情、装备和未结事项，在值班日志签字交接。"},
    {u"视频巡查", Recurrence::Daily, u"视频侦查探组", u"四、合成作战", 0,
     u"按巡查路线查看重点部位视频并登记。"},
    {u"执法记录仪数据上传", Recurrence::Weekly, u"031041", u"三、执法规范", -9,
     u"逐台上传并核对存储空间。"},
    {u"党建室学习资料更新", Recurrence::Monthly, u"社区警务党小组", u"二、党建工作", 6, u""},
    {u"党小组组织生活会", Recurrence::Monthly, u"合成作战党小组", u"二、党建工作", 12, u""},
    {u"消防器材月检", Recurrence::Monthly, u"031003", u"五、安全管理", -35,
     u"检查灭火器压力、有效期和摆放位置。"},
    {u"警车季度保养", Recurrence::Quarterly, u"031003", u"五、安全管理", 20, u""},
    {u"装备年度盘点", Recurrence::Yearly, u"031003", u"五、安全管理", 60, u""},
    {u"绿植浇水", Recurrence::Weekly, u"031022", u"六、内务管理", -3, u"党建室、值班室的绿植。"},
    {u"更新警务室公示牌", Recurrence::Once, u"东关警务室", u"七、社区警务", 14, u""},
    {u"调解室录音设备送修", Recurrence::Once, u"031025", u"七、社区警务", -2, u""},
};

} // namespace

Result<OwnerRef> DemoResponsibility::owner(const QString &badgeOrUnit) const {
    auto found = m_app.ownership().findOwner(badgeOrUnit, u"owner"_s);
    SD_RETURN_IF_ERROR(found);
    return found->ref;
}

Result<DemoResponsibility::Counts> DemoResponsibility::build() {
    m_rooms.clear();
    m_counts = {};
    SD_RETURN_IF_ERROR(addAssets());
    SD_RETURN_IF_ERROR(addTasks());
    return m_counts;
}

Status DemoResponsibility::addAssets() {
    const QDate today = m_app.responsibility().today();
    for (const AssetSpec &spec : kAssets) {
        Asset asset;
        asset.name = QString::fromUtf16(spec.name);
        asset.kind = spec.kind;
        auto ref = owner(QString::fromUtf16(spec.owner));
        SD_RETURN_IF_ERROR(ref);
        asset.owner = ref.value();
        const QString room = QString::fromUtf16(spec.room);
        if (!room.isEmpty()) {
            if (!m_rooms.contains(room)) {
                return Error::notFound(u"demo room %1 before %2"_s.arg(room, asset.name));
            }
            asset.locationAssetId = m_rooms.value(room);
        } else if (spec.kind == AssetKind::Vehicle) {
            asset.locationText = u"所内停车场"_s; // demo data is the station's own words
        }
        asset.acquiredOn = today.addDays(-spec.acquiredDaysAgo);
        if (spec.checkIn != 0) {
            asset.nextCheckOn = today.addDays(spec.checkIn);
        }
        asset.notes = QString::fromUtf16(spec.notes);
        auto stored = m_app.responsibility().addAsset(asset);
        SD_RETURN_IF_ERROR(stored);
        if (spec.kind == AssetKind::Room) {
            m_rooms.insert(asset.name, stored->asset.id);
        }
        ++m_counts.assets;
    }
    return {};
}

Status DemoResponsibility::addTasks() {
    const QDate today = m_app.responsibility().today();
    for (const TaskSpec &spec : kTasks) {
        Task task;
        task.title = QString::fromUtf16(spec.title);
        task.recurrence = spec.recurrence;
        task.ruleSection = QString::fromUtf16(spec.section);
        task.description = QString::fromUtf16(spec.description);
        (spec.recurrence == Recurrence::Once ? task.dueOn : task.startsOn) =
            today.addDays(spec.starts);
        auto ref = owner(QString::fromUtf16(spec.owner));
        SD_RETURN_IF_ERROR(ref);
        task.owner = ref.value();
        auto stored = m_app.responsibility().addTask(task);
        SD_RETURN_IF_ERROR(stored);
        ++m_counts.tasks;
    }
    return {};
}

} // namespace sd
