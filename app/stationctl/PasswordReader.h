#pragma once

#include "app/stationctl/Console.h"
#include "core/kernel/common/Result.h"
#include "core/kernel/security/Secret.h"

#include <QCoreApplication>

namespace sd {

// Reads a password from standard input for the --password-stdin subcommands.
//
// Passwords never travel on the command line, where every user of the machine can read
// them in the process list and the shell keeps them in its history. The first line is
// taken without its line break, read straight from the file descriptor into one buffer
// (no stdio or QIODevice buffer keeps a copy) and handed over as a Secret. On a terminal
// the prompt goes to stderr and echo is switched off while typing.
class PasswordReader {
    Q_DECLARE_TR_FUNCTIONS(sd::PasswordReader)

public:
    explicit PasswordReader(Console &console, int fd = 0)
        : m_console(console)
        , m_fd(fd) {}

    // A Validation error (field "password") for no input or an overlong line.
    Result<Secret> read(const QString &prompt);

private:
    Result<Secret> readLine();

    Console &m_console;
    int m_fd;
};

} // namespace sd
