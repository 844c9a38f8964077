#include "core/organisation/ContactValidator.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace sd::ContactValidator {

bool isValidPhone(const QString &phone) {
    static const QRegularExpression mobile(u"^1[3-9]\\d{9}$"_s);
    static const QRegularExpression landline(u"^0\\d{2,3}-?\\d{7,8}(-\\d{1,6})?$"_s);
    return mobile.match(phone).hasMatch() || landline.match(phone).hasMatch();
}

bool isValidBadgeNumber(const QString &badge) {
    static const QRegularExpression pattern(u"^[A-Za-z0-9-]{1,20}$"_s);
    return pattern.match(badge).hasMatch();
}

} // namespace sd::ContactValidator
