#include "core/signatures/SignatureStrokes.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPainter>
#include <QPainterPath>
#include <QStringList>
#include <algorithm>
#include <cmath>
#include <numbers>

using namespace Qt::StringLiterals;

namespace sd {

namespace {

const QString kField = u"signature"_s;

// Pen width in canvas units at pressure 0.5 (and for mouse and touch input).
constexpr double kPenWidth = 2.6;

// Rules for looksSigned(), in canvas units: a dot, a tick or a flat dash is not a signature.
constexpr double kMinInkLength = 80;
constexpr double kMinInkWidth = 40;
constexpr double kMinInkHeight = 10;
constexpr int kMinPoints = 10;

double finiteOr0(double v) {
    return std::isfinite(v) ? v : 0.0;
}

double roundTo(double v, double steps) {
    return std::round(v * steps) / steps;
}

SignatureStrokes::Point normalised(SignatureStrokes::Point p, qint64 previousMs) {
    p.x = roundTo(std::clamp(finiteOr0(p.x), 0.0, double(SignatureStrokes::kCanvasWidth)), 10);
    p.y = roundTo(std::clamp(finiteOr0(p.y), 0.0, double(SignatureStrokes::kCanvasHeight)), 10);
    p.ms = std::max({p.ms, previousMs, qint64(0)});
    if (p.pressure) {
        p.pressure = roundTo(std::clamp(finiteOr0(*p.pressure), 0.0, 1.0), 100);
    }
    return p;
}

// A fixed-point number with at most `decimals` digits after the point and no trailing
// zeros, so the JSON never depends on how a double library chooses to print.
void appendFixed(QByteArray &out, double value, int decimals) {
    const qint64 scale = decimals == 1 ? 10 : 100;
    const qint64 scaled = std::llround(value * double(scale));
    out += QByteArray::number(scaled / scale);
    qint64 fraction = scaled % scale;
    if (fraction != 0) {
        QByteArray digits = QByteArray::number(fraction).rightJustified(decimals, '0');
        while (digits.endsWith('0')) {
            digits.chop(1);
        }
        out += '.' + digits;
    }
}

double penWidth(const SignatureStrokes::Point &p) {
    return p.pressure ? kPenWidth * (0.35 + 1.3 * *p.pressure) : kPenWidth;
}

Error damaged(const QString &detail) {
    return Error::validation(kField,
                             SignatureStrokes::tr("The signature data is damaged: %1").arg(detail));
}

// splitmix64: a tiny generator whose sequence is fixed by its definition, unlike the
// standard library's distributions, so synthesized signatures match on every platform.
class Generator {
public:
    explicit Generator(quint64 seed)
        : m_state(seed) {}
    double next() { // [0, 1)
        quint64 z = (m_state += 0x9E3779B97F4A7C15ULL);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
        z ^= z >> 31;
        return double(z >> 11) * 0x1.0p-53;
    }
    double between(double low, double high) { return low + (high - low) * next(); }

private:
    quint64 m_state;
};

} // namespace

SignatureStrokes::SignatureStrokes(const QList<Stroke> &strokes) {
    for (const Stroke &stroke : strokes) {
        for (qsizetype i = 0; i < stroke.size(); ++i) {
            if (i == 0) {
                beginStroke(stroke.at(i));
            } else {
                addPoint(stroke.at(i));
            }
        }
    }
}

void SignatureStrokes::beginStroke(const Point &point) {
    const qint64 previous = m_strokes.isEmpty() ? 0 : m_strokes.constLast().constLast().ms;
    m_strokes.append(Stroke{normalised(point, previous)});
}

void SignatureStrokes::addPoint(const Point &point) {
    if (m_strokes.isEmpty()) {
        beginStroke(point);
        return;
    }
    Stroke &stroke = m_strokes.last();
    stroke.append(normalised(point, stroke.constLast().ms));
}

void SignatureStrokes::removeLastStroke() {
    if (!m_strokes.isEmpty()) {
        m_strokes.removeLast();
    }
}

void SignatureStrokes::clear() {
    m_strokes.clear();
}

int SignatureStrokes::pointCount() const {
    qsizetype count = 0;
    for (const Stroke &stroke : m_strokes) {
        count += stroke.size();
    }
    return static_cast<int>(count);
}

QRectF SignatureStrokes::boundingRect() const {
    if (m_strokes.isEmpty()) {
        return {};
    }
    double left = kCanvasWidth, top = kCanvasHeight, right = 0, bottom = 0;
    for (const Stroke &stroke : m_strokes) {
        for (const Point &p : stroke) {
            left = std::min(left, p.x);
            right = std::max(right, p.x);
            top = std::min(top, p.y);
            bottom = std::max(bottom, p.y);
        }
    }
    return QRectF(QPointF(left, top), QPointF(right, bottom));
}

bool SignatureStrokes::looksSigned() const {
    double length = 0;
    for (const Stroke &stroke : m_strokes) {
        for (qsizetype i = 1; i < stroke.size(); ++i) {
            length += std::hypot(stroke.at(i).x - stroke.at(i - 1).x,
                                 stroke.at(i).y - stroke.at(i - 1).y);
        }
    }
    const QRectF box = boundingRect();
    return pointCount() >= kMinPoints && length >= kMinInkLength && box.width() >= kMinInkWidth &&
           box.height() >= kMinInkHeight;
}

QByteArray SignatureStrokes::toJson() const {
    QByteArray out;
    out.reserve(32 + pointCount() * 16);
    out += R"({"version":)" + QByteArray::number(kFormatVersion) + R"(,"canvas":[)" +
           QByteArray::number(kCanvasWidth) + ',' + QByteArray::number(kCanvasHeight) +
           R"(],"strokes":[)";
    for (qsizetype s = 0; s < m_strokes.size(); ++s) {
        out += s == 0 ? "[" : ",[";
        const Stroke &stroke = m_strokes.at(s);
        for (qsizetype i = 0; i < stroke.size(); ++i) {
            const Point &p = stroke.at(i);
            out += i == 0 ? "[" : ",[";
            appendFixed(out, p.x, 1);
            out += ',';
            appendFixed(out, p.y, 1);
            out += ',' + QByteArray::number(p.ms);
            if (p.pressure) {
                out += ',';
                appendFixed(out, *p.pressure, 2);
            }
            out += ']';
        }
        out += ']';
    }
    out += "]}";
    return out;
}

Result<SignatureStrokes> SignatureStrokes::fromJson(const QByteArray &json) {
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        return damaged(tr("it is not valid JSON (%1 at byte %2).")
                           .arg(parseError.errorString())
                           .arg(parseError.offset));
    }
    if (!document.isObject()) {
        return damaged(tr("it is not a JSON object."));
    }
    const QJsonObject root = document.object();
    for (auto it = root.begin(); it != root.end(); ++it) {
        if (it.key() != u"version"_s && it.key() != u"canvas"_s && it.key() != u"strokes"_s) {
            return damaged(tr("unknown key \"%1\".").arg(it.key()));
        }
    }
    const QJsonValue version = root.value(u"version"_s);
    if (!version.isDouble()) {
        return damaged(tr("the format version is missing."));
    }
    if (version.toDouble() != kFormatVersion) {
        return damaged(tr("format version %1 is not known to this StationDesk (it reads "
                          "version %2).")
                           .arg(version.toDouble())
                           .arg(kFormatVersion));
    }
    const QJsonArray canvas = root.value(u"canvas"_s).toArray();
    if (canvas.size() != 2 || canvas.at(0).toDouble() != kCanvasWidth ||
        canvas.at(1).toDouble() != kCanvasHeight) {
        return damaged(tr("the canvas must be [%1,%2].").arg(kCanvasWidth).arg(kCanvasHeight));
    }
    const QJsonValue strokesValue = root.value(u"strokes"_s);
    if (!strokesValue.isArray()) {
        return damaged(tr("the list of strokes is missing."));
    }

    SignatureStrokes result;
    qint64 previousMs = 0;
    int total = 0;
    const QJsonArray strokes = strokesValue.toArray();
    for (qsizetype s = 0; s < strokes.size(); ++s) {
        const QJsonArray stroke = strokes.at(s).toArray();
        if (!strokes.at(s).isArray() || stroke.isEmpty()) {
            return damaged(tr("stroke %1 is not a non-empty list of points.").arg(s + 1));
        }
        for (qsizetype i = 0; i < stroke.size(); ++i) {
            const QString where = tr("stroke %1, point %2").arg(s + 1).arg(i + 1);
            const QJsonArray values = stroke.at(i).toArray();
            const bool numbers = std::all_of(values.begin(), values.end(),
                                             [](const QJsonValue &v) { return v.isDouble(); });
            if (!stroke.at(i).isArray() || values.size() < 3 || values.size() > 4 || !numbers) {
                return damaged(tr("%1 is not [x, y, ms] or [x, y, ms, pressure].").arg(where));
            }
            Point p{values.at(0).toDouble(), values.at(1).toDouble(), 0, std::nullopt};
            const double ms = values.at(2).toDouble();
            if (p.x < 0 || p.x > kCanvasWidth || p.y < 0 || p.y > kCanvasHeight) {
                return damaged(tr("%1 (%2, %3) lies outside the %4 × %5 canvas.")
                                   .arg(where)
                                   .arg(p.x)
                                   .arg(p.y)
                                   .arg(kCanvasWidth)
                                   .arg(kCanvasHeight));
            }
            if (ms < 0 || ms > 1e12 || std::floor(ms) != ms || qint64(ms) < previousMs) {
                return damaged(tr("%1 has time %2 ms; times are whole milliseconds that never "
                                  "go backwards.")
                                   .arg(where)
                                   .arg(ms));
            }
            p.ms = previousMs = qint64(ms);
            if (values.size() == 4) {
                p.pressure = values.at(3).toDouble();
                if (*p.pressure < 0 || *p.pressure > 1) {
                    return damaged(tr("%1 has pressure %2; pressure lies between 0 and 1.")
                                       .arg(where)
                                       .arg(*p.pressure));
                }
            }
            if (++total > kMaxPoints) {
                return damaged(tr("more than %1 points.").arg(kMaxPoints));
            }
            if (i == 0) {
                result.beginStroke(p);
            } else {
                result.addPoint(p);
            }
        }
    }
    return result;
}

void SignatureStrokes::paint(QPainter &painter, const QRectF &target, const QColor &ink) const {
    if (m_strokes.isEmpty() || target.isEmpty()) {
        return;
    }
    const double scale = std::min(target.width() / kCanvasWidth, target.height() / kCanvasHeight);
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.translate(target.center());
    painter.scale(scale, scale);
    painter.translate(-kCanvasWidth / 2.0, -kCanvasHeight / 2.0);
    QPen pen(ink, kPenWidth, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
    for (const Stroke &stroke : m_strokes) {
        const QPointF first(stroke.constFirst().x, stroke.constFirst().y);
        if (stroke.size() == 1) {
            const double radius = penWidth(stroke.constFirst()) / 2;
            painter.setPen(Qt::NoPen);
            painter.setBrush(ink);
            painter.drawEllipse(first, radius, radius);
            continue;
        }
        // Quadratic curves through the midpoints between samples smooth out the corners
        // of a mouse or touch track. Each piece gets its own width so pen pressure shows.
        const auto at = [&stroke](qsizetype i) {
            return QPointF(stroke.at(i).x, stroke.at(i).y);
        };
        const qsizetype last = stroke.size() - 1;
        QPointF from = first;
        for (qsizetype i = 0; i <= last; ++i) {
            QPainterPath piece(from);
            QPointF to = at(i);
            if (i == 0) {
                to = (at(0) + at(1)) / 2;
                piece.lineTo(to);
            } else if (i < last) {
                to = (at(i) + at(i + 1)) / 2;
                piece.quadTo(at(i), to);
            } else {
                piece.lineTo(to);
            }
            pen.setWidthF(penWidth(stroke.at(i)));
            painter.strokePath(piece, pen);
            from = to;
        }
    }
    painter.restore();
}

QImage SignatureStrokes::render(QSize size, const QColor &ink, const QColor &background) const {
    if (size.isEmpty()) {
        return {};
    }
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    // Fixed, so the PNG does not depend on the screen of whoever rendered it.
    image.setDotsPerMeterX(3780);
    image.setDotsPerMeterY(3780);
    image.fill(background);
    QPainter painter(&image);
    paint(painter, QRectF(QPointF(0, 0), QSizeF(size)), ink);
    painter.end();
    return image;
}

QByteArray SignatureStrokes::renderPng(QSize size) const {
    const QImage image = render(size).convertToFormat(QImage::Format_Grayscale8);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

SignatureStrokes SignatureStrokes::synthesize(const QString &seedText) {
    const QByteArray digest =
        QCryptographicHash::hash(seedText.toUtf8(), QCryptographicHash::Sha256);
    quint64 seed = 0;
    for (int i = 0; i < 8; ++i) {
        seed = (seed << 8) | quint8(digest.at(i));
    }
    Generator random(seed);

    // Written in free coordinates (baseline at y = 0, up is negative), then fitted.
    const QStringList words = seedText.simplified().split(u' ', Qt::SkipEmptyParts);
    const int wordCount = std::clamp(int(words.size()), 1, 3);
    const int letters = std::clamp(int(seedText.simplified().size()), 4, 10);
    constexpr double kTwoPi = 2 * std::numbers::pi;
    const double slant = random.between(0.15, 0.4);
    QList<QList<QPointF>> tracks;
    QList<QList<double>> pressures;
    double cursor = 0;
    for (int w = 0; w < wordCount; ++w) {
        QList<QPointF> track;
        QList<double> pressure;
        const int wordLetters =
            std::max(2, letters / wordCount + (w == 0 ? letters % wordCount : 0));
        for (int l = 0; l < wordLetters; ++l) {
            // Each letter is one turn of a looping trochoid; a tall first letter and random
            // heights give it the rhythm of joined-up handwriting.
            const double width = random.between(20, 38);
            const double height = random.between(22, 60) * (l == 0 ? 1.6 : 1.0);
            const double loop = width * random.between(0.2, 0.42);
            const int steps = 14;
            for (int k = (l == 0 ? 0 : 1); k <= steps; ++k) {
                const double theta = kTwoPi * k / steps;
                const double y = -height * (1 - std::cos(theta)) / 2 + random.between(-0.6, 0.6);
                const double x = cursor + width * k / steps - loop * std::sin(theta) - slant * y;
                track.append(QPointF(x, y));
                pressure.append(0.5 + 0.25 * std::sin(theta + l) + random.between(-0.05, 0.05));
            }
            cursor += width;
        }
        tracks.append(track);
        pressures.append(pressure);
        cursor += random.between(25, 45);
    }
    // The closing underline flourish.
    {
        QList<QPointF> track;
        QList<double> pressure;
        const double dip = random.between(8, 20);
        const int steps = 24;
        for (int k = 0; k <= steps; ++k) {
            const double f = double(k) / steps;
            track.append(
                QPointF(-10 + f * (cursor + 10), dip + 6 * std::sin(f * std::numbers::pi)));
            pressure.append(0.7 - 0.5 * f);
        }
        tracks.append(track);
        pressures.append(pressure);
    }

    QRectF box;
    for (const auto &track : tracks) {
        for (const QPointF &p : track) {
            box = box.united(QRectF(p, QSizeF(0.001, 0.001)));
        }
    }
    const QRectF area(40, 25, kCanvasWidth - 80, kCanvasHeight - 50);
    const double scale = std::min(area.width() / box.width(), area.height() / box.height());
    const QPointF shift = area.center() - box.center() * scale;

    SignatureStrokes result;
    qint64 ms = 0;
    for (qsizetype t = 0; t < tracks.size(); ++t) {
        for (qsizetype i = 0; i < tracks.at(t).size(); ++i) {
            const QPointF p = tracks.at(t).at(i) * scale + shift;
            const Point point{p.x(), p.y(), ms, pressures.at(t).at(i)};
            if (i == 0) {
                result.beginStroke(point);
            } else {
                result.addPoint(point);
            }
            ms += 8 + qint64(random.between(0, 6));
        }
        ms += 150 + qint64(random.between(0, 200));
    }
    return result;
}

} // namespace sd
