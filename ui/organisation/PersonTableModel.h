#pragma once

#include "core/organisation/Person.h"
#include "ui/widgets/PagedTableModel.h"

namespace sd {

class OrganisationService;

// The people list, read page by page: the view asks for more rows as it scrolls
// (canFetchMore/fetchMore), filtering and counting run in SQL, so a long list of
// staff is never loaded whole. It refreshes when a person is committed.
class PersonTableModel : public PagedTableModel<Person> {
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

    const Person &personAt(int row) const { return rows().at(row); }
    // Loads further pages until the person is found; -1 if the filter hides them.
    int rowOfPerson(qint64 id);

protected:
    Result<qint64> countRows() const override;
    Result<QList<Person>> readRows(const PageQuery<Person> &query) const override;
    qint64 rowKey(const Person &person) const override { return person.id; }
    QVariant rowData(const Person &person, int column, int role) const override;
    QString columnTitle(int column) const override;

private:
    const OrganisationService &m_service;
    PersonFilter m_filter;
};

} // namespace sd
