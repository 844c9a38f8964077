#pragma once

#include <QBuffer>
#include <QTextStream>

namespace sd {

// stationctl's channels. Results (tables, CSV, JSON, "schema version N") go to out() so
// they can be piped; every diagnostic goes to err(), prefixed with the program name, so a
// script's captured output never mixes with messages; --password-stdin reads inputFd().
class Console {
public:
    // The process's standard output, error and input.
    Console();
    // For tests that run commands in their own process: results (text and raw bytes alike)
    // collect in *out, messages in *err, and input is what standard input holds.
    Console(QByteArray *out, QString *err, const QByteArray &input = {});
    ~Console();
    Console(const Console &) = delete;
    Console &operator=(const Console &) = delete;

    QTextStream &out() { return m_out; }
    QTextStream &err() { return m_err; }

    // Where a command writes bytes meant for standard output (an export without --output):
    // null for the process's own standard output, which OutputFile opens itself.
    QIODevice *rawOut();
    // The file descriptor standard input is read from.
    int inputFd() const { return m_inputFd; }

    // "stationctl: message" on stderr, one line.
    void error(const QString &message);

    // Flushes the results; false, with the system's reason, when they could not all be
    // written (a full disk, a closed pipe, /dev/full), so the command does not report success.
    bool finishOutput(QString *reason);

private:
    bool m_onStdout = false;
    QBuffer m_captured;
    QTextStream m_out;
    QTextStream m_err;
    int m_inputFd = 0;
    bool m_ownsInput = false;
};

} // namespace sd
