#include "storage/DatabaseUrl.h"

#include <QDir>
#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using sd::DatabaseUrl;
using sd::Engine;

TEST(DatabaseUrl, PlainPathIsSqliteAndMadeAbsolute) {
    auto url = DatabaseUrl::parse(u"x.sqlite"_s);
    ASSERT_TRUE(url.ok());
    EXPECT_EQ(url->engine, Engine::Sqlite);
    EXPECT_EQ(url->path, QDir::current().absoluteFilePath(u"x.sqlite"_s));
}

TEST(DatabaseUrl, SqliteSchemeIsAccepted) {
    auto url = DatabaseUrl::parse(u"sqlite:/tmp/a.sqlite"_s);
    ASSERT_TRUE(url.ok());
    EXPECT_EQ(url->path, u"/tmp/a.sqlite"_s);
}

TEST(DatabaseUrl, PostgresUrlKeepsLibpqParts) {
    auto url =
        DatabaseUrl::parse(u"postgresql://desk@db.station.lan:5433/hedong?sslmode=require"_s);
    ASSERT_TRUE(url.ok()) << url.error().message.toStdString();
    EXPECT_EQ(url->engine, Engine::Postgres);
    EXPECT_EQ(url->user, u"desk"_s);
    EXPECT_EQ(url->host, u"db.station.lan"_s);
    EXPECT_EQ(url->port, 5433);
    EXPECT_EQ(url->database, u"hedong"_s);
    EXPECT_EQ(url->connectOptions, u"sslmode=require"_s);
    EXPECT_EQ(url->displayName(), u"postgresql://desk@db.station.lan:5433/hedong"_s);
}

TEST(DatabaseUrl, DisplayNameNeverShowsThePassword) {
    auto url = DatabaseUrl::parse(u"postgres://desk:secret@host/db"_s);
    ASSERT_TRUE(url.ok());
    EXPECT_EQ(url->password, u"secret"_s);
    EXPECT_FALSE(url->displayName().contains(u"secret"_s));
}

TEST(DatabaseUrl, SocketDirectoryFromHostParameter) {
    auto url = DatabaseUrl::parse(u"postgresql:///station?host=/var/run/postgresql"_s);
    ASSERT_TRUE(url.ok()) << url.error().message.toStdString();
    EXPECT_EQ(url->host, u"/var/run/postgresql"_s);
    EXPECT_EQ(url->database, u"station"_s);
}

TEST(DatabaseUrl, BadInputIsAUsageErrorNamingTheProblem) {
    for (const QString &text :
         {u""_s, u"mysql://x/y"_s, u"postgresql://host"_s, u"postgresql://host/db?colour=blue"_s}) {
        auto url = DatabaseUrl::parse(text);
        ASSERT_FALSE(url.ok()) << text.toStdString();
        EXPECT_EQ(url.error().code, sd::ErrorCode::Usage);
        EXPECT_FALSE(url.error().message.isEmpty());
    }
    auto unknown = DatabaseUrl::parse(u"postgresql://host/db?colour=blue"_s);
    EXPECT_TRUE(unknown.error().message.contains(u"colour"_s));
}

TEST(DatabaseUrl, ResolveOrderIsArgumentThenEnvironmentThenDefault) {
    qputenv("STATIONDESK_DATABASE", "/tmp/from-env.sqlite");
    EXPECT_EQ(DatabaseUrl::resolve(u"/tmp/from-arg.sqlite"_s)->path, u"/tmp/from-arg.sqlite"_s);
    EXPECT_EQ(DatabaseUrl::resolve({})->path, u"/tmp/from-env.sqlite"_s);
    qunsetenv("STATIONDESK_DATABASE");
    EXPECT_EQ(DatabaseUrl::resolve({})->path, DatabaseUrl::defaultSqlitePath());
    EXPECT_TRUE(DatabaseUrl::defaultSqlitePath().endsWith(u"StationDesk/station.sqlite"_s));
}
