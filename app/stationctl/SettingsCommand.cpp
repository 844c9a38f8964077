#include "app/stationctl/SettingsCommand.h"

#include "app/stationctl/TableWriter.h"
#include "core/kernel/settings/StationSettings.h"

using namespace Qt::StringLiterals;

namespace sd {

CommandSpec SettingsCommand::spec() {
    return {
        .name = u"settings"_s,
        .summary = tr("List or change the station's settings"),
        .help = tr("Usage: stationctl [--database URL] settings list [--format table|csv|json]\n"
                   "       stationctl [--database URL] settings set NAME VALUE\n"
                   "\n"
                   "Station-wide settings live in the database so that every desk agrees. Each is\n"
                   "a whole number with a default and an allowed range (see settings list).\n"
                   "Every change is written to the audit log.\n"),
        .actions =
            {
                {.name = u"list"_s,
                 .options = {kFormatOption},
                 .run = std::bind_front(&SettingsCommand::list, this)},
                {.name = u"set"_s,
                 .operands = u"NAME VALUE"_s,
                 .run = std::bind_front(&SettingsCommand::set, this)},
            },
    };
}

ExitCode SettingsCommand::list(Invocation &in) {
    Application *app = in.app();
    if (!app) {
        return ExitCode::Failure;
    }
    TableWriter table({{u"name"_s, tr("Setting")},
                       {u"value"_s, tr("Value"), Qt::AlignRight},
                       {u"default"_s, tr("Default"), Qt::AlignRight},
                       {u"minimum"_s, tr("Minimum"), Qt::AlignRight},
                       {u"maximum"_s, tr("Maximum"), Qt::AlignRight}});
    for (SettingKey key : StationSettings::allKeys()) {
        const StationSettings::Info &info = StationSettings::info(key);
        table.addRow({QString::fromUtf16(info.name), app->settings().value(key), info.defaultValue,
                      info.minimum, info.maximum});
    }
    console().out() << table.render(in.format());
    return ExitCode::Success;
}

ExitCode SettingsCommand::set(Invocation &in) {
    const QStringList words = in.operands();
    if (words.size() != 2) {
        return fail(Error::usage(tr("use \"settings list\" or \"settings set NAME VALUE\"")));
    }
    const QString &name = words.at(0);
    const QString &value = words.at(1);
    const auto key = StationSettings::keyFromName(name);
    if (!key) {
        QStringList names;
        for (SettingKey candidate : StationSettings::allKeys()) {
            names << QString::fromUtf16(StationSettings::info(candidate).name);
        }
        return fail(
            Error::usage(tr("unknown setting \"%1\"; known: %2").arg(name, names.join(u", "_s))));
    }
    bool ok = false;
    const int number = value.toInt(&ok);
    if (!ok) {
        return fail(Error::usage(tr("%1 needs a whole number, not \"%2\"").arg(name, value)));
    }
    Application *app = in.app();
    if (!app) {
        return ExitCode::Failure;
    }
    SD_FAIL_IF_ERROR(app->settings().set(*key, number));
    console().out() << tr("%1 = %2").arg(name).arg(number) << u'\n';
    return ExitCode::Success;
}

} // namespace sd
