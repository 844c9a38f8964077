#include "core/kernel/storage/Migrator.h"

#include "EngineTest.h"
#include "core/kernel/storage/Sql.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using namespace sd;
using sd::test::EngineTest;

namespace {

// A migration folder with the real first migration plus extra test migrations, to
// exercise an upgrade between versions this program never shipped.
class MigrationFolder {
public:
    MigrationFolder() {
        const auto shipped = QDir(Migrator::defaultDirectory()).entryList(QDir::Files);
        for (const QString &file : shipped) {
            QFile::copy(Migrator::defaultDirectory() + u'/' + file, m_dir.filePath(file));
        }
    }
    void add(const QString &fileName, const QByteArray &sql) {
        QFile file(m_dir.filePath(fileName));
        file.open(QIODevice::WriteOnly);
        file.write(sql);
    }
    QString path() const { return m_dir.path(); }

private:
    QTemporaryDir m_dir;
};

std::unique_ptr<Database> openDatabase(const DatabaseUrl &url) {
    auto db = Database::open(url);
    EXPECT_TRUE(db.ok()) << (db.ok() ? "" : db.error().message.toStdString());
    return db.ok() ? std::move(db.value()) : nullptr;
}

int tableCount(const Database &db) {
    auto tables = runSql(db.connection(), db.dialect().listTablesSql());
    int count = 0;
    while (tables && tables.value().next()) {
        ++count;
    }
    return count;
}

} // namespace

// Migrating is what these tests are about: each starts from a blank database.
class MigratorTest : public EngineTest {
protected:
    sd::test::Start startsFrom() const override { return sd::test::Start::Blank; }
};

TEST_P(MigratorTest, FreshDatabaseReachesTheLatestVersionWithOneRowPerMigration) {
    auto db = openDatabase(testDatabase().url());
    ASSERT_TRUE(db);
    const Migrator migrator(*db);
    EXPECT_EQ(*migrator.currentVersion(), 0);
    auto outcome = migrator.migrate();
    ASSERT_TRUE(outcome.ok()) << outcome.error().message.toStdString();
    EXPECT_EQ(outcome->fromVersion, 0);
    EXPECT_EQ(outcome->toVersion, Migrator::latestVersion());
    EXPECT_TRUE(outcome->backupPath.isEmpty()); // nothing to back up in a new database
    EXPECT_EQ(scalarSql(db->connection(), u"SELECT COUNT(*) FROM schema_version"_s)->toInt(),
              Migrator::migrationsFor(engine()).size());
}

TEST_P(MigratorTest, MigratingTwiceChangesNothing) {
    auto db = openDatabase(testDatabase().url());
    const Migrator migrator(*db);
    ASSERT_TRUE(migrator.migrate().ok());
    auto again = migrator.migrate();
    ASSERT_TRUE(again.ok());
    EXPECT_EQ(again->fromVersion, again->toVersion);
    EXPECT_TRUE(again->backupPath.isEmpty());
}

TEST_P(MigratorTest, UpgradeKeepsDataAndBacksUpSqliteFirst) {
    MigrationFolder folder;
    auto db = openDatabase(testDatabase().url());
    ASSERT_TRUE(Migrator(*db, folder.path()).migrate().ok());
    ASSERT_TRUE(runSql(db->connection(),
                       u"INSERT INTO station (code, name, created_at) VALUES ('s', 'Kept', 1)"_s)
                    .ok());
    folder.add(u"0900_test_extra.sql"_s,
               "ALTER TABLE station ADD COLUMN motto TEXT NOT NULL DEFAULT 'serve';\n"
               "CREATE TABLE extra (id {{id}}, note TEXT);\n");
    auto upgraded = Migrator(*db, folder.path()).migrate();
    ASSERT_TRUE(upgraded.ok()) << upgraded.error().message.toStdString();
    EXPECT_EQ(upgraded->toVersion, 900);
    EXPECT_EQ(
        scalarSql(db->connection(), u"SELECT name || '/' || motto FROM station"_s)->toString(),
        u"Kept/serve"_s);
    if (engine() == Engine::Sqlite) {
        ASSERT_FALSE(upgraded->backupPath.isEmpty());
        EXPECT_TRUE(QFileInfo::exists(upgraded->backupPath));
        // Published whole: the temporary name VACUUM INTO wrote to is gone.
        EXPECT_FALSE(QFileInfo::exists(upgraded->backupPath + u".partial"_s));
        auto backup = openDatabase(*DatabaseUrl::parse(upgraded->backupPath));
        EXPECT_EQ(*Migrator(*backup, folder.path()).currentVersion(), Migrator::latestVersion());
    }
}

TEST_P(MigratorTest, AFailingMigrationLeavesThePreviousVersionWhole) {
    MigrationFolder folder;
    auto db = openDatabase(testDatabase().url());
    ASSERT_TRUE(Migrator(*db, folder.path()).migrate().ok());
    const int tablesBefore = tableCount(*db);
    folder.add(u"0900_broken.sql"_s, "CREATE TABLE half_done (id {{id}});\n"
                                     "ALTER TABLE no_such_table ADD COLUMN x TEXT;\n");
    auto failed = Migrator(*db, folder.path()).migrate();
    ASSERT_FALSE(failed.ok());
    EXPECT_TRUE(failed.error().message.contains(u"900"_s)) << failed.error().message.toStdString();
    EXPECT_EQ(*Migrator(*db, folder.path()).currentVersion(), Migrator::latestVersion());
    EXPECT_EQ(tableCount(*db), tablesBefore); // half_done was rolled back
}

TEST_P(MigratorTest, ANewerDatabaseIsRefusedAndNotChanged) {
    {
        auto app = openApp();
        ASSERT_TRUE(app);
    }
    const int newer = Migrator::latestVersion() + 1;
    ASSERT_TRUE(testDatabase()
                    .execRaw(u"INSERT INTO schema_version (version, name, applied_at) "
                             u"VALUES (%1, 'from_the_future', 0)"_s.arg(newer))
                    .ok());
    auto app = Application::open(testDatabase().url(), Application::OpenMode::CreateOrMigrate);
    ASSERT_FALSE(app.ok());
    EXPECT_EQ(app.error().code, ErrorCode::SchemaTooNew);
    EXPECT_TRUE(app.error().message.contains(QString::number(newer)));
    auto db = openDatabase(testDatabase().url());
    EXPECT_EQ(scalarSql(db->connection(), u"SELECT MAX(version) FROM schema_version"_s)->toInt(),
              newer);
}

TEST_P(MigratorTest, AForeignDatabaseIsRefused) {
    ASSERT_TRUE(
        testDatabase().execRaw(u"CREATE TABLE invoices (id INTEGER, total INTEGER)"_s).ok());
    auto app = Application::open(testDatabase().url(), Application::OpenMode::CreateOrMigrate);
    ASSERT_FALSE(app.ok());
    EXPECT_TRUE(app.error().message.contains(u"not a StationDesk database"_s))
        << app.error().message.toStdString();
}

TEST_P(MigratorTest, SchemaEnforcesForeignKeysAndChecks) {
    auto app = openApp();
    ASSERT_TRUE(app);
    const auto db = app->database().connection();
    EXPECT_FALSE(
        runSql(db, u"INSERT INTO unit_member (unit_id, person_id) VALUES (999, 999)"_s).ok());
    EXPECT_FALSE(runSql(db,
                        u"INSERT INTO person (station_id, badge_no, name, category, created_at, "
                        u"updated_at, updated_by) VALUES (?, 'X1', 'N', 'general', 0, 0, 't')"_s,
                        {app->station().id})
                     .ok());
}

// Migration 10 rebuilds the alert table on SQLite (its CHECKs without IN lists): the rows,
// their ids, what refers to them, the full-text index and AUTOINCREMENT's high-water mark all
// come through, and the CHECKs still refuse what they refused.
TEST_P(MigratorTest, TheAlertRebuildKeepsRowsReferencesSearchAndChecks) {
    auto db = openDatabase(testDatabase().url());
    ASSERT_TRUE(Migrator(*db).migrate(9).ok());
    const QSqlDatabase c = db->connection();
    const auto run = [&](const QString &sql) {
        auto done = runSql(c, sql);
        ASSERT_TRUE(done.ok()) << sql.toStdString() << ": " << done.error().message.toStdString();
    };
    run(u"INSERT INTO station (code, name, created_at) VALUES ('s', 'S', 1)"_s);
    run(u"INSERT INTO person (station_id, badge_no, name, category, created_at, updated_at, "
        u"updated_by) VALUES (1, '031031', 'P', 'officer', 1, 1, 't')"_s);
    for (int i = 1; i <= 3; ++i) {
        run(u"INSERT INTO alert (station_id, number, received_at, source, category, status, "
            u"search_text, summary, created_at, updated_at, updated_by) VALUES (1, "
            u"'JQ-2026-00000%1', "
            u"%1, 'phone', 'dispute', 'open', 'noise%1 neighbour', 'noise', 1, 1, 't')"_s.arg(i));
    }
    run(u"INSERT INTO alert_officer (alert_id, person_id, position) VALUES (2, 1, 0)"_s);
    run(u"DELETE FROM alert WHERE id = 3"_s); // the highest id handed out is gone

    auto migrated = Migrator(*db).migrate();
    ASSERT_TRUE(migrated.ok()) << migrated.error().message.toStdString();
    EXPECT_EQ(migrated->toVersion, Migrator::latestVersion());
    QStringList kept;
    for (auto rows = runSql(c, u"SELECT id, number FROM alert ORDER BY id"_s);
         rows && rows->next();) {
        kept << rows->value(0).toString() + rows->value(1).toString();
    }
    EXPECT_EQ(kept.join(u','), u"1JQ-2026-000001,2JQ-2026-000002"_s);
    EXPECT_EQ(scalarSql(c, u"SELECT COUNT(*) FROM alert_officer WHERE alert_id = 2"_s)->toInt(), 1);
    run(u"INSERT INTO alert (station_id, number, received_at, source, category, status, "
        u"created_at, updated_at, updated_by) VALUES (1, 'JQ-2026-000004', 4, 'phone', 'other', "
        u"'open', 1, 1, 't')"_s);
    if (engine() == Engine::Sqlite) {
        EXPECT_EQ(scalarSql(c, u"SELECT MAX(id) FROM alert"_s)->toInt(), 4) << "id 3 reused";
        EXPECT_EQ(
            scalarSql(c,
                      u"SELECT group_concat(rowid) FROM alert_fts WHERE alert_fts MATCH 'noise2'"_s)
                ->toString(),
            u"2"_s);
        EXPECT_EQ(scalarSql(c, u"PRAGMA foreign_keys"_s)->toInt(), 1) << "left switched off";
        // Deleting an alert still cascades to its officers.
        run(u"DELETE FROM alert WHERE id = 2"_s);
        EXPECT_EQ(scalarSql(c, u"SELECT COUNT(*) FROM alert_officer"_s)->toInt(), 0);
    }
    // source, category, status, preventable: each outside its list once.
    for (const QString &values :
         {u"'bogus', 'other', 'open', 0"_s, u"'phone', 'bogus', 'open', 0"_s,
          u"'phone', 'other', 'bogus', 0"_s, u"'phone', 'other', 'open', 2"_s}) {
        EXPECT_FALSE(runSql(c, u"INSERT INTO alert (station_id, number, received_at, source, "
                               u"category, status, preventable, created_at, updated_at, "
                               u"updated_by) VALUES (1, 'JQ-X', 1, %1, 1, 1, 't')"_s.arg(values))
                         .ok())
            << values.toStdString() << " was accepted";
    }
}

SD_INSTANTIATE_ENGINES(MigratorTest);

TEST(MigratorSplit, KeepsTriggerAndDollarQuotedBodiesWhole) {
    const QString sql = u"CREATE TABLE a (x INTEGER);\n"
                        u"-- a comment; with a semicolon\n"
                        u"CREATE TRIGGER a_no_update BEFORE UPDATE ON a\n"
                        u"BEGIN\n"
                        u"  SELECT RAISE(ABORT, 'no');\n"
                        u"END;\n"
                        u"CREATE FUNCTION f() RETURNS trigger AS $$\n"
                        u"BEGIN\n"
                        u"  RAISE EXCEPTION 'no';\n"
                        u"END;\n"
                        u"$$ LANGUAGE plpgsql;\n"
                        u"CREATE INDEX a_x ON a (x);\n"_s;
    const QStringList statements = Migrator::splitStatements(sql);
    ASSERT_EQ(statements.size(), 4);
    EXPECT_TRUE(statements[1].startsWith(u"CREATE TRIGGER"_s));
    EXPECT_TRUE(statements[1].endsWith(u"END;"_s));
    EXPECT_TRUE(statements[2].endsWith(u"LANGUAGE plpgsql;"_s));
    EXPECT_EQ(statements[3], u"CREATE INDEX a_x ON a (x);"_s);
}
