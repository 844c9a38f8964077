#include "core/responsibility/LabelSheet.h"

#include "core/kernel/documents/ReportPdf.h"

#include <QFont>
#include <QPageLayout>
#include <QPageSize>
#include <QPagedPaintDevice>
#include <QPainter>
#include <qrencode.h>

using namespace Qt::StringLiterals;

namespace sd {

namespace {
constexpr int kDpi = 300;
constexpr double kPageWidthMm = 210.0;
constexpr double kPageHeightMm = 297.0;
constexpr double kLabelWidthMm = 70.0;
constexpr double kLabelHeightMm = 37.0;
constexpr double kPaddingMm = 2.5;
constexpr int kQuietZone = 4;

double mm(double millimetres) {
    return millimetres * kDpi / 25.4;
}

QFont labelFont(double pointSize, bool bold = false) {
    QFont font;
    font.setFamilies({u"Noto Sans CJK SC"_s, u"Noto Sans"_s, u"DejaVu Sans"_s});
    font.setPointSizeF(pointSize);
    font.setBold(bold);
    return font;
}

QString elided(const QPainter &painter, const QString &text, double width) {
    return painter.fontMetrics().elidedText(text, Qt::ElideRight, static_cast<int>(width));
}
} // namespace

QImage LabelSheet::qrCode(const QString &text) {
    const QByteArray data = text.toUtf8();
    QRcode *code = QRcode_encodeString(data.constData(), 0, QR_ECLEVEL_M, QR_MODE_8, 1);
    if (!code) {
        return {};
    }
    const int size = code->width + 2 * kQuietZone;
    QImage image(size, size, QImage::Format_Mono);
    image.fill(1);
    image.setColor(0, qRgb(0, 0, 0));
    image.setColor(1, qRgb(255, 255, 255));
    for (int y = 0; y < code->width; ++y) {
        for (int x = 0; x < code->width; ++x) {
            if (code->data[y * code->width + x] & 1) {
                image.setPixel(x + kQuietZone, y + kQuietZone, 0);
            }
        }
    }
    QRcode_free(code);
    return image;
}

void LabelSheet::paintLabel(QPainter &painter, const QRectF &box, const Label &label) {
    painter.save();
    painter.setPen(QPen(QColor(170, 170, 170), mm(0.15), Qt::DashLine));
    painter.drawRect(box); // a cutting guide
    const QRectF inner =
        box.adjusted(mm(kPaddingMm), mm(kPaddingMm), -mm(kPaddingMm), -mm(kPaddingMm));
    const QImage qr = qrCode(label.code);
    const double qrSide = inner.height();
    if (!qr.isNull()) {
        // Whole pixels per module keep every module edge sharp for the scanner.
        const double module = std::floor(qrSide / qr.width());
        const double side = module * qr.width();
        painter.drawImage(QRectF(inner.left(), inner.top() + (qrSide - side) / 2, side, side), qr);
    }
    const QRectF text(inner.left() + qrSide + mm(1.5), inner.top(),
                      inner.width() - qrSide - mm(1.5), inner.height());
    painter.setPen(Qt::black);

    painter.setFont(labelFont(9.5, true));
    const QRectF nameBox(text.left(), text.top(), text.width(), mm(9));
    painter.drawText(nameBox, Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, label.name);

    QFont codeFont = labelFont(11, true);
    codeFont.setFamilies({u"DejaVu Sans Mono"_s, u"Noto Sans Mono"_s, u"monospace"_s});
    painter.setFont(codeFont);
    painter.drawText(QRectF(text.left(), text.top() + mm(9.5), text.width(), mm(6)),
                     Qt::AlignLeft | Qt::AlignVCenter, label.code);

    painter.setFont(labelFont(7));
    const QString owner = tr("Owner: %1").arg(label.owner);
    const QString accountable = tr("Accountable: %1").arg(label.accountable);
    painter.drawText(QRectF(text.left(), text.top() + mm(17), text.width(), mm(5)),
                     Qt::AlignLeft | Qt::AlignVCenter, elided(painter, owner, text.width()));
    painter.drawText(QRectF(text.left(), text.top() + mm(22), text.width(), mm(5)),
                     Qt::AlignLeft | Qt::AlignVCenter, elided(painter, accountable, text.width()));
    painter.restore();
}

Status LabelSheet::writePdf(const QList<Label> &labels, const QString &path) {
    if (labels.isEmpty()) {
        return Error::validation(u"file"_s, tr("There are no items to print labels for."));
    }
    const QPageLayout page(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(0, 0, 0, 0));
    return ReportPdf::write(
        path, tr("Owner labels"), page,
        [&labels](QPagedPaintDevice &device) {
            QPainter painter;
            if (!painter.begin(&device)) {
                return 0;
            }
            const double left = mm((kPageWidthMm - kColumns * kLabelWidthMm) / 2);
            const double top = mm((kPageHeightMm - kRows * kLabelHeightMm) / 2);
            const int perPage = kColumns * kRows;
            int pages = 1;
            for (qsizetype i = 0; i < labels.size(); ++i) {
                if (i > 0 && i % perPage == 0) {
                    device.newPage();
                    ++pages;
                }
                const int slot = static_cast<int>(i % perPage);
                const QRectF box(left + (slot % kColumns) * mm(kLabelWidthMm),
                                 top + (slot / kColumns) * mm(kLabelHeightMm), mm(kLabelWidthMm),
                                 mm(kLabelHeightMm));
                paintLabel(painter, box, labels.at(i));
            }
            return painter.end() ? pages : 0;
        },
        kDpi);
}

} // namespace sd
