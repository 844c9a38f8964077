#include "app/stationctl/Command.h"

#include "core/kernel/documents/OutputPath.h"

using namespace Qt::StringLiterals;

namespace sd {

std::unique_ptr<Application> Command::openApplication(const DatabaseUrl &url,
                                                      Application::OpenMode mode) {
    auto app = Application::open(url, mode);
    if (!app) {
        // Application reports a missing or uninitialised database as a Usage error, but
        // for stationctl the command line was fine: the database is what is wrong.
        m_console.error(app.error().message);
        return nullptr;
    }
    return std::move(app.value());
}

std::optional<ExitCode> Command::refuseUnsafeOutput(const DatabaseUrl &url, const QString &output,
                                                    const QStringList &inputs) {
    if (Status safe = OutputPath::check(output, url, inputs); !safe) {
        return fail(safe.error());
    }
    return std::nullopt;
}

ExitCode Command::fail(const Error &error) {
    m_console.error(error.message);
    return error.code == ErrorCode::Usage ? ExitCode::Usage : ExitCode::Failure;
}

ExitCode Command::showUsage() {
    console().out() << usage();
    return ExitCode::Success;
}

std::optional<ExitCode> Command::parseArguments(ArgumentParser &parser,
                                                const QStringList &arguments,
                                                const QString &unexpectedArgument) {
    if (Status parsed = parser.parse(arguments); !parsed) {
        return fail(parsed.error());
    }
    if (parser.isSet(u"help"_s)) {
        return showUsage();
    }
    if (!parser.positionals().isEmpty()) {
        return fail(Error::usage(unexpectedArgument.arg(parser.positionals().first())));
    }
    return std::nullopt;
}

Result<OutputFormat> Command::formatOption(const ArgumentParser &parser) {
    return parseOutputFormat(parser.isSet(u"format"_s) ? parser.value(u"format"_s) : u"table"_s);
}

} // namespace sd
