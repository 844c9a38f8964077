#include "core/duty/MonthCloseReport.h"

#include "core/kernel/documents/ReportPdf.h"

using namespace Qt::StringLiterals;

namespace sd {

namespace {
constexpr double kFooterHeight = 10; // mm
} // namespace

MonthCloseReport::MonthCloseReport(QString stationName, MonthClose close,
                                   QList<MonthAmendment> revisions, QTimeZone timeZone,
                                   std::function<QString(const QString &)> nameOf)
    : ReportDocument(kFooterHeight)
    , m_stationName(std::move(stationName))
    , m_close(std::move(close))
    , m_revisions(std::move(revisions))
    , m_timeZone(zoneOrUtc(std::move(timeZone)))
    , m_nameOf(std::move(nameOf)) {}

QString MonthCloseReport::pdfTitle() const {
    return tr("Monthly close %1").arg(m_close.period);
}

Status MonthCloseReport::printable() const {
    // The report shows sealed figures only: a reopened month has none that still hold.
    if (!m_close.isClosed()) {
        return Error::validation(u"period"_s, tr("%1 is not closed: there are no sealed figures "
                                                 "to print.")
                                                  .arg(m_close.period));
    }
    return {};
}

void MonthCloseReport::addCounts(ReportPager &pager, const QString &heading,
                                 const QMap<QString, qint64> &counts, bool keys) const {
    pager.skip(pager.mm(3));
    pager.addParagraph(heading, pager.font(11.5, true), Qt::AlignLeft, Qt::black, pager.mm(1.5));
    if (counts.isEmpty()) {
        pager.addRow(wide(heading, tr("None")));
    }
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        const QString label = keys ? m_nameOf(it.key()) : it.key();
        pager.addRow(wide(orDash(label), QString::number(it.value())));
    }
}

void MonthCloseReport::layOut(ReportPager &pager) const {
    pager.setContinuedLabel(tr("%1 (continued)"));
    addTitle(pager, m_stationName, tr("Monthly Close Report"), 18, 3);
    pager.addParagraph(tr("Month %1").arg(m_close.period), pager.font(11, true), Qt::AlignLeft,
                       Qt::black, pager.mm(3));
    const auto local = [this](qint64 utcMs) {
        return ReportPdf::localTime(utcMs, m_timeZone);
    };
    pager.addRow(pair(tr("Closed"), local(m_close.closedAt), tr("Closed by"), m_close.closedBy));
    pager.addRow(wide(tr("Reason"), orDash(m_close.closeReason)));
    const MonthFigures figures =
        MonthFigures::fromCanonical(m_close.figuresJson).value_or(MonthFigures{});
    pager.addRow(pair(tr("Alerts"), QString::number(figures.alerts), tr("Records filed"),
                      QString::number(figures.recordsFiled)));
    pager.addRow(pair(tr("Mediation cases closed"), QString::number(figures.casesClosed),
                      tr("Assessments approved"), QString::number(figures.assessmentsApproved)));
    addCounts(pager, tr("Alerts by category"), figures.byCategory, true);
    addCounts(pager, tr("Alerts by area"), figures.byArea, false);
    addCounts(pager, tr("Alerts by status"), figures.byStatus, true);

    pager.skip(pager.mm(3));
    pager.addParagraph(tr("Revisions of the month before"), pager.font(11.5, true), Qt::AlignLeft,
                       Qt::black, pager.mm(1.5));
    if (m_revisions.isEmpty()) {
        pager.addRow(wide(tr("Revisions"), tr("None")));
    }
    for (const MonthAmendment &revision : m_revisions) {
        pager.addRow(
            wide(tr("%1 (%2)").arg(revision.ref, revision.period),
                 tr("%1, approved by %2 on %3")
                     .arg(revision.reason, revision.grantedBy, local(revision.grantedAt))));
    }
    pager.skip(pager.mm(3));
    pager.addRow(wide(tr("Seal"), groupedFingerprint(m_close.digest)));
    pager.addRow(wide(tr("Audit head at closing"), m_close.auditHead));
}

void MonthCloseReport::decorate(ReportPager &pager, QPainter &painter, int page,
                                int pageCount) const {
    paintFooter(pager, painter, tr("%1 · %2").arg(tr("Monthly Close Report"), m_close.period),
                tr("Page %1 / %2").arg(page).arg(pageCount));
}

} // namespace sd
