#pragma once

#include <QStringList>

class QWidget;

namespace sd::test {

// Every Alt+letter that two visible controls of window claim: one line per letter, naming
// the texts ("P: Caller &phone: | Could have been &prevented"). Buttons, check boxes,
// labels with a buddy, group boxes and tabs count; controls inside another window do not.
QStringList duplicateMnemonics(QWidget *window);

// The letters window's controls claim, sorted ("ACDMS"): for a failure message, so that
// whoever fixes a duplicate sees which letters are free.
QString claimedMnemonics(QWidget *window);

} // namespace sd::test
