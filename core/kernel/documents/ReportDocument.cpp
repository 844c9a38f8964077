#include "core/kernel/documents/ReportDocument.h"

#include "core/kernel/documents/ReportPdf.h"

#include <QPagedPaintDevice>
#include <QPainter>
#include <QStringList>
#include <QTextLayout>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace sd {

namespace {

const QColor kDraftRed(190, 30, 30);
const QColor kMuted(90, 90, 90);

// Column shares of the field table: a label and a value across the page, or two pairs.
constexpr double kLabel = 0.2;
constexpr double kPairValue = 0.3;

} // namespace

QPageLayout ReportDocument::defaultPageLayout() {
    return ReportPdf::formLayout();
}

Status ReportDocument::writePdf(const QString &path) const {
    SD_RETURN_IF_ERROR(printable());
    return ReportPdf::write(path, pdfTitle(), defaultPageLayout(),
                            [this](QPagedPaintDevice &device) { return paint(device); });
}

int ReportDocument::paint(QPagedPaintDevice &device) const {
    QPainter painter;
    if (!painter.begin(&device)) {
        return 0;
    }
    const int pages = paint(painter, device.pageLayout(), [&device] { device.newPage(); });
    painter.end();
    return pages;
}

int ReportDocument::paint(QPainter &painter, const QPageLayout &layout,
                          const std::function<void()> &newPage) const {
    QPaintDevice &device = *painter.device();
    const QSizeF page = layout.paintRectPixels(device.logicalDpiY()).size();
    ReportPager pager(device, page, m_footerMm * device.logicalDpiY() / 25.4);
    layOut(pager);
    pager.paint(painter, newPage, [this, &pager](QPainter &p, int number, int count) {
        decorate(pager, p, number, count);
    });
    return pager.pageCount();
}

QTimeZone ReportDocument::zoneOrUtc(QTimeZone zone) {
    return zone.isValid() ? std::move(zone) : QTimeZone::utc();
}

QString ReportDocument::orDash(const QString &text) {
    return text.trimmed().isEmpty() ? u"—"_s : text;
}

QString ReportDocument::groupedFingerprint(const QString &hex) {
    QStringList groups;
    for (qsizetype at = 0; at < hex.size(); at += 4) {
        groups << hex.mid(at, 4);
    }
    return groups.join(QLatin1Char(' '));
}

QList<ReportDocument::Cell> ReportDocument::wide(const QString &label, const QString &value) {
    return {{label, kLabel, true}, {value, 1 - kLabel, false}};
}

QList<ReportDocument::Cell> ReportDocument::pair(const QString &label1, const QString &value1,
                                                 const QString &label2, const QString &value2) {
    return {{label1, kLabel, true},
            {value1, kPairValue, false},
            {label2, kLabel, true},
            {value2, kPairValue, false}};
}

void ReportDocument::addTitle(ReportPager &pager, const QString &stationName, const QString &title,
                              double titlePoints, double spaceAfterMm) {
    pager.addParagraph(stationName, pager.font(13), Qt::AlignHCenter, Qt::black, pager.mm(1));
    pager.addParagraph(title, pager.font(titlePoints, true), Qt::AlignHCenter, Qt::black,
                       pager.mm(spaceAfterMm));
}

void ReportDocument::addNumberLine(ReportPager &pager, const QString &number, const QString &state,
                                   bool draft) {
    const auto left = pager.layoutText(number, pager.font(11, true), pager.width());
    const auto right =
        pager.layoutText(state, pager.font(10, draft), pager.width(), Qt::AlignRight);
    pager.addBlock(std::max(left.height, right.height),
                   [left, right, draft](QPainter &painter, const QRectF &rect) {
                       painter.setPen(Qt::black);
                       left.layout->draw(&painter, rect.topLeft());
                       painter.setPen(draft ? kDraftRed : Qt::black);
                       right.layout->draw(&painter, rect.topLeft());
                   });
    pager.skip(pager.mm(1.5));
}

void ReportDocument::addDraftNotice(ReportPager &pager, const QString &text) {
    pager.addParagraph(text, pager.font(9.5, true), Qt::AlignLeft, kDraftRed, pager.mm(1.5));
}

void ReportDocument::setContinuationHeader(ReportPager &pager, const QString &text, bool ruled) {
    pager.setContinuationHeader([text, ruled](ReportPager &p) {
        p.addParagraph(text, p.font(8.5), Qt::AlignLeft, kMuted, 0);
        if (ruled) {
            const double rule = p.pt(0.5);
            p.addBlock(p.mm(1.5), [rule](QPainter &painter, const QRectF &rect) {
                painter.setPen(QPen(kMuted, rule));
                painter.drawLine(rect.bottomLeft(), rect.bottomRight());
            });
        }
        p.skip(p.mm(3));
    });
}

void ReportDocument::paintWatermark(ReportPager &pager, QPainter &painter, const QString &text) {
    const QSizeF size = pager.pageSize();
    painter.save();
    painter.translate(size.width() / 2, size.height() / 2);
    painter.rotate(-35);
    painter.setFont(pager.font(96, true));
    painter.setPen(QColor(200, 40, 40, 40));
    const QRectF box(-size.width(), -size.height() / 4, 2 * size.width(), size.height() / 2);
    painter.drawText(box, Qt::AlignCenter, text);
    painter.restore();
}

void ReportDocument::paintFooter(ReportPager &pager, QPainter &painter, const QString &left,
                                 const QString &right, const QString &second) {
    const QSizeF size = pager.pageSize();
    const double top = pager.bodyBottom() + pager.mm(3);
    painter.setPen(QPen(kMuted, pager.pt(0.5)));
    painter.drawLine(QPointF(0, top), QPointF(size.width(), top));
    const auto leftText = pager.layoutText(left, pager.font(8), size.width());
    const auto rightText = pager.layoutText(right, pager.font(8), size.width(), Qt::AlignRight);
    const QPointF first(0, top + pager.mm(1));
    painter.setPen(kMuted);
    leftText.layout->draw(&painter, first);
    rightText.layout->draw(&painter, first);
    if (!second.isEmpty()) {
        const auto secondText = pager.layoutText(second, pager.font(7.5), size.width());
        secondText.layout->draw(&painter,
                                first + QPointF(0, std::max(leftText.height, rightText.height)));
    }
}

} // namespace sd
