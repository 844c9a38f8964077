#include "core/frontdesk/OnSceneRecordReport.h"

#include "core/frontdesk/SignatureBoxes.h"
#include "core/kernel/documents/ReportPdf.h"
#include "core/organisation/Person.h"

using namespace Qt::StringLiterals;

namespace sd {

namespace {
constexpr double kFooterHeight = 12; // mm, below the body on every page
} // namespace

OnSceneRecordReport::OnSceneRecordReport(QString stationName, OnSceneRecord record, Alert alert,
                                         QTimeZone timeZone)
    : ReportDocument(kFooterHeight)
    , m_stationName(std::move(stationName))
    , m_record(std::move(record))
    , m_alert(std::move(alert))
    , m_timeZone(zoneOrUtc(std::move(timeZone))) {}

QString OnSceneRecordReport::fingerprint() const {
    return sealed() ? m_record.contentSha256 : m_draftFingerprint;
}

QString OnSceneRecordReport::localTime(qint64 utcMs) const {
    return ReportPdf::localTime(utcMs, m_timeZone);
}

QString OnSceneRecordReport::pdfTitle() const {
    return tr("On-scene resolution record %1").arg(m_record.number);
}

void OnSceneRecordReport::layOut(ReportPager &pager) const {
    pager.setContinuedLabel(tr("%1 (continued)"));
    setContinuationHeader(
        pager, tr("%1 — %2 (continued)").arg(tr("On-Scene Resolution Record"), m_record.number),
        true);
    addHeader(pager);
    addFields(pager);
    addSignatures(pager);
}

void OnSceneRecordReport::addHeader(ReportPager &pager) const {
    addTitle(pager, m_stationName, tr("On-Scene Resolution Record"), 19, 4);
    addNumberLine(pager, tr("No. %1").arg(m_record.number),
                  sealed() ? tr("Filed %1").arg(localTime(m_record.sealedAt))
                           : tr("Draft — not filed"),
                  !sealed());

    if (m_record.amendsId) {
        pager.addParagraph(
            tr("Amendment of %1: %2")
                .arg(orDash(m_record.amendsNumber), orDash(m_record.amendmentReason)),
            pager.font(10, true), Qt::AlignLeft, Qt::black, pager.mm(1.5));
    }
    if (!sealed()) {
        addDraftNotice(pager, tr("DRAFT: this record has not been sealed and may still change. "
                                 "It is not a filed record."));
    }
    pager.skip(pager.mm(1.5));
}

void OnSceneRecordReport::addFields(ReportPager &pager) const {
    pager.addRow(pair(tr("Alert number"),
                      orDash(m_alert.number.isEmpty() ? m_record.alertNumber : m_alert.number),
                      tr("Received"), localTime(m_alert.receivedAt)));
    pager.addRow(pair(tr("Category"), displayName(m_alert.category), tr("Location"),
                      orDash(m_alert.location)));
    pager.addRow(wide(tr("Eligible case"), m_record.eligibleCase
                                               ? displayName(*m_record.eligibleCase)
                                               : tr("Not chosen")));
    pager.addRow(wide(tr("Facts"), orDash(m_record.facts)));
    pager.addRow(wide(tr("Handling"), orDash(m_record.handling)));
    pager.addRow(wide(tr("Result"), orDash(m_record.result)));

    const qsizetype partyCount = m_record.parties.size();
    for (qsizetype i = 0; i < partyCount; ++i) {
        const RecordParty &party = m_record.parties.at(i);
        const QString label = partyCount > 1 ? tr("Party %1").arg(i + 1) : tr("Party");
        pager.addRow(pair(label, orDash(party.name), tr("Sex"), displayName(party.sex)));
        pager.addRow(wide(tr("Identity document"), tr("%1  %2").arg(displayName(party.documentType),
                                                                    orDash(party.documentNumber))));
        pager.addRow(pair(tr("Phone"), orDash(party.phone), tr("Address"), orDash(party.address)));
        if (party.refusedToSign) {
            pager.addRow(wide(tr("Refused to sign"),
                              tr("Yes. Reason: %1").arg(orDash(party.refusalReason))));
        }
    }
    if (partyCount == 0) {
        pager.addRow(wide(tr("Party"), u"—"_s));
    }

    QStringList officers;
    for (qsizetype i = 0; i < m_record.officerNames.size(); ++i) {
        officers << personLabel(m_record.officerNames.at(i), m_record.officerBadges.value(i));
    }
    pager.addRow(wide(tr("Handling officers"), orDash(officers.join(tr(", ")))));

    QString witness = u"—"_s;
    if (!m_record.witness.isEmpty()) {
        witness = m_record.witness.name;
        if (!m_record.witness.phone.isEmpty()) {
            witness = tr("%1, phone %2").arg(witness, m_record.witness.phone);
        }
        witness = m_record.witness.personId ? tr("%1 (officer of this station)").arg(witness)
                                            : tr("%1 (bystander)").arg(witness);
    }
    pager.addRow(wide(tr("Witness"), witness));
    pager.addRow(wide(tr("Body-camera clip"), orDash(m_record.bodyCamRef)));
    pager.skip(pager.mm(5));
}

void OnSceneRecordReport::addSignatures(ReportPager &pager) const {
    SignatureBoxes boxes(pager, m_record, [this](qint64 ms) { return localTime(ms); });
    boxes.add(tr("Signatures"));
}

void OnSceneRecordReport::decorate(ReportPager &pager, QPainter &painter, int page,
                                   int pageCount) const {
    if (!sealed()) {
        paintWatermark(pager, painter, tr("DRAFT"));
    }
    const QString hash = fingerprint();
    QString line;
    if (hash.isEmpty()) {
        line = tr("Draft: no content fingerprint yet");
    } else if (sealed()) {
        line = tr("Content fingerprint (SHA-256): %1").arg(groupedFingerprint(hash));
    } else {
        line = tr("Draft fingerprint (SHA-256, changes with each edit): %1")
                   .arg(groupedFingerprint(hash));
    }
    paintFooter(pager, painter,
                tr("%1 · %2").arg(tr("On-Scene Resolution Record"), m_record.number),
                tr("Page %1 / %2").arg(page).arg(pageCount), line);
}

} // namespace sd
