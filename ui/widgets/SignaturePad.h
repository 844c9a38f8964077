#pragma once

#include "core/signatures/SignatureStrokes.h"

#include <QElapsedTimer>
#include <QList>
#include <QWidget>
#include <optional>

class QLabel;
class QPushButton;
class QSpacerItem;

namespace sd {

// A box to sign in with the mouse, a pen (with pressure) or a finger. What is drawn is
// kept as SignatureStrokes on the fixed 600 × 200 canvas, so it looks the same at any
// widget size. Under the signing line it shows who signs, in what role, and what the
// signature means. Delete or Backspace clears; Ctrl+Z takes back the last stroke or
// the last clear.
class SignaturePad : public QWidget {
    Q_OBJECT

public:
    explicit SignaturePad(QWidget *parent = nullptr);

    void setSigner(const QString &printedName, const QString &role, const QString &meaning);
    QString printedName() const { return m_printedName; }
    QString role() const { return m_role; }
    QString meaning() const { return m_meaning; }

    const SignatureStrokes &strokes() const { return m_strokes; }
    // Shows a stored signature (emits changed() when it differs from what is shown).
    void setStrokes(const SignatureStrokes &strokes);
    void clear();
    // Takes back the last change made here: a stroke or a clear.
    void undo();

    // A read-only pad shows its strokes but takes no input and has no Clear button.
    void setReadOnly(bool readOnly);
    bool isReadOnly() const { return m_readOnly; }

    // Where the logical canvas lies in widget coordinates, and the mapping into it.
    QRectF canvasRect() const;
    QPointF toCanvas(const QPointF &widgetPoint) const;
    QPointF fromCanvas(const QPointF &canvasPoint) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

Q_SIGNALS:
    // Every change to strokes(): a stroke drawn, clear(), undo() or setStrokes().
    void changed();

protected:
    bool event(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void tabletEvent(QTabletEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    // Pen down, moved and up, from whichever device; false when the input is not taken.
    bool penDown(const QPointF &widgetPoint, std::optional<double> pressure);
    void penMoved(const QPointF &widgetPoint, std::optional<double> pressure);
    void penUp();
    // Records the current strokes for undo() before a change.
    void remember();
    void updateAccessibleText();

    SignatureStrokes m_strokes;
    QList<SignatureStrokes> m_undo; // earlier states, newest last
    QElapsedTimer m_clock;          // ms offsets since the first point…
    qint64 m_clockOffset = 0;       // …continuing after strokes set from outside
    std::optional<int> m_touchId;   // the finger that draws; others are ignored
    bool m_drawing = false;
    bool m_readOnly = false;
    QString m_printedName;
    QString m_role;
    QString m_meaning;
    QSpacerItem *m_canvasArea;
    QLabel *m_signerLabel;
    QLabel *m_meaningLabel;
    QPushButton *m_clearButton;
};

} // namespace sd
