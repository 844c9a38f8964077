#include "Console.h"

#include <QString>
#include <cstdio>

using namespace Qt::StringLiterals;

namespace sd {

// QTextStream writes UTF-8 by default in Qt 6, whatever the locale says, which is what
// scripts and the CSV/JSON consumers expect.
Console::Console()
    : m_out(stdout)
    , m_err(stderr) {}

Console::Console(QString *out, QString *err)
    : m_out(out)
    , m_err(err) {}

Console::~Console() {
    m_out.flush();
    m_err.flush();
}

void Console::error(const QString &message) {
    // Flush results first so a message never lands inside half-written output.
    m_out.flush();
    m_err << u"stationctl: "_s << message << u'\n';
    m_err.flush();
}

} // namespace sd
