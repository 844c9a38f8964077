#pragma once

#include <QString>

namespace sd {

// What kind of failure a service reports; the UI and stationctl choose how to show it
// (a message next to a field, an exit code) from this, never from the message text.
enum class ErrorCode {
    Validation, // bad input; field names the offending field
    NotFound,   // the record does not exist (any more)
    Conflict,   // someone else changed the row since it was read
    PermissionDenied,
    Authentication, // wrong badge or password, locked or disabled account
    Storage,        // the database refused or failed
    SchemaTooNew,   // the database was written by a newer StationDesk
    Usage,          // a malformed request (bad URL, bad argument)
};

struct Error {
    ErrorCode code = ErrorCode::Storage;
    QString message;
    QString field;      // snake_case field name for Validation errors, empty otherwise
    QString nativeCode; // Storage errors: SQLSTATE or SQLite result code, for constraint mapping

    static Error validation(QString field, QString message) {
        return {ErrorCode::Validation, std::move(message), std::move(field), {}};
    }
    static Error notFound(QString message) {
        return {ErrorCode::NotFound, std::move(message), {}, {}};
    }
    static Error conflict(QString message) {
        return {ErrorCode::Conflict, std::move(message), {}, {}};
    }
    static Error storage(QString message) {
        return {ErrorCode::Storage, std::move(message), {}, {}};
    }
    static Error usage(QString message) { return {ErrorCode::Usage, std::move(message), {}, {}}; }
};

} // namespace sd
