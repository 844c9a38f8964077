#include "GoldenDatabases.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <cstdio>

// sd_golden: builds the golden databases of this build (the golden.build CTest fixture, run
// before the tests that clone them). Exit 1 with the reason when one cannot be built: every
// test would then build its own, slowly, so the suite must not pretend that is fine.
int main(int argc, char **argv) {
    QCoreApplication app(argc, argv);
    QElapsedTimer timer;
    timer.start();
    const sd::Status built = sd::test::GoldenDatabases::buildAll();
    if (!built) {
        std::fprintf(stderr, "sd_golden: %s\n", qPrintable(built.error().message));
        return 1;
    }
    std::printf("golden databases for key %s ready in %.1f s\n",
                qPrintable(sd::test::GoldenDatabases::key().left(16)), timer.elapsed() / 1000.0);
    return 0;
}
