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
    {AlertSource::Dispatch, u"dispatch"},
    {AlertSource::Phone, u"phone"},
    {AlertSource::WalkIn, u"walk_in"},
    {AlertSource::GroupMessage, u"group_message"},
    {AlertSource::Patrol, u"patrol"},
}};

constexpr std::array<EnumKey<AlertCategory>, 6> kCategories{{
    {AlertCategory::Criminal, u"criminal"},
    {AlertCategory::PublicOrder, u"public_order"},
    {AlertCategory::Dispute, u"dispute"},
    {AlertCategory::Assistance, u"assistance"},
    {AlertCategory::Traffic, u"traffic"},
    {AlertCategory::Other, u"other"},
}};

constexpr std::array<EnumKey<AlertStatus>, 6> kStatuses{{
    {AlertStatus::Open, u"open"},
    {AlertStatus::OnScene, u"on_scene"},
    {AlertStatus::ResolvedOnScene, u"resolved_on_scene"},
    {AlertStatus::ConvertedToCase, u"converted_to_case"},
    {AlertStatus::ReferredToMediation, u"referred_to_mediation"},
    {AlertStatus::Closed, u"closed"},
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
    switch (source) {
    case AlertSource::Dispatch:
        return Tr::tr("110 dispatch");
    case AlertSource::Phone:
        return Tr::tr("Phone");
    case AlertSource::WalkIn:
        return Tr::tr("Walk-in");
    case AlertSource::GroupMessage:
        return Tr::tr("Community group message");
    case AlertSource::Patrol:
        return Tr::tr("Patrol");
    }
    return {};
}

QString displayName(AlertCategory category) {
    switch (category) {
    case AlertCategory::Criminal:
        return Tr::tr("Criminal");
    case AlertCategory::PublicOrder:
        return Tr::tr("Public order");
    case AlertCategory::Dispute:
        return Tr::tr("Dispute");
    case AlertCategory::Assistance:
        return Tr::tr("Assistance");
    case AlertCategory::Traffic:
        return Tr::tr("Traffic");
    case AlertCategory::Other:
        return Tr::tr("Other");
    }
    return {};
}

QString displayName(AlertStatus status) {
    switch (status) {
    case AlertStatus::Open:
        return Tr::tr("Open");
    case AlertStatus::OnScene:
        return Tr::tr("On scene");
    case AlertStatus::ResolvedOnScene:
        return Tr::tr("Resolved on scene");
    case AlertStatus::ConvertedToCase:
        return Tr::tr("Converted to case");
    case AlertStatus::ReferredToMediation:
        return Tr::tr("Referred to mediation");
    case AlertStatus::Closed:
        return Tr::tr("Closed");
    }
    return {};
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
