#include "ui/widgets/SignaturePad.h"

#include <QLabel>
#include <QPointingDevice>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

namespace sd::test {
namespace {

class SignaturePadTest : public ::testing::Test {
protected:
    void SetUp() override {
        m_pad.resize(620, 300);
        m_pad.setSigner(u"Wang Fang"_s, u"Party"_s, u"I agree with the facts recorded above."_s);
        m_pad.show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(&m_pad));
    }

    QPoint at(double canvasX, double canvasY) const {
        return m_pad.fromCanvas(QPointF(canvasX, canvasY)).toPoint();
    }

    // A mouse stroke through canvas points.
    void drag(const QList<QPointF> &canvasPoints) {
        QTest::mousePress(&m_pad, Qt::LeftButton, {},
                          at(canvasPoints.first().x(), canvasPoints.first().y()));
        for (qsizetype i = 1; i < canvasPoints.size(); ++i) {
            QTest::mouseMove(&m_pad, at(canvasPoints.at(i).x(), canvasPoints.at(i).y()));
        }
        QTest::mouseRelease(&m_pad, Qt::LeftButton, {},
                            at(canvasPoints.last().x(), canvasPoints.last().y()));
    }

    SignaturePad m_pad;
};

// Where a widget pixel lands on the canvas is known only to within a pixel's width.
void expectNear(const SignatureStrokes::Point &point, double x, double y, double tolerance) {
    EXPECT_NEAR(point.x, x, tolerance);
    EXPECT_NEAR(point.y, y, tolerance);
}

TEST_F(SignaturePadTest, MouseStrokesAreMappedOntoTheCanvas) {
    const QRectF canvas = m_pad.canvasRect();
    EXPECT_NEAR(canvas.width() / canvas.height(), 3.0, 0.01);
    EXPECT_TRUE(m_pad.rect().contains(canvas.toRect()));
    const double tolerance = SignatureStrokes::kCanvasWidth / canvas.width();

    QSignalSpy changed(&m_pad, &SignaturePad::changed);
    drag({{100, 50}, {200, 150}, {300, 100}});
    drag({{400, 60}, {500, 60}});
    ASSERT_EQ(m_pad.strokes().strokeCount(), 2);
    const auto &first = m_pad.strokes().strokes().at(0);
    ASSERT_EQ(first.size(), 3);
    expectNear(first.at(0), 100, 50, tolerance);
    expectNear(first.at(1), 200, 150, tolerance);
    expectNear(first.at(2), 300, 100, tolerance);
    EXPECT_FALSE(first.at(0).pressure.has_value());
    expectNear(m_pad.strokes().strokes().at(1).at(1), 500, 60, tolerance);
    EXPECT_GE(changed.count(), 2);
    EXPECT_TRUE(m_pad.findChild<QPushButton *>(u"clearSignature"_s)->isEnabled());

    // Wider than 3:1 keeps the aspect: the canvas is centred, the mapping still holds.
    m_pad.resize(1000, 260);
    const QRectF wide = m_pad.canvasRect();
    EXPECT_NEAR(wide.width() / wide.height(), 3.0, 0.01);
    EXPECT_GT(wide.left(), 50);
    const QPointF middle = m_pad.toCanvas(wide.center());
    EXPECT_NEAR(middle.x(), 300, 0.5);
    EXPECT_NEAR(middle.y(), 100, 0.5);
}

TEST_F(SignaturePadTest, PressingOutsideTheCanvasDrawsNothing) {
    const QRectF canvas = m_pad.canvasRect();
    QTest::mousePress(&m_pad, Qt::LeftButton, {},
                      QPoint(int(canvas.center().x()), int(canvas.bottom()) + 10));
    QTest::mouseRelease(&m_pad, Qt::LeftButton, {},
                        QPoint(int(canvas.center().x()), int(canvas.bottom()) + 10));
    EXPECT_TRUE(m_pad.strokes().isEmpty());
}

TEST_F(SignaturePadTest, ClearEmptiesAndSignalsAndUndoBringsItBack) {
    drag({{100, 50}, {200, 150}});
    const SignatureStrokes drawn = m_pad.strokes();
    QSignalSpy changed(&m_pad, &SignaturePad::changed);
    QTest::mouseClick(m_pad.findChild<QPushButton *>(u"clearSignature"_s), Qt::LeftButton);
    EXPECT_TRUE(m_pad.strokes().isEmpty());
    EXPECT_EQ(changed.count(), 1);
    m_pad.clear(); // already empty: nothing changes
    EXPECT_EQ(changed.count(), 1);

    QTest::keyClick(&m_pad, Qt::Key_Z, Qt::ControlModifier);
    EXPECT_EQ(m_pad.strokes(), drawn);
    EXPECT_EQ(changed.count(), 2);
}

TEST_F(SignaturePadTest, DeleteAndBackspaceClear) {
    drag({{100, 50}, {200, 150}});
    m_pad.setFocus();
    QTest::keyClick(&m_pad, Qt::Key_Delete);
    EXPECT_TRUE(m_pad.strokes().isEmpty());
    drag({{100, 50}, {200, 150}});
    QTest::keyClick(&m_pad, Qt::Key_Backspace);
    EXPECT_TRUE(m_pad.strokes().isEmpty());
}

TEST_F(SignaturePadTest, ReadOnlyShowsStoredStrokesAndIgnoresInput) {
    const SignatureStrokes stored = SignatureStrokes::synthesize(u"Wang Fang"_s);
    QSignalSpy changed(&m_pad, &SignaturePad::changed);
    m_pad.setStrokes(stored);
    EXPECT_EQ(changed.count(), 1);
    m_pad.setReadOnly(true);
    EXPECT_FALSE(m_pad.findChild<QPushButton *>(u"clearSignature"_s)->isVisible());

    drag({{100, 50}, {200, 150}});
    QTest::keyClick(&m_pad, Qt::Key_Delete);
    EXPECT_EQ(m_pad.strokes(), stored);
    EXPECT_EQ(changed.count(), 1);

    m_pad.setReadOnly(false);
    drag({{100, 50}, {200, 150}});
    EXPECT_EQ(m_pad.strokes().strokeCount(), stored.strokeCount() + 1);
    // Time carries on from the stored strokes instead of starting again at 0.
    EXPECT_GE(m_pad.strokes().strokes().constLast().constFirst().ms,
              stored.strokes().constLast().constLast().ms);
}

TEST_F(SignaturePadTest, TouchDrawsAStroke) {
    static QPointingDevice *device = QTest::createTouchDevice();
    QSignalSpy changed(&m_pad, &SignaturePad::changed);
    QTest::touchEvent(&m_pad, device).press(0, at(120, 40));
    QTest::touchEvent(&m_pad, device).move(0, at(250, 140));
    QTest::touchEvent(&m_pad, device).move(0, at(380, 90));
    QTest::touchEvent(&m_pad, device).release(0, at(380, 90));
    ASSERT_EQ(m_pad.strokes().strokeCount(), 1);
    const auto &stroke = m_pad.strokes().strokes().constFirst();
    ASSERT_EQ(stroke.size(), 3);
    const double tolerance = SignatureStrokes::kCanvasWidth / m_pad.canvasRect().width();
    expectNear(stroke.at(0), 120, 40, tolerance);
    expectNear(stroke.at(2), 380, 90, tolerance);
    EXPECT_GE(changed.count(), 3);

    m_pad.setReadOnly(true);
    QTest::touchEvent(&m_pad, device).press(0, at(120, 40));
    QTest::touchEvent(&m_pad, device).release(0, at(200, 40));
    EXPECT_EQ(m_pad.strokes().strokeCount(), 1);
}

TEST_F(SignaturePadTest, ShowsTheSignerAndIsAccessible) {
    const auto *signer = m_pad.findChild<QLabel *>(u"signerLabel"_s);
    EXPECT_TRUE(signer->text().contains(u"Wang Fang"_s));
    EXPECT_TRUE(signer->text().contains(u"Party"_s));
    EXPECT_EQ(m_pad.findChild<QLabel *>(u"meaningLabel"_s)->text(),
              u"I agree with the facts recorded above."_s);
    EXPECT_TRUE(m_pad.accessibleName().contains(u"Wang Fang"_s));
    EXPECT_FALSE(m_pad.accessibleDescription().isEmpty());
    EXPECT_EQ(m_pad.focusPolicy(), Qt::StrongFocus);

    m_pad.setSigner(u"<i>x</i>"_s, u"Witness"_s, {});
    EXPECT_TRUE(signer->text().contains(u"&lt;i&gt;"_s)); // names are text, not markup
    EXPECT_FALSE(m_pad.findChild<QLabel *>(u"meaningLabel"_s)->isVisible());
}

} // namespace
} // namespace sd::test
