#include "core/mediation/MediationAgreementReport.h"

#include "core/frontdesk/SignatureBoxes.h"
#include "core/kernel/documents/ReportPdf.h"
#include "core/mediation/MediationCanonical.h"
#include "core/organisation/Person.h"

using namespace Qt::StringLiterals;

namespace sd {

namespace {

constexpr double kFooterHeight = 12; // mm

// The signature block is the on-scene record's: the parties, then the mediators in the
// officer's place.
OnSceneRecord signingView(const MediationCase &mediation) {
    OnSceneRecord view;
    view.number = mediation.number;
    for (const MediationParty &party : mediation.parties) {
        RecordParty signer;
        signer.name = party.name;
        view.parties << signer;
    }
    view.officerIds = mediation.mediatorIds;
    view.officerNames = mediation.mediatorNames;
    view.officerBadges = mediation.mediatorBadges;
    if (mediation.agreement) {
        view.signatures = mediation.agreement->signatures;
    }
    return view;
}

} // namespace

MediationAgreementReport::MediationAgreementReport(QString stationName, MediationCase mediation,
                                                   QTimeZone timeZone)
    : ReportDocument(kFooterHeight)
    , m_stationName(std::move(stationName))
    , m_case(std::move(mediation))
    , m_timeZone(zoneOrUtc(std::move(timeZone))) {}

QString MediationAgreementReport::fingerprint() const {
    return m_case.agreementSealed() ? m_case.agreement->contentSha256
                                    : MediationCanonical::contentSha256(m_case);
}

QString MediationAgreementReport::localTime(qint64 utcMs) const {
    return ReportPdf::localTime(utcMs, m_timeZone);
}

QString MediationAgreementReport::pdfTitle() const {
    return tr("Mediation agreement %1").arg(m_case.number);
}

Status MediationAgreementReport::printable() const {
    if (!m_case.agreement) {
        return Error::validation(u"agreement"_s,
                                 tr("Case %1 has no agreement to print.").arg(m_case.number));
    }
    return {};
}

void MediationAgreementReport::layOut(ReportPager &pager) const {
    pager.setContinuedLabel(tr("%1 (continued)"));
    setContinuationHeader(
        pager, tr("%1 — %2 (continued)").arg(tr("Mediation Agreement"), m_case.number), true);
    addHeader(pager);
    addFields(pager);
    addSignatures(pager);
}

void MediationAgreementReport::addHeader(ReportPager &pager) const {
    const bool sealed = m_case.agreementSealed();
    addTitle(pager, m_stationName, tr("Mediation Agreement"), 19, 4);
    addNumberLine(pager, tr("No. %1").arg(m_case.number),
                  sealed ? tr("Sealed %1").arg(localTime(m_case.agreement->sealedAt))
                         : tr("Draft — not sealed"),
                  !sealed);
    if (!sealed) {
        addDraftNotice(pager,
                       tr("DRAFT: this agreement has not been sealed and may still change."));
    }
    pager.skip(pager.mm(1.5));
}

void MediationAgreementReport::addFields(ReportPager &pager) const {
    const MediationAgreement agreement = m_case.agreement.value_or(MediationAgreement{});
    pager.addRow(pair(tr("Dispute type"), displayName(m_case.disputeType), tr("Opened"),
                      localTime(m_case.openedAt)));
    pager.addRow(pair(tr("Source"),
                      m_case.alertNumber.isEmpty()
                          ? displayName(m_case.source)
                          : tr("%1 (%2)").arg(displayName(m_case.source), m_case.alertNumber),
                      tr("Location"), orDash(m_case.location)));
    for (const MediationParty &party : m_case.parties) {
        pager.addRow(
            pair(displayName(party.role), orDash(party.name), tr("Sex"), displayName(party.sex)));
        pager.addRow(wide(tr("Identity document"), tr("%1  %2").arg(displayName(party.documentType),
                                                                    orDash(party.documentNumber))));
        pager.addRow(pair(tr("Phone"), orDash(party.phone), tr("Address"), orDash(party.address)));
    }
    pager.addRow(wide(tr("Facts"), orDash(m_case.facts)));
    pager.addRow(wide(tr("Liability"), orDash(agreement.liability)));
    pager.addRow(wide(tr("Terms agreed"), orDash(agreement.terms)));
    pager.addRow(pair(tr("How carried out"), orDash(agreement.performanceMethod), tr("Where"),
                      orDash(agreement.performancePlace)));
    pager.addRow(
        wide(tr("Carried out by"), agreement.performanceDeadline.isValid()
                                       ? agreement.performanceDeadline.toString(Qt::ISODate)
                                       : u"—"_s));
    QStringList mediators;
    for (qsizetype i = 0; i < m_case.mediatorNames.size(); ++i) {
        mediators << personLabel(m_case.mediatorNames.at(i), m_case.mediatorBadges.value(i));
    }
    pager.addRow(wide(tr("Mediators"), orDash(mediators.join(tr(", ")))));
    pager.skip(pager.mm(3));
    pager.addParagraph(tr("The parties reached this agreement voluntarily through mediation by "
                          "the station. Each party keeps one copy and the station keeps one. "
                          "A party who does not carry out the agreement may be taken to court "
                          "by the other."),
                       pager.font(9.5), Qt::AlignLeft, Qt::black, pager.mm(5));
}

void MediationAgreementReport::addSignatures(ReportPager &pager) const {
    const OnSceneRecord view = signingView(m_case);
    SignatureBoxes boxes(pager, view, [this](qint64 ms) { return localTime(ms); });
    boxes.setOfficerRole(mediationSignerName(SignatureRole::Officer));
    boxes.add(tr("Signatures"));
}

void MediationAgreementReport::decorate(ReportPager &pager, QPainter &painter, int page,
                                        int pageCount) const {
    const bool sealed = m_case.agreementSealed();
    if (!sealed) {
        paintWatermark(pager, painter, tr("DRAFT"));
    }
    const QString line =
        sealed ? tr("Content fingerprint (SHA-256): %1").arg(groupedFingerprint(fingerprint()))
               : tr("Draft fingerprint (SHA-256, changes with each edit): %1")
                     .arg(groupedFingerprint(fingerprint()));
    paintFooter(pager, painter, tr("%1 · %2").arg(tr("Mediation Agreement"), m_case.number),
                tr("Page %1 / %2").arg(page).arg(pageCount), line);
}

} // namespace sd
