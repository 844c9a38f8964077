#include "core/responsibility/AssetCsv.h"

using namespace Qt::StringLiterals;

namespace sd {

namespace {
template <typename E> QString allowed(const QList<E> &values) {
    QStringList keys;
    for (const E value : values) {
        keys << toKey(value);
    }
    return keys.join(u'|');
}

QString dateText(const QDate &date) {
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}
} // namespace

const QStringList &AssetCsv::columns() {
    static const QStringList kColumns{u"tag"_s,           u"name"_s,   u"kind"_s,
                                      u"location"_s,      u"status"_s, u"acquired_on"_s,
                                      u"next_check_on"_s, u"owner"_s,  u"notes"_s};
    return kColumns;
}

QString AssetCsv::columnOf(const QString &field) {
    return columns().contains(field) ? field : columns().first();
}

QStringList AssetCsv::row(const AssetRow &row) const {
    const Asset &a = row.asset;
    const QString location =
        a.locationAssetId ? m_roomTags.value(*a.locationAssetId) : a.locationText;
    const QString owner = row.owner.ref.isUnit() ? row.owner.name : row.owner.badge;
    return {a.tag,
            a.name,
            toKey(a.kind),
            location,
            toKey(a.status),
            dateText(a.acquiredOn),
            dateText(a.nextCheckOn),
            owner,
            a.notes};
}

QList<AssetCsv::Problem> AssetCsv::parse(const QStringList &fields, Asset &asset) const {
    QList<Problem> problems;
    const QStringList &names = columns();
    auto problem = [&](Column column, const QString &message) {
        problems << Problem{names[column], message};
    };
    asset.tag = fields[TagColumn].trimmed().toUpper();
    asset.name = fields[NameColumn].trimmed();
    if (const auto kind = assetKindFromKey(fields[KindColumn].trimmed())) {
        asset.kind = *kind;
    } else {
        problem(KindColumn,
                tr("\"%1\" is not one of %2").arg(fields[KindColumn], allowed(allAssetKinds())));
    }
    const QString status = fields[StatusColumn].trimmed();
    if (status.isEmpty()) {
        asset.status = AssetStatus::InUse;
    } else if (const auto parsed = assetStatusFromKey(status)) {
        asset.status = *parsed;
    } else {
        problem(
            StatusColumn,
            tr("\"%1\" is not one of %2").arg(fields[StatusColumn], allowed(allAssetStatuses())));
    }
    for (const auto &[column, date] : {std::pair{AcquiredOnColumn, &asset.acquiredOn},
                                       std::pair{NextCheckOnColumn, &asset.nextCheckOn}}) {
        const QString text = fields[column].trimmed();
        *date = text.isEmpty() ? QDate() : QDate::fromString(text, Qt::ISODate);
        if (!text.isEmpty() && !date->isValid()) {
            problem(column,
                    tr("\"%1\" is not a date such as 2026-03-15 (or leave it empty)").arg(text));
        }
    }
    if (fields[OwnerColumn].trimmed().isEmpty()) {
        problem(OwnerColumn, tr("every item needs an owner: a badge number or a unit name"));
    }
    asset.notes = fields[NotesColumn].trimmed();
    return problems;
}

} // namespace sd
