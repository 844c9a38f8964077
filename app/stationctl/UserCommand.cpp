#include "app/stationctl/UserCommand.h"

#include "app/stationctl/PasswordReader.h"
#include "app/stationctl/TableWriter.h"
#include "app/stationctl/TimeText.h"

#include <QDateTime>

using namespace Qt::StringLiterals;

namespace sd {

namespace {

const QStringList kStateActions = {u"lock"_s, u"unlock"_s, u"disable"_s, u"enable"_s};

QString roleKeys() {
    QStringList keys;
    for (Role role : loginRoles()) {
        keys << toKey(role);
    }
    return keys.join(u", "_s);
}

QVariant timeOrNull(const std::optional<qint64> &ms) {
    return ms ? QVariant(TimeText::format(*ms)) : QVariant();
}

} // namespace

QString UserCommand::name() const {
    return u"user"_s;
}

QString UserCommand::summary() const {
    return tr("Add, list, lock, unlock, disable accounts and reset passwords");
}

QString UserCommand::usage() const {
    return tr("Usage: stationctl [--database URL] user <subcommand> [options]\n"
              "\n"
              "Subcommands:\n"
              "  add --badge B --role R --password-stdin\n"
              "                           create an account for an active person\n"
              "  list [--format table|csv|json]\n"
              "                           list the accounts; CSV and JSON use the keys\n"
              "                           badge_no, name, role, locked, locked_until,\n"
              "                           disabled, last_login_at, password_changed_at\n"
              "  passwd --badge B --password-stdin\n"
              "                           set a new password for someone who forgot theirs\n"
              "  role --badge B --role R  give an account another role\n"
              "  lock --badge B           lock an account until it is unlocked\n"
              "  unlock --badge B         lift a lock, manual or after failed logins\n"
              "  disable --badge B        stop an account from logging in\n"
              "  enable --badge B         let a disabled account log in again\n"
              "\n"
              "Roles: %1.\n"
              "\n"
              "The password is the first line of standard input, never a command-line\n"
              "argument (which other users can see), for example:\n"
              "  stationctl user passwd --badge 031001 --password-stdin < new-password.txt\n"
              "On a terminal it is asked for without echo. It must have at least 8\n"
              "characters and not be a common password. The last administrator cannot be\n"
              "locked, disabled or given another role.\n")
        .arg(roleKeys());
}

Result<Role> UserCommand::parseRole(const QString &text) {
    const std::optional<Role> role = roleFromKey(text);
    if (!role || !loginRoles().contains(*role)) {
        return Error::usage(
            tr("unknown role \"%1\" for --role; use one of: %2").arg(text, roleKeys()));
    }
    return *role;
}

ExitCode UserCommand::run(const DatabaseUrl &url, const QStringList &arguments) {
    const QString action = arguments.value(0);
    const QString actions = u"add, list, passwd, role, lock, unlock, disable, enable"_s;
    if (action == u"--help"_s || action == u"-h"_s) {
        return showUsage();
    }
    if (action.isEmpty()) {
        return fail(
            Error::usage(tr("missing subcommand for stationctl user; use: %1").arg(actions)));
    }
    const QStringList rest = arguments.mid(1);
    if (action == u"add"_s) {
        return add(url, rest);
    }
    if (action == u"list"_s) {
        return list(url, rest);
    }
    if (action == u"passwd"_s) {
        return passwd(url, rest);
    }
    if (action == u"role"_s) {
        return setRole(url, rest);
    }
    if (kStateActions.contains(action)) {
        return changeState(url, action, rest);
    }
    return fail(Error::usage(
        tr("unknown subcommand \"%1\" for stationctl user; use: %2").arg(action, actions)));
}

std::optional<ExitCode> UserCommand::parse(ArgumentParser &parser, const QStringList &arguments) {
    return parseArguments(parser, arguments,
                          tr("unexpected argument \"%1\"; see stationctl user --help"));
}

Result<QString> UserCommand::required(const ArgumentParser &parser, const QString &option) const {
    const QString value = parser.value(option).trimmed();
    if (value.isEmpty()) {
        return Error::usage(tr("option --%1 is required; see stationctl user --help").arg(option));
    }
    return value;
}

Status UserCommand::requirePasswordStdin(const ArgumentParser &parser) const {
    if (!parser.isSet(u"password-stdin"_s)) {
        return Error::usage(tr("option --password-stdin is required: the password is read from "
                               "standard input, never from the command line"));
    }
    return {};
}

Result<Secret> UserCommand::readPassword() {
    return PasswordReader(console(), console().inputFd()).read(tr("New password: "));
}

Result<Role> UserCommand::requiredRole(const ArgumentParser &parser) const {
    auto text = required(parser, u"role"_s);
    SD_RETURN_IF_ERROR(text);
    return parseRole(text.value());
}

ExitCode UserCommand::add(const DatabaseUrl &url, const QStringList &arguments) {
    ArgumentParser parser(u"stationctl user add"_s);
    parser.addOption(u"badge"_s);
    parser.addOption(u"role"_s);
    parser.addFlag(u"password-stdin"_s);
    if (auto done = parse(parser, arguments)) {
        return *done;
    }
    auto badge = required(parser, u"badge"_s);
    if (!badge) {
        return fail(badge.error());
    }
    auto role = requiredRole(parser);
    if (!role) {
        return fail(role.error());
    }
    // Everything on the command line is checked before anyone is asked to type.
    if (Status stdinSet = requirePasswordStdin(parser); !stdinSet) {
        return fail(stdinSet.error());
    }
    auto app = openApplication(url, Application::OpenMode::ExistingOnly);
    if (!app) {
        return ExitCode::Failure;
    }
    auto password = readPassword();
    if (!password) {
        return fail(password.error());
    }
    auto account = app->accounts().addAccount(badge.value(), role.value(), password.value());
    if (!account) {
        return fail(account.error());
    }
    console().out()
        << tr("Added an account for %1 as %2.\n").arg(account->displayName(), toKey(account->role));
    return ExitCode::Success;
}

ExitCode UserCommand::list(const DatabaseUrl &url, const QStringList &arguments) {
    ArgumentParser parser(u"stationctl user list"_s);
    parser.addOption(u"format"_s);
    if (auto done = parse(parser, arguments)) {
        return *done;
    }
    auto format = formatOption(parser);
    if (!format) {
        return fail(format.error());
    }
    auto app = openApplication(url, Application::OpenMode::ExistingOnly);
    if (!app) {
        return ExitCode::Failure;
    }
    auto accounts = app->accounts().accounts();
    if (!accounts) {
        return fail(accounts.error());
    }
    const qint64 now = app->clock().nowMs();
    TableWriter table({
        {u"badge_no"_s, tr("Badge no.")},
        {u"name"_s, tr("Name")},
        {u"role"_s, tr("Role"), Qt::AlignLeft,
         [](const QVariant &key) {
             const auto role = roleFromKey(key.toString());
             return role ? displayName(*role) : key.toString();
         }},
        {u"locked"_s, tr("Locked")},
        {u"locked_until"_s, tr("Locked until"), Qt::AlignLeft,
         [](const QVariant &value) {
             // A manual lock is stored as the end of time: it lasts until an unlock.
             if (!value.isNull() &&
                 QDateTime::fromString(value.toString(), Qt::ISODate).date().year() >= 9999) {
                 return tr("until unlocked");
             }
             return value.toString();
         }},
        {u"disabled"_s, tr("Disabled")},
        {u"last_login_at"_s, tr("Last login")},
        {u"password_changed_at"_s, tr("Password changed")},
    });
    for (const Account &account : accounts.value()) {
        const bool locked = account.isLockedAt(now);
        table.addRow({account.badgeNo, account.personName, toKey(account.role), locked,
                      locked ? timeOrNull(account.lockedUntil) : QVariant(), account.disabled,
                      timeOrNull(account.lastLoginAt),
                      timeOrNull(account.passwordChangedAt > 0
                                     ? std::optional<qint64>(account.passwordChangedAt)
                                     : std::nullopt)});
    }
    console().out() << table.render(format.value());
    return ExitCode::Success;
}

ExitCode UserCommand::passwd(const DatabaseUrl &url, const QStringList &arguments) {
    ArgumentParser parser(u"stationctl user passwd"_s);
    parser.addOption(u"badge"_s);
    parser.addFlag(u"password-stdin"_s);
    if (auto done = parse(parser, arguments)) {
        return *done;
    }
    auto badge = required(parser, u"badge"_s);
    if (!badge) {
        return fail(badge.error());
    }
    if (Status stdinSet = requirePasswordStdin(parser); !stdinSet) {
        return fail(stdinSet.error());
    }
    auto app = openApplication(url, Application::OpenMode::ExistingOnly);
    if (!app) {
        return ExitCode::Failure;
    }
    auto password = readPassword();
    if (!password) {
        return fail(password.error());
    }
    if (Status reset = app->accounts().resetPassword(badge.value(), password.value()); !reset) {
        return fail(reset.error());
    }
    console().out() << tr("Set a new password for badge %1.\n").arg(badge.value());
    return ExitCode::Success;
}

ExitCode UserCommand::setRole(const DatabaseUrl &url, const QStringList &arguments) {
    ArgumentParser parser(u"stationctl user role"_s);
    parser.addOption(u"badge"_s);
    parser.addOption(u"role"_s);
    if (auto done = parse(parser, arguments)) {
        return *done;
    }
    auto badge = required(parser, u"badge"_s);
    if (!badge) {
        return fail(badge.error());
    }
    auto role = requiredRole(parser);
    if (!role) {
        return fail(role.error());
    }
    auto app = openApplication(url, Application::OpenMode::ExistingOnly);
    if (!app) {
        return ExitCode::Failure;
    }
    if (Status changed = app->accounts().setRole(badge.value(), role.value()); !changed) {
        return fail(changed.error());
    }
    console().out() << tr("Badge %1 now has the role %2.\n").arg(badge.value(), toKey(*role));
    return ExitCode::Success;
}

ExitCode UserCommand::changeState(const DatabaseUrl &url, const QString &action,
                                  const QStringList &arguments) {
    ArgumentParser parser(u"stationctl user "_s + action);
    parser.addOption(u"badge"_s);
    if (auto done = parse(parser, arguments)) {
        return *done;
    }
    auto badge = required(parser, u"badge"_s);
    if (!badge) {
        return fail(badge.error());
    }
    auto app = openApplication(url, Application::OpenMode::ExistingOnly);
    if (!app) {
        return ExitCode::Failure;
    }
    AccountService &accounts = app->accounts();
    Status changed = action == u"lock"_s      ? accounts.lock(badge.value())
                     : action == u"unlock"_s  ? accounts.unlock(badge.value())
                     : action == u"disable"_s ? accounts.disable(badge.value())
                                              : accounts.enable(badge.value());
    if (!changed) {
        return fail(changed.error());
    }
    const QString done = action == u"lock"_s      ? tr("Locked the account of badge %1.\n")
                         : action == u"unlock"_s  ? tr("Unlocked the account of badge %1.\n")
                         : action == u"disable"_s ? tr("Disabled the account of badge %1.\n")
                                                  : tr("Enabled the account of badge %1.\n");
    console().out() << done.arg(badge.value());
    return ExitCode::Success;
}

} // namespace sd
