#pragma once

#include "core/responsibility/Asset.h"

#include <QCoreApplication>
#include <QHash>
#include <QStringList>

namespace sd {

// The asset CSV shared by import and export:
//   tag,name,kind,location,status,acquired_on,next_check_on,owner,notes
// owner is a person's badge number or a unit's name; location is a room or area asset's
// tag (its name on import too) or free text; dates are YYYY-MM-DD or empty.
class AssetCsv {
    Q_DECLARE_TR_FUNCTIONS(sd::AssetCsv)

public:
    enum Column {
        TagColumn,
        NameColumn,
        KindColumn,
        LocationColumn,
        StatusColumn,
        AcquiredOnColumn,
        NextCheckOnColumn,
        OwnerColumn,
        NotesColumn,
    };

    static const QStringList &columns();

    // roomTags: the tag of every room or area by id, to write linked locations.
    explicit AssetCsv(QHash<qint64, QString> roomTags = {})
        : m_roomTags(std::move(roomTags)) {}

    QStringList row(const AssetRow &row) const;

    struct Problem {
        QString column;
        QString message;
    };
    // Fills the asset's own fields from a row (one field per column); the owner and the
    // location need the database and are left to the importer (ownerText, locationText).
    QList<Problem> parse(const QStringList &fields, Asset &asset) const;

    // The column a service's Validation field names (the same words), or the first column.
    static QString columnOf(const QString &field);

private:
    QHash<qint64, QString> m_roomTags;
};

} // namespace sd
