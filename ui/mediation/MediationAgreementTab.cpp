#include "ui/mediation/MediationAgreementTab.h"

#include "core/mediation/MediationService.h"
#include "ui/widgets/EnumCombo.h"
#include "ui/widgets/FieldErrors.h"
#include "ui/widgets/OptionalDateEdit.h"
#include "ui/widgets/Prompter.h"

#include <QComboBox>
#include <QDateTime>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace sd {

MediationAgreementTab::MediationAgreementTab(const MediationContext &context, MediationApply apply,
                                             QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_apply(std::move(apply))
    , m_errors(new FieldErrors(this))
    , m_outcome(new QComboBox(this))
    , m_channel(new QComboBox(this))
    , m_referredTo(new QLineEdit(this))
    , m_outcomeNote(new QLineEdit(this))
    , m_setOutcome(new QPushButton(tr("Set &outcome"), this))
    , m_state(new QLabel(this))
    , m_liability(new QLineEdit(this))
    , m_terms(new QPlainTextEdit(this))
    , m_method(new QLineEdit(this))
    , m_place(new QLineEdit(this))
    , m_deadline(new OptionalDateEdit(this))
    , m_save(new QPushButton(tr("Save a&greement"), this))
    , m_seal(new QPushButton(QIcon(u":/icons/lock.svg"_s), tr("S&eal agreement…"), this)) {
    setObjectName(u"agreementTab"_s);
    auto *layout = new QVBoxLayout(this);
    auto *general = FieldErrors::createErrorLabel(this);
    general->setObjectName(u"agreementGeneralError"_s);
    m_errors->setGeneralLabel(general);
    layout->addWidget(general);

    auto *outcomeBox = new QGroupBox(tr("Outcome"), this);
    auto *outcomeForm = new QFormLayout(outcomeBox);
    outcomeForm->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_outcome->setObjectName(u"outcomeCombo"_s);
    addEnumItems(m_outcome, allMediationOutcomes());
    m_errors->addRow(outcomeForm, tr("O&utcome:"), m_outcome, u"outcome"_s);
    m_channel->setObjectName(u"channelCombo"_s);
    addEnumItems(m_channel, allLegalChannels());
    m_errors->addRow(outcomeForm, tr("Legal &channel:"), m_channel, u"legal_channel"_s);
    m_referredTo->setObjectName(u"referredToEdit"_s);
    m_errors->addRow(outcomeForm, tr("Referred &to:"), m_referredTo, u"referred_to"_s);
    m_outcomeNote->setObjectName(u"outcomeNoteEdit"_s);
    m_errors->addRow(outcomeForm, tr("Note:"), m_outcomeNote, u"outcome_note"_s);
    m_setOutcome->setObjectName(u"setOutcomeButton"_s);
    outcomeForm->addRow(QString(), m_setOutcome);
    layout->addWidget(outcomeBox);

    auto *agreementBox = new QGroupBox(tr("Agreement"), this);
    auto *form = new QFormLayout(agreementBox);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_state->setObjectName(u"agreementState"_s);
    m_state->setWordWrap(true);
    m_state->setTextInteractionFlags(Qt::TextSelectableByMouse);
    form->addRow(m_state);
    m_liability->setObjectName(u"liabilityEdit"_s);
    m_errors->addRow(form, tr("&Liability:"), m_liability, u"liability"_s);
    m_terms->setObjectName(u"termsEdit"_s);
    m_terms->setTabChangesFocus(true);
    m_terms->setMinimumHeight(90);
    m_errors->addRow(form, tr("Te&rms:"), m_terms, u"terms"_s);
    m_method->setObjectName(u"methodEdit"_s);
    m_method->setPlaceholderText(tr("e.g. bank transfer in two instalments"));
    m_errors->addRow(form, tr("&How carried out:"), m_method, u"performance_method"_s);
    m_place->setObjectName(u"performancePlaceEdit"_s);
    m_errors->addRow(form, tr("&Where:"), m_place, u"performance_place"_s);
    m_deadline->setObjectName(u"deadlineEdit"_s);
    m_errors->addRow(form, tr("&By when:"), m_deadline, u"performance_deadline"_s);
    auto *buttons = new QHBoxLayout;
    m_save->setObjectName(u"saveAgreementButton"_s);
    m_seal->setObjectName(u"sealButton"_s);
    buttons->addWidget(m_save);
    buttons->addWidget(m_seal);
    buttons->addStretch(1);
    form->addRow(buttons);
    layout->addWidget(agreementBox, 1);
    // Errors about the agreement as a whole, its signatures or the seal.
    for (const QString &field : {u"agreement"_s, u"signatures"_s, u"signature"_s}) {
        m_errors->addField(field, m_seal, general);
    }

    connect(m_outcome, &QComboBox::currentIndexChanged, this,
            &MediationAgreementTab::updateOutcomeFields);
    connect(m_setOutcome, &QPushButton::clicked, this, &MediationAgreementTab::setOutcome);
    connect(m_save, &QPushButton::clicked, this, &MediationAgreementTab::saveAgreement);
    connect(m_seal, &QPushButton::clicked, this, &MediationAgreementTab::seal);
    updateOutcomeFields();
}

void MediationAgreementTab::updateOutcomeFields() {
    const auto outcome = mediationOutcomeFromKey(m_outcome->currentData().toString());
    m_channel->setEnabled(outcome == MediationOutcome::LegalChannels && m_setOutcome->isEnabled());
    m_referredTo->setEnabled(outcome == MediationOutcome::FailedReferred &&
                             m_setOutcome->isEnabled());
}

void MediationAgreementTab::setCase(const MediationCase &mediation) {
    // Typing not yet saved survives a reload (after a conflict, or another tab's change).
    const bool keepTyped = agreementChanged();
    const MediationAgreement typed = typedAgreement();
    m_case = mediation;
    const bool open =
        m_context.editAllowed && mediation.id != 0 && mediation.status == MediationStatus::Open;
    const bool sealed = mediation.agreementSealed();
    m_outcome->setCurrentIndex(std::max(0, m_outcome->findData(toKey(mediation.outcome.value_or(
                                               MediationOutcome::AgreementReached)))));
    if (mediation.legalChannel) {
        m_channel->setCurrentIndex(
            std::max(0, m_channel->findData(toKey(*mediation.legalChannel))));
    }
    m_referredTo->setText(mediation.referredTo);
    m_outcomeNote->setText(mediation.outcomeNote);
    m_outcome->setEnabled(open && !sealed);
    m_setOutcome->setEnabled(open && !sealed);
    m_outcomeNote->setReadOnly(!open || sealed);
    updateOutcomeFields();

    const MediationAgreement agreement =
        keepTyped && !sealed ? typed : mediation.agreement.value_or(MediationAgreement());
    m_liability->setText(agreement.liability);
    m_terms->setPlainText(agreement.terms);
    m_method->setText(agreement.performanceMethod);
    m_place->setText(agreement.performancePlace);
    m_deadline->setOptionalDate(agreement.performanceDeadline);
    for (QLineEdit *edit : {m_liability, m_method, m_place}) {
        edit->setReadOnly(!open || sealed);
    }
    m_terms->setReadOnly(!open || sealed);
    m_deadline->setEnabled(open && !sealed);
    m_save->setVisible(!sealed);
    m_save->setEnabled(open);
    m_seal->setVisible(!sealed);
    m_seal->setEnabled(open && mediation.agreement.has_value());

    if (sealed) {
        m_state->setText(
            tr("Sealed %1 by %2. Fingerprint %3. The agreement can no longer be changed.")
                .arg(QDateTime::fromMSecsSinceEpoch(agreement.sealedAt, m_context.desk.zone)
                         .toString(u"yyyy-MM-dd HH:mm"_s),
                     agreement.sealedBy, agreement.contentSha256.left(16)));
        m_state->setStyleSheet(u"color: #2e7d32;"_s);
    } else if (mediation.agreement) {
        const QStringList missing = m_context.mediation.missingSignatures(mediation);
        m_state->setText(missing.isEmpty()
                             ? tr("Draft: every signature is there; the agreement can be sealed.")
                             : tr("Draft, still to sign: %1").arg(missing.join(u", "_s)));
        m_state->setStyleSheet(u"color: #b24a00;"_s);
    } else {
        m_state->setText(tr("No agreement yet: type the terms and save, then the parties and "
                            "the mediator sign on the Signatures tab."));
        m_state->setStyleSheet(QString());
    }
}

MediationAgreement MediationAgreementTab::typedAgreement() const {
    MediationAgreement agreement = m_case.agreement.value_or(MediationAgreement());
    agreement.liability = m_liability->text().trimmed();
    agreement.terms = m_terms->toPlainText().trimmed();
    agreement.performanceMethod = m_method->text().trimmed();
    agreement.performancePlace = m_place->text().trimmed();
    agreement.performanceDeadline = m_deadline->optionalDate();
    return agreement;
}

bool MediationAgreementTab::agreementChanged() const {
    if (m_case.agreementSealed()) {
        return false;
    }
    const MediationAgreement stored = m_case.agreement.value_or(MediationAgreement());
    const MediationAgreement typed = typedAgreement();
    if (!m_case.agreement) {
        return !typed.isEmpty();
    }
    return stored.liability != typed.liability || stored.terms != typed.terms ||
           stored.performanceMethod != typed.performanceMethod ||
           stored.performancePlace != typed.performancePlace ||
           stored.performanceDeadline != typed.performanceDeadline;
}

bool MediationAgreementTab::setOutcome() {
    m_errors->clear();
    const auto outcome = mediationOutcomeFromKey(m_outcome->currentData().toString());
    if (!outcome) {
        return false;
    }
    std::optional<LegalChannel> channel;
    if (*outcome == MediationOutcome::LegalChannels) {
        channel = legalChannelFromKey(m_channel->currentData().toString());
    }
    return m_apply(m_context.mediation.setOutcome(m_case.id, m_case.rowVersion, *outcome, channel,
                                                  *outcome == MediationOutcome::FailedReferred
                                                      ? m_referredTo->text().trimmed()
                                                      : QString(),
                                                  m_outcomeNote->text().trimmed()),
                   *m_errors);
}

bool MediationAgreementTab::saveAgreement() {
    m_errors->clear();
    return m_apply(
        m_context.mediation.saveAgreement(m_case.id, m_case.rowVersion, typedAgreement()),
        *m_errors);
}

bool MediationAgreementTab::seal() {
    if (agreementChanged() && !saveAgreement()) {
        return false;
    }
    m_errors->clear();
    const QStringList missing = m_context.mediation.missingSignatures(m_case);
    const QList<Error> problems = m_context.mediation.agreementProblems(m_case);
    if (!problems.isEmpty()) {
        m_errors->show(problems.constFirst());
        return false;
    }
    if (!missing.isEmpty()) {
        m_errors->show(Error::validation(
            u"signatures"_s, tr("Cannot seal: still to sign: %1").arg(missing.join(u", "_s))));
        return false;
    }
    if (!m_context.desk.prompter.confirm(
            this, tr("Seal agreement %1").arg(m_case.number),
            tr("Once sealed, the agreement, its parties and mediators can never be changed. "
               "The first follow-up visit is scheduled. Seal now?"),
            tr("Seal"))) {
        return false;
    }
    return m_apply(m_context.mediation.sealAgreement(m_case.id, m_case.rowVersion), *m_errors);
}

} // namespace sd
