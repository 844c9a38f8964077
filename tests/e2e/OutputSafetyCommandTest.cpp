#include "StationCtlFixture.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonObject>
#include <QTemporaryDir>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace sd::test {

namespace {

QByteArray sha256Of(const QString &path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return {};
    }
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    return hash.result().toHex();
}

bool writeFile(const QString &path, const QByteArray &bytes) {
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

// Two alerts, one of them bad, so that --skip-invalid has a row to reject.
const QByteArray kAlertsCsv =
    "number,received_at,source,category,preventable,area,location,caller_name,caller_phone,"
    "summary,status\n"
    ",2026-03-10T09:00:00,phone,dispute,0,,Market St 1,,,Neighbours quarrel over noise,open\n"
    ",not-a-time,phone,dispute,0,,Market St 2,,,A bad row,open\n";

class OutputSafetyCommandTest : public StationCtlFixture {
protected:
    void SetUp() override {
        StationCtlFixture::SetUp();
        if (IsSkipped() || HasFatalFailure()) {
            return;
        }
        ASSERT_TRUE(m_files.isValid());
        const CtlRun init = ctl({u"init"_s});
        ASSERT_EQ(init.exitCode, 0) << describe(init);
    }

    QString file(const QString &name) const { return m_files.filePath(name); }

    // The number of audit rows with this action and outcome.
    int auditCount(const QString &action, const QString &outcome) {
        const QJsonArray rows = jsonOf({u"audit"_s, u"list"_s, u"--action"_s, action});
        int count = 0;
        for (const QJsonValue &row : rows) {
            count += row.toObject().value(u"outcome"_s).toString() == outcome ? 1 : 0;
        }
        return count;
    }

    void seedAlerts(int count) {
        const CtlRun seeded = ctl({u"seed"_s, u"--alerts"_s, QString::number(count)});
        ASSERT_EQ(seeded.exitCode, 0) << describe(seeded);
    }

    QTemporaryDir m_files;
};

// What only a SQLite station has: a database file to write over, and (for speed) the demo
// the label sheet is printed from; a PostgreSQL run would test the same painting again.
class OutputSafetySqliteTest : public OutputSafetyCommandTest {};

// The probe that destroyed stations: every command with an output, pointed at the database
// however it is spelled, refuses before writing a byte (exit 2, both files named).
TEST_P(OutputSafetySqliteTest, EveryOutputThatIsTheDatabaseIsRefused) {
    const QString database = testDatabase().path();
    const QString input = file(u"in.csv"_s);
    ASSERT_TRUE(writeFile(input, kAlertsCsv));
    const QString link = file(u"station-link.sqlite"_s);
    ASSERT_EQ(
        ::symlink(QFile::encodeName(database).constData(), QFile::encodeName(link).constData()), 0);
    const QString dotted = QFileInfo(database).path() + u"/./"_s + QFileInfo(database).fileName();
    const QByteArray before = sha256Of(database);
    ASSERT_FALSE(before.isEmpty());

    const QList<QPair<QString, QStringList>> attempts = {
        {database, {u"import"_s, u"alerts"_s, input, u"--skip-invalid"_s, database}},
        {dotted, {u"export"_s, u"alerts"_s, u"--output"_s, dotted}},
        {database + u"-wal"_s, {u"export"_s, u"assets"_s, u"--output"_s, database + u"-wal"_s}},
        {link, {u"seed"_s, u"--alerts"_s, u"10"_s, u"--alerts-csv"_s, link}},
        {database + u"-shm"_s, {u"labels"_s, u"--pdf"_s, database + u"-shm"_s}},
        {database, {u"report"_s, u"onscene"_s, u"CJ-2026-000001"_s, u"--pdf"_s, database}},
        {database + u"-journal"_s,
         {u"report"_s, u"mediation"_s, u"TJ-2026-0001"_s, u"--pdf"_s, database + u"-journal"_s}},
    };
    for (const auto &[output, arguments] : attempts) {
        const CtlRun run = ctl(arguments);
        EXPECT_EQ(run.exitCode, 2) << arguments.join(u' ').toStdString() << "\n" << describe(run);
        EXPECT_TRUE(run.err.contains(output)) << describe(run);
        EXPECT_TRUE(run.err.contains(database)) << describe(run);
        EXPECT_EQ(sha256Of(database), before) << arguments.join(u' ').toStdString();
    }
    const CtlRun verified = ctl({u"audit"_s, u"verify"_s});
    EXPECT_EQ(verified.exitCode, 0) << describe(verified);
}

// The rejected rows may not be written over the file being imported, on either engine.
TEST_P(OutputSafetyCommandTest, TheRejectsFileCannotBeTheImportedFile) {
    const QString input = file(u"in.csv"_s);
    ASSERT_TRUE(writeFile(input, kAlertsCsv));
    const QString sameInput = m_files.path() + u"/sub/../in.csv"_s;
    ASSERT_TRUE(QDir(m_files.path()).mkpath(u"sub"_s));
    const CtlRun run = ctl({u"import"_s, u"alerts"_s, input, u"--skip-invalid"_s, sameInput});
    EXPECT_EQ(run.exitCode, 2) << describe(run);
    EXPECT_TRUE(run.err.contains(input)) << describe(run);
    QFile kept(input);
    ASSERT_TRUE(kept.open(QIODevice::ReadOnly));
    EXPECT_EQ(kept.readAll(), kAlertsCsv);
    EXPECT_EQ(jsonOf({u"audit"_s, u"list"_s, u"--action"_s, u"alert.import"_s}).size(), 0);
}

// A full device: the export fails with the system's reason, and no success is audited.
TEST_P(OutputSafetyCommandTest, AnExportThatCannotBeWrittenFailsAndIsNotAudited) {
    seedAlerts(200);
    const CtlRun toDevice = ctl({u"export"_s, u"alerts"_s, u"--output"_s, u"/dev/full"_s});
    EXPECT_EQ(toDevice.exitCode, 1) << describe(toDevice);
    EXPECT_TRUE(toDevice.err.contains(u"No space left on device"_s)) << describe(toDevice);

    const CtlRun toStdout = runStationCtlScript(testDatabase().urlText(),
                                                u"ctl export assets --format json >/dev/full"_s);
    EXPECT_EQ(toStdout.exitCode, 1) << describe(toStdout);
    EXPECT_TRUE(toStdout.err.contains(u"No space left on device"_s)) << describe(toStdout);

    // A listing to a full standard output is a failure too, not a silent success.
    const CtlRun listing =
        runStationCtlScript(testDatabase().urlText(), u"ctl people list >/dev/full"_s);
    EXPECT_EQ(listing.exitCode, 1) << describe(listing);
    EXPECT_TRUE(listing.err.contains(u"standard output"_s)) << describe(listing);

    EXPECT_EQ(auditCount(u"alert.export"_s, u"success"_s), 0);
    EXPECT_EQ(auditCount(u"asset.export"_s, u"success"_s), 0);
    const CtlRun written = ctl({u"export"_s, u"alerts"_s, u"--output"_s, file(u"ok.csv"_s)});
    ASSERT_EQ(written.exitCode, 0) << describe(written);
    EXPECT_EQ(auditCount(u"alert.export"_s, u"success"_s), 1);
}

// A reader that goes away: the export reports the broken pipe and exits 1 (not killed by
// SIGPIPE, not a success).
TEST_P(OutputSafetyCommandTest, AClosedPipeIsAWriteError) {
    seedAlerts(2000); // far more than a pipe holds, so the writer is still writing
    const CtlRun run = runStationCtlScript(
        testDatabase().urlText(),
        u"ctl export alerts | head -c 10 >/dev/null; exit \"${PIPESTATUS[0]}\""_s);
    EXPECT_EQ(run.exitCode, 1) << describe(run);
    EXPECT_TRUE(run.err.contains(u"Broken pipe"_s)) << describe(run);
    EXPECT_EQ(auditCount(u"alert.export"_s, u"success"_s), 0);
}

// A disk that fills up halfway (a file size limit stands in for it): nothing is left under
// the final name, no temporary file either, and the command says why.
TEST_P(OutputSafetyCommandTest, AFileThatFillsTheDiskIsNotLeftHalfWritten) {
    seedAlerts(1500);
    const QString csv = file(u"alerts.csv"_s);
    const QString exported = file(u"export.csv"_s);
    ASSERT_TRUE(writeFile(exported, "the previous export\n"));
    const CtlRun run = runStationCtlScript(testDatabase().urlText(),
                                           u"trap '' XFSZ; ulimit -f 64\n"
                                           u"ctl seed --alerts 3000 --alerts-csv '%1'; seeded=$?\n"
                                           u"ctl export alerts --output '%2'; exported=$?\n"
                                           u"echo \"$seeded $exported\""_s.arg(csv, exported));
    EXPECT_EQ(run.out.trimmed(), u"1 1"_s) << describe(run);
    EXPECT_TRUE(run.err.contains(u"File too large"_s)) << describe(run);
    EXPECT_FALSE(run.out.contains(u"written to"_s)) << describe(run);
    EXPECT_FALSE(QFile::exists(csv));
    QFile previous(exported);
    ASSERT_TRUE(previous.open(QIODevice::ReadOnly));
    EXPECT_EQ(previous.readAll(), "the previous export\n");
    EXPECT_EQ(QDir(m_files.path()).entryList(QDir::Files | QDir::Hidden).size(), 1)
        << QDir(m_files.path()).entryList(QDir::Files | QDir::Hidden).join(u' ').toStdString();
    EXPECT_EQ(auditCount(u"alert.export"_s, u"success"_s), 0);
}

SD_INSTANTIATE_ENGINES(OutputSafetyCommandTest);

// Labels and reports are PDFs painted whole in memory: on a full disk the command fails
// instead of announcing "Wrote N label(s)" over half a file.
TEST_P(OutputSafetySqliteTest, ALabelSheetThatCannotBeWrittenLeavesNothing) {
    buildDemo();
    QTemporaryDir files;
    const QString pdf = files.filePath(u"labels.pdf"_s);
    const CtlRun run = runStationCtlScript(
        testDatabase().urlText(), u"trap '' XFSZ; ulimit -f 40; ctl labels --pdf '%1'"_s.arg(pdf));
    EXPECT_EQ(run.exitCode, 1) << describe(run);
    EXPECT_FALSE(run.out.contains(u"Wrote"_s)) << describe(run);
    EXPECT_TRUE(run.err.contains(u"File too large"_s)) << describe(run);
    EXPECT_TRUE(QDir(files.path()).entryList(QDir::Files | QDir::Hidden).isEmpty());
    const CtlRun whole = ctl({u"labels"_s, u"--pdf"_s, pdf});
    EXPECT_EQ(whole.exitCode, 0) << describe(whole);
    EXPECT_TRUE(QFileInfo(pdf).size() > 40 * 1024);
}

SD_INSTANTIATE_SQLITE(OutputSafetySqliteTest);

} // namespace

} // namespace sd::test
