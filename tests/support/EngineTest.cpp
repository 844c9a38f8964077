#include "EngineTest.h"

namespace sd::test {

void EngineTest::SetUp() {
    auto created = TestDatabase::create(GetParam(), startsFrom());
    if (!created) {
        if (GetParam() == Engine::Postgres && !TestDatabase::postgresRequired()) {
            GTEST_SKIP() << "PostgreSQL not available: " << created.error().message.toStdString();
        }
        FAIL() << created.error().message.toStdString();
    }
    m_database = std::move(created.value());
}

void EngineTest::TearDown() {
    m_database.reset();
}

std::unique_ptr<Application> EngineTest::openApp() {
    auto app = Application::open(m_database->url(), Application::OpenMode::CreateOrMigrate,
                                 std::make_unique<FixedClock>(kFixedNowMs));
    EXPECT_TRUE(app.ok()) << (app.ok() ? std::string() : app.error().message.toStdString());
    return app.ok() ? std::move(app.value()) : nullptr;
}

std::string engineParamName(const ::testing::TestParamInfo<Engine> &info) {
    return engineName(info.param).toStdString();
}

} // namespace sd::test
