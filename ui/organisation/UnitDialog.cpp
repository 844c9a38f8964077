#include "ui/organisation/UnitDialog.h"

#include "core/organisation/OrganisationService.h"
#include "ui/organisation/MemberPickerModel.h"
#include "ui/widgets/EnumCombo.h"
#include "ui/widgets/FieldErrors.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QSet>
#include <QSortFilterProxyModel>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace sd {

namespace {
// Units deeper than this are a data problem, not an organisation chart.
constexpr int kMaxDepth = 32;
} // namespace

UnitDialog::UnitDialog(const OrganisationService &service, Prompter &prompter, const Unit &unit,
                       QWidget *parent)
    : EditDialog(&prompter, parent)
    , m_service(service)
    , m_unit(unit)
    , m_members(new MemberPickerModel(this))
    , m_memberFilter(new QSortFilterProxyModel(this)) {
    setObjectName(u"unitDialog"_s);
    setWindowTitle(unit.id == 0 ? tr("Add unit") : tr("Edit unit: %1").arg(unit.name));
    setMinimumSize(480, 560);

    m_kind = addNewRow<QComboBox>(tr("&Kind:"), u"kindCombo"_s, u"kind"_s);
    addEnumItems(m_kind, allUnitKinds());

    m_name = addNewRow<QLineEdit>(tr("&Name:"), u"nameEdit"_s, u"name"_s);

    m_parent = addNewRow<QComboBox>(tr("&Part of:"), u"parentCombo"_s, u"parent"_s);

    m_filter = new QLineEdit(this);
    m_filter->setObjectName(u"memberFilter"_s);
    m_filter->setPlaceholderText(tr("Filter by name, badge or position"));
    m_filter->setClearButtonEnabled(true);
    m_memberFilter->setSourceModel(m_members);
    m_memberFilter->setFilterRole(MemberPickerModel::SearchTextRole);
    m_memberFilter->setFilterCaseSensitivity(Qt::CaseInsensitive);
    connect(m_filter, &QLineEdit::textChanged, m_memberFilter,
            &QSortFilterProxyModel::setFilterFixedString);

    m_memberList = new QListView(this);
    m_memberList->setObjectName(u"memberList"_s);
    m_memberList->setModel(m_memberFilter);
    m_memberList->setUniformItemSizes(true);
    m_memberCount = new QLabel(this);
    auto *memberCell = new QWidget(this);
    auto *memberLayout = new QVBoxLayout(memberCell);
    memberLayout->setContentsMargins(0, 0, 0, 0);
    memberLayout->setSpacing(4);
    memberLayout->addWidget(m_filter);
    memberLayout->addWidget(m_memberList, 1);
    memberLayout->addWidget(m_memberCount);
    QLabel *membersError = FieldErrors::createErrorLabel(memberCell);
    memberLayout->addWidget(membersError);
    auto *membersLabel = new QLabel(tr("&Members:"), this);
    membersLabel->setBuddy(m_filter);
    form()->addRow(membersLabel, memberCell);
    addField(u"members"_s, m_memberList, membersError);

    m_leader = addNewRow<QComboBox>(tr("&Leader:"), u"leaderCombo"_s, u"leader"_s);

    addButtons(tr("Save"), u"saveButton"_s);

    connect(m_members, &MemberPickerModel::checkedChanged, this, &UnitDialog::refreshLeaders);
    loadChoices();
    fill(unit);
    markUnchanged();
    m_name->setFocus();
}

void UnitDialog::loadChoices() {
    auto units = m_service.units();
    if (!units) {
        fieldErrors().show(units.error());
        return;
    }
    // A unit cannot sit inside itself or inside one of its own sub-units.
    QSet<qint64> excluded;
    if (m_unit.id != 0) {
        excluded.insert(m_unit.id);
        for (int depth = 0; depth < kMaxDepth; ++depth) {
            const qsizetype before = excluded.size();
            for (const UnitSummary &summary : units.value()) {
                if (summary.unit.parentId && excluded.contains(*summary.unit.parentId)) {
                    excluded.insert(summary.unit.id);
                }
            }
            if (excluded.size() == before) {
                break;
            }
        }
    }
    m_parent->addItem(tr("(none)"), QVariant());
    for (const UnitSummary &summary : units.value()) {
        if (!excluded.contains(summary.unit.id)) {
            m_parent->addItem(tr("%1 (%2)").arg(summary.unit.name, displayName(summary.unit.kind)),
                              summary.unit.id);
        }
    }

    // Only people still at the station can join; read in pages like the people list.
    QList<Person> people;
    PersonFilter filter;
    filter.includeInactive = false;
    filter.limit = 500;
    for (;;) {
        auto page = m_service.people(filter);
        if (!page) {
            fieldErrors().show(page.error());
            break;
        }
        people += page.value();
        if (page->size() < filter.limit) {
            break;
        }
        filter.offset += filter.limit;
    }
    m_members->setPeople(people, {});
}

void UnitDialog::fill(const Unit &unit) {
    selectEnum(m_kind, unit.kind);
    m_name->setText(unit.name);
    const int parentRow = unit.parentId ? m_parent->findData(*unit.parentId) : 0;
    m_parent->setCurrentIndex(qMax(0, parentRow));
    m_members->setCheckedIds(unit.memberIds);
    refreshLeaders();
    if (!unit.leaderId || !setLeader(*unit.leaderId)) {
        m_leader->setCurrentIndex(0);
    }
}

bool UnitDialog::setLeader(qint64 personId) {
    const int row = m_leader->findData(personId);
    if (row < 0) {
        return false;
    }
    m_leader->setCurrentIndex(row);
    return true;
}

void UnitDialog::refreshLeaders() {
    const QVariant current = m_leader->currentData();
    m_leader->clear();
    m_leader->addItem(tr("(no leader)"), QVariant());
    for (const Person &person : m_members->checkedPeople()) {
        m_leader->addItem(personLabel(person), person.id);
    }
    const int row = current.isValid() ? m_leader->findData(current) : 0;
    m_leader->setCurrentIndex(qMax(0, row));
    updateMemberCount();
}

void UnitDialog::updateMemberCount() {
    m_memberCount->setText(tr("Members selected: %1").arg(m_members->checkedIds().size()));
}

Unit UnitDialog::edited() const {
    Unit unit = m_unit;
    unit.kind = selectedEnum(m_kind, unitKindFromKey, UnitKind::Squad);
    unit.name = m_name->text().trimmed();
    const QVariant parent = m_parent->currentData();
    unit.parentId = parent.isValid() ? std::optional<qint64>(parent.toLongLong()) : std::nullopt;
    unit.memberIds = m_members->checkedIds();
    const QVariant leader = m_leader->currentData();
    unit.leaderId = leader.isValid() ? std::optional<qint64>(leader.toLongLong()) : std::nullopt;
    return unit;
}

Status UnitDialog::store() {
    const Unit draft = edited();
    auto result = draft.id == 0 ? m_service.addUnit(draft) : m_service.updateUnit(draft);
    SD_RETURN_IF_ERROR(result);
    m_unit = result.value();
    Q_EMIT saved(m_unit);
    return {};
}

Status UnitDialog::reloadStored() {
    auto latest = m_service.unit(m_unit.id);
    SD_RETURN_IF_ERROR(latest);
    m_unit = latest.value();
    fill(m_unit);
    return {};
}

QVariantList UnitDialog::inputState() const {
    QVariantList state = EditDialog::inputState();
    state << QVariant::fromValue(m_members->checkedIds());
    return state;
}

} // namespace sd
