#include "core/signatures/SignatureStrokes.h"

#include <QImage>
#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using sd::SignatureStrokes;
using Point = sd::SignatureStrokes::Point;

namespace {

// Two strokes, one with pen pressure and one without, at awkward fractions.
SignatureStrokes sample() {
    SignatureStrokes s;
    s.beginStroke({100.04, 50.06, 0, 0.333});
    s.addPoint({150.25, 80.0, 12, 0.5});
    s.addPoint({200.0, 60.5, 25, 1.0});
    s.beginStroke({300.0, 120.0, 400, std::nullopt});
    s.addPoint({420.0, 130.0, 430, std::nullopt});
    return s;
}

int inkPixels(const QImage &image, const QRect &area) {
    int count = 0;
    for (int y = area.top(); y <= area.bottom(); ++y) {
        for (int x = area.left(); x <= area.right(); ++x) {
            if (qGray(image.pixel(x, y)) < 128) {
                ++count;
            }
        }
    }
    return count;
}

std::string refusal(const QByteArray &json) {
    auto result = SignatureStrokes::fromJson(json);
    if (result.ok()) {
        return "accepted";
    }
    EXPECT_EQ(result.error().code, sd::ErrorCode::Validation);
    EXPECT_EQ(result.error().field, u"signature"_s);
    return result.error().message.toStdString();
}

} // namespace

TEST(SignatureStrokes, WritesCompactCanonicalJson) {
    EXPECT_EQ(SignatureStrokes().toJson(), R"({"version":1,"canvas":[600,200],"strokes":[]})");
    EXPECT_EQ(sample().toJson(),
              R"({"version":1,"canvas":[600,200],"strokes":[[[100,50.1,0,0.33],)"
              R"([150.3,80,12,0.5],[200,60.5,25,1]],[[300,120,400],[420,130,430]]]})");
}

TEST(SignatureStrokes, RoundTripsThroughJsonByteForByte) {
    const SignatureStrokes original = sample();
    auto parsed = SignatureStrokes::fromJson(original.toJson());
    ASSERT_TRUE(parsed.ok()) << parsed.error().message.toStdString();
    EXPECT_EQ(parsed.value(), original);
    EXPECT_EQ(parsed->toJson(), original.toJson());
    EXPECT_EQ(parsed->pointCount(), 5);
    EXPECT_EQ(parsed->strokeCount(), 2);

    const SignatureStrokes synthesized = SignatureStrokes::synthesize(u"张伟"_s);
    auto again = SignatureStrokes::fromJson(synthesized.toJson());
    ASSERT_TRUE(again.ok()) << again.error().message.toStdString();
    EXPECT_EQ(again.value(), synthesized);
}

TEST(SignatureStrokes, NormalisesPointsAsTheyAreAdded) {
    SignatureStrokes s;
    s.beginStroke({-20, 250, 50, 1.7});
    s.addPoint({700, -3, 10, -0.2}); // time going backwards is held, not reversed
    const auto &stroke = s.strokes().constFirst();
    EXPECT_EQ(stroke.at(0), (Point{0, 200, 50, 1.0}));
    EXPECT_EQ(stroke.at(1), (Point{600, 0, 50, 0.0}));
    EXPECT_EQ(SignatureStrokes(s.strokes()), s);
}

TEST(SignatureStrokes, RefusesDamagedJsonSayingWhatIsWrong) {
    const auto head = QByteArray(R"({"version":1,"canvas":[600,200],"strokes":)");
    EXPECT_NE(refusal("{\"version\":1,"), "accepted");
    EXPECT_NE(refusal("{\"version\":1,").find("not valid JSON"), std::string::npos);
    EXPECT_NE(refusal("[1,2]").find("not a JSON object"), std::string::npos);
    EXPECT_NE(refusal(R"({"canvas":[600,200],"strokes":[]})").find("version is missing"),
              std::string::npos);
    EXPECT_NE(refusal(R"({"version":2,"canvas":[600,200],"strokes":[]})").find("version 2"),
              std::string::npos);
    EXPECT_NE(refusal(R"({"version":1,"canvas":[800,200],"strokes":[]})").find("canvas"),
              std::string::npos);
    EXPECT_NE(refusal(R"({"version":1,"canvas":[600,200]})").find("strokes is missing"),
              std::string::npos);
    EXPECT_NE(refusal(R"({"version":1,"canvas":[600,200],"strokes":[],"x":1})").find("\"x\""),
              std::string::npos);
    EXPECT_NE(refusal(head + "[[]]}").find("stroke 1 is not"), std::string::npos);
    EXPECT_NE(refusal(head + "[[[1,2,0]],[[1,2]]]}").find("stroke 2, point 1"), std::string::npos);
    EXPECT_NE(refusal(head + R"([[[1,"2",0]]]})").find("stroke 1, point 1"), std::string::npos);
    EXPECT_NE(refusal(head + "[[[1,2,0],[601,2,5]]]}")
                  .find("stroke 1, point 2 (601, 2) lies "
                        "outside"),
              std::string::npos);
    EXPECT_NE(refusal(head + "[[[1,2,9],[3,4,5]]]}").find("never go backwards"), std::string::npos);
    EXPECT_NE(refusal(head + "[[[1,2,0.5]]]}").find("whole milliseconds"), std::string::npos);
    EXPECT_NE(refusal(head + "[[[1,2,0,1.5]]]}").find("pressure 1.5"), std::string::npos);
    EXPECT_NE(refusal(head + "[[[1,2,0,1,1]]]}").find("[x, y, ms]"), std::string::npos);
    EXPECT_NE(refusal(head + "7}").find("strokes is missing"), std::string::npos);
}

TEST(SignatureStrokes, RendersInkWhereTheStrokesAreAndNowhereElse) {
    SignatureStrokes s;
    s.beginStroke({60, 100, 0, std::nullopt});
    s.addPoint({240, 100, 50, std::nullopt}); // a bar across the left part of the canvas
    const QImage image = s.render(QSize(600, 200));
    ASSERT_EQ(image.size(), QSize(600, 200));
    EXPECT_GE(inkPixels(image, QRect(80, 95, 140, 10)), 140 * 2);
    EXPECT_EQ(inkPixels(image, QRect(300, 0, 300, 200)), 0);
    EXPECT_EQ(inkPixels(image, QRect(0, 0, 600, 90)), 0);

    // Half the size keeps the aspect and the placement.
    const QImage small = s.render(QSize(300, 100));
    EXPECT_GT(inkPixels(small, QRect(40, 48, 70, 4)), 70);
    EXPECT_EQ(inkPixels(small, QRect(150, 0, 150, 100)), 0);

    EXPECT_EQ(inkPixels(SignatureStrokes().render(QSize(600, 200)), QRect(0, 0, 600, 200)), 0);
    EXPECT_TRUE(s.render(QSize(0, 10)).isNull());

    // Transparent background: ink is opaque, the rest is not.
    const QImage clear = s.render(QSize(600, 200), Qt::blue, Qt::transparent);
    EXPECT_EQ(qAlpha(clear.pixel(10, 10)), 0);
    EXPECT_EQ(clear.pixelColor(150, 100), QColor(Qt::blue));
}

TEST(SignatureStrokes, PngIsTheSameBytesForTheSameStrokes) {
    const QByteArray png = sample().renderPng(QSize(300, 100));
    ASSERT_TRUE(png.startsWith("\x89PNG"));
    EXPECT_EQ(sample().renderPng(QSize(300, 100)), png);
    EXPECT_NE(SignatureStrokes::synthesize(u"x"_s).renderPng(QSize(300, 100)), png);
    QImage decoded;
    ASSERT_TRUE(decoded.loadFromData(png, "PNG"));
    EXPECT_EQ(decoded.size(), QSize(300, 100));
}

TEST(SignatureStrokes, SynthesizedSignaturesAreDeterministicAndLookSigned) {
    for (const QString &name : {u"Wang Fang"_s, u"张伟"_s, u"Li"_s, u"Ouyang Xiaoming Jr"_s}) {
        const SignatureStrokes a = SignatureStrokes::synthesize(name);
        EXPECT_EQ(a, SignatureStrokes::synthesize(name)) << name.toStdString();
        EXPECT_EQ(a.toJson(), SignatureStrokes::synthesize(name).toJson());
        EXPECT_TRUE(a.looksSigned()) << name.toStdString();
        const QRectF box = a.boundingRect();
        EXPECT_GE(box.left(), 0);
        EXPECT_LE(box.right(), SignatureStrokes::kCanvasWidth);
        EXPECT_GT(box.width(), 200) << name.toStdString();
        EXPECT_EQ(a.strokes().constFirst().constFirst().ms, 0);
    }
    EXPECT_NE(SignatureStrokes::synthesize(u"Wang Fang"_s),
              SignatureStrokes::synthesize(u"Wang Fan"_s));
}

TEST(SignatureStrokes, ADotOrADashDoesNotLookSigned) {
    EXPECT_FALSE(SignatureStrokes().looksSigned());
    SignatureStrokes dot;
    dot.beginStroke({300, 100, 0, std::nullopt});
    EXPECT_FALSE(dot.looksSigned());
    for (int i = 1; i < 30; ++i) { // a jittery press in one place
        dot.addPoint({300.0 + i % 3, 100.0 + i % 2, i, std::nullopt});
    }
    EXPECT_FALSE(dot.looksSigned());

    SignatureStrokes dash; // long enough but flat: a crossing-out line, not a signature
    for (int i = 0; i < 20; ++i) {
        dash.addPoint({100.0 + i * 10, 150, i * 10, std::nullopt});
    }
    EXPECT_FALSE(dash.looksSigned());

    SignatureStrokes scrawl = dash;
    for (int i = 0; i < 10; ++i) {
        scrawl.addPoint({300.0 - i * 10, 150.0 - i * 5, 200 + i * 10, std::nullopt});
    }
    EXPECT_TRUE(scrawl.looksSigned());
}
