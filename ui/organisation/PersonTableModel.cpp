#include "ui/organisation/PersonTableModel.h"

#include "core/organisation/OrganisationService.h"

#include <QBrush>
#include <QGuiApplication>
#include <QPalette>

using namespace Qt::StringLiterals;

namespace sd {

PersonTableModel::PersonTableModel(const OrganisationService &service, QObject *parent)
    : QAbstractTableModel(parent)
    , m_service(service) {
    m_filter.includeInactive = false;
    m_filter.limit = 100;
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

void PersonTableModel::setPageSize(int rows) {
    m_filter.limit = qMax(1, rows);
}

void PersonTableModel::reload() {
    m_notifying = true;
    beginResetModel();
    m_rows.clear();
    m_total = 0;
    PersonFilter first = m_filter;
    first.offset = 0;
    auto count = m_service.countPeople(first);
    auto page = count ? m_service.people(first) : Result<QList<Person>>(count.error());
    QString failure;
    if (count && page) {
        m_total = count.value();
        m_rows = page.value();
        // Another desk may have added or removed people between the two queries; never
        // promise rows that the next page cannot deliver.
        if (m_rows.size() < first.limit) {
            m_total = int(m_rows.size());
        }
        m_total = qMax(m_total, int(m_rows.size()));
    } else {
        failure = count ? page.error().message : count.error().message;
    }
    endResetModel();
    m_notifying = false;
    Q_EMIT totalCountChanged(m_total);
    if (!failure.isEmpty()) {
        Q_EMIT loadFailed(failure);
    }
}

int PersonTableModel::rowOfPerson(qint64 id) {
    for (;;) {
        for (int row = 0; row < m_rows.size(); ++row) {
            if (m_rows.at(row).id == id) {
                return row;
            }
        }
        if (!canFetchMore({})) {
            return -1;
        }
        fetchMore({});
    }
}

int PersonTableModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_rows.size());
}

int PersonTableModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PersonTableModel::data(const QModelIndex &index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const Person &person = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
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

QVariant PersonTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
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

bool PersonTableModel::canFetchMore(const QModelIndex &parent) const {
    // Not while listeners are told about a reset or an insertion: one that fetched then
    // would start a second change inside the first and read the same page twice.
    return !m_notifying && !parent.isValid() && m_rows.size() < m_total;
}

void PersonTableModel::fetchMore(const QModelIndex &parent) {
    if (parent.isValid() || !canFetchMore(parent)) {
        return;
    }
    PersonFilter next = m_filter;
    next.offset = int(m_rows.size());
    auto page = m_service.people(next);
    if (!page || page->isEmpty()) {
        // Stop asking: the list shrank under us or the database failed.
        m_total = int(m_rows.size());
        Q_EMIT totalCountChanged(m_total);
        if (!page) {
            Q_EMIT loadFailed(page.error().message);
        }
        return;
    }
    const int first = int(m_rows.size());
    m_notifying = true;
    beginInsertRows({}, first, first + int(page->size()) - 1);
    m_rows.append(page.value());
    endInsertRows();
    m_notifying = false;
    m_total = qMax(m_total, int(m_rows.size()));
}

} // namespace sd
