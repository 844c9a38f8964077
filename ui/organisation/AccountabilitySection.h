#pragma once

#include <QWidget>

class QBoxLayout;
class QGroupBox;
class QTreeWidget;

namespace sd {

class HonourService;
class OwnershipService;

// Under a person or a unit: everything they answer for (assets and open tasks, from
// OwnershipService::ownedBy) and the honours they received (HonourService). Shows
// nothing until services are given, so the organisation page works without them.
class AccountabilitySection : public QWidget {
    Q_OBJECT

public:
    explicit AccountabilitySection(QWidget *parent = nullptr);

    void setServices(const OwnershipService *ownership, const HonourService *honours);
    // Side by side (the default) or one above the other, for a narrow pane.
    void setOrientation(Qt::Orientation orientation);
    bool hasServices() const { return m_ownership != nullptr || m_honours != nullptr; }

    void showPerson(qint64 personId);
    void showUnit(qint64 unitId);
    void clear();

    QTreeWidget *ownedList() const { return m_owned; }
    QTreeWidget *honourList() const { return m_honourList; }
    QGroupBox *ownedBox() const { return m_ownedBox; }
    QGroupBox *honourBox() const { return m_honourBox; }

private:
    void show(bool unit, qint64 id);

    const OwnershipService *m_ownership = nullptr;
    const HonourService *m_honours = nullptr;
    QBoxLayout *m_layout;
    QGroupBox *m_ownedBox;
    QGroupBox *m_honourBox;
    QTreeWidget *m_owned;
    QTreeWidget *m_honourList;
};

} // namespace sd
