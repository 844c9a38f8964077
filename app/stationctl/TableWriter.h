#pragma once

#include "app/stationctl/OutputFormat.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QVariant>
#include <functional>

namespace sd {

// One column of a listing.
struct Column {
    QString key;    // snake_case: the CSV header and the JSON key, stable for scripts
    QString header; // translated heading, for the table format only
    Qt::Alignment alignment = Qt::AlignLeft;
    // How a value reads in the table (e.g. "party_group" as "Party group"); CSV and
    // JSON always carry the raw value so scripts do not depend on the language.
    std::function<QString(const QVariant &)> display = {};
};

// Collects the rows of a listing and prints them as an aligned table, RFC 4180 CSV
// or a JSON array of objects. Every stationctl listing (people, units, and later
// alerts, records, audit…) goes through here, so the three formats behave the same
// everywhere.
//
// Cell values: a null QVariant (absent: empty in CSV, null in JSON), bool, integers,
// QString, QDate (ISO 8601) or QStringList (a JSON array; joined in CSV and tables).
class TableWriter {
    Q_DECLARE_TR_FUNCTIONS(sd::TableWriter)

public:
    explicit TableWriter(QList<Column> columns);

    // values has one entry per column, in column order.
    void addRow(QVariantList values);
    qsizetype rowCount() const { return m_rows.size(); }

    QString render(OutputFormat format) const;
    QString toTable() const;
    QString toCsv() const;
    QString toJson() const;

    // Terminal columns a text occupies: 2 for CJK and other wide characters, 0 for
    // combining marks and control characters, 1 otherwise.
    static int displayWidth(const QString &text);
    // One CSV field, quoted only when it holds a comma, quote, CR or LF.
    static QString csvField(const QString &text);
    // A JSON string literal, quotes included; non-ASCII text stays as UTF-8.
    static QString jsonString(const QString &text);

private:
    QString tableCell(int column, const QVariant &value) const;
    static QString plainText(const QVariant &value, const QString &listSeparator);
    static QString jsonValue(const QVariant &value);

    QList<Column> m_columns;
    QList<QVariantList> m_rows;
};

} // namespace sd
