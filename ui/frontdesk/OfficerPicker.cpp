#include "ui/frontdesk/OfficerPicker.h"

#include "core/organisation/Person.h"

#include <QLineEdit>
#include <QListWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace sd {

namespace {
constexpr int kIdRole = Qt::UserRole + 1;
constexpr int kSearchRole = Qt::UserRole + 2;
} // namespace

OfficerPicker::OfficerPicker(QWidget *parent)
    : QWidget(parent)
    , m_search(new QLineEdit(this))
    , m_list(new QListWidget(this)) {
    setObjectName(u"officerPicker"_s);
    m_search->setObjectName(u"officerSearch"_s);
    m_search->setPlaceholderText(tr("Type a name or badge no. to narrow the list"));
    m_search->setClearButtonEnabled(true);
    m_list->setObjectName(u"officerList"_s);
    m_list->setMinimumHeight(110);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_search);
    layout->addWidget(m_list, 1);
    connect(m_search, &QLineEdit::textChanged, this, &OfficerPicker::applyFilter);
    connect(m_list, &QListWidget::itemChanged, this, &OfficerPicker::itemChanged);
    // Enter in the search box ticks the only match left, so picking stays on the keyboard.
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        QListWidgetItem *only = nullptr;
        for (int row = 0; row < m_list->count(); ++row) {
            if (!m_list->item(row)->isHidden()) {
                if (only) {
                    return;
                }
                only = m_list->item(row);
            }
        }
        if (only && (only->flags() & Qt::ItemIsUserCheckable)) {
            only->setCheckState(only->checkState() == Qt::Checked ? Qt::Unchecked : Qt::Checked);
            m_search->clear();
        }
    });
    setFocusProxy(m_search);
}

void OfficerPicker::setPeople(const QList<Person> &people) {
    m_updating = true;
    m_list->clear();
    for (const Person &person : people) {
        auto *item = new QListWidgetItem(personLabel(person), m_list);
        item->setData(kIdRole, person.id);
        item->setData(kSearchRole, person.name + u' ' + person.badgeNo + u' ' + person.position);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
    }
    m_updating = false;
    updateChecks();
}

void OfficerPicker::setSelectedIds(const QList<qint64> &ids) {
    m_selected = ids;
    updateChecks();
}

QStringList OfficerPicker::selectedNames() const {
    QStringList names;
    for (qint64 id : m_selected) {
        for (int row = 0; row < m_list->count(); ++row) {
            if (m_list->item(row)->data(kIdRole).toLongLong() == id) {
                names << m_list->item(row)->text();
            }
        }
    }
    return names;
}

bool OfficerPicker::setChecked(qint64 personId, bool checked) {
    for (int row = 0; row < m_list->count(); ++row) {
        QListWidgetItem *item = m_list->item(row);
        if (item->data(kIdRole).toLongLong() == personId) {
            item->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
            return true;
        }
    }
    return false;
}

void OfficerPicker::setReadOnly(bool readOnly) {
    m_updating = true;
    for (int row = 0; row < m_list->count(); ++row) {
        QListWidgetItem *item = m_list->item(row);
        item->setFlags(readOnly
                           ? Qt::ItemIsEnabled | Qt::ItemIsSelectable
                           : Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
    }
    m_updating = false;
}

void OfficerPicker::applyFilter(const QString &text) {
    const QString needle = text.trimmed();
    for (int row = 0; row < m_list->count(); ++row) {
        QListWidgetItem *item = m_list->item(row);
        item->setHidden(!needle.isEmpty() &&
                        !item->data(kSearchRole).toString().contains(needle, Qt::CaseInsensitive));
    }
}

void OfficerPicker::itemChanged(QListWidgetItem *item) {
    if (m_updating) {
        return;
    }
    const qint64 id = item->data(kIdRole).toLongLong();
    const bool checked = item->checkState() == Qt::Checked;
    if (checked && !m_selected.contains(id)) {
        m_selected << id;
    } else if (!checked) {
        m_selected.removeAll(id);
    } else {
        return;
    }
    Q_EMIT selectionChanged();
}

void OfficerPicker::updateChecks() {
    m_updating = true;
    for (int row = 0; row < m_list->count(); ++row) {
        QListWidgetItem *item = m_list->item(row);
        item->setCheckState(m_selected.contains(item->data(kIdRole).toLongLong()) ? Qt::Checked
                                                                                  : Qt::Unchecked);
    }
    m_updating = false;
}

} // namespace sd
