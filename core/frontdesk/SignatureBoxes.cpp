#include "core/frontdesk/SignatureBoxes.h"

#include "core/kernel/documents/ReportPager.h"

#include <QPainter>
#include <QTextLayout>
#include <algorithm>
#include <set>

using namespace Qt::StringLiterals;

namespace sd {

namespace {

// Three boxes to a row (a party, the officer, the witness); two parties make four in one
// row rather than a row holding the witness alone.
int columnsFor(qsizetype boxes) {
    return boxes == 4 ? 4 : 3;
}
constexpr double kGap = 4;     // mm between boxes
constexpr double kPadding = 2; // mm inside a box
// The signature canvas is 600 × 200 (SignatureStrokes), so images are drawn at 3:1.
constexpr double kImageAspect = 3.0;
const QColor kMuted(90, 90, 90);
const QColor kRefused(170, 30, 30);
const QColor kBoxBorder(150, 150, 150);

} // namespace

SignatureBoxes::SignatureBoxes(ReportPager &pager, const OnSceneRecord &record, TimeText localTime)
    : m_pager(pager)
    , m_record(record)
    , m_localTime(std::move(localTime)) {}

SignatureBoxes::Box SignatureBoxes::signedBox(const Signature &signature,
                                              const QString &role) const {
    Box box;
    box.state = State::Signed;
    box.name = signature.printedName;
    box.role = role;
    box.when = tr("Signed %1").arg(m_localTime(signature.signedAt));
    box.meaning = signature.meaning;
    box.image = QImage::fromData(signature.imagePng, "PNG");
    return box;
}

QList<SignatureBoxes::Box> SignatureBoxes::boxes() const {
    QList<Box> result;
    std::set<qsizetype> used;
    const auto find = [&](SignatureRole role, int slot) -> const Signature * {
        for (qsizetype i = 0; i < m_record.signatures.size(); ++i) {
            const Signature &signature = m_record.signatures.at(i);
            if (!used.contains(i) && signature.role == role &&
                (role != SignatureRole::Party || signature.slot == slot)) {
                used.insert(i);
                return &signature;
            }
        }
        return nullptr;
    };
    const qsizetype partyCount = m_record.parties.size();
    for (qsizetype i = 0; i < partyCount; ++i) {
        const RecordParty &party = m_record.parties.at(i);
        const QString role = partyCount > 1 ? tr("Party %1").arg(i + 1) : tr("Party");
        if (const Signature *signature = find(SignatureRole::Party, static_cast<int>(i))) {
            result << signedBox(*signature, role);
        } else if (party.refusedToSign) {
            result << Box{State::Refused,
                          party.name,
                          role,
                          tr("Reason: %1").arg(party.refusalReason),
                          {},
                          {}};
        } else {
            result << Box{State::Missing, party.name, role, tr("Not signed"), {}, {}};
        }
    }
    const QString officerRole =
        m_officerRole.isEmpty() ? displayName(SignatureRole::Officer) : m_officerRole;
    if (const Signature *signature = find(SignatureRole::Officer, 0)) {
        result << signedBox(*signature, officerRole);
        // Further handling officers who also signed.
        while (const Signature *more = find(SignatureRole::Officer, 0)) {
            result << signedBox(*more, officerRole);
        }
    } else {
        result << Box{
            State::Missing, m_record.officerNames.value(0), officerRole, tr("Not signed"), {}, {}};
    }
    const QString witnessRole = displayName(SignatureRole::Witness);
    if (const Signature *signature = find(SignatureRole::Witness, 0)) {
        result << signedBox(*signature, witnessRole);
    } else if (!m_record.witness.isEmpty()) {
        result << Box{State::Missing, m_record.witness.name, witnessRole, tr("Not signed"), {}, {}};
    }
    // Anything left (a party slot beyond the listed parties) is still shown, never hidden.
    for (qsizetype i = 0; i < m_record.signatures.size(); ++i) {
        if (!used.contains(i)) {
            const Signature &signature = m_record.signatures.at(i);
            result << signedBox(signature, displayName(signature.role));
        }
    }
    return result;
}

void SignatureBoxes::add(const QString &heading) {
    ReportPager &pager = m_pager;
    const double gap = pager.mm(kGap);
    const double pad = pager.mm(kPadding);
    const QList<Box> all = boxes();
    const int columns = columnsFor(all.size());
    const double boxWidth = (pager.width() - (columns - 1) * gap) / columns;
    const double inner = boxWidth - 2 * pad;
    const double imageHeight = inner / kImageAspect;

    struct Laid {
        Box box;
        QList<ReportPager::Text> texts;
        QList<QColor> colors;
        double height = 0;
    };
    QList<QList<Laid>> rows;
    for (qsizetype i = 0; i < all.size(); ++i) {
        if (i % columns == 0) {
            rows.emplaceBack();
        }
        const Box &box = all.at(i);
        Laid laid{box, {}, {}, 0};
        const auto text = [&](const QString &value, const QFont &font, const QColor &color) {
            if (!value.isEmpty()) {
                laid.texts << pager.layoutText(value, font, inner);
                laid.colors << color;
            }
        };
        text(box.name.isEmpty() ? u"—"_s : box.name, pager.font(10.5, true), Qt::black);
        text(box.role, pager.font(8.5), kMuted);
        text(box.when, pager.font(8.5), box.state == State::Refused ? kRefused : Qt::black);
        text(box.meaning, pager.font(8), kMuted);
        laid.height = pad + imageHeight + pager.mm(1.5);
        for (const ReportPager::Text &t : std::as_const(laid.texts)) {
            laid.height += t.height;
        }
        laid.height += pad;
        rows.last() << laid;
    }

    const auto headingText = pager.layoutText(heading, pager.font(11.5, true), pager.width());
    const auto rowHeight = [](const QList<Laid> &row) {
        double height = 0;
        for (const Laid &laid : row) {
            height = std::max(height, laid.height);
        }
        return height;
    };
    const double firstRow = rows.isEmpty() ? 0 : rowHeight(rows.first());
    if (headingText.height + pager.mm(2) + firstRow > pager.remaining() && !pager.atPageTop()) {
        pager.newPage();
    }
    pager.addBlock(headingText.height, [headingText](QPainter &painter, const QRectF &rect) {
        painter.setPen(Qt::black);
        headingText.layout->draw(&painter, rect.topLeft());
    });
    pager.skip(pager.mm(2));

    const double border = pager.pt(0.6);
    const double lineGap = pager.mm(1.5);
    const QString refusedText = tr("Refused to sign");
    const auto refusedLabel =
        pager.layoutText(refusedText, pager.font(11, true), inner, Qt::AlignHCenter);
    for (const QList<Laid> &row : std::as_const(rows)) {
        const double height = rowHeight(row);
        pager.addBlock(height, [=](QPainter &painter, const QRectF &rect) {
            painter.setRenderHint(QPainter::SmoothPixmapTransform);
            for (qsizetype column = 0; column < row.size(); ++column) {
                const Laid &laid = row.at(column);
                const QRectF box(rect.left() + column * (boxWidth + gap), rect.top(), boxWidth,
                                 height);
                painter.setPen(QPen(kBoxBorder, border));
                painter.setBrush(Qt::NoBrush);
                painter.drawRect(box);
                const QRectF imageRect(box.left() + pad, box.top() + pad, inner, imageHeight);
                if (!laid.box.image.isNull()) {
                    QSizeF fitted =
                        QSizeF(laid.box.image.size()).scaled(imageRect.size(), Qt::KeepAspectRatio);
                    QRectF target(QPointF(), fitted);
                    target.moveCenter(imageRect.center());
                    painter.drawImage(target, laid.box.image);
                } else if (laid.box.state == State::Refused) {
                    painter.setPen(kRefused);
                    refusedLabel.layout->draw(
                        &painter, QPointF(imageRect.left(),
                                          imageRect.center().y() - refusedLabel.height / 2));
                }
                // The signature line, as on the paper form.
                painter.setPen(QPen(Qt::black, border));
                painter.drawLine(imageRect.bottomLeft(), imageRect.bottomRight());
                QPointF at(imageRect.left(), imageRect.bottom() + lineGap);
                for (qsizetype t = 0; t < laid.texts.size(); ++t) {
                    painter.setPen(laid.colors.at(t));
                    laid.texts.at(t).layout->draw(&painter, at);
                    at.ry() += laid.texts.at(t).height;
                }
            }
        });
        pager.skip(gap);
    }
}

} // namespace sd
