#include "core/frontdesk/OnSceneRecordReport.h"

#include "core/frontdesk/SignatureBoxes.h"
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

constexpr double kFooterHeight = 12; // mm, below the body on every page
const QColor kDraftRed(190, 30, 30);
const QColor kMuted(90, 90, 90);

// Column shares of the field table: a label and a value across the page, or two pairs.
constexpr double kLabel = 0.2;
constexpr double kWideValue = 1 - kLabel;
constexpr double kPairLabel = 0.2;
constexpr double kPairValue = 0.3;

using Cell = ReportPager::Cell;

QList<Cell> wide(const QString &label, const QString &value) {
    return {{label, kLabel, true}, {value, kWideValue, false}};
}

QList<Cell> pair(const QString &label1, const QString &value1, const QString &label2,
                 const QString &value2) {
    return {{label1, kPairLabel, true},
            {value1, kPairValue, false},
            {label2, kPairLabel, true},
            {value2, kPairValue, false}};
}

QString orDash(const QString &text) {
    return text.trimmed().isEmpty() ? u"—"_s : text;
}

} // namespace

OnSceneRecordReport::OnSceneRecordReport(QString stationName, OnSceneRecord record, Alert alert,
                                         QTimeZone timeZone)
    : m_stationName(std::move(stationName))
    , m_record(std::move(record))
    , m_alert(std::move(alert))
    , m_timeZone(timeZone.isValid() ? std::move(timeZone) : QTimeZone::utc()) {}

QString OnSceneRecordReport::fingerprint() const {
    return sealed() ? m_record.contentSha256 : m_draftFingerprint;
}

QString OnSceneRecordReport::groupedFingerprint(const QString &hex) {
    QStringList groups;
    for (qsizetype at = 0; at < hex.size(); at += 4) {
        groups << hex.mid(at, 4);
    }
    return groups.join(QLatin1Char(' '));
}

QPageLayout OnSceneRecordReport::defaultPageLayout() {
    return ReportPdf::formLayout();
}

QString OnSceneRecordReport::localTime(qint64 utcMs) const {
    return ReportPdf::localTime(utcMs, m_timeZone);
}

Status OnSceneRecordReport::writePdf(const QString &path) const {
    return ReportPdf::write(path, tr("On-scene resolution record %1").arg(m_record.number),
                            defaultPageLayout(),
                            [this](QPagedPaintDevice &device) { return paint(device); });
}

int OnSceneRecordReport::paint(QPagedPaintDevice &device) const {
    return ReportPdf::paintOn(device, [this](QPainter &painter, const QPageLayout &layout,
                                             const std::function<void()> &newPage) {
        return paint(painter, layout, newPage);
    });
}

int OnSceneRecordReport::paint(QPainter &painter, const QPageLayout &layout,
                               const std::function<void()> &newPage) const {
    return ReportPdf::paintPaged(
        painter, layout, newPage, kFooterHeight, [this](ReportPager &pager) { layOut(pager); },
        [this](ReportPager &pager, QPainter &p, int page, int pageCount) {
            decorate(pager, p, page, pageCount);
        });
}

void OnSceneRecordReport::layOut(ReportPager &pager) const {
    pager.setContinuedLabel(tr("%1 (continued)"));
    pager.setContinuationHeader([this](ReportPager &p) {
        const QString text =
            tr("%1 — %2 (continued)").arg(tr("On-Scene Resolution Record"), m_record.number);
        p.addParagraph(text, p.font(8.5), Qt::AlignLeft, kMuted, 0);
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

void OnSceneRecordReport::addHeader(ReportPager &pager) const {
    pager.addParagraph(m_stationName, pager.font(13), Qt::AlignHCenter, Qt::black, pager.mm(1));
    pager.addParagraph(tr("On-Scene Resolution Record"), pager.font(19, true), Qt::AlignHCenter,
                       Qt::black, pager.mm(4));

    // The number on the left, the filing state on the right, on one line.
    const auto number =
        pager.layoutText(tr("No. %1").arg(m_record.number), pager.font(11, true), pager.width());
    const QString stateText =
        sealed() ? tr("Filed %1").arg(localTime(m_record.sealedAt)) : tr("Draft — not filed");
    const auto state =
        pager.layoutText(stateText, pager.font(10, !sealed()), pager.width(), Qt::AlignRight);
    const bool isDraft = !sealed();
    pager.addBlock(std::max(number.height, state.height),
                   [number, state, isDraft](QPainter &painter, const QRectF &rect) {
                       painter.setPen(Qt::black);
                       number.layout->draw(&painter, rect.topLeft());
                       painter.setPen(isDraft ? kDraftRed : Qt::black);
                       state.layout->draw(&painter, rect.topLeft());
                   });
    pager.skip(pager.mm(1.5));

    if (m_record.amendsId) {
        pager.addParagraph(
            tr("Amendment of %1: %2")
                .arg(orDash(m_record.amendsNumber), orDash(m_record.amendmentReason)),
            pager.font(10, true), Qt::AlignLeft, Qt::black, pager.mm(1.5));
    }
    if (!sealed()) {
        pager.addParagraph(tr("DRAFT: this record has not been sealed and may still change. "
                              "It is not a filed record."),
                           pager.font(9.5, true), Qt::AlignLeft, kDraftRed, pager.mm(1.5));
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
        const QString badge = m_record.officerBadges.value(i);
        officers << (badge.isEmpty() ? m_record.officerNames.at(i)
                                     : tr("%1 (%2)").arg(m_record.officerNames.at(i), badge));
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
    const QSizeF size = pager.pageSize();
    if (!sealed()) {
        // A watermark under the content of every page: a draft must never pass for a
        // filed record, even photocopied or cut apart.
        painter.save();
        painter.translate(size.width() / 2, size.height() / 2);
        painter.rotate(-35);
        QFont font = pager.font(96, true);
        painter.setFont(font);
        painter.setPen(QColor(200, 40, 40, 40));
        const QRectF box(-size.width(), -size.height() / 4, 2 * size.width(), size.height() / 2);
        painter.drawText(box, Qt::AlignCenter, tr("DRAFT"));
        painter.restore();
    }

    const double top = pager.bodyBottom() + pager.mm(3);
    painter.setPen(QPen(kMuted, pager.pt(0.5)));
    painter.drawLine(QPointF(0, top), QPointF(size.width(), top));

    const auto left =
        pager.layoutText(tr("%1 · %2").arg(tr("On-Scene Resolution Record"), m_record.number),
                         pager.font(8), size.width());
    const auto right = pager.layoutText(tr("Page %1 / %2").arg(page).arg(pageCount), pager.font(8),
                                        size.width(), Qt::AlignRight);
    const QPointF first(0, top + pager.mm(1));
    painter.setPen(kMuted);
    left.layout->draw(&painter, first);
    right.layout->draw(&painter, first);

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
    const auto second = pager.layoutText(line, pager.font(7.5), size.width());
    second.layout->draw(&painter, first + QPointF(0, std::max(left.height, right.height)));
}

} // namespace sd
