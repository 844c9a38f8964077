#pragma once

#include <QByteArray>
#include <QFile>
#include <QString>
#include <QTemporaryDir>
#include <gtest/gtest.h>

namespace sd::test {

// Import files for a test, each written under a name of its own in a folder that goes with
// the test.
class CsvFiles {
public:
    QString write(const QByteArray &bytes) {
        const QString written = path(QStringLiteral("in-%1.csv").arg(++m_count));
        QFile file(written);
        EXPECT_TRUE(file.open(QIODevice::WriteOnly)) << written.toStdString();
        file.write(bytes);
        return written;
    }
    QString path(const QString &name) const { return m_dir.filePath(name); }

private:
    QTemporaryDir m_dir;
    int m_count = 0;
};

} // namespace sd::test
