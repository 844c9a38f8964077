#include <QCoreApplication>
#include <gtest/gtest.h>

// Test main for core tests: a QCoreApplication only, proving the core needs no GUI.
int main(int argc, char **argv) {
    QCoreApplication app(argc, argv);
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
