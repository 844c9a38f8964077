// An alert import file, read the way AlertImporter reads it: the header check, then every
// record with the right number of fields through AlertCsv::parse and AlertRules, and the
// search tokens the bulk writer stores. A row that would be imported must come back from
// export → import → export unchanged: AlertCsv::row() of it parses without a problem and
// gives the same fields again.
#include "FuzzSupport.h"
#include "core/frontdesk/AlertCsv.h"
#include "core/frontdesk/AlertRules.h"
#include "core/kernel/common/SearchText.h"
#include "core/kernel/documents/Csv.h"
#include "core/kernel/documents/CsvImportFile.h"

#include <QBuffer>
#include <QDateTime>

using namespace sd;
using namespace Qt::StringLiterals;

namespace {

const AlertCsv &csv() {
    static const AlertCsv instance(QTimeZone(QByteArrayLiteral("Asia/Shanghai")),
                                   {{1, u"东关社区"_s}, {2, u"West Gate"_s}});
    return instance;
}

qint64 now() {
    static const qint64 ms =
        QDateTime(QDate(2026, 6, 1), QTime(12, 0), QTimeZone::utc()).toMSecsSinceEpoch();
    return ms;
}

QString problemsText(const QList<AlertCsv::Problem> &problems) {
    QStringList lines;
    for (const auto &problem : problems) {
        lines << problem.column + u": "_s + problem.message;
    }
    return lines.join(u'\n');
}

void checkRow(const QStringList &fields) {
    Alert alert;
    const auto problems = csv().parse(fields, alert);
    SearchText::index({alert.number, alert.location, alert.callerName, alert.summary});
    if (!problems.isEmpty() || !AlertRules::problems(alert, now()).isEmpty()) {
        return; // a rejected row: only crashes count
    }
    const QStringList exported = csv().row(alert);
    fuzz::check(exported.size() == AlertCsv::columns().size(), "AlertCsv::row has a wrong width");
    Alert again;
    const auto reimport = csv().parse(exported, again);
    fuzz::check(reimport.isEmpty(), "an exported alert does not import again",
                exported.join(u'|') + u"\n"_s + problemsText(reimport));
    fuzz::check(AlertRules::problems(again, now()).isEmpty(),
                "an exported alert breaks the alert rules on import", exported.join(u'|'));
    fuzz::check(csv().row(again) == exported, "export → import → export changed an alert",
                fields.join(u'|') + u"\n"_s + exported.join(u'|') + u"\n"_s +
                    csv().row(again).join(u'|'));
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
    const QStringList &columns = AlertCsv::columns();
    if (!CsvImportFile::checkHeader(file, u"fuzz.csv"_s, columns)) {
        return 0;
    }
    file.seek(0);
    CsvReader reader(file);
    CsvRecord record;
    reader.next(record); // the header, checked above
    while (reader.next(record)) {
        if (record.fields.size() == columns.size()) {
            checkRow(record.fields);
        }
    }
    return 0;
}
