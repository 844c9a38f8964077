#include "ui/frontdesk/AlertChecklistView.h"

#include "core/frontdesk/AlertService.h"
#include "ui/frontdesk/FrontDeskContext.h"
#include "ui/widgets/Prompter.h"

#include <QBrush>
#include <QColor>
#include <QDateTime>
#include <QFont>
#include <QLabel>
#include <QListWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace sd {

AlertChecklistView::AlertChecklistView(const FrontDeskContext &context, qint64 alertId,
                                       bool editAllowed, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_alertId(alertId)
    , m_editAllowed(editAllowed)
    , m_list(new QListWidget(this))
    , m_summary(new QLabel(this)) {
    setObjectName(u"alertChecklist"_s);
    m_list->setObjectName(u"checklistList"_s);
    m_list->setAlternatingRowColors(false);
    m_summary->setObjectName(u"checklistSummary"_s);
    m_summary->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_summary);
    connect(m_list, &QListWidget::itemChanged, this, &AlertChecklistView::itemChanged);
    setFocusProxy(m_list);
    reload();
}

void AlertChecklistView::reload() {
    auto items = m_context.alerts.checklist(m_alertId);
    m_filling = true;
    m_list->clear();
    m_items.clear();
    if (!items) {
        m_summary->setText(items.error().message);
        m_filling = false;
        return;
    }
    m_items = items.value();
    for (const ChecklistItem &item : std::as_const(m_items)) {
        QString text = checklistStepTitle(item.step);
        if (item.ticked) {
            text += u'\n' + tr("done by %1 at %2")
                                .arg(item.tickedBy,
                                     QDateTime::fromMSecsSinceEpoch(item.tickedAt, m_context.zone)
                                         .toString(u"yyyy-MM-dd HH:mm"_s));
        } else {
            text += u'\n' + tr("not done yet");
        }
        auto *row = new QListWidgetItem(text, m_list);
        Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
        if (m_editAllowed) {
            flags |= Qt::ItemIsUserCheckable;
        }
        row->setFlags(flags);
        row->setCheckState(item.ticked ? Qt::Checked : Qt::Unchecked);
        if (!item.ticked) {
            // Amber with bold text: what is still to do reads at a glance, not by colour only.
            row->setBackground(QBrush(QColor(0xff, 0xf3, 0xcd)));
            row->setForeground(QBrush(QColor(0x5d, 0x40, 0x37)));
            QFont font = row->font();
            font.setBold(true);
            row->setFont(font);
        }
    }
    const int open = untickedCount();
    m_summary->setText(open == 0 ? tr("Every step is done.")
                                 : tr("%n step(s) still to do.", nullptr, open));
    m_filling = false;
}

int AlertChecklistView::untickedCount() const {
    int open = 0;
    for (const ChecklistItem &item : m_items) {
        open += item.ticked ? 0 : 1;
    }
    return open;
}

bool AlertChecklistView::setTicked(int row, bool ticked) {
    if (row < 0 || row >= m_list->count() || !m_editAllowed) {
        return false;
    }
    m_lastChangeStored = false;
    m_list->item(row)->setCheckState(ticked ? Qt::Checked : Qt::Unchecked);
    return m_lastChangeStored;
}

void AlertChecklistView::itemChanged(QListWidgetItem *item) {
    if (m_filling) {
        return;
    }
    const int row = m_list->row(item);
    if (row < 0 || row >= m_items.size()) {
        return;
    }
    const ChecklistItem &step = m_items.at(row);
    const bool ticked = item->checkState() == Qt::Checked;
    if (ticked == step.ticked) {
        return;
    }
    const Status status = ticked ? m_context.alerts.tick(m_alertId, step.step.id)
                                 : m_context.alerts.untick(m_alertId, step.step.id);
    m_lastChangeStored = status.ok();
    if (!status) {
        m_context.prompter.warn(this, tr("Cannot change the checklist"), status.error().message);
    }
    // Queued: the list must not be cleared from inside its own itemChanged signal.
    QMetaObject::invokeMethod(
        this,
        [this, row] {
            reload();
            m_list->setCurrentRow(row);
            Q_EMIT changed();
        },
        Qt::QueuedConnection);
}

} // namespace sd
