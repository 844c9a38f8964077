#pragma once

#include "core/kernel/common/EnumKeys.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace sd {

#define SD_ENUM_KEYS_FILE "core/frontdesk/AlertKeys.def"
#include "core/kernel/common/EnumKeysDeclare.inc"

// An alert as received at the front desk. Ids are 0 until stored; the number
// (JQ-YYYY-NNNNNN) is generated on create when left empty.
struct Alert {
    qint64 id = 0;
    QString number;
    qint64 receivedAt = 0; // UTC ms
    AlertSource source = AlertSource::Dispatch;
    AlertCategory category = AlertCategory::Other;
    bool preventable = false;
    std::optional<qint64> areaId;
    QString areaName; // read-only, filled by queries
    QString location;
    QString callerName;
    QString callerPhone;
    QString summary;
    AlertStatus status = AlertStatus::Open;
    QList<qint64> officerIds; // handling officers, in the order given
    QStringList officerNames; // read-only, same order as officerIds

    qint64 rowVersion = 0;
    qint64 updatedAt = 0;
    QString updatedBy;
};

// The list's filter. Text is a full-text query over summary, location and caller
// (Chinese substrings included); all conditions are ANDed.
struct AlertFilter {
    std::optional<qint64> from; // UTC ms, inclusive
    std::optional<qint64> to;   // UTC ms, exclusive
    std::optional<AlertCategory> category;
    std::optional<AlertStatus> status;
    std::optional<qint64> areaId;
    std::optional<qint64> officerId;
    QString text;
    // What a statistics figure counts beyond the fields above, so that drilling into it
    // lists exactly its alerts: any of several categories, the preventable flag, no area.
    QList<AlertCategory> anyOfCategories;
    std::optional<bool> preventable;
    bool withoutArea = false;

    // Whether anything but the text narrows the list.
    bool narrowsBeyondText() const {
        return from || to || category || status || areaId || officerId ||
               !anyOfCategories.isEmpty() || preventable || withoutArea;
    }
};

enum class AlertSort { ReceivedAt, Number };

// A keyset page: rows after (or, descending, before) the last row of the previous page,
// so the millionth row costs what the first does.
struct AlertPageRequest {
    AlertSort sort = AlertSort::ReceivedAt;
    bool descending = true;
    int limit = 200;
    // The previous page's last row; empty for the first page.
    std::optional<qint64> afterReceivedAt;
    QString afterNumber;
    std::optional<qint64> afterId;
};

// open → on scene → one of the outcomes; an outcome may still be closed. Staying put is
// always allowed (an edit that does not touch the status).
bool alertStatusChangeAllowed(AlertStatus from, AlertStatus to);

} // namespace sd
