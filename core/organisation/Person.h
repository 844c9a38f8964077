#pragma once

#include "core/kernel/common/EnumKeys.h"

#include <QDate>
#include <QString>
#include <optional>

namespace sd {

#define SD_ENUM_KEYS_FILE "core/organisation/PersonKeys.def"
#include "core/kernel/common/EnumKeysDeclare.inc"

// A member of the station's staff. Ids are 0 until stored; rowVersion is the
// optimistic-locking counter the storage layer checks on every update.
struct Person {
    qint64 id = 0;
    QString badgeNo;
    QString name;
    QString position;
    PersonCategory category = PersonCategory::Officer;
    QString phone;
    QDate joinedOn;
    QDate leftOn;
    bool active = true;

    qint64 rowVersion = 0;
    qint64 updatedAt = 0; // UTC ms
    QString updatedBy;
};

// Filter for the people list; text matches name, badge number, position or phone.
// How a person is written everywhere, on screen and on paper: "Name (badge no.)", in Chinese
// 彭国强（031031） with full-width brackets; the name alone when there is no badge number, so
// never empty brackets.
QString personLabel(const QString &name, const QString &badgeNo);
inline QString personLabel(const Person &person) {
    return personLabel(person.name, person.badgeNo);
}

struct PersonFilter {
    QString text;
    bool includeInactive = true;
    int offset = 0;
    int limit = 200;
};

} // namespace sd
