#pragma once

#include <QString>

namespace sd {

// A step of the alert-handling checklist template. Built-in steps have a key (received,
// dispatched, arrived, handled, recorded, reviewed) and are shown translated; a label the
// admin typed wins over the key.
struct ChecklistStep {
    qint64 id = 0;
    int position = 0;
    QString key;
    QString label;
    bool active = true;
};

// One step as it stands on one alert.
struct ChecklistItem {
    ChecklistStep step;
    bool ticked = false;
    qint64 tickedAt = 0; // UTC ms
    QString tickedBy;
};

// The label to show for a step: the admin's label, else the built-in step's translation.
QString checklistStepTitle(const ChecklistStep &step);
QStringList builtInChecklistKeys();

} // namespace sd
