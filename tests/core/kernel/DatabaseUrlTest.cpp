#include "core/kernel/storage/DatabaseUrl.h"

#include <QDir>
#include <QScopeGuard>
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

namespace {
// The same shapes as tests/e2e/SecretsCommandTest: malformed and valid URLs with a password.
const QStringList kSecretShapes = {
    u"postgresql://u:s3cret@h:99999/db"_s,
    u"postgres://u:s3cret@/"_s,
    u"postgresql://u:s3cret@h/db?bogus=1"_s,
    u"postgresql://u:s3cret@h/a/b"_s,
    u"postgresql://u:s3cret@[::1/db"_s,
    u"mysql://u:s3cret@h/db"_s,
    u"postgresql://u:s%33cret@h:99999/db"_s,
    u"postgresql://u:%73%33%63%72%65%74@h/a/b"_s,
    u"postgresql://u:s3cret@h"_s,
    u"postgresql://u:s3cret@h/"_s,
    u"postgresql://u:s3cret@h:port/db"_s,
    u"postgresql://u:s3 cret s3cret@h/db"_s,
    u"postgresql://u:s3cret@h/db%ZZ"_s,
    u"postgresql:u:s3cret@h/db"_s,
    u"postgresql:/u:s3cret@h/db"_s,
    u"postgresql://u:s3cret@h@x/db"_s,
    u"POSTGRESQL://u:s3cret@h/db"_s,
    u"sqlite://u:s3cret@h/db"_s,
    u" postgresql://u:s3cret@h:99999/db "_s,
    u"postgresql://h/db?password=s3cret"_s,
};

bool showsSecret(const QString &text) {
    return text.contains(u"s3cret"_s) || text.contains(u"s%33cret"_s) ||
           text.contains(u"%73%33%63"_s);
}
} // namespace

TEST(DatabaseUrl, AMalformedUrlIsRefusedWithoutItsPassword) {
    for (const QString &text : kSecretShapes) {
        auto url = DatabaseUrl::parse(text);
        ASSERT_FALSE(url.ok()) << text.toStdString() << " parsed as " << url->host.toStdString();
        EXPECT_EQ(url.error().code, sd::ErrorCode::Usage);
        EXPECT_FALSE(showsSecret(url.error().message)) << url.error().message.toStdString();
        EXPECT_FALSE(showsSecret(DatabaseUrl::redacted(text))) << text.toStdString();
    }
    // What remains says what is wrong.
    EXPECT_EQ(DatabaseUrl::parse(u"postgresql://u:s3cret@h/a/b"_s).error().message,
              u"PostgreSQL URL \"postgresql://u:***@h/a/b\" must name one database, as in "
              u"postgresql://host/dbname"_s);
    EXPECT_TRUE(DatabaseUrl::parse(u"postgresql://u:s3cret@h:99999/db"_s)
                    .error()
                    .message.contains(u"port"_s));
}

TEST(DatabaseUrl, AValidUrlShowsItsPasswordAsStars) {
    for (const QString &text : {u"postgresql://u:s3cret@127.0.0.1:1/db"_s,
                                u"postgresql://u:s%33cret@db.lan/station?sslmode=require"_s,
                                u"postgresql://:s3cret@127.0.0.1/db"_s}) {
        auto url = DatabaseUrl::parse(text);
        ASSERT_TRUE(url.ok()) << text.toStdString() << url.error().message.toStdString();
        EXPECT_EQ(url->password, u"s3cret"_s);
        EXPECT_TRUE(url->displayName().contains(u":***@"_s)) << url->displayName().toStdString();
        EXPECT_FALSE(showsSecret(url->displayName())) << url->displayName().toStdString();
    }
    EXPECT_EQ(DatabaseUrl::redacted(u"/home/u:x@y/station.sqlite"_s),
              u"/home/u:x@y/station.sqlite"_s);
}

TEST(DatabaseUrl, AnEmptyEnvironmentVariableIsAUsageError) {
    qputenv("STATIONDESK_DATABASE", "");
    auto url = DatabaseUrl::resolve({});
    qunsetenv("STATIONDESK_DATABASE");
    ASSERT_FALSE(url.ok());
    EXPECT_EQ(url.error().code, sd::ErrorCode::Usage);
    EXPECT_TRUE(url.error().message.contains(u"STATIONDESK_DATABASE"_s));
}

TEST(DatabaseUrl, AControlCharacterIsRefusedNamingIt) {
    // "station\0.sqlite" was opened as "station" (found by the database_url fuzz target).
    const QString nul = u"station"_s + QChar(0) + u".sqlite"_s;
    auto url = DatabaseUrl::parse(nul);
    ASSERT_FALSE(url.ok()) << url->path.toStdString();
    EXPECT_EQ(url.error().code, sd::ErrorCode::Usage);
    EXPECT_EQ(url.error().message, u"The database location holds a control character (U+0000) "
                                   u"at character 8; a file path or URL cannot contain one"_s);
    for (const QString &text : {u"  /tmp/a\nb.sqlite"_s, u"sqlite:/tmp/a\tb"_s, u"/tmp/a\u007fb"_s,
                                u"/tmp/a\u0085b"_s, u"postgresql://u:s3cret@h/d\u001bb"_s}) {
        auto refused = DatabaseUrl::parse(text);
        ASSERT_FALSE(refused.ok()) << text.toStdString();
        EXPECT_EQ(refused.error().code, sd::ErrorCode::Usage);
        EXPECT_TRUE(refused.error().message.contains(u"control character"_s))
            << refused.error().message.toStdString();
        EXPECT_FALSE(refused.error().message.contains(u"s3cret"_s));
    }
    EXPECT_TRUE(DatabaseUrl::parse(u"  /tmp/a\nb.sqlite"_s).error().message.contains(u"U+000A"_s));
    EXPECT_TRUE(
        DatabaseUrl::parse(u"  /tmp/a\nb.sqlite"_s).error().message.contains(u"character 9"_s));
    // Space around the location is still no more than that.
    EXPECT_EQ(DatabaseUrl::parse(u"\t/tmp/a b.sqlite\n"_s)->path, u"/tmp/a b.sqlite"_s);
}

TEST(DatabaseUrl, AnyTextHoldingSchemeSlashesHidesItsPassword) {
    // Each is refused as an unsupported URL; the scheme was not one a URL starts with, so the
    // password was quoted (found by the database_url fuzz target).
    for (const QString &text :
         {u"pöstgres://desk:s3cret@db/hedong"_s, u"data/://x?sslmode=require&password=s3cret"_s,
          u"data/://desk:s3cret@x/y"_s, u"sqlite:/srv/a://desk:s3cret@db/hedong"_s,
          u"1pg://desk:s3cret@db/hedong"_s}) {
        auto url = DatabaseUrl::parse(text);
        ASSERT_FALSE(url.ok()) << text.toStdString();
        EXPECT_TRUE(url.error().message.startsWith(u"Unsupported database URL"_s))
            << url.error().message.toStdString();
        EXPECT_FALSE(showsSecret(url.error().message)) << url.error().message.toStdString();
        EXPECT_TRUE(url.error().message.contains(u"***"_s)) << url.error().message.toStdString();
    }
    EXPECT_EQ(DatabaseUrl::redacted(u"pöstgres://desk:s3cret@db/hedong"_s),
              u"pöstgres://desk:***@db/hedong"_s);
    EXPECT_EQ(DatabaseUrl::redacted(u"data/://x?sslmode=require&password=s3cret"_s),
              u"data/://x?sslmode=require&password=***"_s);
    // A file name stays as it is.
    EXPECT_EQ(DatabaseUrl::redacted(u"sqlite:/srv/u:x@y/station.sqlite"_s),
              u"sqlite:/srv/u:x@y/station.sqlite"_s);
}

TEST(DatabaseUrl, TheSqliteSchemeAloneIsAUsageError) {
    // "sqlite:" made an empty, not absolute path (found by the database_url fuzz target).
    for (const QString &text : {u"sqlite:"_s, u" sqlite:  "_s}) {
        auto url = DatabaseUrl::parse(text);
        ASSERT_FALSE(url.ok()) << url->path.toStdString();
        EXPECT_EQ(url.error().code, sd::ErrorCode::Usage);
        EXPECT_TRUE(url.error().message.contains(u"names no file"_s))
            << url.error().message.toStdString();
    }
}

TEST(DatabaseUrl, AGivenButEmptyOptionIsAUsageErrorNotTheDefault) {
    // stationctl and the desk both pass --database this way: `--database ''` or
    // `--database "$UNSET"` opened the per-user default file.
    qputenv("STATIONDESK_DATABASE", "/tmp/from-env.sqlite");
    // Unset however the test ends: a failed ASSERT must not hand the variable to later tests.
    const auto unset = qScopeGuard([] { qunsetenv("STATIONDESK_DATABASE"); });
    for (const QString &given : {QString(), u"  "_s}) {
        auto url = DatabaseUrl::resolve(given);
        ASSERT_FALSE(url.ok()) << url->path.toStdString();
        EXPECT_EQ(url.error().code, sd::ErrorCode::Usage);
        EXPECT_TRUE(url.error().message.startsWith(u"--database needs"_s))
            << url.error().message.toStdString();
    }
    EXPECT_EQ(DatabaseUrl::resolve(std::nullopt)->path, u"/tmp/from-env.sqlite"_s);
}
