#pragma once

#include "core/organisation/Person.h"

#include <QAbstractTableModel>

namespace sd {

class OrganisationService;

// The people list, read page by page: the view asks for more rows as it scrolls
// (canFetchMore/fetchMore), filtering and counting run in SQL, so a long list of
// staff is never loaded whole.
class PersonTableModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column {
        BadgeColumn,
        NameColumn,
        PositionColumn,
        CategoryColumn,
        PhoneColumn,
        StatusColumn,
        ColumnCount
    };
    enum Role { PersonIdRole = Qt::UserRole + 1, ActiveRole };

    explicit PersonTableModel(const OrganisationService &service, QObject *parent = nullptr);

    void setSearchText(const QString &text);
    QString searchText() const { return m_filter.text; }
    void setIncludeInactive(bool include);
    bool includeInactive() const { return m_filter.includeInactive; }
    void setPageSize(int rows);

    // Reads the count and the first page again, e.g. after a write.
    void reload();
    // People matching the filter in the database, loaded or not.
    int totalCount() const { return m_total; }
    const Person &personAt(int row) const { return m_rows.at(row); }
    // Loads further pages until the person is found; -1 if the filter hides them.
    int rowOfPerson(qint64 id);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

Q_SIGNALS:
    void totalCountChanged(int count);
    void loadFailed(const QString &message);

private:
    const OrganisationService &m_service;
    PersonFilter m_filter;
    QList<Person> m_rows;
    int m_total = 0;
    bool m_notifying = false;
};

} // namespace sd
