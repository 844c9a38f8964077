#include "ui/widgets/SignaturePad.h"

#include <QGridLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QMouseEvent>
#include <QPainter>
#include <QPushButton>
#include <QSpacerItem>
#include <QTabletEvent>
#include <QTouchEvent>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace sd {

namespace {
// The signing line and its cross, in canvas units.
constexpr double kLineY = 165;
constexpr double kLineLeft = 30;
constexpr double kLineRight = 570;
// Enough to take back a few mistakes without keeping every state forever.
constexpr qsizetype kUndoDepth = 50;
} // namespace

SignaturePad::SignaturePad(QWidget *parent)
    : QWidget(parent)
    , m_canvasArea(new QSpacerItem(0, 0, QSizePolicy::Expanding, QSizePolicy::Expanding))
    , m_signerLabel(new QLabel(this))
    , m_meaningLabel(new QLabel(this))
    , m_clearButton(new QPushButton(tr("Clear"), this)) {
    setObjectName(u"signaturePad"_s);
    setAttribute(Qt::WA_AcceptTouchEvents);
    setFocusPolicy(Qt::StrongFocus);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);

    m_signerLabel->setObjectName(u"signerLabel"_s);
    m_signerLabel->setTextFormat(Qt::RichText);
    m_meaningLabel->setObjectName(u"meaningLabel"_s);
    m_meaningLabel->setTextFormat(Qt::PlainText);
    m_meaningLabel->setWordWrap(true);
    m_meaningLabel->setForegroundRole(QPalette::PlaceholderText);
    m_clearButton->setObjectName(u"clearSignature"_s);
    m_clearButton->setToolTip(tr("Clear the signature (Delete)"));
    // The pad itself takes Delete; the button need not steal focus from it.
    m_clearButton->setFocusPolicy(Qt::NoFocus);
    m_clearButton->setEnabled(false);
    connect(m_clearButton, &QPushButton::clicked, this, &SignaturePad::clear);

    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->setVerticalSpacing(2);
    layout->addItem(m_canvasArea, 0, 0, 1, 2);
    layout->addWidget(m_signerLabel, 1, 0);
    layout->addWidget(m_clearButton, 1, 1, 2, 1, Qt::AlignRight | Qt::AlignTop);
    layout->addWidget(m_meaningLabel, 2, 0);
    layout->setColumnStretch(0, 1);
    layout->setRowStretch(0, 1);

    updateAccessibleText();
}

void SignaturePad::setSigner(const QString &printedName, const QString &role,
                             const QString &meaning) {
    m_printedName = printedName;
    m_role = role;
    m_meaning = meaning;
    const QString name = printedName.isEmpty() ? tr("(name not given)") : printedName;
    m_signerLabel->setText(
        role.isEmpty() ? u"<b>%1</b>"_s.arg(name.toHtmlEscaped())
                       : tr("<b>%1</b> · %2").arg(name.toHtmlEscaped(), role.toHtmlEscaped()));
    m_meaningLabel->setText(meaning);
    m_meaningLabel->setVisible(!meaning.isEmpty());
    updateAccessibleText();
}

void SignaturePad::setStrokes(const SignatureStrokes &strokes) {
    m_undo.clear();
    m_drawing = false;
    m_clock.invalidate();
    if (strokes == m_strokes) {
        return;
    }
    m_strokes = strokes;
    m_clearButton->setEnabled(!m_readOnly && !m_strokes.isEmpty());
    update();
    Q_EMIT changed();
}

void SignaturePad::clear() {
    m_drawing = false;
    if (m_strokes.isEmpty()) {
        return;
    }
    remember();
    m_strokes.clear();
    m_clock.invalidate();
    m_clearButton->setEnabled(false);
    update();
    Q_EMIT changed();
}

void SignaturePad::undo() {
    if (m_undo.isEmpty() || m_readOnly) {
        return;
    }
    m_drawing = false;
    m_strokes = m_undo.takeLast();
    m_clock.invalidate();
    m_clearButton->setEnabled(!m_strokes.isEmpty());
    update();
    Q_EMIT changed();
}

void SignaturePad::setReadOnly(bool readOnly) {
    m_readOnly = readOnly;
    m_drawing = false;
    m_clearButton->setVisible(!readOnly);
    m_clearButton->setEnabled(!readOnly && !m_strokes.isEmpty());
    setFocusPolicy(readOnly ? Qt::NoFocus : Qt::StrongFocus);
    updateAccessibleText();
    update();
}

QRectF SignaturePad::canvasRect() const {
    const QRectF area = m_canvasArea->geometry();
    const double scale = std::min(area.width() / SignatureStrokes::kCanvasWidth,
                                  area.height() / SignatureStrokes::kCanvasHeight);
    QRectF canvas(0, 0, SignatureStrokes::kCanvasWidth * scale,
                  SignatureStrokes::kCanvasHeight * scale);
    canvas.moveCenter(area.center());
    return canvas;
}

QPointF SignaturePad::toCanvas(const QPointF &widgetPoint) const {
    const QRectF canvas = canvasRect();
    if (canvas.isEmpty()) {
        return {};
    }
    const double scale = canvas.width() / SignatureStrokes::kCanvasWidth;
    return (widgetPoint - canvas.topLeft()) / scale;
}

QPointF SignaturePad::fromCanvas(const QPointF &canvasPoint) const {
    const QRectF canvas = canvasRect();
    return canvas.topLeft() + canvasPoint * (canvas.width() / SignatureStrokes::kCanvasWidth);
}

QSize SignaturePad::sizeHint() const {
    return {480, 160 + m_signerLabel->sizeHint().height() * 2};
}

QSize SignaturePad::minimumSizeHint() const {
    return {240, 80 + m_signerLabel->sizeHint().height() * 2};
}

bool SignaturePad::event(QEvent *event) {
    switch (event->type()) {
    case QEvent::TouchBegin:
    case QEvent::TouchUpdate:
    case QEvent::TouchEnd:
    case QEvent::TouchCancel: {
        auto *touch = static_cast<QTouchEvent *>(event);
        if (event->type() == QEvent::TouchCancel) {
            penUp();
            m_touchId.reset();
            return true;
        }
        for (const QEventPoint &point : touch->points()) {
            if (!m_touchId) {
                if (point.state() == QEventPoint::Pressed && penDown(point.position(), {})) {
                    m_touchId = point.id();
                }
            } else if (point.id() == *m_touchId) {
                penMoved(point.position(), {});
                if (point.state() == QEventPoint::Released) {
                    penUp();
                    m_touchId.reset();
                }
            }
        }
        // Refusing the first touch lets Qt offer it to the parent (or as a mouse press).
        if (event->type() == QEvent::TouchBegin && !m_touchId) {
            event->ignore();
            return false;
        }
        event->accept();
        return true;
    }
    default:
        return QWidget::event(event);
    }
}

void SignaturePad::paintEvent(QPaintEvent *) {
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QRectF canvas = canvasRect();
    if (canvas.isEmpty()) {
        return;
    }
    // Paper-white whatever the theme: a signature is ink on paper, and prints that way.
    painter.setPen(
        QPen(hasFocus() ? palette().color(QPalette::Highlight) : palette().color(QPalette::Mid),
             hasFocus() ? 2 : 1));
    painter.setBrush(m_readOnly ? QColor(0xf7, 0xf7, 0xf5) : QColor(Qt::white));
    painter.drawRoundedRect(canvas.adjusted(0.5, 0.5, -0.5, -0.5), 4, 4);

    const double scale = canvas.width() / SignatureStrokes::kCanvasWidth;
    const QColor guide(0x9a, 0x9a, 0x9a);
    painter.setPen(QPen(guide, 1));
    painter.drawLine(fromCanvas({kLineLeft, kLineY}), fromCanvas({kLineRight, kLineY}));
    // The cross that marks where to sign.
    const QPointF cross = fromCanvas({kLineLeft + 8, kLineY - 12});
    const double arm = 5 * scale;
    painter.setPen(QPen(guide, std::max(1.0, 1.5 * scale)));
    painter.drawLine(cross + QPointF(-arm, -arm), cross + QPointF(arm, arm));
    painter.drawLine(cross + QPointF(-arm, arm), cross + QPointF(arm, -arm));

    if (m_strokes.isEmpty() && !m_readOnly) {
        QFont font = painter.font();
        font.setPointSizeF(std::max(8.0, font.pointSizeF() * 1.1));
        painter.setFont(font);
        painter.setPen(QColor(0xb8, 0xb8, 0xb8));
        painter.drawText(
            canvas.adjusted(0, 0, 0, -(SignatureStrokes::kCanvasHeight - kLineY + 14) * scale),
            Qt::AlignCenter, tr("Sign here with the mouse, a pen or a finger"));
    }
    m_strokes.paint(painter, canvas, QColor(0x10, 0x1c, 0x4a));
}

void SignaturePad::mousePressEvent(QMouseEvent *event) {
    // Touch and pen input arrive through their own events; their synthesized mouse
    // copies would draw every stroke twice.
    if (event->button() != Qt::LeftButton || event->source() != Qt::MouseEventNotSynthesized ||
        !penDown(event->position(), {})) {
        QWidget::mousePressEvent(event);
        return;
    }
    event->accept();
}

void SignaturePad::mouseMoveEvent(QMouseEvent *event) {
    if (!m_drawing || event->source() != Qt::MouseEventNotSynthesized ||
        !(event->buttons() & Qt::LeftButton)) {
        QWidget::mouseMoveEvent(event);
        return;
    }
    penMoved(event->position(), {});
    event->accept();
}

void SignaturePad::mouseReleaseEvent(QMouseEvent *event) {
    if (!m_drawing || event->button() != Qt::LeftButton ||
        event->source() != Qt::MouseEventNotSynthesized) {
        QWidget::mouseReleaseEvent(event);
        return;
    }
    penMoved(event->position(), {});
    penUp();
    event->accept();
}

void SignaturePad::tabletEvent(QTabletEvent *event) {
    switch (event->type()) {
    case QEvent::TabletPress:
        if (!penDown(event->position(), event->pressure())) {
            event->ignore();
            return;
        }
        break;
    case QEvent::TabletMove:
        if (!m_drawing) {
            event->ignore(); // hovering
            return;
        }
        penMoved(event->position(), event->pressure());
        break;
    case QEvent::TabletRelease:
        if (!m_drawing) {
            event->ignore();
            return;
        }
        penUp();
        break;
    default:
        event->ignore();
        return;
    }
    event->accept();
}

void SignaturePad::keyPressEvent(QKeyEvent *event) {
    if (!m_readOnly && (event->key() == Qt::Key_Delete || event->key() == Qt::Key_Backspace) &&
        event->modifiers() == Qt::NoModifier) {
        clear();
        event->accept();
        return;
    }
    if (!m_readOnly && event->matches(QKeySequence::Undo)) {
        undo();
        event->accept();
        return;
    }
    QWidget::keyPressEvent(event);
}

bool SignaturePad::penDown(const QPointF &widgetPoint, std::optional<double> pressure) {
    if (m_readOnly || !isEnabled() || !canvasRect().contains(widgetPoint)) {
        return false;
    }
    if (m_strokes.isEmpty() || !m_clock.isValid()) {
        m_clockOffset = m_strokes.isEmpty() ? 0 : m_strokes.strokes().constLast().constLast().ms;
        m_clock.start();
    }
    remember();
    m_drawing = true;
    const QPointF p = toCanvas(widgetPoint);
    m_strokes.beginStroke({p.x(), p.y(), m_clockOffset + m_clock.elapsed(), pressure});
    m_clearButton->setEnabled(true);
    update();
    Q_EMIT changed();
    return true;
}

void SignaturePad::penMoved(const QPointF &widgetPoint, std::optional<double> pressure) {
    if (!m_drawing) {
        return;
    }
    // Dragging past the edge draws along it.
    const QPointF p(
        std::clamp(toCanvas(widgetPoint).x(), 0.0, double(SignatureStrokes::kCanvasWidth)),
        std::clamp(toCanvas(widgetPoint).y(), 0.0, double(SignatureStrokes::kCanvasHeight)));
    const SignatureStrokes::Point &last = m_strokes.strokes().constLast().constLast();
    const SignatureStrokes::Point next{p.x(), p.y(), m_clockOffset + m_clock.elapsed(), pressure};
    // Input devices report the same position many times; only movement is ink.
    if (std::abs(next.x - last.x) < 0.1 && std::abs(next.y - last.y) < 0.1) {
        return;
    }
    m_strokes.addPoint(next);
    update();
    Q_EMIT changed();
}

void SignaturePad::penUp() {
    m_drawing = false;
}

void SignaturePad::remember() {
    m_undo.append(m_strokes);
    if (m_undo.size() > kUndoDepth) {
        m_undo.removeFirst();
    }
}

void SignaturePad::updateAccessibleText() {
    setAccessibleName(m_printedName.isEmpty() ? tr("Signature pad")
                                              : tr("Signature of %1").arg(m_printedName));
    QString description = m_readOnly ? tr("A signature, shown read-only.")
                                     : tr("Draw a signature with the mouse, a pen or a "
                                          "finger. Delete clears it; Ctrl+Z undoes.");
    if (!m_role.isEmpty()) {
        description += u' ' + tr("Role: %1.").arg(m_role);
    }
    if (!m_meaning.isEmpty()) {
        description += u' ' + m_meaning;
    }
    setAccessibleDescription(description);
}

} // namespace sd
