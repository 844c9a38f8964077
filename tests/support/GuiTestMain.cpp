#include <QApplication>
#include <gtest/gtest.h>

// Test main for widget tests: a real QApplication on the offscreen platform unless a
// display was asked for explicitly.
int main(int argc, char **argv) {
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    QApplication app(argc, argv);
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
