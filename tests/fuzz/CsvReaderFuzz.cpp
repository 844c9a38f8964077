// CsvReader on any bytes (an import file as a user hands it over). Besides crashes, leaks
// and hangs it checks two things a crash would not show:
//  - the records (and the error) do not depend on how the device delivers the bytes: the
//    whole buffer at once, one byte per read, or a few bytes per read give the same result,
//    which exercises the reader's refills at every position (a CR, a quote or the BOM
//    split across reads);
//  - what it read survives CsvWriter: write, read back, write again gives the same bytes,
//    as export → import → export must.
#include "FuzzSupport.h"
#include "core/kernel/documents/Csv.h"

#include <QBuffer>

using namespace sd;
using namespace Qt::StringLiterals;

namespace {

// Hands the bytes out in pieces, ending one read at each cut, as a pipe or a slow disk
// may.
class TricklingDevice : public QIODevice {
public:
    TricklingDevice(const QByteArray &bytes, QList<qint64> cuts)
        : m_bytes(bytes)
        , m_cuts(std::move(cuts)) {
        open(QIODevice::ReadOnly | QIODevice::Unbuffered);
    }
    bool isSequential() const override { return true; }

protected:
    qint64 readData(char *data, qint64 maxSize) override {
        qint64 end = m_bytes.size();
        for (const qint64 cut : m_cuts) {
            if (cut > m_pos && cut < end) {
                end = cut;
            }
        }
        const qint64 n = std::min(maxSize, end - m_pos);
        std::memcpy(data, m_bytes.constData() + m_pos, size_t(n));
        m_pos += n;
        return n;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QByteArray m_bytes;
    QList<qint64> m_cuts;
    qint64 m_pos = 0;
};

// Where to cut the input: a few places that depend on the content (so a saved input
// replays the same cuts), plus around the first quote and CR, where refills matter most.
// Few, because each read allocates a 1 MiB chunk, which is slow under ASan.
QList<qint64> cutsFor(const QByteArray &input) {
    QList<qint64> cuts;
    const qint64 size = input.size();
    if (size < 2) {
        return cuts;
    }
    quint64 hash = 1469598103934665603ULL; // FNV-1a
    for (const char c : input) {
        hash = (hash ^ quint8(c)) * 1099511628211ULL;
    }
    for (int i = 0; i < 3; ++i) {
        cuts << 1 + qint64(hash % quint64(size - 1));
        hash = hash * 6364136223846793005ULL + 1442695040888963407ULL;
    }
    for (const char special : {'"', '\r'}) {
        if (const qint64 at = input.indexOf(special, qsizetype(hash % quint64(size))); at >= 0) {
            cuts << at + 1;
        }
    }
    return cuts;
}

struct Reading {
    QList<QStringList> records;
    QList<qint64> lines;
    QList<qint64> consumed; // bytesRead() after each record
    QString error;
    bool operator==(const Reading &) const = default;
};

Reading readAll(QIODevice &device) {
    Reading reading;
    CsvReader reader(device);
    CsvRecord record;
    while (reader.next(record)) {
        reading.records.append(record.fields);
        reading.lines.append(record.line);
        reading.consumed.append(reader.bytesRead());
    }
    if (reader.error()) {
        reading.error = reader.error()->field + u':' + reader.error()->message;
    }
    return reading;
}

Reading readBytes(const QByteArray &bytes) {
    QByteArray copy = bytes;
    QBuffer buffer(&copy);
    buffer.open(QIODevice::ReadOnly);
    return readAll(buffer);
}

QByteArray written(const QList<QStringList> &records) {
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    CsvWriter writer(buffer);
    for (const QStringList &fields : records) {
        fuzz::check(writer.writeRow(fields), "CsvWriter failed on a buffer");
    }
    return bytes;
}

QString describe(const Reading &r) {
    QString text = u"error: "_s + r.error + u"\n"_s;
    for (qsizetype i = 0; i < r.records.size(); ++i) {
        text += QString::number(r.lines[i]) + u" @"_s + QString::number(r.consumed[i]) + u": ["_s +
                r.records[i].join(u"|"_s) + u"]\n"_s;
    }
    return text;
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***) {
    fuzz::startQt();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    const QByteArray input = fuzz::bytesOf(data, size);
    const Reading whole = readBytes(input);

    {
        TricklingDevice device(input, cutsFor(input));
        const Reading trickled = readAll(device);
        fuzz::check(trickled == whole, "the records depend on how the bytes arrive",
                    u"-- whole:\n"_s + describe(whole) + u"-- trickled:\n"_s + describe(trickled));
    }

    const QByteArray first = written(whole.records);
    const Reading again = readBytes(first);
    fuzz::check(again.error.isEmpty(), "CsvReader refuses what CsvWriter wrote",
                again.error + u"\n"_s + QString::fromUtf8(first.toPercentEncoding()));
    fuzz::check(again.records.size() == whole.records.size(),
                "written and read back, the record count changed", describe(again));
    const QByteArray second = written(again.records);
    fuzz::check(second == first, "export → import → export changed the bytes",
                QString::fromUtf8(first.toPercentEncoding()) + u"\n"_s +
                    QString::fromUtf8(second.toPercentEncoding()));
    return 0;
}
