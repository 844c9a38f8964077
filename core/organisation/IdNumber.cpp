#include "core/organisation/IdNumber.h"

#include <QRegularExpression>
#include <array>

using namespace Qt::StringLiterals;

namespace sd {

namespace {
constexpr std::array<int, 17> kWeights = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
constexpr std::array<char16_t, 11> kCheckCharacters = {u'1', u'0', u'X', u'9', u'8', u'7',
                                                       u'6', u'5', u'4', u'3', u'2'};
constexpr int kLength = 18;
} // namespace

QChar IdNumber::checkCharacter(const QString &first17Digits) {
    int sum = 0;
    for (int i = 0; i < 17; ++i) {
        sum += first17Digits.at(i).digitValue() * kWeights.at(static_cast<size_t>(i));
    }
    return QChar(kCheckCharacters.at(static_cast<size_t>(sum % 11)));
}

Result<QString> IdNumber::validate(const QString &text, const QString &field) {
    QString id = text.trimmed().toUpper();
    if (id.size() != kLength) {
        return Error::validation(
            field, tr("An identity number has 18 characters; this one has %1.").arg(id.size()));
    }
    static const QRegularExpression pattern(u"^\\d{17}[\\dX]$"_s);
    if (!pattern.match(id).hasMatch()) {
        return Error::validation(field,
                                 tr("An identity number is 17 digits followed by a digit or X."));
    }
    const QDate birth = QDate::fromString(id.mid(6, 8), u"yyyyMMdd"_s);
    if (!birth.isValid() || birth.year() < 1900 || birth > QDate::currentDate()) {
        return Error::validation(field, tr("The birth date %1 in the identity number is not a "
                                           "real date.")
                                            .arg(id.mid(6, 8)));
    }
    if (checkCharacter(id) != id.at(17)) {
        return Error::validation(field, tr("The identity number's check digit is wrong: please "
                                           "check each digit again."));
    }
    return id;
}

QDate IdNumber::birthDate(const QString &valid) {
    return QDate::fromString(valid.mid(6, 8), u"yyyyMMdd"_s);
}

bool IdNumber::isMale(const QString &valid) {
    return valid.size() == kLength && valid.at(16).digitValue() % 2 == 1;
}

QString IdNumber::masked(const QString &text) {
    if (text.size() <= 10) {
        return QString(text.size(), u'*');
    }
    return text.left(6) + QString(text.size() - 10, u'*') + text.right(4);
}

} // namespace sd
