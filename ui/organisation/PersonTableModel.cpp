#include "ui/organisation/PersonTableModel.h"

#include "core/organisation/OrganisationService.h"

#include <QBrush>
#include <QGuiApplication>
#include <QPalette>

using namespace Qt::StringLiterals;

namespace sd {

PersonTableModel::PersonTableModel(const OrganisationService &service, QObject *parent)
    : PagedTableModel(Paging::Offset, 100, service.changes(), {u"person"_s}, ColumnCount, parent)
    , m_service(service) {
    m_filter.includeInactive = false;
}

void PersonTableModel::setSearchText(const QString &text) {
    if (m_filter.text == text.trimmed()) {
        return;
    }
    m_filter.text = text.trimmed();
    reload();
}

void PersonTableModel::setIncludeInactive(bool include) {
    if (m_filter.includeInactive == include) {
        return;
    }
    m_filter.includeInactive = include;
    reload();
}

Result<qint64> PersonTableModel::countRows() const {
    return widened(m_service.countPeople(m_filter));
}

Result<QList<Person>> PersonTableModel::readRows(const PageQuery<Person> &query) const {
    return m_service.people(pageOf(m_filter, query));
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
