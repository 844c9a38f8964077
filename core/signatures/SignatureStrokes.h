#pragma once

#include "core/kernel/common/Result.h"

#include <QByteArray>
#include <QColor>
#include <QCoreApplication>
#include <QImage>
#include <QList>
#include <QPointF>
#include <QRectF>
#include <QSize>
#include <optional>

class QPainter;

namespace sd {

// A drawn signature as the pen moved: strokes of points on a fixed logical canvas of
// 600 × 200 units, so a signature drawn on any screen size stores and renders the same.
// Points are normalised when added (clamped to the canvas, x/y rounded to 0.1 unit,
// pressure to 0.01, time never going backwards) so that equal-looking input gives
// byte-identical JSON and PNG, which is what a content hash over a record needs.
class SignatureStrokes {
    Q_DECLARE_TR_FUNCTIONS(sd::SignatureStrokes)

public:
    static constexpr int kCanvasWidth = 600;
    static constexpr int kCanvasHeight = 200;
    static constexpr int kFormatVersion = 1;
    // Far more than any real signature; refuses absurd stored data before drawing it.
    static constexpr int kMaxPoints = 20000;

    struct Point {
        double x = 0;                   // 0 … 600, left to right
        double y = 0;                   // 0 … 200, top to bottom
        qint64 ms = 0;                  // since the first point of the signature
        std::optional<double> pressure; // 0 … 1 from a pen; absent for mouse and touch
        bool operator==(const Point &) const = default;
    };
    using Stroke = QList<Point>;

    SignatureStrokes() = default;
    // Normalises every point as addPoint() does; empty strokes are dropped.
    explicit SignatureStrokes(const QList<Stroke> &strokes);

    // Starts a new stroke at the point (pen down).
    void beginStroke(const Point &point);
    // Continues the current stroke (pen moved); begins one when there is none.
    void addPoint(const Point &point);
    void removeLastStroke();
    void clear();

    const QList<Stroke> &strokes() const { return m_strokes; }
    bool isEmpty() const { return m_strokes.isEmpty(); }
    int strokeCount() const { return static_cast<int>(m_strokes.size()); }
    int pointCount() const;
    // In canvas units; empty when there is no ink.
    QRectF boundingRect() const;

    // Enough ink to count as a signature: a dot, a tick or a short dash does not.
    bool looksSigned() const;

    // Compact canonical JSON:
    // {"version":1,"canvas":[600,200],"strokes":[[[x,y,ms],[x,y,ms,pressure],…],…]}
    QByteArray toJson() const;
    // Refuses anything toJson() could not have written, with a Validation error
    // (field "signature") saying what is wrong and where.
    static Result<SignatureStrokes> fromJson(const QByteArray &json);

    // Draws the strokes scaled into target with the canvas aspect kept and centred.
    // Pen width follows the scale (and the pressure, where recorded).
    void paint(QPainter &painter, const QRectF &target, const QColor &ink) const;
    // Antialiased image of the whole canvas; the background may be Qt::transparent.
    QImage render(QSize size, const QColor &ink = Qt::black,
                  const QColor &background = Qt::white) const;
    // Black ink on white as PNG; the same strokes and size give the same bytes.
    QByteArray renderPng(QSize size) const;

    // A plausible handwriting-like signature made from the text, for demo data and
    // tests: the same text always gives the same strokes.
    static SignatureStrokes synthesize(const QString &seedText);

    bool operator==(const SignatureStrokes &) const = default;

private:
    QList<Stroke> m_strokes;
};

} // namespace sd
