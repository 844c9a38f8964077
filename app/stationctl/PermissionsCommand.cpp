#include "app/stationctl/PermissionsCommand.h"

#include "app/stationctl/TableWriter.h"
#include "core/kernel/security/Permission.h"

using namespace Qt::StringLiterals;

namespace sd {

namespace {
const QString kCheck = u"✓"_s;
} // namespace

CommandSpec PermissionsCommand::spec() {
    return {
        .name = u"permissions"_s,
        .summary = tr("Print which role may do what (the permission matrix)"),
        .help = tr("Usage: stationctl permissions [--format table|csv|json|markdown]\n"
                   "\n"
                   "Prints the permission matrix built into this version: one row per permission,\n"
                   "one column per login role. CSV and JSON use the keys permission, description,\n"
                   "officer, squad_leader, instructor, chief, admin (true when the role has the\n"
                   "permission). markdown is the table in docs/permissions.md. The command-line\n"
                   "operator (role \"system\") has every permission. Needs no database.\n"),
        .actions =
            {
                // The matrix is part of the program, not of the database.
                {.options = {{u"format"_s, u"table|csv|json|markdown"_s}},
                 .database = DatabaseUse::None,
                 .run = std::bind_front(&PermissionsCommand::execute, this)},
            },
    };
}

QString PermissionsCommand::markdown() {
    QStringList header = {tr("Permission"), tr("Key")};
    for (Role role : loginRoles()) {
        header << displayName(role) + u" (`"_s + toKey(role) + u"`)"_s;
    }
    QString text = u"| "_s + header.join(u" | "_s) + u" |\n"_s;
    QStringList rule = {u"---"_s, u"---"_s};
    for (qsizetype i = 0; i < loginRoles().size(); ++i) {
        rule << u":---:"_s;
    }
    text += u"| "_s + rule.join(u" | "_s) + u" |\n"_s;
    for (Permission permission : allPermissions()) {
        QStringList cells = {displayName(permission), u'`' + toKey(permission) + u'`'};
        for (Role role : loginRoles()) {
            cells << (roleHas(role, permission) ? kCheck : QString());
        }
        QString line = u"| "_s + cells.join(u" | "_s) + u" |"_s;
        // An empty cell is "| |", not "|  |": the file stays clean for diff and lint.
        text += line.replace(u"  |"_s, u" |"_s) + u'\n';
    }
    return text;
}

ExitCode PermissionsCommand::execute(Invocation &in) {
    const QString formatText = in.isSet(u"format"_s) ? in.value(u"format"_s) : u"table"_s;
    if (formatText == u"markdown"_s) {
        console().out() << markdown();
        return ExitCode::Success;
    }
    auto format = parseOutputFormat(formatText);
    if (!format) {
        return fail(
            Error::usage(tr("unknown format \"%1\" for --format; use table, csv, json or markdown")
                             .arg(formatText)));
    }

    QList<Column> columns = {
        {u"permission"_s, tr("Permission")},
        {u"description"_s, tr("Description")},
    };
    for (Role role : loginRoles()) {
        columns.append({toKey(role), displayName(role), Qt::AlignLeft, [](const QVariant &has) {
                            return has.toBool() ? kCheck : QString();
                        }});
    }
    TableWriter table(columns);
    for (Permission permission : allPermissions()) {
        QVariantList row = {toKey(permission), displayName(permission)};
        for (Role role : loginRoles()) {
            row << roleHas(role, permission);
        }
        table.addRow(row);
    }
    console().out() << table.render(format.value());
    return ExitCode::Success;
}

} // namespace sd
