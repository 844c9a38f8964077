#include "ui/shell/SingleInstance.h"

#include "core/kernel/storage/DatabaseUrl.h"

#include <QDir>
#include <QLockFile>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

namespace sd::test {
namespace {

TEST(SingleInstanceTest, ASecondStartOnTheSameStationAsksTheFirstToComeForward) {
    QTemporaryDir folder;
    SingleInstance first(u"sqlite:/stations/a.sqlite"_s, folder.path());
    ASSERT_TRUE(first.claim());
    QSignalSpy asked(&first, &SingleInstance::activationRequested);

    SingleInstance second(u"sqlite:/stations/a.sqlite"_s, folder.path());
    EXPECT_FALSE(second.claim());
    EXPECT_TRUE(asked.wait(2000));
}

TEST(SingleInstanceTest, AnotherStationOrAnotherUsersFolderIsADeskOfItsOwn) {
    QTemporaryDir folder;
    QTemporaryDir otherUser;
    SingleInstance first(u"sqlite:/stations/a.sqlite"_s, folder.path());
    ASSERT_TRUE(first.claim());
    SingleInstance otherStation(u"sqlite:/stations/b.sqlite"_s, folder.path());
    EXPECT_TRUE(otherStation.claim());
    SingleInstance sameStationOtherUser(u"sqlite:/stations/a.sqlite"_s, otherUser.path());
    EXPECT_TRUE(sameStationOtherUser.claim());
}

TEST(SingleInstanceTest, TheStationIsTheFileOrTheServerDatabaseNeverThePassword) {
    QTemporaryDir folder;
    QFile(folder.filePath(u"station.sqlite"_s)).open(QIODevice::WriteOnly);
    QFile::link(folder.filePath(u"station.sqlite"_s), folder.filePath(u"link.sqlite"_s));
    auto direct = DatabaseUrl::parse(folder.filePath(u"station.sqlite"_s));
    auto viaLink = DatabaseUrl::parse(folder.filePath(u"link.sqlite"_s));
    ASSERT_TRUE(direct && viaLink);
    EXPECT_EQ(SingleInstance::keyFor(*direct), SingleInstance::keyFor(*viaLink));

    auto withPassword = DatabaseUrl::parse(u"postgresql://desk:secret@db.local:5432/station"_s);
    auto otherDatabase = DatabaseUrl::parse(u"postgresql://desk@db.local:5432/other"_s);
    ASSERT_TRUE(withPassword && otherDatabase);
    EXPECT_FALSE(SingleInstance::keyFor(*withPassword).contains(u"secret"_s));
    EXPECT_NE(SingleInstance::keyFor(*withPassword), SingleInstance::keyFor(*otherDatabase));
}

// The real program: a second start exits at once and says why; after the first desk is
// killed (kill -9: no clean-up at all) the next start becomes the desk.
class DeskProcess {
public:
    DeskProcess(const QString &database, const QString &cache) {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
        environment.insert(u"XDG_CACHE_HOME"_s, cache);
        m_process.setProcessEnvironment(environment);
        m_process.start(QStringLiteral(SD_STATIONDESK_PATH),
                        {u"--database"_s, database, u"--lang"_s, u"en"_s});
    }
    ~DeskProcess() {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.kill();
            m_process.waitForFinished();
        }
    }
    QProcess &process() { return m_process; }

private:
    QProcess m_process;
};

bool waitForLock(const QString &cache) {
    const QDir folder(cache + u"/StationDesk/StationDesk"_s);
    for (int i = 0; i < 100; ++i) {
        if (!folder.entryList({u"desk-*.socket"_s}, QDir::System | QDir::Files).isEmpty()) {
            return true;
        }
        QTest::qWait(100);
    }
    return false;
}

TEST(SingleInstanceTest, TheDesktopProgramRunsOncePerStationAndSurvivesAKilledDesk) {
    QTemporaryDir folder;
    const QString database = folder.filePath(u"station.sqlite"_s);
    const QString cache = folder.filePath(u"cache"_s);

    auto first = std::make_unique<DeskProcess>(database, cache);
    ASSERT_TRUE(first->process().waitForStarted());
    ASSERT_TRUE(waitForLock(cache)) << "the first desk never listened";

    DeskProcess second(database, cache);
    ASSERT_TRUE(second.process().waitForFinished(15000));
    EXPECT_EQ(second.process().exitCode(), 0);
    EXPECT_TRUE(second.process().readAllStandardError().contains("already open"));
    EXPECT_EQ(first->process().state(), QProcess::Running);

    first->process().kill();
    ASSERT_TRUE(first->process().waitForFinished());
    first.reset();

    DeskProcess third(database, cache);
    ASSERT_TRUE(third.process().waitForStarted());
    EXPECT_FALSE(third.process().waitForFinished(2000)) << "the killed desk's lock blocked it";
    DeskProcess fourth(database, cache);
    ASSERT_TRUE(fourth.process().waitForFinished(15000));
    EXPECT_TRUE(fourth.process().readAllStandardError().contains("already open"));
}

} // namespace
} // namespace sd::test
