#include "app/stationctl/OutputFormat.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace sd {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(sd::OutputFormat)
};
} // namespace

Result<OutputFormat> parseOutputFormat(const QString &text) {
    if (text == u"table"_s) {
        return OutputFormat::Table;
    }
    if (text == u"csv"_s) {
        return OutputFormat::Csv;
    }
    if (text == u"json"_s) {
        return OutputFormat::Json;
    }
    return Error::usage(
        Tr::tr("unknown format \"%1\" for --format; use table, csv or json").arg(text));
}

} // namespace sd
