#include "core/kernel/security/Session.h"

#include <QSysInfo>
#include <pwd.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace sd {

Actor Session::localUser() {
    QString user = qEnvironmentVariable("USER");
    if (user.isEmpty()) {
        // Services and cron jobs often run without USER; the password database knows.
        const passwd *entry = getpwuid(getuid());
        user = entry ? QString::fromLocal8Bit(entry->pw_name) : u"unknown"_s;
    }
    const QString host = QSysInfo::machineHostName();
    return {user + u'@' + host, host, Role::System, 0, {}};
}

} // namespace sd
