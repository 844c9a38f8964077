#include "core/demo/AlertGenerator.h"

#include <QDateTime>
#include <algorithm>
#include <array>

using namespace Qt::StringLiterals;

namespace sd {

namespace {

constexpr qint64 kHourMs = 60LL * 60 * 1000;
constexpr qint64 kDayMs = 24 * kHourMs;
constexpr qint64 kYearMs = 365 * kDayMs;

// SplitMix64: tiny, fast, and the same numbers everywhere (unlike std distributions).
class Random {
public:
    explicit Random(quint64 state)
        : m_state(state) {}
    quint64 next() {
        quint64 z = (m_state += 0x9E3779B97F4A7C15ULL);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
        return z ^ (z >> 31);
    }
    double unit() { return static_cast<double>(next() >> 11) * 0x1.0p-53; }
    qsizetype below(qsizetype n) {
        return static_cast<qsizetype>(((next() >> 32) * static_cast<quint64>(n)) >> 32);
    }
    bool chance(double p) { return unit() < p; }
    // An index into weights, each chosen in proportion to its weight.
    template <std::size_t N> std::size_t weighted(const std::array<int, N> &weights) {
        int total = 0;
        for (const int w : weights) {
            total += w;
        }
        qsizetype pick = below(total);
        for (std::size_t i = 0; i < N; ++i) {
            if (pick < weights[i]) {
                return i;
            }
            pick -= weights[i];
        }
        return N - 1;
    }
    template <typename T, std::size_t N> const T &pick(const std::array<T, N> &items) {
        return items[static_cast<std::size_t>(below(static_cast<qsizetype>(N)))];
    }

private:
    quint64 m_state;
};

// Relative volume by local hour: quiet small hours, a morning rise, busiest in the evening.
constexpr std::array<double, 24> kHourWeight = {0.35, 0.25, 0.18, 0.15, 0.15, 0.2, 0.35, 0.6,
                                                0.85, 1.0,  1.0,  1.0,  0.95, 0.9, 0.95, 1.0,
                                                1.05, 1.15, 1.3,  1.45, 1.5,  1.4, 1.1,  0.7};
// By month: summer busiest, the Spring Festival month quietest.
constexpr std::array<double, 12> kMonthWeight = {0.8,  0.72, 0.85, 0.9,  1.0,  1.15,
                                                 1.25, 1.25, 1.05, 0.95, 0.85, 0.8};

// Same order as AlertCategory: criminal, public order, dispute, assistance, traffic, other.
constexpr std::array<int, 6> kCategoryWeight = {5, 14, 32, 28, 12, 9};
constexpr std::array<double, 6> kPreventable = {0.3, 0.35, 0.45, 0.2, 0.25, 0.15};
// Same order as AlertSource: dispatch (110), phone, walk-in, group message, patrol.
constexpr std::array<int, 5> kSourceWeight = {30, 45, 12, 8, 5};

const std::array<const char16_t *, 20> kStreets = {
    u"人民路", u"解放路", u"中山路", u"建设路", u"和平街", u"幸福路", u"长江路",
    u"黄河路", u"新华街", u"文化路", u"青年路", u"东风路", u"胜利街", u"光明路",
    u"朝阳路", u"友谊路", u"团结路", u"学府路", u"滨江路", u"花园街"};
const std::array<const char16_t *, 6> kStreetSuffixes = {u"",     u"",     u"附近",
                                                         u"门口", u"路口", u"菜市场旁"};
const std::array<const char16_t *, 10> kEstates = {u"阳光花园", u"锦绣家园", u"金桥小区", u"翠湖苑",
                                                   u"丽景湾",   u"幸福小区", u"和谐家园", u"枫林苑",
                                                   u"东湖新村", u"春晓公寓"};

const char16_t *const kSurnames =
    u"王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程"
    u"苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝"
    u"龚邵万钱严武戴莫孔汤";
const char16_t *const kGivenChars =
    u"伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超兰霞平刚桂华建国文辉玲红梅志丹萍鹏飞斌宇浩凯"
    u"晨欣怡子涵思雨佳琪俊博海燕春燕小云亮鑫波宁琳倩颖瑞";
const std::array<const char16_t *, 10> kEnglishGiven = {u"John",    u"Mary", u"David", u"Sarah",
                                                        u"Michael", u"Emma", u"James", u"Anna",
                                                        u"Peter",   u"Lucy"};
const std::array<const char16_t *, 8> kEnglishFamily = {u"Smith",  u"Brown",  u"Wilson", u"Taylor",
                                                        u"Miller", u"Garcia", u"Martin", u"Clark"};

struct Summaries {
    std::array<const char16_t *, 10> chinese;
    std::array<const char16_t *, 4> english;
};
// Same order as AlertCategory.
const std::array<Summaries, 6> kSummaries = {{
    {{u"电动车被盗", u"入室盗窃", u"手机被偷", u"电信诈骗被骗钱款", u"自行车被盗", u"车内财物被盗",
      u"网络购物被骗", u"商店货物被盗", u"电动车电瓶被盗", u"冒充客服诈骗"},
     {u"Electric bike stolen from the courtyard", u"Phone snatched on the street",
      u"Online shopping scam, money lost", u"Car window broken and bag stolen"}},
    {{u"酒后滋事", u"深夜烧烤店喧哗扰民", u"广场舞音响扰民", u"有人在小区内打架", u"聚众赌博举报",
      u"占道经营影响通行", u"燃放烟花爆竹扰民", u"可疑人员在小区徘徊", u"醉酒男子砸东西",
      u"娱乐场所噪音扰民"},
     {u"Drunk man shouting outside a restaurant", u"Loud music from a karaoke bar",
      u"Fight between two men near the market", u"Suspicious person trying car doors"}},
    {{u"邻里噪音纠纷", u"楼上漏水引发邻里纠纷", u"停车位纠纷", u"家庭纠纷，夫妻争吵",
      u"租房押金纠纷", u"顾客与店主发生买卖纠纷", u"装修噪音扰民引发纠纷", u"宠物狗咬人引发纠纷",
      u"拖欠工资纠纷", u"外卖配送纠纷"},
     {u"Neighbours arguing over noise late at night", u"Dispute over a parking space",
      u"Landlord and tenant arguing over a deposit", u"Customer and shop owner in a dispute"}},
    {{u"老人走失求助", u"儿童走失求助", u"钥匙锁在屋内求助", u"醉酒人员倒地求助",
      u"群众突发疾病求助", u"手机遗失求助", u"钱包遗失求助", u"独居老人联系不上", u"被困电梯求助",
      u"精神异常人员需帮助"},
     {u"Lost wallet reported at the bus stop", u"Elderly man lost, family asking for help",
      u"Child separated from parents at the market", u"Locked out of the apartment"}},
    {{u"电动车与行人相撞", u"两车追尾轻微事故", u"车辆违停堵住消防通道", u"车辆剐蹭纠纷",
      u"电动车逆行撞人", u"小区门口车辆堵塞", u"货车占道卸货", u"共享单车乱停堵路",
      u"学校门口交通拥堵", u"酒后驾驶嫌疑"},
     {u"Scooter and pedestrian collided at the crossing", u"Minor rear-end collision",
      u"Car parked across the fire lane", u"Delivery van blocking the road"}},
    {{u"噪音投诉", u"流浪狗伤人隐患", u"井盖缺失存在隐患", u"路灯损坏", u"咨询户籍办理事项",
      u"捡到身份证交民警", u"高空抛物隐患", u"楼道堆放杂物消防隐患", u"咨询居住证办理",
      u"捡到钱包交民警"},
     {u"Found an ID card and handed it in", u"Streetlight broken, residents worried",
      u"Stray dogs in the park", u"Asking how to register residence"}},
}};
const std::array<const char16_t *, 8> kDetails = {u"",
                                                  u"",
                                                  u"",
                                                  u"，报警人要求民警到场",
                                                  u"，双方情绪激动",
                                                  u"，现场已平息",
                                                  u"，已通知社区",
                                                  u"，需要民警协助"};

QString text(const char16_t *value) {
    return QString::fromUtf16(value);
}

QString chineseName(Random &random) {
    static const QString surnames = text(kSurnames);
    static const QString given = text(kGivenChars);
    QString name = surnames.at(random.below(surnames.size()));
    name += given.at(random.below(given.size()));
    if (random.chance(0.7)) {
        name += given.at(random.below(given.size()));
    }
    return name;
}

QString mobile(Random &random) {
    static const QString second = u"3456789"_s;
    QString phone = u"1"_s;
    phone += second.at(random.below(second.size()));
    for (int i = 0; i < 9; ++i) {
        phone += QChar(u'0' + static_cast<char16_t>(random.below(10)));
    }
    return phone;
}

QString location(Random &random) {
    if (random.chance(0.6)) {
        return text(random.pick(kStreets)) + QString::number(random.below(300) + 1) + u"号"_s +
               text(random.pick(kStreetSuffixes));
    }
    return text(random.pick(kEstates)) + QString::number(random.below(20) + 1) + u"栋"_s +
           QString::number(random.below(6) + 1) + u"单元"_s;
}

AlertStatus status(Random &random, AlertCategory category, qint64 ageMs) {
    const double openShare = ageMs < kDayMs ? 0.35 : ageMs < 7 * kDayMs ? 0.08 : 0.0;
    const double onSceneShare = ageMs < kDayMs ? 0.25 : ageMs < 7 * kDayMs ? 0.07 : 0.0;
    const double roll = random.unit();
    if (roll < openShare) {
        return AlertStatus::Open;
    }
    if (roll < openShare + onSceneShare) {
        return AlertStatus::OnScene;
    }
    const double outcome = random.unit();
    switch (category) {
    case AlertCategory::Criminal:
        return outcome < 0.55   ? AlertStatus::ConvertedToCase
               : outcome < 0.65 ? AlertStatus::ResolvedOnScene
                                : AlertStatus::Closed;
    case AlertCategory::Dispute:
        return outcome < 0.25  ? AlertStatus::ReferredToMediation
               : outcome < 0.7 ? AlertStatus::ResolvedOnScene
                               : AlertStatus::Closed;
    default:
        return outcome < 0.5 ? AlertStatus::ResolvedOnScene : AlertStatus::Closed;
    }
}

} // namespace

AlertGenerator::AlertGenerator(quint32 seed, qint64 endUtcMs, int years, QList<qint64> areaIds,
                               QList<qint64> officerIds, QTimeZone zone)
    : m_seed(seed)
    , m_endMs(endUtcMs)
    , m_startMs(endUtcMs - std::max(1, years) * kYearMs)
    , m_areaIds(std::move(areaIds))
    , m_officerIds(std::move(officerIds))
    , m_zone(zone.isValid() ? std::move(zone) : QTimeZone(QByteArrayLiteral("Asia/Shanghai"))) {
    buildShape();
}

void AlertGenerator::setYearWeights(const QList<double> &weights) {
    m_yearWeights = weights;
    buildShape();
}

void AlertGenerator::buildShape() {
    const qint64 hours = (m_endMs - m_startMs) / kHourMs;
    m_cumulative.assign(static_cast<std::size_t>(hours), 0.0);
    double total = 0;
    for (qint64 h = 0; h < hours; ++h) {
        const qint64 at = m_startMs + h * kHourMs;
        const QDateTime local = QDateTime::fromMSecsSinceEpoch(at + kHourMs / 2, m_zone);
        const int hour = local.time().hour();
        const int month = local.date().month();
        const int weekday = local.date().dayOfWeek();
        double weight = kHourWeight[static_cast<std::size_t>(hour)] *
                        kMonthWeight[static_cast<std::size_t>(month - 1)];
        if (hour >= 18 && (month >= 6 && month <= 8)) {
            weight *= 1.2; // summer evenings outdoors: barbecues, drink, noise
        }
        if (hour >= 19 && (weekday == 5 || weekday == 6)) {
            weight *= 1.1;
        }
        const qsizetype period = static_cast<qsizetype>((at - m_startMs) / kYearMs);
        if (period < m_yearWeights.size()) {
            weight *= std::max(0.0, m_yearWeights[period]);
        }
        total += weight;
        m_cumulative[static_cast<std::size_t>(h)] = total;
    }
}

qint64 AlertGenerator::receivedAt(double quantile) const {
    if (m_cumulative.empty() || m_cumulative.back() <= 0) {
        return m_startMs + static_cast<qint64>(quantile * static_cast<double>(m_endMs - m_startMs));
    }
    const double target = quantile * m_cumulative.back();
    const auto it = std::upper_bound(m_cumulative.begin(), m_cumulative.end(), target);
    const std::size_t bucket =
        std::min(static_cast<std::size_t>(it - m_cumulative.begin()), m_cumulative.size() - 1);
    const double before = bucket == 0 ? 0.0 : m_cumulative[bucket - 1];
    const double width = m_cumulative[bucket] - before;
    const double within = width > 0 ? std::clamp((target - before) / width, 0.0, 1.0) : 0.0;
    const qint64 at = m_startMs + static_cast<qint64>(bucket) * kHourMs +
                      static_cast<qint64>(within * static_cast<double>(kHourMs - 1));
    return at - at % 1000; // whole seconds, as the CSV writes them
}

Alert AlertGenerator::generate(qint64 index, qint64 count) const {
    Random random((static_cast<quint64>(m_seed) << 32) ^
                  (static_cast<quint64>(index) * 0xD1B54A32D192ED03ULL));
    random.next();
    Alert alert;
    const double quantile = (static_cast<double>(index) + random.unit()) /
                            static_cast<double>(std::max<qint64>(1, count));
    alert.receivedAt = receivedAt(quantile);
    const std::size_t category = random.weighted(kCategoryWeight);
    alert.category = allAlertCategories().at(static_cast<qsizetype>(category));
    alert.source = allAlertSources().at(static_cast<qsizetype>(random.weighted(kSourceWeight)));
    alert.preventable = random.chance(kPreventable[category]);
    if (!m_areaIds.isEmpty()) {
        alert.areaId = m_areaIds.at(random.below(m_areaIds.size()));
    }
    alert.location = location(random);
    const bool english = random.chance(0.1);
    const Summaries &summaries = kSummaries[category];
    alert.summary = english ? text(random.pick(summaries.english))
                            : text(random.pick(summaries.chinese)) + text(random.pick(kDetails));
    if (alert.source != AlertSource::Patrol) {
        const double who = random.unit();
        if (english || who < 0.04) {
            alert.callerName =
                text(random.pick(kEnglishGiven)) + u' ' + text(random.pick(kEnglishFamily));
        } else if (who > 0.97) {
            alert.callerName.clear(); // declined to give a name
        } else {
            alert.callerName = chineseName(random);
        }
        alert.callerPhone = mobile(random);
    }
    alert.status = status(random, alert.category, m_endMs - alert.receivedAt);
    if (!m_officerIds.isEmpty()) {
        const double roll = random.unit();
        const int officers = alert.status == AlertStatus::Open ? (roll < 0.6 ? 0 : 1)
                             : roll < 0.05                     ? 0
                             : roll < 0.55                     ? 1
                                                               : 2;
        for (int i = 0; i < officers && alert.officerIds.size() < m_officerIds.size(); ++i) {
            qint64 officer = m_officerIds.at(random.below(m_officerIds.size()));
            while (alert.officerIds.contains(officer)) {
                officer = m_officerIds.at(random.below(m_officerIds.size()));
            }
            alert.officerIds << officer;
        }
    }
    return alert;
}

} // namespace sd
