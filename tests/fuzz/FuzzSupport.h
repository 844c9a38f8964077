#pragma once

// Shared by the libFuzzer targets under tests/fuzz. Each target is one .cpp with
// LLVMFuzzerTestOneInput; a broken invariant calls sd::fuzz::fail(), which prints what
// broke and aborts, so libFuzzer saves the input like any crash.

#include <QByteArray>
#include <QCoreApplication>
#include <QGuiApplication>
#include <QString>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace sd::fuzz {

enum class App { Core, Gui };

// Once, from LLVMFuzzerInitialize: a headless application object for tr(), time zones
// and (with App::Gui) QImage/QPainter. It gets its own argv, since Qt would otherwise
// take options such as -platform out of libFuzzer's.
inline void startQt(App kind = App::Core) {
    qputenv("QT_QPA_PLATFORM", "offscreen");
    static int argc = 1;
    static char name[] = "fuzz";
    static char *argv[] = {name, nullptr};
    // Never deleted: destroyed at exit it would outlive the Qt globals it uses.
    static QCoreApplication *app = nullptr;
    if (!app) {
        app = kind == App::Gui ? new QGuiApplication(argc, argv) : new QCoreApplication(argc, argv);
    }
}

inline QByteArray bytesOf(const uint8_t *data, size_t size) {
    return QByteArray(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
}

// Text as a parser receives it from a command line, a file or a form: decoded as UTF-8,
// so invalid bytes become U+FFFD as they would there.
inline QString textOf(const uint8_t *data, size_t size) {
    return QString::fromUtf8(bytesOf(data, size));
}

[[noreturn]] inline void fail(const char *what, const QString &detail = {}) {
    std::fprintf(stderr, "\nFUZZ INVARIANT BROKEN: %s\n%s\n", what, qUtf8Printable(detail));
    std::abort();
}

inline void check(bool condition, const char *what, const QString &detail = {}) {
    if (!condition) {
        fail(what, detail);
    }
}

} // namespace sd::fuzz
