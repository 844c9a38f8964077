// SignatureStrokes::fromJson on any bytes (stroke data as stored with a signature, or as a
// signing pad hands it in). What it accepts must be drawable and must be stable under its
// own canonical form: toJson() of it reads back to the same strokes and the same JSON,
// since a record's content hash covers that JSON.
#include "FuzzSupport.h"
#include "core/signatures/SignatureStrokes.h"

using namespace sd;
using namespace Qt::StringLiterals;

extern "C" int LLVMFuzzerInitialize(int *, char ***) {
    fuzz::startQt(fuzz::App::Gui);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    const QByteArray json = fuzz::bytesOf(data, size);
    const auto strokes = SignatureStrokes::fromJson(json);
    if (!strokes) {
        fuzz::check(strokes.error().field == u"signature"_s && !strokes.error().message.isEmpty(),
                    "refused stroke data without a message on the signature field");
        return 0;
    }
    fuzz::check(strokes->pointCount() <= SignatureStrokes::kMaxPoints, "too many points kept");
    const QRectF box = strokes->boundingRect();
    fuzz::check(strokes->isEmpty() || (box.left() >= 0 && box.top() >= 0 &&
                                       box.right() <= SignatureStrokes::kCanvasWidth &&
                                       box.bottom() <= SignatureStrokes::kCanvasHeight),
                "ink outside the canvas");
    strokes->looksSigned();

    const QByteArray canonical = strokes->toJson();
    const auto again = SignatureStrokes::fromJson(canonical);
    fuzz::check(again.ok(), "fromJson refuses what toJson wrote",
                QString::fromUtf8(canonical) +
                    (again ? QString() : u"\n"_s + again.error().message));
    fuzz::check(*again == *strokes, "toJson → fromJson changed the strokes",
                QString::fromUtf8(canonical));
    fuzz::check(again->toJson() == canonical, "the canonical JSON is not stable",
                QString::fromUtf8(canonical) + u"\n"_s + QString::fromUtf8(again->toJson()));

    // Small, so a thousand-point signature still draws in well under a millisecond or so.
    const QImage image = strokes->render(QSize(48, 16));
    fuzz::check(image.size() == QSize(48, 16), "the rendered image has the wrong size");
    return 0;
}
