#include "core/frontdesk/AlertChecklist.h"

#include <QCoreApplication>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace sd {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(sd::AlertChecklist)
};
} // namespace

QStringList builtInChecklistKeys() {
    return {u"received"_s, u"dispatched"_s, u"arrived"_s,
            u"handled"_s,  u"recorded"_s,   u"reviewed"_s};
}

QString checklistStepTitle(const ChecklistStep &step) {
    if (!step.label.trimmed().isEmpty()) {
        return step.label;
    }
    if (step.key == u"received"_s) {
        return Tr::tr("Received and logged");
    }
    if (step.key == u"dispatched"_s) {
        return Tr::tr("Dispatched");
    }
    if (step.key == u"arrived"_s) {
        return Tr::tr("Arrived on scene");
    }
    if (step.key == u"handled"_s) {
        return Tr::tr("Handled");
    }
    if (step.key == u"recorded"_s) {
        return Tr::tr("Recorded");
    }
    if (step.key == u"reviewed"_s) {
        return Tr::tr("Reviewed by the duty leader");
    }
    return step.key;
}

} // namespace sd
