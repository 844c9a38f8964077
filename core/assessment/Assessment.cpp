#include "core/assessment/Assessment.h"

#include <array>

using namespace Qt::StringLiterals;

namespace sd {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(sd::Assessment)
};

template <typename Enum, size_t N>
std::optional<Enum> fromKey(const std::array<Enum, N> &all, const QString &key) {
    for (Enum value : all) {
        if (toKey(value) == key) {
            return value;
        }
    }
    return std::nullopt;
}

} // namespace

QString toKey(SubjectKind kind) {
    return kind == SubjectKind::Unit ? u"unit"_s : u"person"_s;
}

std::optional<SubjectKind> subjectKindFromKey(const QString &key) {
    return fromKey(std::array{SubjectKind::Unit, SubjectKind::Person}, key);
}

QString displayName(SubjectKind kind) {
    return kind == SubjectKind::Unit ? Tr::tr("Unit") : Tr::tr("Person");
}

QString toKey(Grade grade) {
    switch (grade) {
    case Grade::Excellent:
        return u"excellent"_s;
    case Grade::Good:
        return u"good"_s;
    case Grade::Pass:
        return u"pass"_s;
    case Grade::Fail:
        return u"fail"_s;
    }
    return {};
}

std::optional<Grade> gradeFromKey(const QString &key) {
    return fromKey(std::array{Grade::Excellent, Grade::Good, Grade::Pass, Grade::Fail}, key);
}

QString displayName(Grade grade) {
    switch (grade) {
    case Grade::Excellent:
        return Tr::tr("Excellent");
    case Grade::Good:
        return Tr::tr("Good");
    case Grade::Pass:
        return Tr::tr("Pass");
    case Grade::Fail:
        return Tr::tr("Fail");
    }
    return {};
}

QString toKey(SheetStatus status) {
    switch (status) {
    case SheetStatus::Draft:
        return u"draft"_s;
    case SheetStatus::Submitted:
        return u"submitted"_s;
    case SheetStatus::Approved:
        return u"approved"_s;
    }
    return {};
}

std::optional<SheetStatus> sheetStatusFromKey(const QString &key) {
    return fromKey(std::array{SheetStatus::Draft, SheetStatus::Submitted, SheetStatus::Approved},
                   key);
}

QString displayName(SheetStatus status) {
    switch (status) {
    case SheetStatus::Draft:
        return Tr::tr("Draft");
    case SheetStatus::Submitted:
        return Tr::tr("Submitted");
    case SheetStatus::Approved:
        return Tr::tr("Approved");
    }
    return {};
}

QString toKey(RecordKind kind) {
    switch (kind) {
    case RecordKind::Alert:
        return u"alert"_s;
    case RecordKind::OnSceneRecord:
        return u"on_scene_record"_s;
    case RecordKind::Mediation:
        return u"mediation"_s;
    }
    return {};
}

std::optional<RecordKind> recordKindFromKey(const QString &key) {
    return fromKey(std::array{RecordKind::Alert, RecordKind::OnSceneRecord, RecordKind::Mediation},
                   key);
}

QString displayName(RecordKind kind) {
    switch (kind) {
    case RecordKind::Alert:
        return Tr::tr("Alert");
    case RecordKind::OnSceneRecord:
        return Tr::tr("On-scene record");
    case RecordKind::Mediation:
        return Tr::tr("Mediation case");
    }
    return {};
}

Grade GradeThresholds::gradeFor(int total) const {
    if (total >= excellentMin) {
        return Grade::Excellent;
    }
    if (total >= goodMin) {
        return Grade::Good;
    }
    if (total >= passMin) {
        return Grade::Pass;
    }
    return Grade::Fail;
}

const AssessmentItem *AssessmentScheme::item(qint64 itemId) const {
    for (const AssessmentItem &candidate : items) {
        if (candidate.id == itemId) {
            return &candidate;
        }
    }
    return nullptr;
}

const AssessmentItem *AssessmentScheme::itemByCode(const QString &itemCode) const {
    for (const AssessmentItem &candidate : items) {
        if (candidate.code == itemCode) {
            return &candidate;
        }
    }
    return nullptr;
}

} // namespace sd
