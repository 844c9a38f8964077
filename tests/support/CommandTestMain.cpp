#include <QGuiApplication>
#include <QTemporaryDir>
#include <gtest/gtest.h>

// Test main for the stationctl command tests, which run the commands in this process: a
// QGuiApplication on the offscreen platform, because the labels and report commands paint
// PDFs with fonts (stationctl's own main() does the same for them). No widgets.
int main(int argc, char **argv) {
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    // As for the child processes: never the user's station database, never theirs by default.
    QTemporaryDir dataHome;
    qunsetenv("STATIONDESK_DATABASE");
    qputenv("XDG_DATA_HOME", QFile::encodeName(dataHome.path()));
    QGuiApplication app(argc, argv);
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
