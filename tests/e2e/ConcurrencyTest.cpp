#include "StationCtlFixture.h"

#include <QElapsedTimer>
#include <QFile>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <atomic>
#include <iostream>
#include <thread>
#include <vector>

using namespace Qt::StringLiterals;

namespace sd::test {

namespace {
constexpr int kWriters = 8;
constexpr int kRowsPerFile = 20;
constexpr qint64 kWritingMs = 6000;
const QByteArray kHeader = "number,received_at,source,category,preventable,area,location,"
                           "caller_name,caller_phone,summary,status\n";

// What one writer or the verifier saw.
struct Outcome {
    int runs = 0;
    qint64 rows = 0;
    QStringList numbers;  // of the imports that succeeded
    QStringList failures; // every run that did not exit 0, described
};
} // namespace

// Eight stationctl processes importing at once, each one file after another, while a ninth
// runs audit verify and records verify over and over, on both engines: no writer fails for a
// lock (SQLite writers wait at BEGIN IMMEDIATE up to the busy timeout), no verify raises a
// false alarm (it reads one snapshot), and in the end every imported row is there once.
class ConcurrencyTest : public StationCtlFixture {
protected:
    QString writeFile(const QTemporaryDir &dir, int writer, int file, QStringList &numbers) {
        QByteArray csv = kHeader;
        for (int row = 0; row < kRowsPerFile; ++row) {
            // Unique across writers and files: writer × 100000 + file × rows + row.
            const QString number = u"JQ-1995-%1"_s.arg(
                (writer + 1) * 100000 + file * kRowsPerFile + row, 6, 10, QChar(u'0'));
            numbers << number;
            csv +=
                u"%1,1995-07-%2T10:%3:00,phone,dispute,0,,乙地,,,并发写入 %4,open\n"_s.arg(number)
                    .arg(file % 28 + 1, 2, 10, QChar(u'0'))
                    .arg(row, 2, 10, QChar(u'0'))
                    .arg(writer)
                    .toUtf8();
        }
        const QString path = dir.filePath(u"w%1-f%2.csv"_s.arg(writer).arg(file));
        QFile out(path);
        if (out.open(QIODevice::WriteOnly)) {
            out.write(csv);
        }
        return path;
    }

    qint64 count(const QString &sql) {
        QSqlQuery query(testDatabase().rawConnection());
        EXPECT_TRUE(query.exec(sql) && query.next())
            << sql.toStdString() << ": " << query.lastError().text().toStdString();
        return query.value(0).toLongLong();
    }
};

TEST_P(ConcurrencyTest, EightWritersAndAVerifierNeitherFailNorLoseNorDuplicate) {
    buildDemo(); // sealed records and a longer audit chain for the verifier to check
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString url = testDatabase().urlText();
    const qint64 alertsBefore = count(u"SELECT COUNT(*) FROM alert"_s);
    const qint64 importsBefore =
        count(u"SELECT COUNT(*) FROM audit_log WHERE action = 'alert.import'"_s);
    ASSERT_EQ(count(u"SELECT COUNT(*) FROM alert WHERE number LIKE 'JQ-1995-%'"_s), 0);

    std::vector<Outcome> writers(kWriters);
    Outcome verifier;
    std::atomic<int> writing{kWriters};
    QElapsedTimer clock;
    clock.start();
    std::vector<std::thread> threads;
    for (int w = 0; w < kWriters; ++w) {
        threads.emplace_back([&, w] {
            Outcome &mine = writers[static_cast<size_t>(w)];
            for (int file = 0; clock.elapsed() < kWritingMs; ++file) {
                QStringList numbers;
                const QString path = writeFile(dir, w, file, numbers);
                const CtlRun run = runStationCtl(url, {u"import"_s, u"alerts"_s, path});
                ++mine.runs;
                if (run.finished && run.exitCode == 0) {
                    mine.rows += kRowsPerFile;
                    mine.numbers += numbers;
                } else {
                    mine.failures << u"writer %1, file %2: "_s.arg(w).arg(file) +
                                         QString::fromStdString(describe(run));
                }
            }
            --writing;
        });
    }
    threads.emplace_back([&] {
        while (writing > 0) {
            for (const QString &what : {u"audit"_s, u"records"_s}) {
                const CtlRun run = runStationCtl(url, {what, u"verify"_s});
                ++verifier.runs;
                if (!run.finished || run.exitCode != 0) {
                    verifier.failures
                        << what + u" verify: "_s + QString::fromStdString(describe(run));
                }
            }
        }
    });
    for (std::thread &thread : threads) {
        thread.join();
    }

    int writes = 0;
    qint64 rows = 0;
    QStringList failures;
    QStringList numbers;
    for (const Outcome &writer : writers) {
        writes += writer.runs;
        rows += writer.rows;
        failures += writer.failures;
        numbers += writer.numbers;
    }
    const qint64 alertsAfter = count(u"SELECT COUNT(*) FROM alert"_s);
    QSet<QString> stored;
    QSqlQuery query(testDatabase().rawConnection());
    ASSERT_TRUE(query.exec(u"SELECT number FROM alert WHERE number LIKE 'JQ-1995-%'"_s));
    qint64 storedRows = 0;
    while (query.next()) {
        stored.insert(query.value(0).toString());
        ++storedRows;
    }
    const QSet<QString> imported(numbers.cbegin(), numbers.cend());
    const std::string line =
        u"%1: %2 writer runs in %3 ms, %4 rows, %5 verifies; %6 writer failures, %7 verify "
        u"failures, %8 lost, %9 duplicated"_s.arg(engineName(engine()))
            .arg(writes)
            .arg(clock.elapsed())
            .arg(rows)
            .arg(verifier.runs)
            .arg(failures.size())
            .arg(verifier.failures.size())
            .arg((imported - stored).size())
            .arg(storedRows - stored.size())
            .toStdString();
    std::cout << "[concurrency] " << line << std::endl;
    RecordProperty("concurrency", line);

    EXPECT_TRUE(failures.isEmpty()) << failures.join(u"\n"_s).toStdString();
    EXPECT_TRUE(verifier.failures.isEmpty()) << verifier.failures.join(u"\n"_s).toStdString();
    EXPECT_GE(writes, kWriters * 2) << "the writers hardly overlapped";
    EXPECT_GE(verifier.runs, 2);
    EXPECT_EQ(alertsAfter, alertsBefore + rows);
    EXPECT_EQ(storedRows, stored.size()) << "a number is stored twice";
    EXPECT_EQ(stored, imported)
        << "lost: " << QStringList((imported - stored).values()).join(u' ').toStdString()
        << "\nnot imported: " << QStringList((stored - imported).values()).join(u' ').toStdString();
    EXPECT_EQ(count(u"SELECT COUNT(*) FROM audit_log WHERE action = 'alert.import'"_s),
              importsBefore + writes - failures.size());

    // And the end state checks out as a whole.
    for (const QString &what : {u"audit"_s, u"records"_s}) {
        const CtlRun run = runInProcess({u"--database"_s, url, what, u"verify"_s});
        EXPECT_EQ(run.exitCode, 0) << describe(run);
    }
    if (engine() == Engine::Sqlite) {
        QSqlQuery check(testDatabase().rawConnection());
        ASSERT_TRUE(check.exec(u"PRAGMA integrity_check"_s) && check.next());
        EXPECT_EQ(check.value(0).toString(), u"ok"_s);
        EXPECT_TRUE(check.exec(u"INSERT INTO alert_fts (alert_fts) VALUES ('integrity-check')"_s))
            << check.lastError().text().toStdString();
    }
}

SD_INSTANTIATE_ENGINES(ConcurrencyTest);

} // namespace sd::test
