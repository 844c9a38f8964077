#include "core/frontdesk/AlertExport.h"

#include "core/frontdesk/AlertCsv.h"
#include "core/frontdesk/AlertRepository.h"
#include "core/kernel/documents/Csv.h"
#include "core/kernel/settings/StationCalendar.h"
#include "core/organisation/UnitRepository.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace sd {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(sd::AlertExport)
};

constexpr int kPage = 2000;

bool writeJson(QIODevice &out, const QStringList &fields, bool first) {
    QJsonObject object;
    const QStringList &columns = AlertCsv::columns();
    for (qsizetype i = 0; i < columns.size(); ++i) {
        object.insert(columns[i], fields[i]);
    }
    QByteArray bytes = first ? "\n  " : ",\n  ";
    bytes += QJsonDocument(object).toJson(QJsonDocument::Compact);
    return out.write(bytes) == bytes.size();
}
} // namespace

Result<qint64> exportAlerts(const Database &database, const Station &station, QIODevice &out,
                            ExportFormat format, std::optional<qint64> from,
                            std::optional<qint64> to) {
    auto areas = UnitRepository(database).areaNames();
    SD_RETURN_IF_ERROR(areas);
    const AlertCsv csv(stationZone(station), areas.value());
    CsvWriter writer(out);
    bool written =
        format == ExportFormat::Csv ? writer.writeRow(AlertCsv::columns()) : out.write("[") == 1;
    AlertFilter filter;
    filter.from = from;
    filter.to = to;
    AlertPageRequest request;
    request.descending = false;
    request.limit = kPage;
    qint64 count = 0;
    AlertRepository repository(database);
    while (written) {
        auto page = repository.page(filter, request);
        SD_RETURN_IF_ERROR(page);
        for (const Alert &alert : page.value()) {
            const QStringList fields = csv.row(alert);
            written = format == ExportFormat::Csv ? writer.writeRow(fields)
                                                  : writeJson(out, fields, count == 0);
            ++count;
        }
        if (page->size() < kPage) {
            break;
        }
        request.afterReceivedAt = page->last().receivedAt;
        request.afterId = page->last().id;
    }
    if (written && format == ExportFormat::Json) {
        written = out.write("\n]\n") == 3;
    }
    if (!written) {
        return Error::storage(Tr::tr("Cannot write the export: %1").arg(out.errorString()));
    }
    return count;
}

} // namespace sd
