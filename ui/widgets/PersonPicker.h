#pragma once

#include "core/organisation/Person.h"

#include <QWidget>

class QLineEdit;
class QListView;
class QSortFilterProxyModel;
class QStandardItemModel;

namespace sd {

// Chooses one person from a list that may be long: type part of a name, badge number
// or position to narrow it, then pick. Used where an account is given to a person.
class PersonPicker : public QWidget {
    Q_OBJECT

public:
    explicit PersonPicker(QWidget *parent = nullptr);

    void setPeople(const QList<Person> &people);
    // Empty when nobody is chosen.
    QString selectedBadge() const;
    bool selectBadge(const QString &badgeNo);
    int visibleCount() const;

    QLineEdit *searchField() const { return m_search; }
    QListView *list() const { return m_list; }

Q_SIGNALS:
    void selectionChanged();

private:
    QLineEdit *m_search;
    QListView *m_list;
    QStandardItemModel *m_people;
    QSortFilterProxyModel *m_filter;
};

} // namespace sd
