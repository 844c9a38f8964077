#include "core/frontdesk/Alert.h"

#include "core/kernel/common/EnumKeys.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace sd {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(sd::Alert)
};

constexpr std::array<EnumKey<AlertSource>, 5> kSources{{
    {AlertSource::Dispatch, u"dispatch", QT_TRANSLATE_NOOP("sd::Alert", "110 dispatch")},
    {AlertSource::Phone, u"phone", QT_TRANSLATE_NOOP("sd::Alert", "Phone")},
    {AlertSource::WalkIn, u"walk_in", QT_TRANSLATE_NOOP("sd::Alert", "Walk-in")},
    {AlertSource::GroupMessage, u"group_message",
     QT_TRANSLATE_NOOP("sd::Alert", "Community group message")},
    {AlertSource::Patrol, u"patrol", QT_TRANSLATE_NOOP("sd::Alert", "Patrol")},
}};

constexpr std::array<EnumKey<AlertCategory>, 6> kCategories{{
    {AlertCategory::Criminal, u"criminal", QT_TRANSLATE_NOOP("sd::Alert", "Criminal")},
    {AlertCategory::PublicOrder, u"public_order", QT_TRANSLATE_NOOP("sd::Alert", "Public order")},
    {AlertCategory::Dispute, u"dispute", QT_TRANSLATE_NOOP("sd::Alert", "Dispute")},
    {AlertCategory::Assistance, u"assistance", QT_TRANSLATE_NOOP("sd::Alert", "Assistance")},
    {AlertCategory::Traffic, u"traffic", QT_TRANSLATE_NOOP("sd::Alert", "Traffic")},
    {AlertCategory::Other, u"other", QT_TRANSLATE_NOOP("sd::Alert", "Other")},
}};

constexpr std::array<EnumKey<AlertStatus>, 6> kStatuses{{
    {AlertStatus::Open, u"open", QT_TRANSLATE_NOOP("sd::Alert", "Open")},
    {AlertStatus::OnScene, u"on_scene", QT_TRANSLATE_NOOP("sd::Alert", "On scene")},
    {AlertStatus::ResolvedOnScene, u"resolved_on_scene",
     QT_TRANSLATE_NOOP("sd::Alert", "Resolved on scene")},
    {AlertStatus::ConvertedToCase, u"converted_to_case",
     QT_TRANSLATE_NOOP("sd::Alert", "Converted to case")},
    {AlertStatus::ReferredToMediation, u"referred_to_mediation",
     QT_TRANSLATE_NOOP("sd::Alert", "Referred to mediation")},
    {AlertStatus::Closed, u"closed", QT_TRANSLATE_NOOP("sd::Alert", "Closed")},
}};

} // namespace

QString toKey(AlertSource source) {
    return keyOf(kSources, source);
}
QString toKey(AlertCategory category) {
    return keyOf(kCategories, category);
}
QString toKey(AlertStatus status) {
    return keyOf(kStatuses, status);
}
std::optional<AlertSource> alertSourceFromKey(const QString &key) {
    return valueOf(kSources, key);
}
std::optional<AlertCategory> alertCategoryFromKey(const QString &key) {
    return valueOf(kCategories, key);
}
std::optional<AlertStatus> alertStatusFromKey(const QString &key) {
    return valueOf(kStatuses, key);
}
QList<AlertSource> allAlertSources() {
    return valuesOf(kSources);
}
QList<AlertCategory> allAlertCategories() {
    return valuesOf(kCategories);
}
QList<AlertStatus> allAlertStatuses() {
    return valuesOf(kStatuses);
}

QString displayName(AlertSource source) {
    return nameOf<Tr>(kSources, source);
}

QString displayName(AlertCategory category) {
    return nameOf<Tr>(kCategories, category);
}

QString displayName(AlertStatus status) {
    return nameOf<Tr>(kStatuses, status);
}

bool alertStatusChangeAllowed(AlertStatus from, AlertStatus to) {
    if (from == to) {
        return true;
    }
    switch (from) {
    case AlertStatus::Open:
        return true;
    case AlertStatus::OnScene:
        return to != AlertStatus::Open;
    case AlertStatus::ResolvedOnScene:
    case AlertStatus::ConvertedToCase:
    case AlertStatus::ReferredToMediation:
        return to == AlertStatus::Closed;
    case AlertStatus::Closed:
        return false;
    }
    return false;
}

} // namespace sd
