#pragma once

#include <QTextStream>

namespace sd {

// stationctl's two output channels. Results (tables, CSV, JSON, "schema version N")
// go to out() so they can be piped; every diagnostic goes to err(), prefixed with the
// program name, so a script's captured output never mixes with messages.
class Console {
public:
    Console();
    // For tests: capture both channels in strings.
    Console(QString *out, QString *err);
    ~Console();
    Console(const Console &) = delete;
    Console &operator=(const Console &) = delete;

    QTextStream &out() { return m_out; }
    QTextStream &err() { return m_err; }

    // "stationctl: message" on stderr, one line.
    void error(const QString &message);

    // Flushes the results; false, with the system's reason, when they could not all be
    // written (a full disk, a closed pipe, /dev/full), so the command does not report success.
    bool finishOutput(QString *reason);

private:
    bool m_onStdout = false;
    QTextStream m_out;
    QTextStream m_err;
};

} // namespace sd
