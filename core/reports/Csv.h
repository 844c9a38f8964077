#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QIODevice>
#include <QString>
#include <QStringDecoder>
#include <QStringList>

namespace sd {

// One parsed CSV record and the line it starts on (a quoted field may span lines, so
// the next record's line is not always this one's plus one).
struct CsvRecord {
    qint64 line = 0;
    QStringList fields;
};

// Streams RFC 4180 CSV (UTF-8, optional BOM, CRLF or LF, "" inside quoted fields) from
// a device in large chunks, so a million-row file is never held in memory whole.
class CsvReader {
    Q_DECLARE_TR_FUNCTIONS(sd::CsvReader)

public:
    explicit CsvReader(QIODevice &device);

    // False at the end of the input or on a damaged record; error() tells which.
    bool next(CsvRecord &record);
    // Set when next() stopped on damaged input (unterminated quote, invalid UTF-8).
    const std::optional<Error> &error() const { return m_error; }
    // Bytes consumed so far, for progress.
    qint64 bytesRead() const { return m_consumed; }

private:
    bool fill();
    bool fail(qint64 line, int column, const QString &problem);

    QIODevice &m_device;
    QByteArray m_buffer;
    qsizetype m_pos = 0;
    qint64 m_consumed = 0;
    qint64 m_line = 1;
    bool m_atStart = true;
    bool m_eof = false;
    std::optional<Error> m_error;
    QStringDecoder m_decoder{QStringDecoder::Utf8, QStringDecoder::Flag::Stateless};
};

// Writes CSV that CsvReader (and spreadsheet programs) read back exactly: fields are
// quoted only when they contain a comma, quote, CR or LF; rows end with LF.
class CsvWriter {
public:
    explicit CsvWriter(QIODevice &device)
        : m_device(device) {}
    bool writeRow(const QStringList &fields);

private:
    QIODevice &m_device;
    QByteArray m_row;
};

// Collects the problems of an import as "LINE:COLUMN: problem" lines; keeps the first
// `limit` and counts the rest, so a wholly wrong file does not flood the report.
class ImportProblems {
    Q_DECLARE_TR_FUNCTIONS(sd::ImportProblems)

public:
    explicit ImportProblems(int limit = 50)
        : m_limit(limit) {}

    void add(qint64 line, const QString &column, const QString &problem);
    bool isEmpty() const { return m_total == 0; }
    qint64 total() const { return m_total; }
    const QStringList &shown() const { return m_shown; }
    // The shown lines, then "… and N more problems" when some were left out.
    QString report() const;

private:
    int m_limit;
    qint64 m_total = 0;
    QStringList m_shown;
};

} // namespace sd
