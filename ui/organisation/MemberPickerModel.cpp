#include "ui/organisation/MemberPickerModel.h"

#include "core/organisation/Person.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace sd {

MemberPickerModel::MemberPickerModel(QObject *parent)
    : QAbstractListModel(parent) {}

void MemberPickerModel::setPeople(const QList<Person> &people, const QList<qint64> &checked) {
    beginResetModel();
    m_people = people;
    m_checked = QSet<qint64>(checked.cbegin(), checked.cend());
    endResetModel();
    Q_EMIT checkedChanged();
}

QList<qint64> MemberPickerModel::checkedIds() const {
    QList<qint64> ids;
    for (const Person &person : m_people) {
        if (m_checked.contains(person.id)) {
            ids << person.id;
        }
    }
    std::sort(ids.begin(), ids.end());
    return ids;
}

QList<Person> MemberPickerModel::checkedPeople() const {
    QList<Person> result;
    for (const Person &person : m_people) {
        if (m_checked.contains(person.id)) {
            result << person;
        }
    }
    return result;
}

void MemberPickerModel::setChecked(qint64 personId, bool checked) {
    const int row = rowOfPerson(personId);
    if (row >= 0) {
        setData(index(row), int(checked ? Qt::Checked : Qt::Unchecked), Qt::CheckStateRole);
    }
}

void MemberPickerModel::setCheckedIds(const QList<qint64> &ids) {
    m_checked = QSet<qint64>(ids.cbegin(), ids.cend());
    if (!m_people.isEmpty()) {
        Q_EMIT dataChanged(index(0), index(int(m_people.size()) - 1), {Qt::CheckStateRole});
    }
    Q_EMIT checkedChanged();
}

int MemberPickerModel::rowOfPerson(qint64 personId) const {
    for (int row = 0; row < m_people.size(); ++row) {
        if (m_people.at(row).id == personId) {
            return row;
        }
    }
    return -1;
}

int MemberPickerModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_people.size());
}

QVariant MemberPickerModel::data(const QModelIndex &index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const Person &person = m_people.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return person.position.isEmpty() ? personLabel(person)
                                         : tr("%1, %2").arg(personLabel(person), person.position);
    case Qt::CheckStateRole:
        return int(m_checked.contains(person.id) ? Qt::Checked : Qt::Unchecked);
    case PersonIdRole:
        return person.id;
    case SearchTextRole:
        return QStringList{person.name, person.badgeNo, person.position, person.phone}.join(u' ');
    }
    return {};
}

bool MemberPickerModel::setData(const QModelIndex &index, const QVariant &value, int role) {
    if (role != Qt::CheckStateRole ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return false;
    }
    const qint64 id = m_people.at(index.row()).id;
    const bool checked = value.toInt() == Qt::Checked;
    if (checked == m_checked.contains(id)) {
        return true;
    }
    if (checked) {
        m_checked.insert(id);
    } else {
        m_checked.remove(id);
    }
    Q_EMIT dataChanged(index, index, {Qt::CheckStateRole});
    Q_EMIT checkedChanged();
    return true;
}

Qt::ItemFlags MemberPickerModel::flags(const QModelIndex &index) const {
    if (!index.isValid()) {
        return Qt::NoItemFlags;
    }
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable;
}

} // namespace sd
