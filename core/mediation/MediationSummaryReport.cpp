#include "core/mediation/MediationSummaryReport.h"

#include "core/kernel/documents/ReportPdf.h"

using namespace Qt::StringLiterals;

namespace sd {

namespace {

constexpr double kFooterHeight = 10; // mm
} // namespace

MediationSummaryReport::MediationSummaryReport(QString stationName, MediationCase mediation,
                                               QTimeZone timeZone, QDate deadline)
    : ReportDocument(kFooterHeight)
    , m_stationName(std::move(stationName))
    , m_case(std::move(mediation))
    , m_timeZone(zoneOrUtc(std::move(timeZone)))
    , m_deadline(deadline) {}

QString MediationSummaryReport::localTime(qint64 utcMs) const {
    return ReportPdf::localTime(utcMs, m_timeZone);
}

QString MediationSummaryReport::pdfTitle() const {
    return tr("Mediation case summary %1").arg(m_case.number);
}

void MediationSummaryReport::layOut(ReportPager &pager) const {
    pager.setContinuedLabel(tr("%1 (continued)"));
    addTitle(pager, m_stationName, tr("Mediation Case Summary"), 18, 3);
    pager.addParagraph(tr("No. %1").arg(m_case.number), pager.font(11, true), Qt::AlignLeft,
                       Qt::black, pager.mm(3));
    const auto heading = [&pager](const QString &text) {
        pager.skip(pager.mm(3));
        pager.addParagraph(text, pager.font(11.5, true), Qt::AlignLeft, Qt::black, pager.mm(1.5));
    };

    QString status = displayName(m_case.status);
    if (m_case.closedAt) {
        status =
            tr("%1 on %2 by %3").arg(status, localTime(*m_case.closedAt), orDash(m_case.closedBy));
    }
    pager.addRow(pair(tr("Dispute type"), displayName(m_case.disputeType), tr("Status"), status));
    pager.addRow(pair(tr("Opened"), localTime(m_case.openedAt), tr("Deadline"),
                      m_deadline.isValid() ? m_deadline.toString(Qt::ISODate) : u"—"_s));
    pager.addRow(pair(tr("Source"),
                      m_case.alertNumber.isEmpty()
                          ? displayName(m_case.source)
                          : tr("%1 (%2)").arg(displayName(m_case.source), m_case.alertNumber),
                      tr("Area"), orDash(m_case.areaName)));
    pager.addRow(wide(tr("Location"), orDash(m_case.location)));
    pager.addRow(pair(tr("Risk"), displayName(m_case.risk), tr("Owning leader"),
                      orDash(m_case.owningLeaderName)));
    pager.addRow(wide(tr("Risk reason"), orDash(m_case.riskReason)));
    pager.addRow(wide(tr("Facts"), orDash(m_case.facts)));
    QStringList parties;
    for (const MediationParty &party : m_case.parties) {
        QStringList details{party.name, party.phone, party.address};
        details.removeAll(QString());
        parties << tr("%1: %2").arg(displayName(party.role), details.join(tr(", ")));
    }
    pager.addRow(wide(tr("Parties"), orDash(parties.join(u'\n'))));
    pager.addRow(wide(tr("Mediators"), orDash(m_case.mediatorNames.join(tr(", ")))));

    heading(tr("Sessions"));
    if (m_case.sessions.isEmpty()) {
        pager.addRow(wide(tr("Sessions"), tr("None recorded")));
    }
    for (const MediationSession &session : m_case.sessions) {
        pager.addRow(pair(tr("Held"), localTime(session.heldAt), tr("Place"), session.place));
        pager.addRow(wide(tr("Attendees"), orDash(session.attendees)));
        pager.addRow(wide(tr("Notes"), orDash(session.notes)));
    }

    heading(tr("Outcome"));
    QString outcome = m_case.outcome ? displayName(*m_case.outcome) : tr("Not yet decided");
    if (m_case.legalChannel) {
        outcome = tr("%1 (%2)").arg(outcome, displayName(*m_case.legalChannel));
    }
    if (!m_case.referredTo.isEmpty()) {
        outcome = tr("%1, referred to %2").arg(outcome, m_case.referredTo);
    }
    pager.addRow(wide(tr("Outcome"), outcome));
    if (!m_case.outcomeNote.isEmpty()) {
        pager.addRow(wide(tr("Note"), m_case.outcomeNote));
    }
    QString agreement = tr("None");
    if (m_case.agreement) {
        agreement = m_case.agreementSealed() ? tr("Sealed %1, %n signature(s)", nullptr,
                                                  int(m_case.agreement->signatures.size()))
                                                   .arg(localTime(m_case.agreement->sealedAt))
                                             : tr("Draft, %n signature(s)", nullptr,
                                                  int(m_case.agreement->signatures.size()));
        pager.addRow(wide(tr("Agreement"), agreement));
        pager.addRow(wide(tr("Terms agreed"), orDash(m_case.agreement->terms)));
    } else {
        pager.addRow(wide(tr("Agreement"), agreement));
    }

    heading(tr("Follow-up visits"));
    if (m_case.followUps.isEmpty()) {
        pager.addRow(wide(tr("Follow-up visits"), tr("None scheduled")));
    }
    for (qsizetype i = 0; i < m_case.followUps.size(); ++i) {
        const MediationFollowUp &followUp = m_case.followUps.at(i);
        QStringList parts{followUpPlanText(m_case.followUps, i)};
        if (!followUp.isDone()) {
            parts << tr("Not yet visited");
        } else {
            parts << tr("Visited %1").arg(localTime(*followUp.visitedAt));
            if (!followUp.visitorName.isEmpty()) {
                parts << followUp.visitorName;
            }
            if (followUp.termsCarriedOut) {
                parts << displayName(*followUp.termsCarriedOut);
            }
            if (followUp.satisfaction) {
                parts << displayName(*followUp.satisfaction);
            }
            if (followUp.newRisk) {
                parts << tr("New risk: %1").arg(followUp.newRiskNote);
            }
            if (!followUp.notes.isEmpty()) {
                parts << followUp.notes;
            }
        }
        pager.addRow(
            wide(tr("Due %1").arg(followUp.dueOn.toString(Qt::ISODate)), parts.join(tr(", "))));
    }
}

void MediationSummaryReport::decorate(ReportPager &pager, QPainter &painter, int page,
                                      int pageCount) const {
    paintFooter(pager, painter, tr("%1 · %2").arg(tr("Mediation Case Summary"), m_case.number),
                tr("Page %1 / %2").arg(page).arg(pageCount));
}

} // namespace sd
