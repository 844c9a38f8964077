// stationctl's ArgumentParser on any command line (one argument per input line), the way
// stationctl uses it: the program's own options up to the command, then a command's
// options on the rest. Mistakes are usage errors naming the command; what is accepted
// reads back the same when written out again in the long form (--name=value, --, …).
#include "FuzzSupport.h"
#include "app/stationctl/ArgumentParser.h"

using namespace sd;
using namespace Qt::StringLiterals;

namespace {

struct Spec {
    QString context;
    QStringList flags;
    QStringList options;
};

const Spec kProgram{u"stationctl"_s, {u"version"_s}, {u"database"_s, u"lang"_s}};
const Spec kImport{u"import alerts"_s, {u"update"_s}, {u"skip-invalid"_s, u"format"_s}};

ArgumentParser parserFor(const Spec &spec) {
    ArgumentParser parser(spec.context);
    for (const QString &flag : spec.flags) {
        parser.addFlag(flag);
    }
    for (const QString &option : spec.options) {
        parser.addOption(option);
    }
    return parser;
}

// The parse written out in the long form: flags, --name=value options, -- and the rest.
QStringList canonical(const ArgumentParser &parser, const Spec &spec) {
    QStringList arguments;
    for (const QString &flag : spec.flags + QStringList{u"help"_s}) {
        if (parser.isSet(flag)) {
            arguments << u"--"_s + flag;
        }
    }
    for (const QString &option : spec.options) {
        if (parser.isSet(option)) {
            arguments << u"--"_s + option + u'=' + parser.value(option);
        }
    }
    return arguments << u"--"_s << parser.positionals();
}

bool sameParse(const ArgumentParser &a, const ArgumentParser &b, const Spec &spec) {
    for (const QString &name : spec.flags + spec.options + QStringList{u"help"_s}) {
        if (a.isSet(name) != b.isSet(name) || a.value(name) != b.value(name)) {
            return false;
        }
    }
    return a.positionals() == b.positionals();
}

// Returns the positionals of an accepted parse.
QStringList parseWith(const Spec &spec, const QStringList &arguments, bool stopAtPositional) {
    ArgumentParser parser = parserFor(spec);
    const Status parsed = parser.parse(arguments, stopAtPositional);
    if (!parsed) {
        fuzz::check(parsed.error().code == ErrorCode::Usage, "a mistake that is no usage error");
        fuzz::check(!parsed.error().message.isEmpty(), "a usage error without a message");
        return {};
    }
    const QStringList rest = parser.positionals();
    if (stopAtPositional) {
        fuzz::check(rest.isEmpty() || arguments.mid(arguments.size() - rest.size()) == rest,
                    "the command's arguments are not left untouched", rest.join(u' '));
    }
    const QStringList written = canonical(parser, spec);
    ArgumentParser again = parserFor(spec);
    fuzz::check(again.parse(written, stopAtPositional).ok() && sameParse(parser, again, spec),
                "the long form of an accepted command line parses differently",
                arguments.join(u" ⏎ "_s) + u"\n"_s + written.join(u" ⏎ "_s));
    return rest;
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***) {
    fuzz::startQt();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    QStringList arguments = fuzz::textOf(data, size).split(u'\n');
    if (arguments.size() > 64) {
        return 0; // longer command lines test nothing new and only cost time
    }
    if (arguments.constLast().isEmpty()) {
        arguments.removeLast(); // the file's final newline
    }
    const QStringList command = parseWith(kProgram, arguments, true);
    parseWith(kImport, command.mid(1), false);
    parseWith(kImport, arguments, false);
    return 0;
}
