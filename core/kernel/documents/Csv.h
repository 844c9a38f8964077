#pragma once

#include "core/kernel/common/Result.h"

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

// The text encodings a CSV file may come in: UTF-8 (with or without a BOM), or GB18030,
// which includes GBK and is what Excel and WPS save as "CSV" on a Chinese Windows.
enum class CsvEncoding { Utf8, Gb18030 };

// A value a spreadsheet would run as a formula (it starts with = + - @, a tab or a CR, as
// OWASP lists) is written with an apostrophe in front, which spreadsheets take as "this is
// text". To read every value back exactly, a value that already starts with apostrophes
// followed by one of those gets one more, and reading takes exactly one away. A plain
// negative number such as -24 or -2.5 is a number to a spreadsheet, not a formula, and is
// left as it is.
namespace CsvFormulaGuard {
QString guard(const QString &value);
QString unguard(const QString &value);
} // namespace CsvFormulaGuard

// Streams RFC 4180 CSV (UTF-8 with an optional BOM or GB18030, CRLF or LF, "" inside quoted
// fields) from a device in large chunks, so a million-row file is never held in memory
// whole. Fields come back unguarded (CsvFormulaGuard). A NUL byte is refused: it is not
// text, and the database engines do not agree on storing it.
class CsvReader {
    Q_DECLARE_TR_FUNCTIONS(sd::CsvReader)

public:
    explicit CsvReader(QIODevice &device, CsvEncoding encoding = CsvEncoding::Utf8);

    // False at the end of the input or on a damaged record; error() tells which.
    bool next(CsvRecord &record);
    // Set when next() stopped on damaged input (unterminated quote, text not in the encoding,
    // a NUL byte), as "LINE:COLUMN: problem".
    const std::optional<Error> &error() const { return m_error; }
    // The error is that the bytes are not text in the reader's encoding.
    bool hasEncodingError() const { return m_encodingError; }
    // Bytes consumed so far, for progress.
    qint64 bytesRead() const { return m_consumed; }

private:
    bool fill();
    bool fail(qint64 line, int column, const QString &problem);

    QIODevice &m_device;
    CsvEncoding m_encoding;
    QByteArray m_buffer;
    qsizetype m_pos = 0;
    qint64 m_consumed = 0;
    qint64 m_line = 1;
    bool m_atStart = true;
    bool m_eof = false;
    bool m_encodingError = false;
    std::optional<Error> m_error;
    QStringDecoder m_decoder;
};

// Writes CSV that CsvReader reads back exactly and that a person can open in Excel or WPS:
// it starts with a UTF-8 BOM, without which Excel reads UTF-8 as the local code page and
// garbles Chinese, and formulas are guarded (CsvFormulaGuard). Fields are quoted only when
// they contain a comma, quote, CR or LF; rows end with LF.
class CsvWriter {
public:
    explicit CsvWriter(QIODevice &device)
        : m_device(device) {}
    bool writeRow(const QStringList &fields);

private:
    QIODevice &m_device;
    bool m_started = false;
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
