#pragma once

#include "app/stationctl/CommandSpec.h"

#include <QList>
#include <QString>

namespace sd {

// The whole command-line reference, written from the commands' declarations: docs/cli.md
// (stationctl help --markdown) and the man page docs/stationctl.1 (stationctl help --man).
// Both are checked into the tree, and a test fails when either no longer matches.
namespace CliReference {

// Shown as the default database, so the reference does not carry one machine's home.
inline constexpr char16_t kDefaultDatabase[] = u"~/.local/share/StationDesk/station.sqlite";

// One line per action: "stationctl people list [--format FORMAT] [--active]".
QStringList synopsis(const CommandSpec &command);

QString markdown(const QList<CommandSpec> &commands, const QString &globalOptions,
                 const QString &exitStatus);

QString manPage(const QList<CommandSpec> &commands, const QString &globalOptions,
                const QString &exitStatus, const QString &version);

} // namespace CliReference

} // namespace sd
