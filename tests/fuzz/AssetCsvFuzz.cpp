// An asset import file, read the way AssetImporter reads it: the header check, then every
// record with the right number of fields through AssetCsv::parse. A row that parses
// without a problem must come back from export → import → export unchanged (the owner and
// the location as the importer would resolve them: a badge and free text).
#include "FuzzSupport.h"
#include "core/kernel/documents/Csv.h"
#include "core/kernel/documents/CsvImportFile.h"
#include "core/responsibility/AssetCsv.h"

#include <QBuffer>

using namespace sd;
using namespace Qt::StringLiterals;

namespace {

QString problemsText(const QList<AssetCsv::Problem> &problems) {
    QStringList lines;
    for (const auto &problem : problems) {
        lines << problem.column + u": "_s + problem.message;
    }
    return lines.join(u'\n');
}

AssetRow exportable(const Asset &asset, const QStringList &fields) {
    AssetRow row;
    row.asset = asset;
    row.asset.locationText = fields[AssetCsv::LocationColumn].trimmed();
    row.owner.ref = OwnerRef::person(1);
    row.owner.badge = fields[AssetCsv::OwnerColumn].trimmed();
    return row;
}

void checkRow(const AssetCsv &csv, const QStringList &fields) {
    Asset asset;
    if (!csv.parse(fields, asset).isEmpty()) {
        return; // a rejected row: only crashes count
    }
    const QStringList exported = csv.row(exportable(asset, fields));
    fuzz::check(exported.size() == AssetCsv::columns().size(), "AssetCsv::row has a wrong width");
    Asset again;
    const auto reimport = csv.parse(exported, again);
    fuzz::check(reimport.isEmpty(), "an exported asset does not import again",
                exported.join(u'|') + u"\n"_s + problemsText(reimport));
    const QStringList second = csv.row(exportable(again, exported));
    fuzz::check(second == exported, "export → import → export changed an asset",
                fields.join(u'|') + u"\n"_s + exported.join(u'|') + u"\n"_s + second.join(u'|'));
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***) {
    fuzz::startQt();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    QByteArray bytes = fuzz::bytesOf(data, size);
    QBuffer file(&bytes);
    file.open(QIODevice::ReadOnly);
    const QStringList &columns = AssetCsv::columns();
    if (!CsvImportFile::checkHeader(file, u"fuzz.csv"_s, columns)) {
        return 0;
    }
    file.seek(0);
    const AssetCsv csv;
    CsvReader reader(file);
    CsvRecord record;
    reader.next(record); // the header, checked above
    while (reader.next(record)) {
        if (record.fields.size() == columns.size()) {
            checkRow(csv, record.fields);
        }
    }
    return 0;
}
