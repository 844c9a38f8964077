#pragma once

#include "core/organisation/Person.h"
#include "ui/widgets/FilteredTableModel.h"

namespace sd {

class OrganisationService;

// The people list, read page by page: the view asks for more rows as it scrolls
// (canFetchMore/fetchMore), filtering and counting run in SQL, so a long list of
// staff is never loaded whole. It refreshes when a person is committed.
class PersonTableModel : public FilteredTableModel<Person, PersonFilter> {
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
    QString searchText() const { return filter().text; }
    void setIncludeInactive(bool include);
    bool includeInactive() const { return filter().includeInactive; }

    const Person &personAt(int row) const { return rowAt(row); }
    // Loads further pages until the person is found; -1 if the filter hides them.
    int rowOfPerson(qint64 id);

protected:
    QVariant rowData(const Person &person, int column, int role) const override;
    QString columnTitle(int column) const override;
};

} // namespace sd
