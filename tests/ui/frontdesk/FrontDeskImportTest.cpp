#include "UiTestFixture.h"
#include "ui/frontdesk/AlertImportFlow.h"
#include "ui/widgets/MessagePrompter.h"

#include <QApplication>
#include <QFile>
#include <QMessageBox>
#include <QProgressDialog>
#include <QTemporaryDir>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace sd::test {

// The GUI import: the same all-or-nothing rules and LINE:COLUMN report as stationctl, a
// progress dialog, and a Cancel that leaves nothing imported.
class FrontDeskImportTest : public UiTest {
protected:
    QString csv(int goodRows, const QByteArray &extra = {}) {
        QByteArray content = "number,received_at,source,category,preventable,area,location,"
                             "caller_name,caller_phone,summary,status\n";
        for (int i = 0; i < goodRows; ++i) {
            content += QByteArray(",2025-05-01T08:00:00,phone,dispute,0,,云溪路,,,邻里纠纷") +
                       QByteArray::number(i) + ",closed\n";
        }
        content += extra;
        const QString path = m_dir.filePath(u"alerts-%1.csv"_s.arg(++m_files));
        QFile file(path);
        EXPECT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(content);
        return path;
    }
    AlertImportFlow flow() {
        return AlertImportFlow(
            [this](const QString &path, const AlertImportOptions &options,
                   const std::function<bool(qint64, qint64)> &progress) {
                return m_app->alertImporter().importFile(path, options, progress);
            },
            m_prompter);
    }
    qint64 alerts() { return *m_app->alerts().count({}); }
    QTemporaryDir m_dir;
    int m_files = 0;
};

TEST_P(FrontDeskImportTest, ImportsAFileAndReportsTheCounts) {
    AlertImportFlow importFlow = flow();
    int steps = 0;
    int lastValue = -1;
    importFlow.onProgress = [&](QProgressDialog &dialog) {
        ++steps;
        EXPECT_GE(dialog.value(), lastValue); // progress only moves forward
        lastValue = dialog.value();
    };
    EXPECT_TRUE(importFlow.importFile(nullptr, csv(4500)));
    EXPECT_EQ(alerts(), 4500);
    EXPECT_GE(steps, 2);
    // Success is an information, never a warning.
    EXPECT_TRUE(m_prompter.warnings.isEmpty()) << m_prompter.warnings.join(u'\n').toStdString();
    ASSERT_EQ(m_prompter.informations.size(), 1);
    EXPECT_TRUE(m_prompter.informations.first().contains(u"4,500 alerts added"_s) ||
                m_prompter.informations.first().contains(u"4500 alerts added"_s))
        << m_prompter.informations.first().toStdString();
}

TEST_P(FrontDeskImportTest, CancelLeavesNothingImported) {
    AlertImportFlow importFlow = flow();
    importFlow.onProgress = [](QProgressDialog &dialog) {
        dialog.cancel();
    };
    EXPECT_FALSE(importFlow.importFile(nullptr, csv(4500)));
    EXPECT_EQ(alerts(), 0);
    EXPECT_TRUE(m_prompter.warnings.isEmpty()) << m_prompter.warnings.join(u'\n').toStdString();
    ASSERT_EQ(m_prompter.informations.size(), 1);
    EXPECT_TRUE(m_prompter.informations.first().contains(u"no alert was imported"_s));
}

TEST_P(FrontDeskImportTest, BadRowsAreListedAndNothingIsImported) {
    AlertImportFlow importFlow = flow();
    EXPECT_FALSE(
        importFlow.importFile(nullptr, csv(3, ",2025-05-01T08:00:00,phone,fight,0,,x,,,y,closed\n"
                                              ",not a time,phone,dispute,0,,x,,,y,closed\n")));
    EXPECT_EQ(alerts(), 0);
    ASSERT_EQ(m_prompter.warnings.size(), 1);
    const QString report = m_prompter.warnings.first();
    EXPECT_TRUE(report.contains(u"5:category: \"fight\" is not one of"_s)) << report.toStdString();
    EXPECT_TRUE(report.contains(u"6:received_at: "_s)) << report.toStdString();
}

// The real message box: a report of many bad rows keeps its first paragraph in view and
// the LINE:COLUMN list in the scrollable details, so the box never outgrows the screen.
TEST(MessagePrompterTest, LongProblemReportGoesIntoTheDetails) {
    QStringList lines;
    for (int line = 2; line < 52; ++line) {
        lines << u"%1:category: \"fight\" is not one of criminal|public_order"_s.arg(line);
    }
    const QString summary = u"50 row(s) of bad.csv have problems, so no alert was imported."_s;
    QString shownText;
    QString shownDetails;
    QMessageBox::Icon shownIcon = QMessageBox::NoIcon;
    QTimer::singleShot(0, [&] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        ASSERT_NE(box, nullptr);
        shownText = box->text();
        shownDetails = box->detailedText();
        shownIcon = box->icon();
        box->accept();
    });
    MessagePrompter prompter;
    prompter.warn(nullptr, u"Nothing was imported"_s, summary + u"\n\n"_s + lines.join(u'\n'));
    EXPECT_EQ(shownText, summary);
    EXPECT_EQ(shownDetails, lines.join(u'\n'));
    EXPECT_EQ(shownIcon, QMessageBox::Warning);

    QTimer::singleShot(0, [&] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        ASSERT_NE(box, nullptr);
        shownText = box->text();
        shownIcon = box->icon();
        box->accept();
    });
    prompter.inform(nullptr, u"Import finished"_s, u"3 rows read: 3 alerts added, 0 updated."_s);
    EXPECT_EQ(shownText, u"3 rows read: 3 alerts added, 0 updated."_s);
    EXPECT_EQ(shownIcon, QMessageBox::Information);
}

SD_INSTANTIATE_SQLITE(FrontDeskImportTest);

} // namespace sd::test
