#include "EngineTest.h"
#include "core/kernel/storage/Sql.h"

#include <QSqlError>
#include <QSqlQuery>
#include <random>

using namespace Qt::StringLiterals;
using namespace sd;
using sd::test::EngineTest;

namespace {

const QStringList kEditableColumns = {u"at_ms"_s,   u"workstation"_s, u"account"_s,   u"role"_s,
                                      u"action"_s,  u"object_type"_s, u"object_id"_s, u"outcome"_s,
                                      u"details"_s, u"prev_hash"_s,   u"hash"_s};

} // namespace

// Plays an attacker with raw access to the database (the sqlite3 or psql client):
// switches the append-only triggers off, then tampers with the log in many random ways.
// Every single tampering must be caught by AuditLog::verify.
class AuditTamperTest : public EngineTest {
protected:
    void SetUp() override {
        EngineTest::SetUp();
        if (IsSkipped() || HasFatalFailure()) {
            return;
        }
        m_app = openApp();
        ASSERT_TRUE(m_app);
        for (int i = 0; i < 30; ++i) {
            Person person;
            person.badgeNo = u"T%1"_s.arg(i, 3, 10, QChar(u'0'));
            person.name = u"审计%1"_s.arg(i);
            ASSERT_TRUE(m_app->organisation().addPerson(person).ok());
        }
        AuditFilter all;
        all.limit = 1000;
        all.newestFirst = false;
        m_original = m_app->audit().list(all).value();
        ASSERT_EQ(m_original.size(), 30);
        m_head = m_app->audit().head().value();
        m_raw = testDatabase().rawConnection();
        ASSERT_TRUE(m_raw.isOpen());
        if (engine() == Engine::Sqlite) {
            attack(u"DROP TRIGGER audit_log_no_update"_s);
            attack(u"DROP TRIGGER audit_log_no_delete"_s);
        } else {
            attack(u"SET session_replication_role = replica"_s); // triggers off for this session
        }
    }

    void attack(const QString &sql, const QVariantList &values = {}) {
        auto done = runSql(m_raw, sql, values);
        ASSERT_TRUE(done.ok()) << sql.toStdString() << ": " << done.error().message.toStdString();
    }

    void TearDown() override {
        m_raw = QSqlDatabase(); // let TestDatabase close the attacker's connection
        m_app.reset();
        EngineTest::TearDown();
    }

    void restore() {
        ASSERT_TRUE(m_raw.transaction());
        attack(u"DELETE FROM audit_log"_s);
        for (const AuditEntry &e : m_original) {
            attack(u"INSERT INTO audit_log (station_id, seq, at_ms, workstation, account, role, "
                   u"action, object_type, object_id, outcome, details, prev_hash, hash) "
                   u"VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
                   {e.stationId, e.seq, e.atMs, e.workstation, e.account, e.role, e.action,
                    e.objectType, e.objectId, e.outcome, e.details, e.prevHash, e.hash});
        }
        attack(u"UPDATE audit_head SET seq = ?, hash = ?"_s, {m_head.seq, m_head.hash});
        ASSERT_TRUE(m_raw.commit());
    }

    AuditVerification verify() {
        auto result = m_app->audit().verify(m_head);
        EXPECT_TRUE(result.ok());
        return result.ok() ? result.value() : AuditVerification{};
    }

    std::unique_ptr<Application> m_app;
    QList<AuditEntry> m_original;
    AuditHead m_head;
    QSqlDatabase m_raw;
};

TEST_P(AuditTamperTest, AnUntouchedLogVerifies) {
    const AuditVerification result = verify();
    EXPECT_TRUE(result.intact) << result.problem.toStdString();
    EXPECT_EQ(result.rowsChecked, 30);
}

TEST_P(AuditTamperTest, EveryOneOfManyRandomTamperingsIsCaught) {
    std::mt19937 random(20261128); // fixed: a failure names a reproducible trial
    const auto pick = [&random](qint64 low, qint64 high) {
        return std::uniform_int_distribution<qint64>(low, high)(random);
    };
    const qint64 last = m_original.size();
    constexpr int kTrials = 120;
    for (int trial = 0; trial < kTrials; ++trial) {
        const int kind = static_cast<int>(pick(0, 5));
        const qint64 seq = pick(1, last);
        QString what;
        switch (kind) {
        case 0: { // edit one field of one row
            const QString column = kEditableColumns.at(pick(0, kEditableColumns.size() - 1));
            what = u"edit %1 of row %2"_s.arg(column).arg(seq);
            if (column == u"at_ms"_s) {
                attack(u"UPDATE audit_log SET at_ms = at_ms + ? WHERE seq = ?"_s,
                       {pick(1, 99999), seq});
            } else if (column == u"outcome"_s) { // a CHECK constraint allows only three values
                attack(u"UPDATE audit_log SET outcome = CASE outcome WHEN 'success' THEN 'failure' "
                       u"ELSE 'success' END WHERE seq = ?"_s,
                       {seq});
            } else {
                attack(u"UPDATE audit_log SET %1 = %1 || ? WHERE seq = ?"_s.arg(column),
                       {u"x"_s, seq});
            }
            break;
        }
        case 1: // delete one row
            what = u"delete row %1"_s.arg(seq);
            attack(u"DELETE FROM audit_log WHERE seq = ?"_s, {seq});
            break;
        case 2: { // swap the contents of two rows, keeping their sequence numbers
            qint64 other = pick(1, last - 1);
            if (other >= seq) {
                ++other;
            }
            what = u"swap rows %1 and %2"_s.arg(seq).arg(other);
            attack(u"UPDATE audit_log SET seq = -1 WHERE seq = ?"_s, {seq});
            attack(u"UPDATE audit_log SET seq = ? WHERE seq = ?"_s, {seq, other});
            attack(u"UPDATE audit_log SET seq = ? WHERE seq = -1"_s, {other});
            break;
        }
        case 3: { // cut rows off the end, and move the head row back to hide it
            const qint64 keep = pick(0, last - 1);
            what = u"truncate after row %1"_s.arg(keep);
            attack(u"DELETE FROM audit_log WHERE seq > ?"_s, {keep});
            const QString keptHash = keep == 0 ? QString() : m_original.at(keep - 1).hash;
            attack(u"UPDATE audit_head SET seq = ?, hash = ?"_s, {keep, keptHash});
            break;
        }
        case 4: { // rewrite a row's details and forge its hash to match
            what = u"forge row %1 with a matching hash"_s.arg(seq);
            AuditEntry forged = m_original.at(seq - 1);
            forged.details = u"nothing happened here"_s;
            forged.hash = AuditLog::computeHash(forged);
            attack(u"UPDATE audit_log SET details = ?, hash = ? WHERE seq = ?"_s,
                   {forged.details, forged.hash, seq});
            attack(u"UPDATE audit_head SET hash = ? WHERE seq = ?"_s, {forged.hash, seq});
            break;
        }
        default: { // renumber a row into a gap at the end
            what = u"move row %1 to the end"_s.arg(seq);
            attack(u"UPDATE audit_log SET seq = ? WHERE seq = ?"_s, {last + 1, seq});
            break;
        }
        }
        const AuditVerification result = verify();
        EXPECT_FALSE(result.intact) << "trial " << trial << " not caught: " << what.toStdString();
        EXPECT_GT(result.firstBadSeq, 0) << what.toStdString();
        EXPECT_FALSE(result.problem.isEmpty()) << what.toStdString();
        restore();
        ASSERT_TRUE(verify().intact) << "restore after trial " << trial << " failed";
    }
}

TEST_P(AuditTamperTest, TheProblemNamesTheFirstBadRow) {
    attack(u"UPDATE audit_log SET account = 'someone else' WHERE seq = 7"_s);
    AuditVerification result = verify();
    EXPECT_EQ(result.firstBadSeq, 7);
    EXPECT_TRUE(result.problem.contains(u"7"_s)) << result.problem.toStdString();
    restore();
    attack(u"DELETE FROM audit_log WHERE seq = 12"_s);
    result = verify();
    EXPECT_EQ(result.firstBadSeq, 12);
    EXPECT_TRUE(result.problem.contains(u"missing"_s)) << result.problem.toStdString();
}

SD_INSTANTIATE_ENGINES(AuditTamperTest);

// Without an attacker switching them off, the triggers refuse every change.
class AuditAppendOnlyTest : public EngineTest {};

TEST_P(AuditAppendOnlyTest, TheEngineRefusesUpdatesAndDeletes) {
    auto app = openApp();
    ASSERT_TRUE(app);
    Person person;
    person.badgeNo = u"T900"_s;
    person.name = u"审计"_s;
    SD_ASSERT_OK(app->organisation().addPerson(person));
    const QSqlDatabase db = app->database().connection();
    EXPECT_FALSE(runSql(db, u"UPDATE audit_log SET details = 'x' WHERE seq = 1"_s).ok());
    EXPECT_FALSE(runSql(db, u"DELETE FROM audit_log WHERE seq = 1"_s).ok());
    if (engine() == Engine::Postgres) {
        EXPECT_FALSE(runSql(db, u"TRUNCATE audit_log"_s).ok());
    }
    EXPECT_EQ(scalarSql(db, u"SELECT COUNT(*) FROM audit_log"_s)->toInt(), 1);
    EXPECT_TRUE(app->audit().verify()->intact);
}

// The audit row is part of the change: when it cannot be written, nothing is saved.
TEST_P(AuditAppendOnlyTest, AFailedAuditWriteFailsTheBusinessWrite) {
    auto app = openApp();
    ASSERT_TRUE(app);
    const QString refuse =
        engine() == Engine::Sqlite
            ? u"CREATE TRIGGER audit_log_full BEFORE INSERT ON audit_log BEGIN "
              u"SELECT RAISE(ABORT, 'disk full'); END"_s
            : u"CREATE FUNCTION audit_full() RETURNS trigger AS $$ BEGIN RAISE EXCEPTION "
              u"'disk full'; END; $$ LANGUAGE plpgsql; CREATE TRIGGER audit_log_full BEFORE "
              u"INSERT ON audit_log FOR EACH ROW EXECUTE FUNCTION audit_full()"_s;
    ASSERT_TRUE(testDatabase().execRaw(refuse).ok());
    Person person;
    person.badgeNo = u"T901"_s;
    person.name = u"未记录"_s;
    auto added = app->organisation().addPerson(person);
    ASSERT_FALSE(added.ok());
    EXPECT_TRUE(added.error().message.contains(u"audit log"_s))
        << added.error().message.toStdString();
    EXPECT_EQ(scalarSql(app->database().connection(), u"SELECT COUNT(*) FROM person"_s)->toInt(),
              0);
    EXPECT_EQ(scalarSql(app->database().connection(), u"SELECT COUNT(*) FROM audit_log"_s)->toInt(),
              0);
}

SD_INSTANTIATE_ENGINES(AuditAppendOnlyTest);
