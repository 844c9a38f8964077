#pragma once

#include "core/frontdesk/Alert.h"
#include "core/kernel/common/EnumKeys.h"
#include "core/kernel/common/Result.h"
#include "core/statistics/AlertCounts.h"

#include <QDate>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>
#include <array>
#include <optional>

namespace sd {

#define SD_ENUM_KEYS_FILE "core/statistics/StatisticsDefinitionKeys.def"
#include "core/kernel/common/EnumKeysDeclare.inc"

// One version of what the station's figures mean: which categories are "criminal and public
// order", what makes an alert preventable, and which way each measure of two down, one up
// (两降一升) should move. Versions are kept, never changed: a figure is worked out under the
// version in force on its last day, so it reads the same later as it did then.
struct StatisticsDefinition {
    int version = 0;       // 1, 2, … as stored; 0 for the built-in default
    QDate effectiveFrom{}; // the first station-local day it applies to; invalid for the default
    QList<AlertCategory> criminalCategories{AlertCategory::Criminal, AlertCategory::PublicOrder};
    PreventableRule preventableRule = PreventableRule::Flag;
    QList<AlertCategory> preventableCategories{}; // used by the rules Categories and Both
    // Each measure's way, indexed by SummaryMeasure.
    std::array<WantedDirection, 3> wanted{WantedDirection::Down, WantedDirection::Down,
                                          WantedDirection::Up};
    qint64 changedAt = 0; // UTC ms; 0 for the default
    QString changedBy{};

    bool isDefault() const { return version == 0; }
    WantedDirection wantedFor(SummaryMeasure measure) const;
    // Narrows request to the alerts the measure counts under this definition.
    void narrow(SummaryMeasure measure, AlertCountRequest &request) const;
    // "the default definition" or "definition 2 of 2026-01-01", for the screen.
    QString describe() const;
};

// A new version as asked for: what is not given is copied from the version before it.
// Categories are given as keys ("criminal"), as typed, so that an unknown one is refused.
struct StatisticsDefinitionChange {
    QDate effectiveFrom{}; // invalid: today, in the station's time zone
    std::optional<QStringList> criminalCategories{};
    std::optional<PreventableRule> preventableRule{};
    std::optional<QStringList> preventableCategories{};
    QMap<SummaryMeasure, WantedDirection> wanted{}; // only the measures that change

    bool isEmpty() const;
};

// The version a change makes of current, taking effect on change.effectiveFrom (or today):
// refused, naming the field, when a list of categories is empty where it is used or holds an
// unknown key, or when it would take effect before current does. Not yet numbered or stored.
Result<StatisticsDefinition> changedDefinition(const StatisticsDefinition &current,
                                               const StatisticsDefinitionChange &change,
                                               QDate today);

// Categories as stored and typed: keys joined by commas ("criminal,public_order").
QString categoryKeys(const QList<AlertCategory> &categories);

} // namespace sd
