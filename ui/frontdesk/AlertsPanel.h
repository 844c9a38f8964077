#pragma once

#include "core/frontdesk/Alert.h"

#include <QSignalBlocker>
#include <QWidget>
#include <vector>

class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;
class QTimer;

namespace sd {

class AlertDialog;
class AlertTableModel;
class OptionalDateEdit;
struct FrontDeskContext;

// The alert register: filters (period in station time, category, status, area, officer,
// full-text search), the lazily paged list and the commands on the selected alert.
class AlertsPanel : public QWidget {
    Q_OBJECT

public:
    static constexpr int kSearchDelayMs = 300;

    AlertsPanel(const FrontDeskContext &context, bool editAllowed, QWidget *parent = nullptr);

    AlertTableModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QLineEdit *searchField() const { return m_search; }
    OptionalDateEdit *fromField() const { return m_from; }
    OptionalDateEdit *toField() const { return m_to; }
    QComboBox *categoryFilter() const { return m_category; }
    QComboBox *statusFilter() const { return m_status; }
    QComboBox *areaFilter() const { return m_area; }
    QComboBox *officerFilter() const { return m_officer; }
    QAction *importAction() const { return m_importAction; }

    void focusSearch();
    // Lists the alerts a statistics figure counts: the fields show what they can (the days,
    // category, status, area) and a line above the list names the figure and holds the rest
    // (several categories, the preventable flag, no area) until "Show all alerts".
    void showFigure(const AlertFilter &filter, const QString &description);
    // Back to every alert: the figure and the filter fields cleared.
    void clearFigure();
    QWidget *figureBanner() const { return m_figureBanner; }
    // The filter as the fields say, in UTC for the station's days.
    AlertFilter currentFilter() const;
    void applyFilter();
    void reload();
    bool selectAlert(qint64 id);
    const Alert *selectedAlert() const;

    AlertDialog *addAlert();
    AlertDialog *openSelected();
    QStringList openDialogs() const;

Q_SIGNALS:
    void recordRequested(const sd::Alert &alert);
    void importRequested();

private:
    AlertDialog *openDialog(const Alert &alert);
    std::vector<QSignalBlocker> blockFilterSignals();
    void updateActions();

    const FrontDeskContext &m_context;
    bool m_editAllowed;
    AlertTableModel *m_model;
    QTableView *m_view;
    OptionalDateEdit *m_from;
    OptionalDateEdit *m_to;
    QComboBox *m_category;
    QComboBox *m_status;
    QComboBox *m_area;
    QComboBox *m_officer;
    QLineEdit *m_search;
    QTimer *m_searchDelay;
    QLabel *m_count;
    QWidget *m_figureBanner;
    QLabel *m_figureText;
    AlertFilter m_figure; // only its fields the filter fields cannot show
    QAction *m_addAction;
    QAction *m_openAction;
    QAction *m_recordAction;
    QAction *m_importAction;
};

} // namespace sd
