#pragma once

#include "core/kernel/common/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

namespace sd {

// The 18-character resident identity number of GB 11643-1999: a 6-digit area code,
// the birth date (YYYYMMDD), a 3-digit sequence (odd for men, even for women) and an
// ISO 7064 MOD 11-2 check character (0–9 or X).
class IdNumber {
    Q_DECLARE_TR_FUNCTIONS(sd::IdNumber)

public:
    // Normalises (trims, upper-cases a trailing x) and validates; the error names what
    // is wrong (length, characters, birth date, check digit) under the given field.
    static Result<QString> validate(const QString &text,
                                    const QString &field = QStringLiteral("id_number"));

    static QChar checkCharacter(const QString &first17Digits);
    static QDate birthDate(const QString &valid);
    static bool isMale(const QString &valid);

    // For lists: the first 6 and last 4 characters, the rest as asterisks.
    static QString masked(const QString &text);
};

} // namespace sd
