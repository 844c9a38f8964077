#pragma once

#include "EngineTest.h"
#include "StationCtlRunner.h"

#include <QJsonArray>

namespace sd::test {

// Runs stationctl against the fresh database of each engine, for the tests of the
// account and audit commands.
class StationCtlFixture : public EngineTest {
protected:
    CtlRun ctl(const QStringList &arguments);
    // With input on standard input (a password).
    CtlRun ctlWithInput(const QStringList &arguments, const QByteArray &input);

    // The demo station in place of the database's content (cloned from the golden copy, as
    // `stationctl demo` on a fresh database would build it).
    void buildDemo();

    // Runs a listing command with --format json and parses its output, failing the test
    // when it does not exit 0 or is not a JSON array.
    QJsonArray jsonOf(const QStringList &arguments);

    // Runs SQL with the real sqlite3 or psql client against the test database, as
    // someone holding the file or the server credentials would; fails the test if the
    // client is missing or refuses.
    void runClientSql(const QString &sqliteSql, const QString &postgresSql);
};

} // namespace sd::test
