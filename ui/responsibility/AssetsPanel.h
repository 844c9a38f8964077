#pragma once

#include "ui/responsibility/RegisterPanel.h"

class QCheckBox;
class QComboBox;

namespace sd {

class AssetTableModel;

// The asset register: search, filters by kind, status, orphans and overdue checks, and
// the commands to register, edit, print labels and take stock.
class AssetsPanel : public RegisterPanel {
    Q_OBJECT

public:
    AssetsPanel(const ResponsibilityService &service, const OwnershipService &owners,
                Prompter &prompter, bool editAllowed, QWidget *parent = nullptr);

    AssetTableModel *model() const { return m_model; }
    QComboBox *kindFilter() const { return m_kind; }
    QCheckBox *overdueOnly() const { return m_overdue; }
    void applyFilter() override;
    // Writes labels for the items now listed to path (the dialog asks for it otherwise).
    bool exportLabels(const QString &path = {});
    void stocktake();

private:
    std::unique_ptr<OwnedItemDialog> createDialog(int row) override;

    AssetTableModel *m_model;
    QComboBox *m_kind;
    QComboBox *m_status;
    QCheckBox *m_overdue;
    QCheckBox *m_orphaned;
};

} // namespace sd
