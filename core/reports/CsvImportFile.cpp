#include "reports/CsvImportFile.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <sys/stat.h>

using namespace Qt::StringLiterals;

namespace sd {

namespace {

// Hands on what it reads from a device and adds it to a hash, so the file is read once
// for its fingerprint and its rows.
class HashingDevice : public QIODevice {
public:
    HashingDevice(QIODevice &source, QCryptographicHash &hash)
        : m_source(source)
        , m_hash(hash) {
        open(QIODevice::ReadOnly | QIODevice::Unbuffered);
    }
    bool isSequential() const override { return true; }
    // What the reader left unread, for the fingerprint of the whole file.
    void drain() { m_hash.addData(&m_source); }

protected:
    qint64 readData(char *data, qint64 maxSize) override {
        const qint64 read = m_source.read(data, maxSize);
        if (read > 0) {
            m_hash.addData(QByteArrayView(data, read));
        }
        return read;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QIODevice &m_source;
    QCryptographicHash &m_hash;
};

// Reads every record; the rows after the header go to keys. The reader's error, if any.
std::optional<Error> scan(QIODevice &device, CsvEncoding encoding, CsvKeyIndex *keys,
                          bool *encodingError = nullptr) {
    CsvReader reader(device, encoding);
    CsvRecord record;
    bool header = true;
    while (reader.next(record)) {
        if (keys && !header) {
            keys->add(record.fields.value(0), record.line);
        }
        header = false;
    }
    if (encodingError) {
        *encodingError = reader.hasEncodingError();
    }
    return reader.error();
}

} // namespace

Result<CsvFileFacts> CsvImportFile::inspect(const QString &path, CsvKeyIndex *keys) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return Error::validation(u"file"_s, tr("Cannot read %1: %2").arg(path, file.errorString()));
    }
    QCryptographicHash hash(QCryptographicHash::Sha256);
    HashingDevice hashing(file, hash);
    CsvFileFacts facts;
    bool notUtf8 = false;
    std::optional<Error> error = scan(hashing, CsvEncoding::Utf8, keys, &notUtf8);
    hashing.drain();
    facts.sha256 = QString::fromLatin1(hash.result().toHex());
    if (error && notUtf8) {
        // Only a file that is GB18030 from start to end is taken as such: a UTF-8 file with
        // one damaged character is refused at that character, not read as something else.
        if (keys) {
            keys->clear();
        }
        if (file.seek(0) && !scan(file, CsvEncoding::Gb18030, keys)) {
            facts.encoding = CsvEncoding::Gb18030;
            error.reset();
        }
    }
    if (file.error() != QFileDevice::NoError) {
        return Error::validation(u"file"_s, tr("Cannot read %1: %2").arg(path, file.errorString()));
    }
    if (error) {
        return error.value();
    }
    if (keys) {
        keys->finish();
    }
    return facts;
}

Status CsvImportFile::checkHeader(QIODevice &device, const QString &path,
                                  const QStringList &columns, CsvEncoding encoding) {
    CsvReader header(device, encoding);
    CsvRecord first;
    if (!header.next(first)) {
        return header.error() ? header.error().value()
                              : Error::validation(u"file"_s, tr("%1 is empty.").arg(path));
    }
    if (first.fields != columns) {
        return Error::validation(u"file"_s,
                                 tr("1:1: the header must be exactly %1").arg(columns.join(u',')));
    }
    return {};
}

Status CsvRejects::open(const QString &path, const QStringList &columns) {
    m_writer.reset();
    m_file.reset();
    m_committed = false;
    m_path = path;
    if (path.isEmpty()) {
        return {};
    }
    struct stat existing {};
    m_regularFile =
        ::stat(QFile::encodeName(path).constData(), &existing) != 0 || S_ISREG(existing.st_mode);
    m_file = std::make_unique<OutputFile>();
    if (Status opened = m_file->open(path); !opened) {
        m_file.reset();
        return opened;
    }
    m_writer = std::make_unique<CsvWriter>(m_file->device());
    QStringList header = columns;
    header << u"problems"_s;
    if (!m_writer->writeRow(header)) {
        return writeError();
    }
    return {};
}

Error CsvRejects::writeError() const {
    return Error::validation(u"rejects"_s,
                             tr("Cannot write %1: %2").arg(m_path, m_file->device().errorString()));
}

Status CsvRejects::add(QStringList fields, const QStringList &problems) {
    if (!m_writer) {
        return {};
    }
    fields << problems.join(u"; "_s);
    if (!m_writer->writeRow(fields)) {
        return writeError();
    }
    return {};
}

Status CsvRejects::commit() {
    if (!m_file) {
        return {};
    }
    m_writer.reset();
    Status committed = m_file->commit();
    m_file.reset();
    if (!committed) {
        return Error::validation(u"rejects"_s, committed.error().message);
    }
    m_committed = true;
    return {};
}

void CsvRejects::withdraw() {
    if (m_committed && m_regularFile) {
        QFile::remove(QFileInfo(m_path).canonicalFilePath());
    }
    m_committed = false;
}

} // namespace sd
