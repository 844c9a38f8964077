#include "core/kernel/documents/OutputFile.h"
#include "core/kernel/documents/OutputPath.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <gtest/gtest.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace Qt::StringLiterals;
using sd::DatabaseUrl;
using sd::OutputFile;
using sd::OutputPath;

namespace {

class OutputSafety : public ::testing::Test {
protected:
    void SetUp() override {
        ASSERT_TRUE(m_dir.isValid());
        ASSERT_TRUE(QDir(m_dir.path()).mkpath(u"sub"_s));
        m_databasePath = path(u"station.sqlite"_s);
        ASSERT_TRUE(writeFile(m_databasePath, "SQLite format 3\0 the station's data"));
        m_database = DatabaseUrl::parse(m_databasePath).value();
    }

    QString path(const QString &name) const { return m_dir.filePath(name); }

    static bool writeFile(const QString &file, const QByteArray &bytes) {
        QFile out(file);
        return out.open(QIODevice::WriteOnly) && out.write(bytes) == bytes.size();
    }
    static QByteArray readFile(const QString &file) {
        QFile in(file);
        return in.open(QIODevice::ReadOnly) ? in.readAll() : QByteArray();
    }

    QTemporaryDir m_dir;
    QString m_databasePath;
    DatabaseUrl m_database;
};

// Every way of naming the database or one of its companion files is refused, and the
// message names both the output and the database.
TEST_F(OutputSafety, EverySpellingOfTheDatabaseIsRefused) {
    ASSERT_EQ(::symlink(QFile::encodeName(m_databasePath).constData(),
                        QFile::encodeName(path(u"link.sqlite"_s)).constData()),
              0);
    ASSERT_EQ(::link(QFile::encodeName(m_databasePath).constData(),
                     QFile::encodeName(path(u"hard.sqlite"_s)).constData()),
              0);
    ASSERT_EQ(::symlink(QFile::encodeName(m_databasePath + u"-wal"_s).constData(),
                        QFile::encodeName(path(u"wal-link"_s)).constData()),
              0);
    const QStringList spellings = {
        m_databasePath,
        m_dir.path() + u"/./station.sqlite"_s,
        m_dir.path() + u"/sub/../station.sqlite"_s,
        m_dir.path() + u"//station.sqlite"_s,
        path(u"link.sqlite"_s),
        path(u"hard.sqlite"_s),
        m_databasePath + u"-wal"_s,
        m_databasePath + u"-shm"_s,
        m_databasePath + u"-journal"_s,
        m_dir.path() + u"/sub/../station.sqlite-wal"_s,
        path(u"wal-link"_s), // a link to the -wal name, which does not exist yet
    };
    for (const QString &spelling : spellings) {
        const sd::Status checked = OutputPath::check(spelling, m_database);
        ASSERT_FALSE(checked.ok()) << spelling.toStdString();
        EXPECT_EQ(checked.error().code, sd::ErrorCode::Usage);
        EXPECT_TRUE(checked.error().message.contains(spelling)) << spelling.toStdString();
        EXPECT_TRUE(checked.error().message.contains(m_databasePath))
            << checked.error().message.toStdString();
    }
}

// The database opened through a link: the real file's companions are SQLite's own names.
TEST_F(OutputSafety, TheFileBehindADatabaseLinkIsProtectedToo) {
    const QString link = path(u"sub/desk.sqlite"_s);
    ASSERT_EQ(::symlink(QFile::encodeName(m_databasePath).constData(),
                        QFile::encodeName(link).constData()),
              0);
    const DatabaseUrl linked = DatabaseUrl::parse(link).value();
    EXPECT_FALSE(OutputPath::check(m_databasePath, linked).ok());
    EXPECT_FALSE(OutputPath::check(m_databasePath + u"-wal"_s, linked).ok());
    EXPECT_FALSE(OutputPath::check(link + u"-shm"_s, linked).ok());
}

TEST_F(OutputSafety, AnInputOfTheCommandIsRefused) {
    const QString input = path(u"alerts.csv"_s);
    ASSERT_TRUE(writeFile(input, "number\n"));
    const sd::Status checked =
        OutputPath::check(m_dir.path() + u"/sub/../alerts.csv"_s, m_database, {input});
    ASSERT_FALSE(checked.ok());
    EXPECT_TRUE(checked.error().message.contains(input));
}

TEST_F(OutputSafety, OtherFilesStandardOutputAndPostgresAreAllowed) {
    EXPECT_TRUE(OutputPath::check(path(u"export.csv"_s), m_database).ok());
    EXPECT_TRUE(OutputPath::check(path(u"station.sqlite.csv"_s), m_database).ok());
    EXPECT_TRUE(OutputPath::check(QString(), m_database).ok());
    const DatabaseUrl server = DatabaseUrl::parse(u"postgresql://desk@host/station"_s).value();
    EXPECT_TRUE(OutputPath::check(m_databasePath, server).ok());
}

TEST_F(OutputSafety, AFolderIsRefused) {
    const sd::Status checked = OutputPath::check(path(u"sub"_s), m_database);
    ASSERT_FALSE(checked.ok());
    EXPECT_EQ(checked.error().code, sd::ErrorCode::Usage);
}

// While a database is open (Application registers it), no OutputFile may write over it,
// whichever screen asked: the GUI's save dialogs rely on this.
TEST_F(OutputSafety, AnOpenDatabaseCannotBeWrittenOverThroughOutputFile) {
    const QByteArray before = readFile(m_databasePath);
    OutputPath::protect(m_database);
    const sd::Status refused =
        OutputFile::write(m_dir.path() + u"/./station.sqlite"_s, "%PDF-1.4 a report");
    const sd::Status refusedWal = OutputFile::write(m_databasePath + u"-wal"_s, "x");
    OutputPath::release(m_database);
    ASSERT_FALSE(refused.ok());
    EXPECT_TRUE(refused.error().message.contains(m_databasePath));
    EXPECT_FALSE(refusedWal.ok());
    EXPECT_EQ(readFile(m_databasePath), before);
    EXPECT_FALSE(QFile::exists(m_databasePath + u"-wal"_s));
    // Released: the same file is an ordinary file again.
    EXPECT_TRUE(OutputFile::write(m_databasePath, "replaced").ok());
}

TEST_F(OutputSafety, ACommittedFileIsWholeAndACancelledOneLeavesTheOldContent) {
    const QString target = path(u"export.csv"_s);
    ASSERT_TRUE(writeFile(target, "old content\n"));
    {
        OutputFile file;
        ASSERT_TRUE(file.open(target).ok());
        file.device().write("half of a new");
        // Going out of scope without commit() is a cancel.
    }
    EXPECT_EQ(readFile(target), "old content\n");
    OutputFile file;
    ASSERT_TRUE(file.open(target).ok());
    file.device().write("new content\n");
    EXPECT_EQ(readFile(target), "old content\n"); // nothing under the name until commit
    ASSERT_TRUE(file.commit().ok());
    EXPECT_EQ(readFile(target), "new content\n");
    EXPECT_EQ(QDir(m_dir.path()).entryList(QDir::Files).size(), 2) // the database and it
        << QDir(m_dir.path()).entryList(QDir::Files).join(u' ').toStdString();
}

TEST_F(OutputSafety, AWriteErrorIsAnErrorWithTheSystemsReason) {
    // /dev/full accepts the open and fails every write with ENOSPC, as a full disk does.
    const sd::Status full = OutputFile::write(u"/dev/full"_s, QByteArray(100000, 'x'));
    ASSERT_FALSE(full.ok());
    EXPECT_TRUE(full.error().message.contains(u"No space left on device"_s))
        << full.error().message.toStdString();
    // Written to, never replaced: a device cannot be renamed over (QFileInfo calls it a file).
    struct stat device {};
    ASSERT_EQ(::stat("/dev/full", &device), 0);
    EXPECT_TRUE(S_ISCHR(device.st_mode));

    const sd::Status missing = OutputFile::write(path(u"no/such/folder/out.csv"_s), "x");
    ASSERT_FALSE(missing.ok());
    EXPECT_TRUE(missing.error().message.contains(path(u"no/such/folder/out.csv"_s)));
}

} // namespace
