#pragma once

#include "TestDatabase.h"
#include "core/Application.h"
#include "core/kernel/common/Clock.h"

#include <gtest/gtest.h>
#include <memory>

namespace sd::test {

// Base fixture for tests that must behave the same on both engines. Each test gets a
// fresh database, migrated unless the fixture starts from another state (startsFrom()). Without a
// PostgreSQL server the PostgreSQL half is skipped locally, but fails when STATIONDESK_REQUIRE_PG=1
// (as in CI), so it can never pass unseen.
class EngineTest : public ::testing::TestWithParam<Engine> {
protected:
    void SetUp() override;
    void TearDown() override;

    // Opens (creating and migrating) the test database through sd::Application with a
    // fixed clock at 2026-03-15 10:00 UTC.
    std::unique_ptr<Application> openApp();

    // Migrated, cloned from the golden copy; a fixture that tests migrating or `init` itself
    // starts Blank.
    virtual Start startsFrom() const { return Start::Migrated; }

    Engine engine() const { return GetParam(); }
    TestDatabase &testDatabase() { return *m_database; }

private:
    std::unique_ptr<TestDatabase> m_database;
};

// "SQLite" / "PostgreSQL" as the parameter's name in test output.
std::string engineParamName(const ::testing::TestParamInfo<Engine> &info);

#define SD_INSTANTIATE_ENGINES(Suite)                                                              \
    INSTANTIATE_TEST_SUITE_P(Engines, Suite,                                                       \
                             ::testing::Values(::sd::Engine::Sqlite, ::sd::Engine::Postgres),      \
                             ::sd::test::engineParamName)

// Widget tests: what they test is the widgets, which are the same on either engine; the
// engine-dependent behaviour under them is tested on both in the core and command tests.
#define SD_INSTANTIATE_SQLITE(Suite)                                                               \
    INSTANTIATE_TEST_SUITE_P(Engines, Suite, ::testing::Values(::sd::Engine::Sqlite),              \
                             ::sd::test::engineParamName)

// Unwraps a Result in a test, failing with the error's message.
#define SD_ASSERT_OK(expr)                                                                         \
    do {                                                                                           \
        const auto &sd_result_ = (expr);                                                           \
        ASSERT_TRUE(sd_result_.ok()) << sd_result_.error().message.toStdString();                  \
    } while (false)

constexpr qint64 kFixedNowMs = 1773568800000; // 2026-03-15T10:00:00Z

} // namespace sd::test
