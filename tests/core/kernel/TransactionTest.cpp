#include "core/kernel/storage/Transaction.h"

#include "EngineTest.h"
#include "core/kernel/storage/Sql.h"

using namespace Qt::StringLiterals;
using namespace sd;
using sd::test::EngineTest;

class TransactionTest : public EngineTest {
protected:
    int stationCount(const Application &app) {
        return scalarSql(app.database().connection(), u"SELECT COUNT(*) FROM station"_s)->toInt();
    }
    Status insertStation(const Application &app, const QString &code) {
        auto inserted =
            runSql(app.database().connection(),
                   u"INSERT INTO station (code, name, created_at) VALUES (?, 'x', 0)"_s, {code});
        return inserted ? Status() : Status(inserted.error());
    }
};

TEST_P(TransactionTest, RollsBackUnlessCommitted) {
    auto app = openApp();
    ASSERT_TRUE(app);
    const int before = stationCount(*app);
    {
        Transaction transaction(app->database());
        SD_ASSERT_OK(transaction.begun());
        SD_ASSERT_OK(insertStation(*app, u"t1"_s));
    } // no commit
    EXPECT_EQ(stationCount(*app), before);
    {
        Transaction transaction(app->database());
        SD_ASSERT_OK(insertStation(*app, u"t2"_s));
        SD_ASSERT_OK(transaction.commit());
    }
    EXPECT_EQ(stationCount(*app), before + 1);
}

TEST_P(TransactionTest, AFailedStepUndoesTheEarlierStepsToo) {
    auto app = openApp();
    ASSERT_TRUE(app);
    const int before = stationCount(*app);
    Status result = inTransaction(app->database(), [&]() -> Status {
        if (Status first = insertStation(*app, u"a"_s); !first) {
            return first;
        }
        return insertStation(*app, u"a"_s); // duplicate code: the second insert fails
    });
    ASSERT_FALSE(result.ok());
    EXPECT_TRUE(app->database().dialect().isUniqueViolation(result.error()))
        << result.error().nativeCode.toStdString() << " " << result.error().message.toStdString();
    EXPECT_EQ(stationCount(*app), before);
}

SD_INSTANTIATE_ENGINES(TransactionTest);
