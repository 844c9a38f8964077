#include "ui/widgets/ConflictPrompt.h"

#include "core/kernel/common/Error.h"
#include "ui/widgets/FieldErrors.h"
#include "ui/widgets/Prompter.h"

namespace sd {

bool ConflictPrompt::askToReload(Prompter &prompter, QWidget *dialog, FieldErrors &errors,
                                 const QString &message) {
    const bool reload = prompter.confirm(
        dialog, tr("Changed by someone else"),
        tr("%1\n\nLoad the latest version? What you entered in this form will be replaced.")
            .arg(message),
        tr("Reload"));
    if (!reload) {
        errors.show(Error::conflict(message));
    }
    return reload;
}

void ConflictPrompt::cannotReload(Prompter &prompter, QWidget *dialog, const QString &message) {
    prompter.warn(dialog, tr("Cannot reload"), message);
}

} // namespace sd
