#include "ui/assessment/EntryDialog.h"

#include "ui/assessment/ItemNames.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>

using namespace Qt::StringLiterals;

namespace sd {

namespace {
constexpr int kPointsLimit = 1000;
constexpr int kTextLimit = 500;
} // namespace

EntryDialog::EntryDialog(const AssessmentScheme &scheme, const ScoreEntry &entry, Check check,
                         QWidget *parent, Prompter *prompter)
    : EditDialog(prompter, parent)
    , m_scheme(scheme)
    , m_entry(entry)
    , m_check(std::move(check))
    , m_item(new QComboBox(this))
    , m_itemHint(new QLabel(this))
    , m_points(new QSpinBox(this))
    , m_reason(new QLineEdit(this))
    , m_evidence(new QLineEdit(this))
    , m_recordKind(new QComboBox(this))
    , m_recordNumber(new QLineEdit(this)) {
    setObjectName(u"entryDialog"_s);
    setWindowTitle(entry.itemId == 0 ? tr("Add entry") : tr("Edit entry"));
    setMinimumWidth(480);
    m_item->setObjectName(u"itemCombo"_s);
    m_itemHint->setObjectName(u"itemHint"_s);
    m_points->setObjectName(u"pointsEdit"_s);
    m_reason->setObjectName(u"reasonEdit"_s);
    m_evidence->setObjectName(u"evidenceEdit"_s);
    m_recordKind->setObjectName(u"recordKindCombo"_s);
    m_recordNumber->setObjectName(u"recordNumberEdit"_s);

    for (const AssessmentItem &item : scheme.items) {
        m_item->addItem(ItemNames::of(scheme, item), item.id);
        m_item->setItemData(m_item->count() - 1, item.code, Qt::ToolTipRole);
    }
    addRow(tr("&Item:"), m_item, u"entries"_s);
    m_itemHint->setWordWrap(true);
    form()->addRow(QString(), m_itemHint);
    // Either sign may be typed: the core, not the spin box, says what the item allows.
    m_points->setRange(-kPointsLimit, kPointsLimit);
    addRow(tr("&Points:"), m_points, u"points"_s);
    m_reason->setMaxLength(kTextLimit);
    addRow(tr("&Reason:"), m_reason, u"reason"_s);
    m_evidence->setMaxLength(kTextLimit);
    m_evidence->setPlaceholderText(tr("e.g. inspection notice 2026-07-3, photos on file"));
    addRow(tr("E&vidence:"), m_evidence, u"evidence"_s);
    m_recordKind->addItem(tr("None"), QString());
    for (RecordKind kind : {RecordKind::Alert, RecordKind::OnSceneRecord, RecordKind::Mediation}) {
        m_recordKind->addItem(displayName(kind), toKey(kind));
    }
    addRow(tr("Linked recor&d:"), m_recordKind, u"record_kind"_s);
    m_recordNumber->setMaxLength(20);
    addRow(tr("Record &number:"), m_recordNumber, u"record"_s);

    m_ok = addButtons(tr("OK"), u"okButton"_s)->findChild<QPushButton *>(u"okButton"_s);

    connect(m_item, &QComboBox::currentIndexChanged, this, &EntryDialog::itemChosen);
    connect(m_recordKind, &QComboBox::currentIndexChanged, this, &EntryDialog::recordKindChosen);

    if (entry.itemId != 0) {
        m_item->setCurrentIndex(qMax(0, m_item->findData(entry.itemId)));
        itemChosen();
        m_points->setValue(entry.points);
    } else {
        itemChosen();
    }
    m_reason->setText(entry.reason);
    m_evidence->setText(entry.evidence);
    m_recordKind->setCurrentIndex(
        entry.recordKind ? qMax(0, m_recordKind->findData(toKey(*entry.recordKind))) : 0);
    m_recordNumber->setText(entry.recordNumber);
    recordKindChosen();
    markUnchanged();
    m_item->setFocus();
}

void EntryDialog::itemChosen() {
    const AssessmentItem *item = m_scheme.item(m_item->currentData().toLongLong());
    if (!item) {
        m_itemHint->clear();
        return;
    }
    m_itemHint->setText(item->isDeduction()
                            ? tr("Deduction: %1 per occurrence, at most %2 per period.")
                                  .arg(item->points)
                                  .arg(item->maxPerPeriod)
                            : tr("Bonus: +%1 per occurrence, at most %2 per period.")
                                  .arg(item->points)
                                  .arg(item->maxPerPeriod));
    // One occurrence is what is usually entered.
    m_points->setValue(item->points);
}

void EntryDialog::recordKindChosen() {
    const auto kind = recordKindFromKey(m_recordKind->currentData().toString());
    m_recordNumber->setEnabled(kind.has_value());
    if (!kind) {
        m_recordNumber->clear();
        m_recordNumber->setPlaceholderText(QString());
        return;
    }
    switch (*kind) {
    case RecordKind::Alert:
        m_recordNumber->setPlaceholderText(tr("e.g. JQ-2026-000123"));
        break;
    case RecordKind::OnSceneRecord:
        m_recordNumber->setPlaceholderText(tr("e.g. CJ-2026-000045"));
        break;
    case RecordKind::Mediation:
        m_recordNumber->setPlaceholderText(tr("e.g. TJ-2026-0012"));
        break;
    }
}

ScoreEntry EntryDialog::entry() const {
    ScoreEntry entry = m_entry;
    entry.itemId = m_item->currentData().toLongLong();
    if (const AssessmentItem *item = m_scheme.item(entry.itemId)) {
        entry.itemCode = item->code;
    }
    entry.points = m_points->value();
    entry.reason = m_reason->text().trimmed();
    entry.evidence = m_evidence->text().trimmed();
    entry.recordKind = recordKindFromKey(m_recordKind->currentData().toString());
    entry.recordNumber = entry.recordKind ? m_recordNumber->text().trimmed() : QString();
    return entry;
}

Status EntryDialog::store() {
    return m_check(entry());
}

} // namespace sd
