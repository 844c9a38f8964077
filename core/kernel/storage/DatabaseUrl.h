#pragma once

#include "core/kernel/common/Result.h"

#include <QString>
#include <optional>

namespace sd {

enum class Engine { Sqlite, Postgres };

// Where the station's data lives: a SQLite file path or a postgresql:// URL.
// Passwords and TLS follow libpq (PGPASSWORD, ~/.pgpass, sslmode=…), so a URL
// normally carries neither.
struct DatabaseUrl {
    Engine engine = Engine::Sqlite;
    QString path; // SQLite only: absolute file path

    QString host; // PostgreSQL only; empty means libpq's default (Unix socket)
    int port = -1;
    QString user;
    QString password; // accepted for completeness; prefer PGPASSWORD / ~/.pgpass
    QString database;
    QString connectOptions; // QPSQL "key=value;key=value" from the URL's query

    // Parses "postgresql://user@host:port/db?sslmode=require", "postgres://…",
    // "sqlite:/path/file" or a plain file path.
    static Result<DatabaseUrl> parse(const QString &text);

    // The --database value (nullopt: the option was not given), else STATIONDESK_DATABASE,
    // else the per-user default file. A --database or STATIONDESK_DATABASE that is given but
    // empty is a Usage error, not the default: most often it is a script's unset variable.
    static Result<DatabaseUrl> resolve(const std::optional<QString> &commandLineValue);

    // text with any password in it (user:PASSWORD@host, ?password=…) shown as ***, for
    // messages about a URL that may not even parse.
    static QString redacted(const QString &text);

    // The per-user SQLite file in the platform's application-data folder.
    static QString defaultSqlitePath();

    // For status bars and messages: the file path, or user@host:port/db with any password
    // shown as ***.
    QString displayName() const;
};

} // namespace sd
