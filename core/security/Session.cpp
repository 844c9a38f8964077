#include "security/Session.h"

#include <QSysInfo>

using namespace Qt::StringLiterals;

namespace sd {

Actor Session::localUser() {
    QString user = qEnvironmentVariable("USER");
    if (user.isEmpty()) {
        user = qEnvironmentVariable("USERNAME", u"unknown"_s);
    }
    const QString host = QSysInfo::machineHostName();
    return {user + u'@' + host, host, Role::System, 0, {}};
}

} // namespace sd
