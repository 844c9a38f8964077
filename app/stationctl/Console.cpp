#include "Console.h"

#include <QIODevice>
#include <QString>
#include <cerrno>
#include <cstdio>
#include <cstring>

using namespace Qt::StringLiterals;

namespace sd {

// QTextStream writes UTF-8 by default in Qt 6, whatever the locale says, which is what
// scripts and the CSV/JSON consumers expect.
Console::Console()
    : m_onStdout(true)
    , m_out(stdout)
    , m_err(stderr) {}

Console::Console(QString *out, QString *err)
    : m_out(out)
    , m_err(err) {}

Console::~Console() {
    m_out.flush();
    m_err.flush();
}

bool Console::finishOutput(QString *reason) {
    errno = 0;
    m_out.flush();
    bool written = m_out.status() == QTextStream::Ok;
    if (m_onStdout && (std::fflush(stdout) != 0 || std::ferror(stdout) != 0)) {
        written = false;
    }
    if (!written && reason) {
        *reason = errno != 0       ? QString::fromLocal8Bit(std::strerror(errno))
                  : m_out.device() ? m_out.device()->errorString()
                                   : QString();
    }
    return written;
}

void Console::error(const QString &message) {
    // Flush results first so a message never lands inside half-written output.
    m_out.flush();
    m_err << u"stationctl: "_s << message << u'\n';
    m_err.flush();
}

} // namespace sd
