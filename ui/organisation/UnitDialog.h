#pragma once

#include "core/organisation/Unit.h"
#include "ui/widgets/EditDialog.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QListView;
class QSortFilterProxyModel;

namespace sd {

class MemberPickerModel;
class OrganisationService;
class Prompter;

// Adds or edits a unit: its kind, name, parent unit, members (checked from the list
// of active people) and leader (one of the checked members). Like the person
// dialog it stays open with the user's choices when the service refuses them.
class UnitDialog : public EditDialog {
    Q_OBJECT

public:
    // A unit with id 0 is added, any other is edited.
    UnitDialog(const OrganisationService &service, Prompter &prompter, const Unit &unit,
               QWidget *parent = nullptr);

    const Unit &unit() const { return m_unit; }
    MemberPickerModel *memberModel() const { return m_members; }
    // Picks the leader by person id; false when they are not a checked member.
    bool setLeader(qint64 personId);

Q_SIGNALS:
    void saved(const sd::Unit &unit);

private:
    void loadChoices();
    void fill(const Unit &unit);
    void refreshLeaders();
    void updateMemberCount();
    Unit edited() const;
    Status store() override;
    bool canReload() const override { return true; }
    Status reloadStored() override;
    // The fields' values and the ticked members.
    QVariantList inputState() const override;

    const OrganisationService &m_service;
    Unit m_unit;
    MemberPickerModel *m_members;
    QSortFilterProxyModel *m_memberFilter;
    QComboBox *m_kind;
    QLineEdit *m_name;
    QComboBox *m_parent;
    QLineEdit *m_filter;
    QListView *m_memberList;
    QLabel *m_memberCount;
    QComboBox *m_leader;
};

} // namespace sd
