#include "ui/organisation/PersonTableModel.h"

#include "core/organisation/OrganisationService.h"

#include <QBrush>
#include <QGuiApplication>
#include <QPalette>

using namespace Qt::StringLiterals;

namespace sd {

namespace {
qint64 personKey(const Person &person) {
    return person.id;
}
} // namespace

PersonTableModel::PersonTableModel(const OrganisationService &service, QObject *parent)
    : FilteredTableModel({std::bind_front(&OrganisationService::countPeople, &service),
                          std::bind_front(&OrganisationService::people, &service), &personKey},
                         100, service.changes(), {u"person"_s}, ColumnCount, parent) {
    editFilter().includeInactive = false;
}

void PersonTableModel::setSearchText(const QString &text) {
    if (filter().text == text.trimmed()) {
        return;
    }
    editFilter().text = text.trimmed();
    reload();
}

void PersonTableModel::setIncludeInactive(bool include) {
    if (filter().includeInactive == include) {
        return;
    }
    editFilter().includeInactive = include;
    reload();
}

int PersonTableModel::rowOfPerson(qint64 id) {
    for (;;) {
        if (const int row = rowOfKey(id); row >= 0) {
            return row;
        }
        if (!canFetchMore({})) {
            return -1;
        }
        fetchMore({});
    }
}

QVariant PersonTableModel::rowData(const Person &person, int column, int role) const {
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case BadgeColumn:
            return person.badgeNo;
        case NameColumn:
            return person.name;
        case PositionColumn:
            return person.position;
        case CategoryColumn:
            return displayName(person.category);
        case PhoneColumn:
            return person.phone;
        case StatusColumn:
            if (person.active) {
                return tr("Active");
            }
            return person.leftOn.isValid()
                       ? tr("Left on %1").arg(person.leftOn.toString(u"yyyy-MM-dd"_s))
                       : tr("Left");
        }
        return {};
    case Qt::ForegroundRole:
        // People who left stay readable but step back from the current staff.
        if (!person.active) {
            return QGuiApplication::palette().brush(QPalette::Disabled, QPalette::Text);
        }
        return {};
    case PersonIdRole:
        return person.id;
    case ActiveRole:
        return person.active;
    }
    return {};
}

QString PersonTableModel::columnTitle(int column) const {
    switch (column) {
    case BadgeColumn:
        return tr("Badge no.");
    case NameColumn:
        return tr("Name");
    case PositionColumn:
        return tr("Position");
    case CategoryColumn:
        return tr("Category");
    case PhoneColumn:
        return tr("Phone");
    case StatusColumn:
        return tr("Status");
    }
    return {};
}

} // namespace sd
