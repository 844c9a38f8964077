#pragma once

#include "EngineTest.h"
#include "FakePrompter.h"
#include "core/Application.h"

#include <QStringList>

namespace sd::test {

// An engine-parameterized fixture with an open Application, a fake prompter and
// small helpers that store people and units through the real service.
class UiTest : public EngineTest {
protected:
    void SetUp() override;
    void TearDown() override;

    OrganisationService &organisation() { return m_app->organisation(); }
    Person addPerson(const QString &badge, const QString &name, const QString &position = {},
                     const QString &phone = {});
    Unit addUnit(UnitKind kind, const QString &name, const QList<qint64> &members,
                 std::optional<qint64> leader, std::optional<qint64> parent = std::nullopt);

    // An account made by the System operator (who holds every permission), as
    // `stationctl user add` would; the person is added first when missing.
    Account addAccount(const QString &badge, const QString &name, Role role,
                       const QString &password);
    // Logs in through the core, so the session is that account's.
    void login(const QString &badge, const QString &password);

    std::unique_ptr<Application> m_app;
    FakePrompter m_prompter;
};

} // namespace sd::test
