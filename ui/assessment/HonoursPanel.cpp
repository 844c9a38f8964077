#include "ui/assessment/HonoursPanel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace sd {

HonoursPanel::HonoursPanel(const HonourService &service, QWidget *parent)
    : QWidget(parent)
    , m_service(service)
    , m_wall(new QTreeWidget(this))
    , m_timeline(new QListWidget(this)) {
    setObjectName(u"honoursPanel"_s);
    m_wall->setObjectName(u"honourWall"_s);
    m_timeline->setObjectName(u"historyTimeline"_s);
    m_wall->setHeaderLabels({tr("Honour"), tr("Recipient"), tr("Awarded by"), tr("Citation")});
    m_wall->setAlternatingRowColors(true);
    m_wall->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_timeline->setWordWrap(true);
    m_timeline->setSpacing(4);

    auto *left = new QVBoxLayout;
    left->addWidget(new QLabel(tr("<b>Honour wall</b>"), this));
    left->addWidget(m_wall, 1);
    auto *right = new QVBoxLayout;
    right->addWidget(new QLabel(tr("<b>Station history</b>"), this));
    right->addWidget(m_timeline, 1);
    auto *layout = new QHBoxLayout(this);
    layout->addLayout(left, 3);
    layout->addLayout(right, 2);
    reload();
}

void HonoursPanel::reload() {
    m_wall->clear();
    auto honours = m_service.honours();
    if (honours) {
        QTreeWidgetItem *yearItem = nullptr;
        int year = 0;
        for (const Honour &honour : honours.value()) {
            if (!yearItem || honour.year != year) {
                year = honour.year;
                yearItem = new QTreeWidgetItem(m_wall, {tr("%1").arg(year)});
                QFont bold = yearItem->font(0);
                bold.setBold(true);
                yearItem->setFont(0, bold);
                yearItem->setExpanded(true);
            }
            new QTreeWidgetItem(yearItem, {u"%1 · %2"_s.arg(displayName(honour.kind), honour.title),
                                           honour.collective
                                               ? honour.recipientName
                                               : tr("%1 (individual)").arg(honour.recipientName),
                                           honour.awardingBody, honour.citation});
        }
        m_wall->expandAll();
    }
    m_timeline->clear();
    auto events = m_service.events();
    if (events) {
        for (const StationEvent &event : events.value()) {
            QString text = u"%1  %2"_s.arg(event.happenedOn.toString(u"yyyy-MM-dd"_s), event.title);
            if (!event.description.isEmpty()) {
                text += u"\n"_s + event.description;
            }
            m_timeline->addItem(text);
        }
    }
}

} // namespace sd
