#pragma once

#include "core/frontdesk/Alert.h"

#include <QCoreApplication>
#include <QHash>
#include <QStringList>
#include <QTimeZone>

namespace sd {

// The alert CSV format shared by import and export: the columns, how each value is
// written, and how a row is read back with a problem per bad column.
class AlertCsv {
    Q_DECLARE_TR_FUNCTIONS(sd::AlertCsv)

public:
    static const QStringList &columns(); // number,received_at,source,…,status

    // Area names by id and ids by name for the station.
    AlertCsv(QTimeZone zone, QHash<qint64, QString> areaNames);

    QStringList row(const Alert &alert) const;

    struct Problem {
        QString column;
        QString message;
    };
    // Fills alert from the fields (already checked to be one per column); problems name the
    // column. Received times without an offset are in the station's time zone.
    QList<Problem> parse(const QStringList &fields, Alert &alert) const;

    // ISO 8601 in the station's zone with its offset, e.g. 2026-03-15T18:00:00+08:00.
    QString formatTime(qint64 utcMs) const;
    std::optional<qint64> parseTime(const QString &text) const;

private:
    QTimeZone m_zone;
    QHash<qint64, QString> m_areaNames;
    QHash<QString, qint64> m_areaIds;
};

} // namespace sd
