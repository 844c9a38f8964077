#include "app/stationctl/SettingsCommand.h"

#include "app/stationctl/ArgumentParser.h"
#include "app/stationctl/TableWriter.h"
#include "core/kernel/settings/StationSettings.h"

using namespace Qt::StringLiterals;

namespace sd {

QString SettingsCommand::name() const {
    return u"settings"_s;
}

QString SettingsCommand::summary() const {
    return tr("List or change the station's settings");
}

QString SettingsCommand::usage() const {
    return tr("Usage: stationctl [--database URL] settings list [--format table|csv|json]\n"
              "       stationctl [--database URL] settings set NAME VALUE\n"
              "\n"
              "Station-wide settings live in the database so that every desk agrees. Each is\n"
              "a whole number with a default and an allowed range (see settings list).\n"
              "Every change is written to the audit log.\n");
}

ExitCode SettingsCommand::run(const DatabaseUrl &url, const QStringList &arguments) {
    ArgumentParser parser(u"stationctl settings"_s);
    parser.addOption(u"format"_s);
    if (Status parsed = parser.parse(arguments); !parsed) {
        return fail(parsed.error());
    }
    if (parser.isSet(u"help"_s)) {
        return showUsage();
    }
    const QStringList words = parser.positionals();
    const QString action = words.value(0);
    if (action == u"list"_s && words.size() == 1) {
        auto format = formatOption(parser);
        if (!format) {
            return fail(format.error());
        }
        auto app = openApplication(url, Application::OpenMode::ExistingOnly);
        return app ? list(*app, format.value()) : ExitCode::Failure;
    }
    if (action == u"set"_s && words.size() == 3) {
        auto app = openApplication(url, Application::OpenMode::ExistingOnly);
        return app ? set(*app, words.at(1), words.at(2)) : ExitCode::Failure;
    }
    return fail(Error::usage(tr("use \"settings list\" or \"settings set NAME VALUE\"")));
}

ExitCode SettingsCommand::list(Application &app, OutputFormat format) {
    TableWriter table({{u"name"_s, tr("Setting")},
                       {u"value"_s, tr("Value"), Qt::AlignRight},
                       {u"default"_s, tr("Default"), Qt::AlignRight},
                       {u"minimum"_s, tr("Minimum"), Qt::AlignRight},
                       {u"maximum"_s, tr("Maximum"), Qt::AlignRight}});
    for (SettingKey key : StationSettings::allKeys()) {
        const StationSettings::Info &info = StationSettings::info(key);
        table.addRow({QString::fromUtf16(info.name), app.settings().value(key), info.defaultValue,
                      info.minimum, info.maximum});
    }
    console().out() << table.render(format);
    return ExitCode::Success;
}

ExitCode SettingsCommand::set(Application &app, const QString &name, const QString &value) {
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
    if (Status changed = app.settings().set(*key, number); !changed) {
        return fail(changed.error());
    }
    console().out() << tr("%1 = %2").arg(name).arg(number) << u'\n';
    return ExitCode::Success;
}

} // namespace sd
