#pragma once

#include <QWidget>

class QAction;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;

namespace sd {

class AssetTableModel;
class OwnershipService;
class Prompter;
class ResponsibilityService;

// The asset register: search, filters by kind, status, orphans and overdue checks, and
// the commands to register, edit, print labels and take stock.
class AssetsPanel : public QWidget {
    Q_OBJECT

public:
    AssetsPanel(const ResponsibilityService &service, const OwnershipService &owners,
                Prompter &prompter, bool editAllowed, QWidget *parent = nullptr);

    AssetTableModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QLineEdit *search() const { return m_search; }
    QComboBox *kindFilter() const { return m_kind; }
    QCheckBox *overdueOnly() const { return m_overdue; }
    void applyFilter();
    void addAsset();
    void editSelected();
    // Writes labels for the items now listed to path (the dialog asks for it otherwise).
    bool exportLabels(const QString &path = {});
    void stocktake();

Q_SIGNALS:
    void changed();

private:
    const ResponsibilityService &m_service;
    const OwnershipService &m_owners;
    Prompter &m_prompter;
    AssetTableModel *m_model;
    QTableView *m_view;
    QLineEdit *m_search;
    QComboBox *m_kind;
    QComboBox *m_status;
    QCheckBox *m_overdue;
    QCheckBox *m_orphaned;
    QLabel *m_count;
    QAction *m_editAction;
};

} // namespace sd
