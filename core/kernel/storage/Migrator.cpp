#include "core/kernel/storage/Migrator.h"

#include "core/kernel/storage/Sql.h"
#include "core/kernel/storage/Transaction.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QMap>
#include <QRegularExpression>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace sd {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(sd::Migrator)
};

QString readFile(const QString &path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return {};
    }
    return QString::fromUtf8(file.readAll());
}

bool opensBlock(const QString &upperLine) {
    return upperLine.endsWith(u"BEGIN"_s) || upperLine.contains(u" BEGIN "_s);
}

} // namespace

QString Migrator::defaultDirectory() {
    return u":/sd/migrations"_s;
}

QList<Migration> Migrator::migrationsFor(Engine engine, const QString &directory) {
    static const QRegularExpression pattern(
        u"^(\\d{4})_([a-z0-9_]+?)(\\.(sqlite|postgresql))?\\.sql$"_s);
    const QString engineSuffix = engine == Engine::Sqlite ? u"sqlite"_s : u"postgresql"_s;
    QMap<int, Migration> byVersion;
    QMap<int, bool> hasSpecific;
    const QStringList files = QDir(directory).entryList(QDir::Files, QDir::Name);
    for (const QString &file : files) {
        const auto match = pattern.match(file);
        if (!match.hasMatch()) {
            continue;
        }
        const QString suffix = match.captured(4);
        if (!suffix.isEmpty() && suffix != engineSuffix) {
            continue;
        }
        const int version = match.captured(1).toInt();
        if (suffix.isEmpty() && hasSpecific.value(version)) {
            continue;
        }
        byVersion[version] = {version, match.captured(2), readFile(directory + u'/' + file)};
        hasSpecific[version] = hasSpecific.value(version) || !suffix.isEmpty();
    }
    return byVersion.values();
}

int Migrator::latestVersion(const QString &directory) {
    const auto migrations = migrationsFor(Engine::Sqlite, directory);
    return migrations.isEmpty() ? 0 : migrations.last().version;
}

QStringList Migrator::splitStatements(const QString &sql) {
    QStringList statements;
    QString current;
    bool inBlock = false;
    bool inDollarQuote = false;
    const QStringList lines = sql.split(u'\n');
    for (const QString &rawLine : lines) {
        const QString line = rawLine.trimmed();
        if (line.isEmpty() || (line.startsWith(u"--"_s) && !inDollarQuote)) {
            continue;
        }
        current += rawLine + u'\n';
        if (line.count(u"$$"_s) % 2 == 1) {
            inDollarQuote = !inDollarQuote;
        }
        const QString upper = line.toUpper();
        if (!inDollarQuote && !inBlock && opensBlock(upper)) {
            inBlock = true;
        }
        if (inDollarQuote || !line.endsWith(u';')) {
            continue;
        }
        if (inBlock && upper != u"END;"_s) {
            continue;
        }
        inBlock = false;
        statements << current.trimmed();
        current.clear();
    }
    if (!current.trimmed().isEmpty()) {
        statements << current.trimmed();
    }
    return statements;
}

Result<int> Migrator::currentVersion() const {
    const QSqlDatabase db = m_database.connection();
    auto tables = runSql(db, m_database.dialect().listTablesSql());
    SD_RETURN_IF_ERROR(tables);
    QStringList names;
    while (tables.value().next()) {
        names << tables.value().value(0).toString();
    }
    if (names.isEmpty()) {
        return 0;
    }
    if (!names.contains(u"schema_version"_s)) {
        return Error::usage(Tr::tr("%1 already holds other data and is not a StationDesk database")
                                .arg(m_database.url().displayName()));
    }
    auto version = scalarSql(db, u"SELECT COALESCE(MAX(version), 0) FROM schema_version"_s);
    SD_RETURN_IF_ERROR(version);
    const int found = version.value().toInt();
    const int latest = latestVersion(m_directory);
    if (found > latest) {
        return Error{ErrorCode::SchemaTooNew,
                     Tr::tr("%1 has schema version %2, but this StationDesk knows only up to "
                            "version %3. Use a newer StationDesk; the database was not changed.")
                         .arg(m_database.url().displayName())
                         .arg(found)
                         .arg(latest),
                     {},
                     {}};
    }
    return found;
}

Result<Migrator::Outcome> Migrator::migrate(int target) const {
    auto current = currentVersion();
    SD_RETURN_IF_ERROR(current);
    const int latest = latestVersion(m_directory);
    if (target < 0 || target > latest) {
        target = latest;
    }
    Outcome outcome{current.value(), current.value(), {}};
    if (outcome.fromVersion >= target) {
        return outcome;
    }
    if (outcome.fromVersion > 0) {
        QSqlDatabase db = m_database.connection();
        auto backup =
            m_database.dialect().backupBeforeMigration(db, m_database.url(), outcome.fromVersion);
        SD_RETURN_IF_ERROR(backup);
        outcome.backupPath = backup.value();
    }
    const auto migrations = migrationsFor(m_database.url().engine, m_directory);
    for (const Migration &migration : migrations) {
        if (migration.version <= outcome.toVersion || migration.version > target) {
            continue;
        }
        SD_RETURN_IF_ERROR(apply(migration));
        outcome.toVersion = migration.version;
    }
    return outcome;
}

Status Migrator::apply(const Migration &migration) const {
    const QStringList statements = splitStatements(m_database.dialect().expandDdl(migration.sql));
    // A SQLite migration that rebuilds a table others reference runs with foreign keys off
    // (SQLite's own procedure for changing a table): dropping the old table must not cascade.
    // The switch works only outside a transaction; every reference is checked before COMMIT.
    const bool foreignKeysOff = m_database.url().engine == Engine::Sqlite &&
                                migration.sql.startsWith(u"-- foreign_keys: off"_s);
    const QSqlDatabase db = m_database.connection();
    if (foreignKeysOff) {
        SD_RETURN_IF_ERROR(runSql(db, u"PRAGMA foreign_keys = OFF"_s));
    }
    Status applied = inTransaction(m_database, [&]() -> Status {
        for (const QString &statement : statements) {
            auto result = runSql(db, statement);
            if (!result) {
                return Error::storage(Tr::tr("Migration %1 (%2) failed: %3")
                                          .arg(migration.version)
                                          .arg(migration.name, result.error().message));
            }
        }
        if (foreignKeysOff) {
            auto broken = runSql(db, u"PRAGMA foreign_key_check"_s);
            SD_RETURN_IF_ERROR(broken);
            if (broken->next()) {
                return Error::storage(
                    Tr::tr("Migration %1 (%2) failed: a row of %3 refers to a missing row of %4")
                        .arg(migration.version)
                        .arg(migration.name, broken->value(0).toString(),
                             broken->value(2).toString()));
            }
        }
        auto recorded =
            runSql(db,
                   u"INSERT INTO schema_version (version, name, applied_at) "
                   u"VALUES (?, ?, ?)"_s,
                   {migration.version, migration.name, QDateTime::currentMSecsSinceEpoch()});
        SD_RETURN_IF_ERROR(recorded);
        return {};
    });
    if (foreignKeysOff) {
        auto restored = runSql(db, u"PRAGMA foreign_keys = ON"_s);
        if (applied && !restored) {
            return restored.error();
        }
    }
    return applied;
}

} // namespace sd
