#include "core/responsibility/AssetExport.h"

#include "core/kernel/documents/Csv.h"
#include "core/responsibility/AssetCsv.h"
#include "core/responsibility/AssetRepository.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace sd {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(sd::AssetExport)
};

constexpr int kPage = 1000;

// Rooms ordered so that each comes after the room it is in (by tag among equals).
QList<AssetRow> roomsOutsideIn(const QList<AssetRow> &rooms) {
    QList<AssetRow> ordered;
    QSet<qint64> placed;
    QList<AssetRow> left = rooms;
    while (!left.isEmpty()) {
        QList<AssetRow> next;
        for (const AssetRow &row : left) {
            const auto parent = row.asset.locationAssetId;
            if (!parent || placed.contains(*parent) ||
                std::none_of(left.cbegin(), left.cend(),
                             [&](const AssetRow &other) { return other.asset.id == *parent; })) {
                ordered << row;
                placed.insert(row.asset.id);
            } else {
                next << row;
            }
        }
        if (next.size() == left.size()) {
            ordered << next; // a loop of rooms inside each other: keep tag order
            break;
        }
        left = next;
    }
    return ordered;
}

class Output {
public:
    Output(QIODevice &out, ExportFormat format)
        : m_out(out)
        , m_format(format)
        , m_csv(out) {}

    bool begin() {
        return m_format == ExportFormat::Csv ? m_csv.writeRow(AssetCsv::columns())
                                             : m_out.write("[") == 1;
    }
    bool row(const QStringList &fields) {
        ++m_count;
        if (m_format == ExportFormat::Csv) {
            return m_csv.writeRow(fields);
        }
        QJsonObject object;
        const QStringList &columns = AssetCsv::columns();
        for (qsizetype i = 0; i < columns.size(); ++i) {
            object.insert(columns[i], fields[i]);
        }
        QByteArray bytes = m_count == 1 ? "\n  " : ",\n  ";
        bytes += QJsonDocument(object).toJson(QJsonDocument::Compact);
        return m_out.write(bytes) == bytes.size();
    }
    bool end() {
        if (m_format == ExportFormat::Csv) {
            return true;
        }
        const QByteArray tail = m_count == 0 ? "]\n" : "\n]\n";
        return m_out.write(tail) == tail.size();
    }
    qint64 count() const { return m_count; }

private:
    QIODevice &m_out;
    ExportFormat m_format;
    CsvWriter m_csv;
    qint64 m_count = 0;
};
} // namespace

Result<qint64> exportAssets(const Database &database, const QDate &today, QIODevice &out,
                            ExportFormat format) {
    const AssetRepository repository(database, today);
    AssetFilter roomFilter;
    roomFilter.kind = AssetKind::Room;
    roomFilter.limit = 100000;
    auto rooms = repository.list(roomFilter);
    SD_RETURN_IF_ERROR(rooms);
    QHash<qint64, QString> roomTags;
    for (const AssetRow &room : rooms.value()) {
        roomTags.insert(room.asset.id, room.asset.tag);
    }
    const AssetCsv csv(roomTags);
    Output output(out, format);
    bool written = output.begin();
    for (const AssetRow &room : roomsOutsideIn(rooms.value())) {
        written = written && output.row(csv.row(room));
    }
    AssetFilter filter;
    filter.limit = kPage;
    while (written) {
        auto page = repository.list(filter);
        SD_RETURN_IF_ERROR(page);
        for (const AssetRow &row : page.value()) {
            if (row.asset.kind != AssetKind::Room) {
                written = written && output.row(csv.row(row));
            }
        }
        if (page->size() < kPage) {
            break;
        }
        filter.offset += kPage;
    }
    written = written && output.end();
    if (!written) {
        return Error::storage(Tr::tr("Cannot write the export: %1").arg(out.errorString()));
    }
    return output.count();
}

} // namespace sd
