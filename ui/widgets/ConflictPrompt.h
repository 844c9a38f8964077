#pragma once

#include <QCoreApplication>
#include <QString>

class QWidget;

namespace sd {

class FieldErrors;
class Prompter;

// What every edit dialog asks when its save lost to someone else's (a Conflict error):
// load the latest version, or keep what was typed with the conflict shown in the form.
class ConflictPrompt {
    Q_DECLARE_TR_FUNCTIONS(sd::ConflictPrompt)

public:
    // True when the user wants the latest version; otherwise the message is shown in
    // errors and the form keeps what was entered.
    static bool askToReload(Prompter &prompter, QWidget *dialog, FieldErrors &errors,
                            const QString &message);
    // The latest version could not be read either (deleted meanwhile, connection lost).
    static void cannotReload(Prompter &prompter, QWidget *dialog, const QString &message);
};

} // namespace sd
