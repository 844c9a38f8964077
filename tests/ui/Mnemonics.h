#pragma once

#include <QStringList>

class QWidget;

namespace sd::test {

// Every Alt+letter that two visible controls of window claim: one line per letter, naming
// the texts ("P: Caller &phone: | Could have been &prevented"). Buttons, check boxes,
// labels with a buddy, group boxes and tabs count; controls inside another window do not.
QStringList duplicateMnemonics(QWidget *window);

} // namespace sd::test
