#include "ui/widgets/PersonPicker.h"

#include "core/organisation/Person.h"

#include <QLineEdit>
#include <QListView>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace sd {

namespace {
constexpr int kBadgeRole = Qt::UserRole + 1;
constexpr int kSearchRole = Qt::UserRole + 2;
} // namespace

PersonPicker::PersonPicker(QWidget *parent)
    : QWidget(parent)
    , m_search(new QLineEdit(this))
    , m_list(new QListView(this))
    , m_people(new QStandardItemModel(this))
    , m_filter(new QSortFilterProxyModel(this)) {
    setObjectName(u"personPicker"_s);
    m_search->setObjectName(u"personSearch"_s);
    m_search->setPlaceholderText(tr("Type a name, badge no. or position"));
    m_search->setClearButtonEnabled(true);
    m_search->addAction(QIcon(u":/icons/search.svg"_s), QLineEdit::LeadingPosition);
    m_filter->setSourceModel(m_people);
    m_filter->setFilterRole(kSearchRole);
    m_filter->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_list->setObjectName(u"personList"_s);
    m_list->setModel(m_filter);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setMinimumHeight(160);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_search);
    layout->addWidget(m_list, 1);

    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_filter->setFilterFixedString(text.trimmed());
        // One match left: that is the person being looked for.
        if (m_filter->rowCount() == 1) {
            m_list->setCurrentIndex(m_filter->index(0, 0));
        }
        Q_EMIT selectionChanged();
    });
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &PersonPicker::selectionChanged);
    // Down from the search box goes to the list, as in a combo box's popup.
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        if (m_filter->rowCount() > 0 && !m_list->currentIndex().isValid()) {
            m_list->setCurrentIndex(m_filter->index(0, 0));
        }
    });
    setFocusProxy(m_search);
}

void PersonPicker::setPeople(const QList<Person> &people) {
    m_people->clear();
    for (const Person &person : people) {
        auto *item = new QStandardItem(
            person.position.isEmpty() ? personLabel(person)
                                      : tr("%1, %2").arg(personLabel(person), person.position));
        item->setData(person.badgeNo, kBadgeRole);
        item->setData(person.name + u' ' + person.badgeNo + u' ' + person.position, kSearchRole);
        m_people->appendRow(item);
    }
}

QString PersonPicker::selectedBadge() const {
    const QModelIndex current = m_list->currentIndex();
    return current.isValid() ? current.data(kBadgeRole).toString() : QString();
}

bool PersonPicker::selectBadge(const QString &badgeNo) {
    for (int row = 0; row < m_filter->rowCount(); ++row) {
        const QModelIndex index = m_filter->index(row, 0);
        if (index.data(kBadgeRole).toString() == badgeNo) {
            m_list->setCurrentIndex(index);
            return true;
        }
    }
    return false;
}

int PersonPicker::visibleCount() const {
    return m_filter->rowCount();
}

} // namespace sd
