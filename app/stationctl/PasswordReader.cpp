#include "app/stationctl/PasswordReader.h"

#include "core/kernel/security/PasswordPolicy.h"

#include <QtGlobal>
#include <algorithm>
#include <cerrno>
#include <cstring>

#ifdef Q_OS_UNIX
#include <termios.h>
#include <unistd.h>
#else
#include <io.h>
#endif

using namespace Qt::StringLiterals;

namespace sd {

namespace {

// Four UTF-8 bytes for each of the longest allowed password's characters, plus a CR.
constexpr qsizetype kMaxLineBytes = 4 * PasswordPolicy::kMaxLength + 1;

// Reads one byte; false at the end of input or on an error.
bool readByte(int fd, char &byte) {
#ifdef Q_OS_UNIX
    for (;;) {
        const ssize_t got = ::read(fd, &byte, 1);
        if (got == 1) {
            return true;
        }
        if (got < 0 && errno == EINTR) {
            continue;
        }
        return false;
    }
#else
    return ::_read(fd, &byte, 1) == 1;
#endif
}

// Switches terminal echo off for as long as it lives, so the typed password is not shown.
class EchoOff {
public:
    explicit EchoOff(int fd)
        : m_fd(fd) {
#ifdef Q_OS_UNIX
        if (::tcgetattr(m_fd, &m_saved) == 0) {
            termios silent = m_saved;
            silent.c_lflag &= ~static_cast<tcflag_t>(ECHO);
            m_active = ::tcsetattr(m_fd, TCSAFLUSH, &silent) == 0;
        }
#endif
    }
    ~EchoOff() {
#ifdef Q_OS_UNIX
        if (m_active) {
            ::tcsetattr(m_fd, TCSAFLUSH, &m_saved);
        }
#endif
    }
    EchoOff(const EchoOff &) = delete;
    EchoOff &operator=(const EchoOff &) = delete;

private:
    int m_fd;
    bool m_active = false;
#ifdef Q_OS_UNIX
    termios m_saved{};
#endif
};

bool isTerminal(int fd) {
#ifdef Q_OS_UNIX
    return ::isatty(fd) == 1;
#else
    return ::_isatty(fd) != 0;
#endif
}

} // namespace

Result<Secret> PasswordReader::read(const QString &prompt) {
    if (!isTerminal(m_fd)) {
        return readLine();
    }
    m_console.err() << prompt;
    m_console.err().flush();
    Result<Secret> secret = [this] {
        const EchoOff echoOff(m_fd);
        return readLine();
    }();
    // The Enter key was not echoed either.
    m_console.err() << u'\n';
    m_console.err().flush();
    return secret;
}

Result<Secret> PasswordReader::readLine() {
    // Reserved once and never grown, so no reallocation leaves a copy of the password
    // behind in freed memory; Secret wipes this buffer when it goes away.
    QByteArray line;
    line.reserve(kMaxLineBytes);
    bool sawAnything = false;
    bool tooLong = false;
    char byte = 0;
    while (readByte(m_fd, byte)) {
        sawAnything = true;
        if (byte == '\n') {
            break;
        }
        if (line.size() >= kMaxLineBytes) {
            tooLong = true;
            continue; // drain the rest of the line, keep nothing of it
        }
        line.append(byte);
    }
    byte = 0;
    if (line.endsWith('\r')) {
        line.chop(1);
    }
    // Notepad may start a UTF-8 file with a byte order mark, which is no part of the
    // password. Moved down in place (and the freed tail zeroed), since the buffer must not
    // be reallocated.
    if (line.startsWith("\xEF\xBB\xBF")) {
        const qsizetype rest = line.size() - 3;
        std::memmove(line.data(), line.constData() + 3, size_t(rest));
        std::memset(line.data() + rest, 0, 3);
        line.truncate(rest);
    }
    Secret secret = Secret::fromUtf8(std::move(line));
    if (tooLong) {
        return Error::validation(u"password"_s,
                                 tr("The password on standard input is longer than %1 characters.")
                                     .arg(PasswordPolicy::kMaxLength));
    }
    if (!sawAnything || secret.isEmpty()) {
        return Error::validation(u"password"_s,
                                 tr("No password on standard input: give it as the first line, "
                                    "e.g. from a file or a password manager."));
    }
    // The login screen hashes the UTF-8 of what is typed: a password in another encoding
    // (a GBK file, as Windows tools save Chinese) or with a control character in it would be
    // stored, and nobody could ever log in with it.
    const QByteArray &bytes = secret.utf8();
    if (!bytes.isValidUtf8()) {
        return Error::validation(u"password"_s,
                                 tr("The password on standard input is not UTF-8 text; save "
                                    "the file as UTF-8."));
    }
    if (std::any_of(bytes.begin(), bytes.end(),
                    [](char c) { return quint8(c) < 0x20 || c == 0x7F; })) {
        return Error::validation(u"password"_s,
                                 tr("The password on standard input contains a control character "
                                    "such as a tab; the password is the whole first line."));
    }
    return secret;
}

} // namespace sd
