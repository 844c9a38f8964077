#include "StationCtlRunner.h"
#include "core/kernel/security/Permission.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

namespace sd::test {

namespace {

const QStringList kRoles = {u"officer"_s, u"squad_leader"_s, u"instructor"_s, u"chief"_s,
                            u"admin"_s};

QJsonObject permissionRow(const QJsonArray &matrix, const QString &key) {
    for (const QJsonValue &value : matrix) {
        if (value.toObject().value(u"permission"_s).toString() == key) {
            return value.toObject();
        }
    }
    return {};
}

} // namespace

// The matrix needs no database, so one engine-free run of the real executable suffices.
TEST(PermissionsCommandTest, JsonMatrixMatchesTheRules) {
    const CtlRun run = runStationCtl({u"permissions"_s, u"--format"_s, u"json"_s});
    ASSERT_EQ(run.exitCode, 0) << describe(run);
    QJsonParseError error;
    const QJsonArray matrix = QJsonDocument::fromJson(run.out.toUtf8(), &error).array();
    ASSERT_EQ(error.error, QJsonParseError::NoError) << describe(run);
    ASSERT_EQ(matrix.size(), allPermissions().size());
    for (const Permission permission : allPermissions()) {
        EXPECT_FALSE(permissionRow(matrix, toKey(permission)).isEmpty())
            << toKey(permission).toStdString();
    }

    const QJsonObject approve = permissionRow(matrix, u"approve_assessments"_s);
    const QJsonObject reassign = permissionRow(matrix, u"reassign_owners"_s);
    ASSERT_FALSE(approve.isEmpty());
    ASSERT_FALSE(reassign.isEmpty());
    EXPECT_FALSE(approve.value(u"officer"_s).toBool());
    EXPECT_FALSE(reassign.value(u"officer"_s).toBool());
    EXPECT_TRUE(approve.value(u"instructor"_s).toBool());
    EXPECT_TRUE(approve.value(u"chief"_s).toBool());

    const QJsonObject planDuty = permissionRow(matrix, u"plan_duty"_s);
    for (const QString &role : kRoles) {
        EXPECT_EQ(planDuty.value(role).toBool(), role == u"chief"_s || role == u"admin"_s)
            << role.toStdString();
    }

    const QJsonObject manage = permissionRow(matrix, u"manage_accounts"_s);
    for (const QString &role : kRoles) {
        ASSERT_TRUE(manage.value(role).isBool()) << role.toStdString();
        EXPECT_EQ(manage.value(role).toBool(), role == u"admin"_s) << role.toStdString();
    }
}

TEST(PermissionsCommandTest, UnknownFormatIsAUsageError) {
    const CtlRun run = runStationCtl({u"permissions"_s, u"--format"_s, u"xml"_s});
    EXPECT_EQ(run.exitCode, 2) << describe(run);
    EXPECT_TRUE(run.err.contains(u"markdown"_s)) << describe(run);
}

// docs/permissions.md is generated; this fails when the matrix changed and the file was
// not regenerated (stationctl --lang en permissions --format markdown).
TEST(PermissionsCommandTest, TheDocumentationIsUpToDate) {
    QFile file(QStringLiteral(SD_SOURCE_DIR "/docs/permissions.md"));
    ASSERT_TRUE(file.open(QIODevice::ReadOnly)) << file.fileName().toStdString();
    const QString document = QString::fromUtf8(file.readAll());
    const CtlRun run = runStationCtl({u"permissions"_s, u"--format"_s, u"markdown"_s});
    ASSERT_EQ(run.exitCode, 0) << describe(run);
    EXPECT_TRUE(document.contains(run.out))
        << "docs/permissions.md is out of date; regenerate its table with:\n"
           "  stationctl --lang en permissions --format markdown\n"
        << run.out.toStdString();
}

} // namespace sd::test
