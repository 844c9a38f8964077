#include "core/mediation/MediationAgreementReport.h"

#include "core/frontdesk/SignatureBoxes.h"
#include "core/kernel/documents/ReportPager.h"
#include "core/kernel/documents/ReportPdf.h"
#include "core/mediation/MediationCanonical.h"

#include <QDateTime>
#include <QPageSize>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QTextLayout>

using namespace Qt::StringLiterals;

namespace sd {

namespace {

constexpr double kFooterHeight = 12; // mm
const QColor kDraftRed(190, 30, 30);
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

QString grouped(const QString &hex) {
    QStringList groups;
    for (qsizetype at = 0; at < hex.size(); at += 4) {
        groups << hex.mid(at, 4);
    }
    return groups.join(QLatin1Char(' '));
}

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
    : m_stationName(std::move(stationName))
    , m_case(std::move(mediation))
    , m_timeZone(timeZone.isValid() ? std::move(timeZone) : QTimeZone::utc()) {}

QString MediationAgreementReport::fingerprint() const {
    return m_case.agreementSealed() ? m_case.agreement->contentSha256
                                    : MediationCanonical::contentSha256(m_case);
}

QPageLayout MediationAgreementReport::defaultPageLayout() {
    return ReportPdf::formLayout();
}

QString MediationAgreementReport::localTime(qint64 utcMs) const {
    return ReportPdf::localTime(utcMs, m_timeZone);
}

Status MediationAgreementReport::writePdf(const QString &path) const {
    if (!m_case.agreement) {
        return Error::validation(u"agreement"_s,
                                 tr("Case %1 has no agreement to print.").arg(m_case.number));
    }
    return ReportPdf::write(path, tr("Mediation agreement %1").arg(m_case.number),
                            defaultPageLayout(),
                            [this](QPagedPaintDevice &device) { return paint(device); });
}

int MediationAgreementReport::paint(QPagedPaintDevice &device) const {
    return ReportPdf::paintOn(device, [this](QPainter &painter, const QPageLayout &layout,
                                             const std::function<void()> &newPage) {
        return paint(painter, layout, newPage);
    });
}

int MediationAgreementReport::paint(QPainter &painter, const QPageLayout &layout,
                                    const std::function<void()> &newPage) const {
    return ReportPdf::paintPaged(
        painter, layout, newPage, kFooterHeight, [this](ReportPager &pager) { layOut(pager); },
        [this](ReportPager &pager, QPainter &p, int page, int pageCount) {
            decorate(pager, p, page, pageCount);
        });
}

void MediationAgreementReport::layOut(ReportPager &pager) const {
    pager.setContinuedLabel(tr("%1 (continued)"));
    pager.setContinuationHeader([this](ReportPager &p) {
        p.addParagraph(tr("%1 — %2 (continued)").arg(tr("Mediation Agreement"), m_case.number),
                       p.font(8.5), Qt::AlignLeft, kMuted, 0);
        const double rule = p.pt(0.5);
        p.addBlock(p.mm(1.5), [rule](QPainter &painter, const QRectF &rect) {
            painter.setPen(QPen(kMuted, rule));
            painter.drawLine(rect.bottomLeft(), rect.bottomRight());
        });
        p.skip(p.mm(3));
    });
    addHeader(pager);
    addFields(pager);
    addSignatures(pager);
}

void MediationAgreementReport::addHeader(ReportPager &pager) const {
    const bool sealed = m_case.agreementSealed();
    pager.addParagraph(m_stationName, pager.font(13), Qt::AlignHCenter, Qt::black, pager.mm(1));
    pager.addParagraph(tr("Mediation Agreement"), pager.font(19, true), Qt::AlignHCenter, Qt::black,
                       pager.mm(4));
    const auto number =
        pager.layoutText(tr("No. %1").arg(m_case.number), pager.font(11, true), pager.width());
    const QString stateText = sealed ? tr("Sealed %1").arg(localTime(m_case.agreement->sealedAt))
                                     : tr("Draft — not sealed");
    const auto state =
        pager.layoutText(stateText, pager.font(10, !sealed), pager.width(), Qt::AlignRight);
    pager.addBlock(std::max(number.height, state.height),
                   [number, state, sealed](QPainter &painter, const QRectF &rect) {
                       painter.setPen(Qt::black);
                       number.layout->draw(&painter, rect.topLeft());
                       painter.setPen(sealed ? Qt::black : kDraftRed);
                       state.layout->draw(&painter, rect.topLeft());
                   });
    pager.skip(pager.mm(1.5));
    if (!sealed) {
        pager.addParagraph(tr("DRAFT: this agreement has not been sealed and may still change."),
                           pager.font(9.5, true), Qt::AlignLeft, kDraftRed, pager.mm(1.5));
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
        const QString badge = m_case.mediatorBadges.value(i);
        mediators << (badge.isEmpty() ? m_case.mediatorNames.at(i)
                                      : tr("%1 (%2)").arg(m_case.mediatorNames.at(i), badge));
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
    const QSizeF size = pager.pageSize();
    const bool sealed = m_case.agreementSealed();
    if (!sealed) {
        // A draft must never pass for a sealed agreement, even photocopied or cut apart.
        painter.save();
        painter.translate(size.width() / 2, size.height() / 2);
        painter.rotate(-35);
        painter.setFont(pager.font(96, true));
        painter.setPen(QColor(200, 40, 40, 40));
        const QRectF box(-size.width(), -size.height() / 4, 2 * size.width(), size.height() / 2);
        painter.drawText(box, Qt::AlignCenter, tr("DRAFT"));
        painter.restore();
    }
    const double top = pager.bodyBottom() + pager.mm(3);
    painter.setPen(QPen(kMuted, pager.pt(0.5)));
    painter.drawLine(QPointF(0, top), QPointF(size.width(), top));
    const auto left = pager.layoutText(tr("%1 · %2").arg(tr("Mediation Agreement"), m_case.number),
                                       pager.font(8), size.width());
    const auto right = pager.layoutText(tr("Page %1 / %2").arg(page).arg(pageCount), pager.font(8),
                                        size.width(), Qt::AlignRight);
    const QPointF first(0, top + pager.mm(1));
    painter.setPen(kMuted);
    left.layout->draw(&painter, first);
    right.layout->draw(&painter, first);
    const QString line = sealed
                             ? tr("Content fingerprint (SHA-256): %1").arg(grouped(fingerprint()))
                             : tr("Draft fingerprint (SHA-256, changes with each edit): %1")
                                   .arg(grouped(fingerprint()));
    const auto second = pager.layoutText(line, pager.font(7.5), size.width());
    second.layout->draw(&painter, first + QPointF(0, std::max(left.height, right.height)));
}

} // namespace sd
