#pragma once

#include "core/duty/Handover.h"
#include "core/kernel/common/Result.h"

#include <QCoreApplication>

namespace sd {

// The handover checklist template, kept as JSON in the station setting "handover_checklist"
// ([{"key":…,"label":…,"input":"none|number|text"}, …]); until the admin edits it the
// built-in lines apply.
class HandoverChecklist {
    Q_DECLARE_TR_FUNCTIONS(sd::HandoverChecklist)

public:
    static const QString kSettingKey;

    // Keys, radios, body cameras, vehicles with odometer, persons held, items kept.
    static QList<ChecklistLine> builtIn();
    // Every line has a unique key of letters, digits and _ and a label (a built-in key may
    // go without, its name is then shown), and at most 50 lines; problems name the line.
    static Status check(const QList<ChecklistLine> &lines);
    static QByteArray toJson(const QList<ChecklistLine> &lines);
    static Result<QList<ChecklistLine>> fromJson(const QByteArray &json);
    // A checklist line's value as entered, checked against its input (empty is refused).
    static Result<QString> checkedValue(const HandoverItem &line, const QString &value);
};

} // namespace sd
