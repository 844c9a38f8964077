#include "app/stationctl/Console.h"

#include <QIODevice>
#include <QString>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace sd {

// QTextStream writes UTF-8 by default in Qt 6, whatever the locale says, which is what
// scripts and the CSV/JSON consumers expect.
Console::Console()
    : m_onStdout(true)
    , m_out(stdout)
    , m_err(stderr) {}

Console::Console(QByteArray *out, QString *err, const QByteArray &input)
    : m_captured(out)
    , m_err(err) {
    m_captured.open(QIODevice::WriteOnly | QIODevice::Append);
    m_out.setDevice(&m_captured);
    // Standard input as a pipe that holds the input and is closed for writing, as a shell's
    // `< file` would be; a password is short enough for the pipe's buffer.
    int ends[2] = {-1, -1};
    if (::pipe(ends) == 0) {
        if (!input.isEmpty()) {
            static_cast<void>(::write(ends[1], input.constData(), size_t(input.size())));
        }
        ::close(ends[1]);
        m_inputFd = ends[0];
        m_ownsInput = true;
    }
}

Console::~Console() {
    m_out.flush();
    m_err.flush();
    if (m_ownsInput) {
        ::close(m_inputFd);
    }
}

QIODevice *Console::rawOut() {
    if (m_onStdout) {
        m_out.flush();
        std::fflush(stdout); // what was printed before comes before the bytes
        return nullptr;
    }
    m_out.flush();
    return &m_captured;
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
