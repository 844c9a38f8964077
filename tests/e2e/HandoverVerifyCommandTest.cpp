#include "StationCtlFixture.h"
#include "core/duty/HandoverService.h"
#include "core/signatures/SignatureStrokes.h"

#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace sd::test {

namespace {
Secret pw(const char *text) {
    return Secret::fromUtf8(QByteArray(text));
}
} // namespace

// records verify re-checks sealed shift handovers too, on both engines: one is sealed on
// the demo station through the services (two demo logins on a roster planned with
// stationctl), then tampered with by the real database client.
class HandoverVerifyCommandTest : public StationCtlFixture {
protected:
    // Hands the 2030-01-07 duty of 彭国强 (031031) over to the station chief (031001) and seals
    // it; returns its number.
    QString sealOneHandover() {
        for (const auto &[date, leader, officer] :
             {std::tuple{u"2030-01-07"_s, u"031004"_s, u"031031"_s},
              std::tuple{u"2030-01-08"_s, u"031003"_s, u"031001"_s}}) {
            const CtlRun planned = ctl({u"duty"_s, u"roster"_s, u"set"_s, date, u"duty"_s,
                                        u"--leader"_s, leader, u"--officer"_s, officer});
            EXPECT_EQ(planned.exitCode, 0) << describe(planned);
        }
        const qint64 morning =
            QDateTime(QDate(2030, 1, 8), QTime(8, 0), QTimeZone(QByteArrayLiteral("Asia/Shanghai")))
                .toMSecsSinceEpoch();
        auto opened = Application::open(testDatabase().url(), Application::OpenMode::ExistingOnly,
                                        std::make_unique<FixedClock>(morning));
        EXPECT_TRUE(opened.ok()) << opened.error().message.toStdString();
        if (!opened.ok()) {
            return {};
        }
        Application &app = *opened.value();
        HandoverService &handovers = app.handovers();
        const auto login = [&](const char *badge, const char *password) {
            EXPECT_TRUE(app.accounts().login(QString::fromLatin1(badge), pw(password)).ok());
        };
        login("031031", "Demo-Officer-2026");
        auto chief = app.organisation().personByBadge(u"031001"_s);
        EXPECT_TRUE(chief.ok() && chief->has_value());
        auto started = handovers.start(u"值班室"_s, (*chief.value()).id);
        EXPECT_TRUE(started.ok()) << started.error().message.toStdString();
        if (!started.ok()) {
            return {};
        }
        Handover h = started.value();
        const QList<HandoverItem> items = h.items; // h is reassigned below
        for (const HandoverItem &item : items) {
            if (item.input != ChecklistInput::None) {
                h = handovers.setValue(h.id, h.rowVersion, item.position, u"2"_s).value();
            }
        }
        login("031001", "Demo-Chief-2026");
        for (const HandoverItem &item : items) {
            h = handovers.accept(h.id, h.rowVersion, item.position).value();
        }
        for (const auto &[badge, password, id] :
             {std::tuple{"031031", "Demo-Officer-2026", h.outgoingId},
              std::tuple{"031001", "Demo-Chief-2026", h.incomingId}}) {
            login(badge, password);
            SignatureInput pad;
            pad.role = SignatureRole::Officer;
            const auto strokes = SignatureStrokes::synthesize(QString::fromLatin1(badge));
            pad.strokes = strokes.toJson();
            pad.imagePng = strokes.renderPng(QSize(300, 100));
            auto signed_ = handovers.sign(h.id, h.rowVersion, id, pad, pw(password));
            EXPECT_TRUE(signed_.ok()) << signed_.error().message.toStdString();
            if (!signed_.ok()) {
                return {};
            }
            h = signed_.value();
        }
        EXPECT_TRUE(h.sealed());
        return h.number;
    }
};

TEST_P(HandoverVerifyCommandTest, RecordsVerifyCatchesATamperedHandoverByNumber) {
    ASSERT_NO_FATAL_FAILURE(buildDemo());
    const QString number = sealOneHandover();
    ASSERT_EQ(number, u"JJ-2030-0001"_s);

    const CtlRun clean = ctl({u"records"_s, u"verify"_s});
    EXPECT_EQ(clean.exitCode, 0) << describe(clean);
    EXPECT_TRUE(clean.out.contains(u"1 sealed handover(s) verified"_s)) << describe(clean);

    ASSERT_NO_FATAL_FAILURE(runClientSql(
        u"UPDATE duty_handover SET place = place || '外' WHERE number = '%1';"_s.arg(number),
        u"UPDATE duty_handover SET place = place || '外' WHERE number = '%1'"_s.arg(number)));
    const CtlRun tampered = ctl({u"records"_s, u"verify"_s});
    EXPECT_EQ(tampered.exitCode, 1) << describe(tampered);
    EXPECT_TRUE(tampered.out.contains(number + u": "_s)) << describe(tampered);
}

SD_INSTANTIATE_ENGINES(HandoverVerifyCommandTest);

} // namespace sd::test
