#include "ui/organisation/AccountabilitySection.h"

#include "core/assessment/HonourService.h"
#include "core/responsibility/OwnershipService.h"

#include <QBoxLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace sd {

namespace {
QTreeWidget *makeList(const QStringList &headers, const QString &name, QWidget *parent) {
    auto *list = new QTreeWidget(parent);
    list->setObjectName(name);
    list->setHeaderLabels(headers);
    list->setRootIsDecorated(false);
    list->setAlternatingRowColors(true);
    list->setUniformRowHeights(true);
    list->header()->setStretchLastSection(false);
    list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    list->header()->setSectionResizeMode(1, QHeaderView::Stretch);
    return list;
}
} // namespace

AccountabilitySection::AccountabilitySection(QWidget *parent)
    : QWidget(parent)
    , m_layout(new QBoxLayout(QBoxLayout::LeftToRight, this))
    , m_ownedBox(new QGroupBox(this))
    , m_honourBox(new QGroupBox(this)) {
    setObjectName(u"accountabilitySection"_s);
    m_owned = makeList({tr("Code"), tr("Name"), tr("Type")}, u"ownedList"_s, m_ownedBox);
    m_honourList =
        makeList({tr("Year"), tr("Honour"), tr("Awarded by")}, u"honourList"_s, m_honourBox);
    m_ownedBox->setObjectName(u"ownedBox"_s);
    m_honourBox->setObjectName(u"honourBox"_s);
    (new QVBoxLayout(m_ownedBox))->addWidget(m_owned);
    (new QVBoxLayout(m_honourBox))->addWidget(m_honourList);
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->addWidget(m_ownedBox, 3);
    m_layout->addWidget(m_honourBox, 2);
    clear();
    setVisible(false);
}

void AccountabilitySection::setServices(const OwnershipService *ownership,
                                        const HonourService *honours) {
    m_ownership = ownership;
    m_honours = honours;
    m_ownedBox->setVisible(ownership != nullptr);
    m_honourBox->setVisible(honours != nullptr);
    setVisible(hasServices());
}

void AccountabilitySection::setOrientation(Qt::Orientation orientation) {
    m_layout->setDirection(orientation == Qt::Horizontal ? QBoxLayout::LeftToRight
                                                         : QBoxLayout::TopToBottom);
}

void AccountabilitySection::clear() {
    m_owned->clear();
    m_honourList->clear();
    m_ownedBox->setTitle(tr("Responsible for"));
    m_honourBox->setTitle(tr("Honours"));
}

void AccountabilitySection::showPerson(qint64 personId) {
    show(false, personId);
}

void AccountabilitySection::showUnit(qint64 unitId) {
    show(true, unitId);
}

void AccountabilitySection::show(bool unit, qint64 id) {
    clear();
    if (id <= 0) {
        return;
    }
    if (m_ownership) {
        auto owned = m_ownership->ownedBy(unit ? OwnerRef::unit(id) : OwnerRef::person(id));
        if (!owned) {
            m_ownedBox->setTitle(tr("Responsible for: %1").arg(owned.error().message));
        } else {
            for (const OwnedItem &item : owned.value()) {
                auto *row = new QTreeWidgetItem(m_owned);
                row->setText(0, item.code);
                row->setText(1, item.name);
                row->setText(2, item.type == OwnedItem::Type::Asset ? tr("Asset") : tr("Task"));
            }
            m_ownedBox->setTitle(owned->isEmpty() ? tr("Responsible for: nothing")
                                                  : tr("Responsible for (%1)").arg(owned->size()));
        }
    }
    if (m_honours) {
        HonourFilter filter;
        (unit ? filter.unitId : filter.personId) = id;
        auto honours = m_honours->honours(filter);
        if (!honours) {
            m_honourBox->setTitle(tr("Honours: %1").arg(honours.error().message));
        } else {
            for (const Honour &honour : honours.value()) {
                auto *row = new QTreeWidgetItem(m_honourList);
                row->setText(0, QString::number(honour.year));
                row->setText(1, honour.title);
                row->setText(2, honour.awardingBody);
                row->setToolTip(1, honour.citation);
            }
            m_honourBox->setTitle(honours->isEmpty() ? tr("Honours: none")
                                                     : tr("Honours (%1)").arg(honours->size()));
        }
    }
}

} // namespace sd
