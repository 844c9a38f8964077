#include "ui/assessment/SheetEditorDialog.h"

#include "core/assessment/AssessmentRules.h"
#include "core/assessment/AssessmentService.h"
#include "core/organisation/OrganisationService.h"
#include "ui/assessment/EntryDialog.h"
#include "ui/assessment/EntryTableModel.h"
#include "ui/widgets/ConflictPrompt.h"
#include "ui/widgets/FieldErrors.h"
#include "ui/widgets/PanelWidgets.h"
#include "ui/widgets/Prompter.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace sd {

namespace {
QString periodExample(PeriodKind kind) {
    switch (kind) {
    case PeriodKind::Month:
        return SheetEditorDialog::tr("e.g. 2026-07");
    case PeriodKind::Quarter:
        return SheetEditorDialog::tr("e.g. 2026-Q3");
    case PeriodKind::Year:
        return SheetEditorDialog::tr("e.g. 2026");
    }
    return {};
}
} // namespace

SheetEditorDialog::SheetEditorDialog(const AssessmentService &service,
                                     const OrganisationService &organisation, Prompter &prompter,
                                     const ScoreSheet &sheet, bool canDraft, QWidget *parent)
    : QDialog(parent)
    , m_service(service)
    , m_organisation(organisation)
    , m_prompter(prompter)
    , m_sheet(sheet)
    , m_canDraft(canDraft)
    , m_errors(new FieldErrors(this))
    , m_state(new QLabel(this))
    , m_scheme(new QComboBox(this))
    , m_subject(new QComboBox(this))
    , m_period(new QLineEdit(this))
    , m_entries(new EntryTableModel(this))
    , m_view(new QTableView(this))
    , m_total(new QLabel(this))
    , m_add(new QPushButton(tr("&Add entry…"), this))
    , m_edit(new QPushButton(tr("&Edit entry…"), this))
    , m_remove(new QPushButton(tr("Re&move entry"), this))
    , m_save(nullptr) {
    setObjectName(u"sheetEditorDialog"_s);
    setMinimumSize(720, 480);
    m_state->setObjectName(u"sheetState"_s);
    m_state->setWordWrap(true);
    m_scheme->setObjectName(u"schemeCombo"_s);
    m_subject->setObjectName(u"subjectCombo"_s);
    m_period->setObjectName(u"periodEdit"_s);
    m_view->setObjectName(u"entryTable"_s);
    m_total->setObjectName(u"sheetTotal"_s);
    m_add->setObjectName(u"addEntryButton"_s);
    m_edit->setObjectName(u"editEntryButton"_s);
    m_remove->setObjectName(u"removeEntryButton"_s);

    auto *layout = new QVBoxLayout(this);
    QLabel *general = FieldErrors::createErrorLabel(this);
    general->setObjectName(u"generalError"_s);
    m_errors->setGeneralLabel(general);
    layout->addWidget(general);
    layout->addWidget(m_state);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_errors->addRow(form, tr("Sc&heme:"), m_scheme, u"scheme"_s);
    m_errors->addRow(form, tr("S&ubject:"), m_subject, u"subject"_s);
    m_period->setMaxLength(7);
    m_errors->addRow(form, tr("&Period:"), m_period, u"period"_s);
    layout->addLayout(form);

    m_view->setModel(m_entries);
    setUpRecordTable(m_view);
    // The reason is what a reader needs whole; the other columns take what they show.
    QHeaderView *header = m_view->horizontalHeader();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(EntryTableModel::ReasonColumn, QHeaderView::Stretch);
    auto *entryLabel = new QLabel(tr("Deductions and bonuses:"), this);
    entryLabel->setBuddy(m_view);
    layout->addWidget(entryLabel);
    layout->addWidget(m_view, 1);
    // What the core says about the entries as a whole (an item past its maximum, the
    // total below zero) shows under the table they are in.
    QLabel *entryError = FieldErrors::createErrorLabel(this);
    entryError->setObjectName(u"error_entries"_s);
    layout->addWidget(entryError);
    for (const QString &field : {u"entries"_s, u"points"_s, u"reason"_s, u"record"_s}) {
        m_errors->addField(field, m_view, entryError);
    }
    auto *entryButtons = new QHBoxLayout;
    entryButtons->addWidget(m_add);
    entryButtons->addWidget(m_edit);
    entryButtons->addWidget(m_remove);
    entryButtons->addStretch();
    entryButtons->addWidget(m_total);
    layout->addLayout(entryButtons);

    auto *buttons = new QDialogButtonBox(this);
    m_save = buttons->addButton(tr("Save draft"), QDialogButtonBox::AcceptRole);
    m_save->setObjectName(u"saveButton"_s);
    m_save->setDefault(true);
    buttons->addButton(tr("Close"), QDialogButtonBox::RejectRole);
    connect(buttons, &QDialogButtonBox::accepted, this, &SheetEditorDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    connect(m_scheme, &QComboBox::activated, this, &SheetEditorDialog::schemeChosen);
    connect(m_add, &QPushButton::clicked, this, &SheetEditorDialog::addEntry);
    connect(m_edit, &QPushButton::clicked, this, [this] { editEntry(currentRow()); });
    connect(m_remove, &QPushButton::clicked, this, [this] { removeEntry(currentRow()); });
    connect(m_view, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        if (!m_readOnly) {
            editEntry(index.row());
        }
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &SheetEditorDialog::updateButtons);
    fill();
}

void SheetEditorDialog::fill() {
    const bool creating = m_sheet.id == 0;
    m_readOnly = !m_canDraft || (!creating && m_sheet.status != SheetStatus::Draft);
    m_scheme->clear();
    if (creating) {
        setWindowTitle(tr("New score sheet"));
        fillSchemes();
        schemeChosen();
        m_period->setText(m_sheet.period);
    } else {
        setWindowTitle(tr("Score sheet %1 · %2 · %3")
                           .arg(m_sheet.schemeName, m_sheet.period, m_sheet.subjectName));
        auto scheme = m_service.scheme(m_sheet.schemeId);
        m_schemeData = scheme ? scheme.value() : AssessmentScheme{};
        addScheme(m_schemeData.id != 0 ? m_schemeData.name : m_sheet.schemeName, m_schemeData.code,
                  m_sheet.schemeId);
        m_subject->clear();
        m_subject->addItem(m_sheet.subjectName, m_sheet.subjectId);
        m_period->setText(m_sheet.period);
    }
    // What a sheet is assessed under, of whom and when is fixed once it exists.
    m_scheme->setEnabled(creating);
    m_subject->setEnabled(creating);
    m_period->setEnabled(creating);

    QString state;
    if (!m_canDraft) {
        state = tr("Only squad leaders and the administrator draft score sheets; this one is "
                   "shown read-only.");
    } else if (m_sheet.status == SheetStatus::Submitted) {
        state = tr("Submitted for review: read-only until the reviewer approves or returns it.");
    } else if (m_sheet.status == SheetStatus::Approved) {
        state = tr("Approved by %1 and sealed: read-only.").arg(m_sheet.approvedBy);
    } else if (!m_sheet.reviews.isEmpty() && m_sheet.reviews.last().action == u"return"_s) {
        state = tr("Returned by %1: %2")
                    .arg(m_sheet.reviews.last().actor, m_sheet.reviews.last().comment);
    }
    m_state->setText(state);
    m_state->setVisible(!state.isEmpty());
    m_add->setVisible(!m_readOnly);
    m_edit->setVisible(!m_readOnly);
    m_remove->setVisible(!m_readOnly);
    m_save->setVisible(!m_readOnly);
    setEntries(m_sheet.entries);
}

void SheetEditorDialog::fillSchemes() {
    auto schemes = m_service.schemes();
    if (!schemes) {
        m_errors->show(schemes.error());
        return;
    }
    for (const AssessmentScheme &scheme : schemes.value()) {
        addScheme(scheme.name, scheme.code, scheme.id);
    }
    const int wanted = m_scheme->findData(m_sheet.schemeId);
    m_scheme->setCurrentIndex(wanted >= 0 ? wanted : (m_scheme->count() > 0 ? 0 : -1));
}

void SheetEditorDialog::addScheme(const QString &name, const QString &code, qint64 id) {
    m_scheme->addItem(name, id);
    m_scheme->setItemData(m_scheme->count() - 1, code, Qt::ToolTipRole);
}

void SheetEditorDialog::schemeChosen() {
    const qint64 id = m_scheme->currentData().toLongLong();
    if (id == m_schemeData.id && id != 0) {
        return;
    }
    auto scheme = m_service.scheme(id);
    m_schemeData = scheme ? scheme.value() : AssessmentScheme{};
    m_period->setPlaceholderText(periodExample(m_schemeData.periodKind));
    fillSubjects();
    // Another scheme has another catalogue: entries chosen from the old one do not apply.
    if (m_sheet.id == 0) {
        setEntries({});
    }
}

void SheetEditorDialog::fillSubjects() {
    m_subject->clear();
    if (m_schemeData.id == 0) {
        return;
    }
    if (m_schemeData.subjectKind == SubjectKind::Unit) {
        auto units = m_organisation.units();
        if (units) {
            for (const UnitSummary &summary : units.value()) {
                m_subject->addItem(summary.unit.name, summary.unit.id);
            }
        }
    } else {
        PersonFilter filter;
        filter.includeInactive = false;
        filter.limit = 100000;
        auto people = m_organisation.people(filter);
        if (people) {
            for (const Person &person : people.value()) {
                m_subject->addItem(personLabel(person), person.id);
            }
        }
    }
    // Nobody is assessed by default: the drafter chooses.
    const int wanted = m_subject->findData(m_sheet.subjectId);
    m_subject->setCurrentIndex(m_sheet.subjectId != 0 ? wanted : -1);
}

void SheetEditorDialog::setEntries(QList<ScoreEntry> entries) {
    m_entries->setEntries(m_schemeData, std::move(entries));
    updateTotal();
    updateButtons();
}

QString SheetEditorDialog::totalText() const {
    return m_total->text();
}

void SheetEditorDialog::updateTotal() {
    if (m_schemeData.id == 0) {
        m_total->clear();
        return;
    }
    ScoreSheet shown = m_sheet;
    if (!m_readOnly) {
        // The core's arithmetic on what is on screen; an approved sheet keeps its own.
        shown.entries = m_entries->entries();
        AssessmentRules::compute(m_schemeData, shown);
    }
    m_total->setText(tr("Base %1 · total %2 · grade %3")
                         .arg(shown.baseScore)
                         .arg(shown.total)
                         .arg(displayName(shown.grade)));
}

int SheetEditorDialog::currentRow() const {
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() ? current.row() : -1;
}

void SheetEditorDialog::updateButtons() {
    const bool chosen = currentRow() >= 0;
    m_add->setEnabled(m_schemeData.id != 0);
    m_edit->setEnabled(chosen);
    m_remove->setEnabled(chosen);
}

EntryDialog *SheetEditorDialog::addEntry() {
    return openEntry(-1);
}

EntryDialog *SheetEditorDialog::editEntry(int row) {
    if (row < 0 || row >= m_entries->rowCount()) {
        return nullptr;
    }
    return openEntry(row);
}

EntryDialog *SheetEditorDialog::openEntry(int row) {
    if (m_readOnly || m_schemeData.id == 0) {
        return nullptr;
    }
    const ScoreEntry original = row >= 0 ? m_entries->entries().at(row) : ScoreEntry{};
    // The core judges the entry among the others: an item's maximum is per sheet.
    auto check = [this, row](const ScoreEntry &entry) {
        QList<ScoreEntry> all = m_entries->entries();
        if (row >= 0) {
            all[row] = entry;
        } else {
            all << entry;
        }
        return m_service.checkEntries(m_schemeData.id, all);
    };
    auto *dialog = new EntryDialog(m_schemeData, original, check, this, &m_prompter);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, row] {
        QList<ScoreEntry> all = m_entries->entries();
        if (row >= 0 && row < all.size()) {
            all[row] = dialog->entry();
        } else {
            all << dialog->entry();
        }
        m_errors->clear();
        setEntries(all);
        m_view->selectRow(row >= 0 ? row : static_cast<int>(all.size()) - 1);
    });
    dialog->open();
    return dialog;
}

void SheetEditorDialog::removeEntry(int row) {
    if (m_readOnly || row < 0 || row >= m_entries->rowCount()) {
        return;
    }
    QList<ScoreEntry> all = m_entries->entries();
    all.removeAt(row);
    m_errors->clear();
    setEntries(all);
}

bool SheetEditorDialog::save() {
    if (m_readOnly) {
        return false;
    }
    m_errors->clear();
    Result<ScoreSheet> stored = Error::storage({});
    if (m_sheet.id == 0) {
        ScoreSheet draft;
        draft.schemeId = m_schemeData.id;
        draft.subjectKind = m_schemeData.subjectKind;
        draft.subjectId =
            m_subject->currentIndex() >= 0 ? m_subject->currentData().toLongLong() : 0;
        draft.period = m_period->text().trimmed();
        draft.entries = m_entries->entries();
        stored = m_service.createSheet(draft);
    } else {
        ScoreSheet edited = m_sheet;
        edited.entries = m_entries->entries();
        stored = m_service.updateSheet(edited);
    }
    if (!stored) {
        if (stored.error().code == ErrorCode::Conflict) {
            reloadAfterConflict(stored.error().message);
        } else {
            m_errors->show(stored.error());
        }
        return false;
    }
    m_sheet = stored.value();
    Q_EMIT saved(m_sheet);
    accept();
    return true;
}

void SheetEditorDialog::reloadAfterConflict(const QString &message) {
    if (!ConflictPrompt::askToReload(m_prompter, this, *m_errors, message)) {
        return;
    }
    auto latest = m_service.sheet(m_sheet.id);
    if (!latest) {
        ConflictPrompt::cannotReload(m_prompter, this, latest.error().message);
        reject();
        return;
    }
    m_sheet = latest.value();
    fill();
}

} // namespace sd
