#include <QGuiApplication>
#include <gtest/gtest.h>

// Test main for core code that paints text (PDF reports): a QGuiApplication, because
// fonts need one, on the offscreen platform unless a display was asked for. Still no
// widgets: the core must not need them.
int main(int argc, char **argv) {
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    QGuiApplication app(argc, argv);
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
