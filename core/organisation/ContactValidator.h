#pragma once

#include <QString>

namespace sd {

// Checks shared by every form that takes a person's contact details.
namespace ContactValidator {

// A mainland mobile number (11 digits starting 13–19) or a landline with area code
// (0xx-xxxxxxxx, the dash optional), optionally with an extension (-123).
bool isValidPhone(const QString &phone);

// Badge numbers: 1–20 letters, digits or dashes.
bool isValidBadgeNumber(const QString &badge);

} // namespace ContactValidator

} // namespace sd
