#pragma once

#include "core/organisation/Person.h"

#include <QAbstractListModel>
#include <QSet>

namespace sd {

// Active people with a check box each, for choosing a unit's members.
class MemberPickerModel : public QAbstractListModel {
    Q_OBJECT

public:
    enum Role { PersonIdRole = Qt::UserRole + 1, SearchTextRole };

    explicit MemberPickerModel(QObject *parent = nullptr);

    void setPeople(const QList<Person> &people, const QList<qint64> &checked);
    QList<qint64> checkedIds() const; // sorted
    // The checked people, in list order.
    QList<Person> checkedPeople() const;
    void setChecked(qint64 personId, bool checked);
    void setCheckedIds(const QList<qint64> &ids);
    int rowOfPerson(qint64 personId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

Q_SIGNALS:
    void checkedChanged();

private:
    QList<Person> m_people;
    QSet<qint64> m_checked;
};

} // namespace sd
