#pragma once

#include "core/frontdesk/AlertChecklist.h"

#include <QWidget>

class QLabel;
class QListWidget;
class QListWidgetItem;

namespace sd {

struct FrontDeskContext;

// The handling checklist of one alert: every step with who ticked it and when. Ticking
// or unticking is stored at once (it is a fact about the handling, not part of the alert's
// form); unticked steps are highlighted so what is still to do stands out.
class AlertChecklistView : public QWidget {
    Q_OBJECT

public:
    AlertChecklistView(const FrontDeskContext &context, qint64 alertId, bool editAllowed,
                       QWidget *parent = nullptr);

    void reload();
    QListWidget *list() const { return m_list; }
    const QList<ChecklistItem> &items() const { return m_items; }
    int untickedCount() const;
    // As a click on the step's tick box; true when the service stored it. The list is
    // redrawn from the database on the next turn of the event loop.
    bool setTicked(int row, bool ticked);

Q_SIGNALS:
    void changed();

private:
    void itemChanged(QListWidgetItem *item);

    const FrontDeskContext &m_context;
    qint64 m_alertId;
    bool m_editAllowed;
    QList<ChecklistItem> m_items;
    QListWidget *m_list;
    QLabel *m_summary;
    bool m_filling = false;
    bool m_lastChangeStored = false;
};

} // namespace sd
