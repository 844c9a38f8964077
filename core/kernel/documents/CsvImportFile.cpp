#include "core/kernel/documents/CsvImportFile.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <sys/stat.h>

using namespace Qt::StringLiterals;

namespace sd {

namespace {

constexpr qint64 kChunkSize = 1 << 20;

// The first field of every record and the line it starts on, by CsvReader's rules (a quote
// opens a quoted field only at the field's start, "" inside one is a quote, every LF counts a
// line) without decoding the other fields, and whether the bytes are plain UTF-8 without a
// NUL byte: CsvReader decodes every field, which made this pass as slow as the import's own.
class FirstColumnScan {
public:
    explicit FirstColumnScan(CsvKeyIndex *keys)
        : m_keys(keys) {}

    void feed(QByteArrayView bytes) {
        if (m_atStart) {
            m_atStart = false;
            if (bytes.startsWith("\xEF\xBB\xBF")) {
                bytes = bytes.sliced(3);
            }
        }
        // decode() is lazy: only the conversion to a QString decodes (and finds errors).
        m_decoded = m_utf8.decode(bytes);
        m_nul = m_nul || bytes.contains('\0');
        if (m_keys) {
            for (const char c : bytes) {
                step(c);
            }
        }
    }
    void finish() {
        // A character cut off at the very end stays pending in the decoder until more comes.
        m_decoded = m_utf8.decode(QByteArrayView("\n"));
        if (!m_empty) {
            endRecord();
        }
    }
    bool plainUtf8() const { return !m_nul && !m_utf8.hasError(); }

private:
    enum class State { FieldStart, Plain, Quoted, AfterQuote };

    void step(char c) {
        if (m_empty) {
            m_empty = false;
            m_recordLine = m_line;
        }
        if (m_state == State::Quoted) {
            if (c == '"') {
                m_state = State::AfterQuote;
                return;
            }
            m_line += c == '\n' ? 1 : 0;
            keep(c);
            return;
        }
        if (c == '"' && m_state != State::Plain) {
            // Opens a quoted field at its start; after a closing quote it is a quote.
            if (m_state == State::AfterQuote) {
                keep(c);
            }
            m_state = State::Quoted;
            return;
        }
        if (c == ',') {
            m_inFirst = false;
            m_state = State::FieldStart;
        } else if (c == '\n') {
            ++m_line;
            endRecord();
        } else {
            keep(c);
            m_state = State::Plain;
        }
    }
    void keep(char c) {
        if (m_inFirst) {
            m_first.append(c);
        }
    }
    void endRecord() {
        if (!m_header) {
            m_keys->add(CsvFormulaGuard::unguard(QString::fromUtf8(m_first)), m_recordLine);
        }
        m_header = false;
        m_first.clear();
        m_inFirst = true;
        m_empty = true;
        m_state = State::FieldStart;
    }

    CsvKeyIndex *m_keys;
    QStringDecoder m_utf8{QStringDecoder::Utf8};
    QString m_decoded; // thrown away: only whether decoding failed counts
    State m_state = State::FieldStart;
    QByteArray m_first;
    qint64 m_line = 1;
    qint64 m_recordLine = 1;
    bool m_inFirst = true;
    bool m_empty = true; // no byte of the current record read yet
    bool m_header = true;
    bool m_atStart = true;
    bool m_nul = false;
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
    FirstColumnScan fast(keys);
    for (QByteArray chunk = file.read(kChunkSize); !chunk.isEmpty();
         chunk = file.read(kChunkSize)) {
        hash.addData(chunk);
        fast.feed(chunk);
    }
    fast.finish();
    CsvFileFacts facts;
    facts.sha256 = QString::fromLatin1(hash.result().toHex());
    std::optional<Error> error;
    if (!fast.plainUtf8()) {
        // Read again record by record, for the place of the problem, or as GB18030: only a file
        // that is GB18030 from start to end is taken as such, so that a UTF-8 file with one
        // damaged character is refused at that character, not read as something else.
        if (keys) {
            keys->clear();
        }
        bool notUtf8 = false;
        error = file.seek(0) ? scan(file, CsvEncoding::Utf8, keys, &notUtf8) : std::nullopt;
        if (error && notUtf8) {
            if (keys) {
                keys->clear();
            }
            if (file.seek(0) && !scan(file, CsvEncoding::Gb18030, keys)) {
                facts.encoding = CsvEncoding::Gb18030;
                error.reset();
            }
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
