#pragma once

#include <QWidget>
#include <optional>

class QAction;
class QGroupBox;
class QLabel;
class QListView;
class QTableView;
class QTreeView;

namespace sd {

class AccountabilitySection;
class AreaListModel;
class HonourService;
class OwnershipService;
class MemberTableModel;
class OrganisationService;
class Prompter;
class UnitDialog;
class UnitTreeModel;
struct Unit;
struct UnitSummary;

// The unit tree beside the selected unit's members and, for a community police
// office, the community areas it serves.
class UnitsPanel : public QWidget {
    Q_OBJECT

public:
    UnitsPanel(const OrganisationService &service, Prompter &prompter, QWidget *parent = nullptr);

    UnitTreeModel *unitModel() const { return m_units; }
    MemberTableModel *memberModel() const { return m_members; }
    AreaListModel *areaModel() const { return m_areas; }
    QTreeView *tree() const { return m_tree; }
    QListView *areaView() const { return m_areaView; }
    AccountabilitySection *accountability() const { return m_accountability; }
    // Shows, beside the members, what the selected unit owns and its honours.
    void setAccountability(const OwnershipService *ownership, const HonourService *honours);

    void reload();
    bool selectUnit(qint64 id);
    std::optional<qint64> selectedUnitId() const;
    // Without the EditOrganisation permission the commands stay in view but disabled,
    // their tooltip saying why; the core refuses such writes anyway.
    void setEditAllowed(bool allowed, const QString &reason);
    bool editAllowed() const { return m_editAllowed; }
    // Window titles of the edit dialogs open now ("Edit person: …"), for the shell's
    // unsaved-work check.
    QStringList openDialogs() const;

    UnitDialog *addUnit();
    UnitDialog *editSelected();
    void addArea();
    void removeSelectedArea();

Q_SIGNALS:
    void unitsChanged();

private:
    UnitDialog *openDialog(const Unit &unit);
    void showSelected();
    const UnitSummary *selectedSummary() const;

    const OrganisationService &m_service;
    Prompter &m_prompter;
    UnitTreeModel *m_units;
    MemberTableModel *m_members;
    AreaListModel *m_areas;
    QTreeView *m_tree;
    QLabel *m_title;
    QLabel *m_leader;
    QTableView *m_memberView;
    QGroupBox *m_areaBox;
    QListView *m_areaView;
    QAction *m_addAction;
    QAction *m_editAction;
    QAction *m_addAreaAction;
    QAction *m_removeAreaAction;
    AccountabilitySection *m_accountability = nullptr;
    bool m_editAllowed = true;
};

} // namespace sd
