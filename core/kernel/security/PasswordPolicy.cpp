#include "core/kernel/security/PasswordPolicy.h"

#include <QFile>
#include <QSet>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace sd {

namespace {

const QSet<QString> &commonPasswords() {
    static const QSet<QString> passwords = [] {
        QSet<QString> set;
        QFile file(u":/sd/security/common-passwords.txt"_s);
        if (file.open(QIODevice::ReadOnly | QIODevice::Text)) {
            while (!file.atEnd()) {
                const QString line = QString::fromUtf8(file.readLine()).trimmed();
                if (!line.isEmpty() && !line.startsWith(u'#')) {
                    set.insert(line.toLower());
                }
            }
        }
        return set;
    }();
    return passwords;
}

} // namespace

PasswordPolicy::PasswordPolicy(int minimumLength)
    : m_minimumLength(std::clamp(minimumLength, kFloorLength, kMaxLength)) {}

int PasswordPolicy::commonPasswordCount() {
    return static_cast<int>(commonPasswords().size());
}

Status PasswordPolicy::check(const Secret &password) const {
    const int length = password.characterCount();
    if (length < m_minimumLength) {
        return Error::validation(
            u"password"_s,
            tr("The password must have at least %1 characters.").arg(m_minimumLength));
    }
    if (length > kMaxLength) {
        return Error::validation(
            u"password"_s, tr("The password must have at most %1 characters.").arg(kMaxLength));
    }
    const QString lowered = QString::fromUtf8(password.utf8()).toLower();
    if (commonPasswords().contains(lowered)) {
        return Error::validation(u"password"_s,
                                 tr("This password is on the list of commonly used passwords. "
                                    "Choose another."));
    }
    return {};
}

} // namespace sd
