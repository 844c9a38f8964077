#include "core/statistics/AlertCounts.h"

#include <QCoreApplication>
#include <cmath>

using namespace Qt::StringLiterals;

namespace sd {

#define SD_ENUM_KEYS_FILE "core/statistics/StatisticsKeys.def"
#include "core/kernel/common/EnumKeysDefine.inc"

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(sd::Statistics)
};
} // namespace

bool isPeriod(CountDimension dimension) {
    return dimension == CountDimension::Year || dimension == CountDimension::Quarter ||
           dimension == CountDimension::Month || dimension == CountDimension::Week;
}

CountChange CountChange::between(qint64 previous, qint64 current) {
    CountChange change{.previous = previous, .current = current, .change = current - previous};
    if (previous >= 10 && current >= 10) {
        change.percent = 100.0 * double(current - previous) / double(previous);
    }
    change.z = 2.0 * (std::sqrt(double(current)) - std::sqrt(double(previous)));
    change.flag = change.z >= 3.0    ? ChangeFlag::Rise
                  : change.z <= -3.0 ? ChangeFlag::Fall
                                     : ChangeFlag::Noise;
    return change;
}

QString CountChange::rule() {
    return Tr::tr("A change is significant when |z| ≥ 3, where z = 2(√now − √before) "
                  "for Poisson counts; percentages only when both counts are at "
                  "least 10.");
}

} // namespace sd
