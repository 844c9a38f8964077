#include "core/statistics/StatisticsDefinition.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace sd {

#define SD_ENUM_KEYS_FILE "core/statistics/StatisticsDefinitionKeys.def"
#include "core/kernel/common/EnumKeysDefine.inc"

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(sd::Statistics)
};

// A list of typed category keys as categories, each once, in the order typed; refused, naming
// the field (label in words, field as Error::field), when it holds an unknown key, or none
// where one is required.
Result<QList<AlertCategory>> categoriesFrom(const QStringList &keys, const QString &field,
                                            const QString &label, bool required) {
    QList<AlertCategory> categories;
    for (const QString &typed : keys) {
        const QString key = typed.trimmed();
        if (key.isEmpty()) {
            continue;
        }
        const auto category = alertCategoryFromKey(key);
        if (!category) {
            const QString known = categoryKeys(allAlertCategories()).split(u',').join(u", "_s);
            return Error::validation(
                field,
                Tr::tr("%1: \"%2\" is not a category; use one of %3.").arg(label, key, known));
        }
        if (!categories.contains(*category)) {
            categories << *category;
        }
    }
    if (required && categories.isEmpty()) {
        return Error::validation(field, Tr::tr("%1: name at least one category.").arg(label));
    }
    return categories;
}

} // namespace

WantedDirection StatisticsDefinition::wantedFor(SummaryMeasure measure) const {
    return wanted[size_t(measure)];
}

void StatisticsDefinition::narrow(SummaryMeasure measure, AlertCountRequest &request) const {
    switch (measure) {
    case SummaryMeasure::CriminalAndPublicOrder:
        request.categories = criminalCategories;
        break;
    case SummaryMeasure::Preventable:
        switch (preventableRule) {
        case PreventableRule::Flag:
            request.preventableOnly = true;
            break;
        case PreventableRule::Categories:
            request.categories = preventableCategories;
            break;
        case PreventableRule::Both: // flagged, or of one of the categories
            request.preventableOnly = true;
            request.preventableCategories = preventableCategories;
            break;
        }
        break;
    case SummaryMeasure::ResolvedOnScene:
        request.status = AlertStatus::ResolvedOnScene;
        break;
    }
}

QString StatisticsDefinition::describe() const {
    return isDefault() ? Tr::tr("the default definition")
                       : Tr::tr("definition %1 of %2")
                             .arg(version)
                             .arg(effectiveFrom.toString(Qt::ISODate));
}

bool StatisticsDefinitionChange::isEmpty() const {
    return !criminalCategories && !preventableRule && !preventableCategories && wanted.isEmpty();
}

Result<StatisticsDefinition> changedDefinition(const StatisticsDefinition &current,
                                               const StatisticsDefinitionChange &change,
                                               QDate today) {
    StatisticsDefinition next = current;
    next.version = 0;
    next.changedAt = 0;
    next.changedBy.clear();
    if (change.criminalCategories) {
        auto categories = categoriesFrom(*change.criminalCategories, u"criminal_categories"_s,
                                         Tr::tr("Criminal and public-order categories"), true);
        SD_RETURN_IF_ERROR(categories);
        next.criminalCategories = categories.value();
    }
    next.preventableRule = change.preventableRule.value_or(current.preventableRule);
    const bool usesCategories = next.preventableRule != PreventableRule::Flag;
    // Checked whenever the rule counts by them, also when they are copied: a rule of
    // categories over none would count nothing.
    if (change.preventableCategories || usesCategories) {
        const QStringList keys =
            change.preventableCategories
                ? *change.preventableCategories
                : categoryKeys(current.preventableCategories).split(u',', Qt::SkipEmptyParts);
        auto categories = categoriesFrom(keys, u"preventable_categories"_s,
                                         Tr::tr("Preventable categories"), usesCategories);
        SD_RETURN_IF_ERROR(categories);
        next.preventableCategories = categories.value();
    }
    for (auto it = change.wanted.cbegin(); it != change.wanted.cend(); ++it) {
        next.wanted[size_t(it.key())] = it.value();
    }
    next.effectiveFrom = change.effectiveFrom.isValid() ? change.effectiveFrom : today;
    if (current.effectiveFrom.isValid() && next.effectiveFrom < current.effectiveFrom) {
        return Error::validation(
            u"effective_from"_s,
            Tr::tr("Effective from: %1 is before %2, when the current definition took effect; a "
                   "new version cannot take effect before the one it follows.")
                .arg(next.effectiveFrom.toString(Qt::ISODate),
                     current.effectiveFrom.toString(Qt::ISODate)));
    }
    return next;
}

QString categoryKeys(const QList<AlertCategory> &categories) {
    QStringList keys;
    for (AlertCategory category : categories) {
        keys << toKey(category);
    }
    return keys.join(u',');
}

} // namespace sd
