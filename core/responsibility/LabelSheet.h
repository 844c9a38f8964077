#pragma once

#include "core/kernel/common/Result.h"

#include <QCoreApplication>
#include <QImage>
#include <QList>
#include <QString>

class QPainter;

namespace sd {

// Owner labels like the one on the station's potted plant: A4 sheets of 3 × 8 labels
// (70 × 37 mm), each with the item's name, its tag code, its owner, the accountable
// leader and a QR code of the tag code, so a scanner at a stocktake reads the code.
// Paints text, so it needs a QGuiApplication (stationctl starts one for this).
class LabelSheet {
    Q_DECLARE_TR_FUNCTIONS(sd::LabelSheet)

public:
    struct Label {
        QString name;
        QString code;
        QString owner;
        QString accountable;
    };

    static constexpr int kColumns = 3;
    static constexpr int kRows = 8;

    // Writes one page per 24 labels; a Validation error (field "file") when the file
    // cannot be written or there is nothing to print.
    static Status writePdf(const QList<Label> &labels, const QString &path);

    // The QR code of text as a black-on-white image, one pixel per module with a
    // four-module quiet zone; null when the text cannot be encoded.
    static QImage qrCode(const QString &text);

private:
    static void paintLabel(QPainter &painter, const QRectF &box, const Label &label);
};

} // namespace sd
