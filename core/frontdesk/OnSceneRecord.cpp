#include "core/frontdesk/OnSceneRecord.h"

#include "core/kernel/common/EnumKeys.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace sd {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(sd::OnSceneRecord)
};

constexpr std::array<EnumKey<EligibleCase>, 3> kCases{{
    {EligibleCase::MediatedDispute, u"mediated_dispute"},
    {EligibleCase::EmergencyAssistance, u"emergency_assistance"},
    {EligibleCase::NoFollowUp, u"no_follow_up"},
}};

constexpr std::array<EnumKey<Sex>, 3> kSexes{{
    {Sex::Male, u"male", QT_TRANSLATE_NOOP("sd::OnSceneRecord", "Male")},
    {Sex::Female, u"female", QT_TRANSLATE_NOOP("sd::OnSceneRecord", "Female")},
    {Sex::Unstated, u"unstated", QT_TRANSLATE_NOOP("sd::OnSceneRecord", "Not stated")},
}};

constexpr std::array<EnumKey<IdDocumentType>, 5> kDocumentTypes{{
    {IdDocumentType::ResidentId, u"resident_id",
     QT_TRANSLATE_NOOP("sd::OnSceneRecord", "Resident identity card")},
    {IdDocumentType::Passport, u"passport", QT_TRANSLATE_NOOP("sd::OnSceneRecord", "Passport")},
    {IdDocumentType::HkMacaoPermit, u"hk_macao_permit",
     QT_TRANSLATE_NOOP("sd::OnSceneRecord", "Hong Kong/Macao permit")},
    {IdDocumentType::TaiwanPermit, u"taiwan_permit",
     QT_TRANSLATE_NOOP("sd::OnSceneRecord", "Taiwan permit")},
    {IdDocumentType::Other, u"other", QT_TRANSLATE_NOOP("sd::OnSceneRecord", "Other document")},
}};

constexpr std::array<EnumKey<RecordStatus>, 2> kStatuses{{
    {RecordStatus::Draft, u"draft"},
    {RecordStatus::Sealed, u"sealed"},
}};
} // namespace

QString toKey(EligibleCase value) {
    return keyOf(kCases, value);
}
QString toKey(Sex value) {
    return keyOf(kSexes, value);
}
QString toKey(IdDocumentType value) {
    return keyOf(kDocumentTypes, value);
}
QString toKey(RecordStatus value) {
    return keyOf(kStatuses, value);
}
std::optional<EligibleCase> eligibleCaseFromKey(const QString &key) {
    return valueOf(kCases, key);
}
std::optional<Sex> sexFromKey(const QString &key) {
    return valueOf(kSexes, key);
}
std::optional<IdDocumentType> idDocumentTypeFromKey(const QString &key) {
    return valueOf(kDocumentTypes, key);
}
QList<EligibleCase> allEligibleCases() {
    return valuesOf(kCases);
}
QList<IdDocumentType> allIdDocumentTypes() {
    return valuesOf(kDocumentTypes);
}

QString displayName(EligibleCase value) {
    switch (value) {
    case EligibleCase::MediatedDispute:
        return Tr::tr("A dispute with clear facts and little controversy, mediated on the spot");
    case EligibleCase::EmergencyAssistance:
        return Tr::tr("Emergency assistance completed on the spot");
    case EligibleCase::NoFollowUp:
        return Tr::tr("The caller declines to make a statement, or the station need not "
                      "follow up");
    }
    return {};
}

QString displayName(Sex value) {
    return nameOf<Tr>(kSexes, value);
}

QString displayName(IdDocumentType value) {
    return nameOf<Tr>(kDocumentTypes, value);
}

QString displayName(RecordStatus value) {
    return value == RecordStatus::Draft ? Tr::tr("Draft") : Tr::tr("Sealed");
}

} // namespace sd
