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

CommandSpec UserCommand::spec() {
    return {
        .name = u"user"_s,
        .summary = tr("Add, list, lock, unlock, disable accounts and reset passwords"),
        .help = tr("Usage: stationctl [--database URL] user <subcommand> [options]\n"
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
                    .arg(roleKeys()),
        .actions = actions(),
    };
}

QList<ActionSpec> UserCommand::actions() {
    const OptionSpec badge{u"badge"_s, u"B"_s};
    const OptionSpec role{u"role"_s, u"R"_s};
    const OptionSpec passwordStdin{u"password-stdin"_s, {}};
    QList<ActionSpec> actions{
        {.name = u"add"_s,
         .options = {badge, role, passwordStdin},
         .run = std::bind_front(&UserCommand::add, this)},
        {.name = u"list"_s,
         .options = {kFormatOption},
         .run = std::bind_front(&UserCommand::list, this)},
        {.name = u"passwd"_s,
         .options = {badge, passwordStdin},
         .run = std::bind_front(&UserCommand::passwd, this)},
        {.name = u"role"_s,
         .options = {badge, role},
         .run = std::bind_front(&UserCommand::setRole, this)},
    };
    for (const QString &state : kStateActions) {
        actions.append({.name = state, .options = {badge}, .run = [this, state](Invocation &in) {
                            return changeState(in, state);
                        }});
    }
    return actions;
}

Result<Role> UserCommand::parseRole(const QString &text) {
    const std::optional<Role> role = roleFromKey(text);
    if (!role || !loginRoles().contains(*role)) {
        return Error::usage(
            tr("unknown role \"%1\" for --role; use one of: %2").arg(text, roleKeys()));
    }
    return *role;
}

Result<QString> UserCommand::required(const Invocation &in, const QString &option) const {
    const QString value = in.value(option).trimmed();
    if (value.isEmpty()) {
        return Error::usage(tr("option --%1 is required; see stationctl user --help").arg(option));
    }
    return value;
}

Status UserCommand::requirePasswordStdin(const Invocation &in) const {
    if (!in.isSet(u"password-stdin"_s)) {
        return Error::usage(tr("option --password-stdin is required: the password is read from "
                               "standard input, never from the command line"));
    }
    return {};
}

Result<Secret> UserCommand::readPassword() {
    return PasswordReader(console(), console().inputFd()).read(tr("New password: "));
}

Result<Role> UserCommand::requiredRole(const Invocation &in) const {
    auto text = required(in, u"role"_s);
    SD_RETURN_IF_ERROR(text);
    return parseRole(text.value());
}

ExitCode UserCommand::add(Invocation &in) {
    auto badge = required(in, u"badge"_s);
    SD_FAIL_IF_ERROR(badge);
    auto role = requiredRole(in);
    SD_FAIL_IF_ERROR(role);
    // Everything on the command line is checked before anyone is asked to type.
    SD_FAIL_IF_ERROR(requirePasswordStdin(in));
    Application *app = in.app();
    if (!app) {
        return ExitCode::Failure;
    }
    auto password = readPassword();
    SD_FAIL_IF_ERROR(password);
    auto account = app->accounts().addAccount(badge.value(), role.value(), password.value());
    SD_FAIL_IF_ERROR(account);
    console().out()
        << tr("Added an account for %1 as %2.\n").arg(account->displayName(), toKey(account->role));
    return ExitCode::Success;
}

ExitCode UserCommand::list(Invocation &in) {
    Application *app = in.app();
    if (!app) {
        return ExitCode::Failure;
    }
    auto accounts = app->accounts().accounts();
    SD_FAIL_IF_ERROR(accounts);
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
    console().out() << table.render(in.format());
    return ExitCode::Success;
}

ExitCode UserCommand::passwd(Invocation &in) {
    auto badge = required(in, u"badge"_s);
    SD_FAIL_IF_ERROR(badge);
    SD_FAIL_IF_ERROR(requirePasswordStdin(in));
    Application *app = in.app();
    if (!app) {
        return ExitCode::Failure;
    }
    auto password = readPassword();
    SD_FAIL_IF_ERROR(password);
    SD_FAIL_IF_ERROR(app->accounts().resetPassword(badge.value(), password.value()));
    console().out() << tr("Set a new password for badge %1.\n").arg(badge.value());
    return ExitCode::Success;
}

ExitCode UserCommand::setRole(Invocation &in) {
    auto badge = required(in, u"badge"_s);
    SD_FAIL_IF_ERROR(badge);
    auto role = requiredRole(in);
    SD_FAIL_IF_ERROR(role);
    Application *app = in.app();
    if (!app) {
        return ExitCode::Failure;
    }
    SD_FAIL_IF_ERROR(app->accounts().setRole(badge.value(), role.value()));
    console().out() << tr("Badge %1 now has the role %2.\n").arg(badge.value(), toKey(*role));
    return ExitCode::Success;
}

ExitCode UserCommand::changeState(Invocation &in, const QString &action) {
    auto badge = required(in, u"badge"_s);
    SD_FAIL_IF_ERROR(badge);
    Application *app = in.app();
    if (!app) {
        return ExitCode::Failure;
    }
    AccountService &accounts = app->accounts();
    Status changed = action == u"lock"_s      ? accounts.lock(badge.value())
                     : action == u"unlock"_s  ? accounts.unlock(badge.value())
                     : action == u"disable"_s ? accounts.disable(badge.value())
                                              : accounts.enable(badge.value());
    SD_FAIL_IF_ERROR(changed);
    const QString done = action == u"lock"_s      ? tr("Locked the account of badge %1.\n")
                         : action == u"unlock"_s  ? tr("Unlocked the account of badge %1.\n")
                         : action == u"disable"_s ? tr("Disabled the account of badge %1.\n")
                                                  : tr("Enabled the account of badge %1.\n");
    console().out() << done.arg(badge.value());
    return ExitCode::Success;
}

} // namespace sd
