#include "core/mediation/MediationSummaryReport.h"

#include "core/kernel/documents/ReportPager.h"
#include "core/kernel/documents/ReportPdf.h"

#include <QDateTime>
#include <QPageSize>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QTextLayout>

using namespace Qt::StringLiterals;

namespace sd {

namespace {

constexpr double kFooterHeight = 10; // mm
const QColor kMuted(90, 90, 90);
constexpr double kLabel = 0.2;
constexpr double kPairValue = 0.3;

using Cell = ReportPager::Cell;

QList<Cell> wide(const QString &label, const QString &value) {
    return {{label, kLabel, true}, {value, 1 - kLabel, false}};
}

QList<Cell> pair(const QString &label1, const QString &value1, const QString &label2,
                 const QString &value2) {
    return {{label1, kLabel, true},
            {value1, kPairValue, false},
            {label2, kLabel, true},
            {value2, kPairValue, false}};
}

QString orDash(const QString &text) {
    return text.trimmed().isEmpty() ? u"—"_s : text;
}

} // namespace

MediationSummaryReport::MediationSummaryReport(QString stationName, MediationCase mediation,
                                               QTimeZone timeZone, QDate deadline)
    : m_stationName(std::move(stationName))
    , m_case(std::move(mediation))
    , m_timeZone(timeZone.isValid() ? std::move(timeZone) : QTimeZone::utc())
    , m_deadline(deadline) {}

QPageLayout MediationSummaryReport::defaultPageLayout() {
    return ReportPdf::formLayout();
}

QString MediationSummaryReport::localTime(qint64 utcMs) const {
    return ReportPdf::localTime(utcMs, m_timeZone);
}

Status MediationSummaryReport::writePdf(const QString &path) const {
    return ReportPdf::write(path, tr("Mediation case summary %1").arg(m_case.number),
                            defaultPageLayout(),
                            [this](QPagedPaintDevice &device) { return paint(device); });
}

int MediationSummaryReport::paint(QPagedPaintDevice &device) const {
    return ReportPdf::paintOn(device, [this](QPainter &painter, const QPageLayout &layout,
                                             const std::function<void()> &newPage) {
        return paint(painter, layout, newPage);
    });
}

int MediationSummaryReport::paint(QPainter &painter, const QPageLayout &layout,
                                  const std::function<void()> &newPage) const {
    return ReportPdf::paintPaged(
        painter, layout, newPage, kFooterHeight, [this](ReportPager &pager) { layOut(pager); },
        [this](ReportPager &pager, QPainter &p, int page, int pageCount) {
            decorate(pager, p, page, pageCount);
        });
}

void MediationSummaryReport::layOut(ReportPager &pager) const {
    pager.setContinuedLabel(tr("%1 (continued)"));
    pager.addParagraph(m_stationName, pager.font(13), Qt::AlignHCenter, Qt::black, pager.mm(1));
    pager.addParagraph(tr("Mediation Case Summary"), pager.font(18, true), Qt::AlignHCenter,
                       Qt::black, pager.mm(3));
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
    const QSizeF size = pager.pageSize();
    const double top = pager.bodyBottom() + pager.mm(3);
    painter.setPen(QPen(kMuted, pager.pt(0.5)));
    painter.drawLine(QPointF(0, top), QPointF(size.width(), top));
    const auto left =
        pager.layoutText(tr("%1 · %2").arg(tr("Mediation Case Summary"), m_case.number),
                         pager.font(8), size.width());
    const auto right = pager.layoutText(tr("Page %1 / %2").arg(page).arg(pageCount), pager.font(8),
                                        size.width(), Qt::AlignRight);
    const QPointF first(0, top + pager.mm(1));
    painter.setPen(kMuted);
    left.layout->draw(&painter, first);
    right.layout->draw(&painter, first);
}

} // namespace sd
