#include "StationCtlFixture.h"

#include <QFile>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;

namespace sd::test {

// stationctl mediation list, report mediation and records verify over the demo's
// mediation cases, on both engines; the tampering is done with the real sqlite3 and psql
// clients.
class MediationCommandTest : public StationCtlFixture {
protected:
    static QStringList numbers(const QJsonArray &rows) {
        QStringList found;
        for (const QJsonValue &row : rows) {
            found << row.toObject().value(u"number"_s).toString();
        }
        return found;
    }
    static QJsonObject byNumber(const QJsonArray &rows, const QString &number) {
        for (const QJsonValue &row : rows) {
            if (row.toObject().value(u"number"_s).toString() == number) {
                return row.toObject();
            }
        }
        return {};
    }
    QString pdfText(const QString &path) {
        QProcess text;
        text.start(u"pdftotext"_s, {path, u"-"_s});
        EXPECT_TRUE(text.waitForFinished(30000));
        return QString::fromUtf8(text.readAllStandardOutput());
    }
    QTemporaryDir m_dir;
};

TEST_P(MediationCommandTest, TheListFiltersOpenOverdueAndDueInEveryFormat) {
    ASSERT_NO_FATAL_FAILURE(buildDemo());
    const QJsonArray all = jsonOf({u"mediation"_s, u"list"_s});
    ASSERT_EQ(all.size(), 8);
    const QJsonObject first = all[0].toObject();
    for (const QString &key : {u"number"_s, u"type"_s, u"risk"_s, u"status"_s, u"opened_at"_s,
                               u"mediators"_s, u"next_follow_up"_s, u"outcome"_s, u"overdue"_s}) {
        EXPECT_TRUE(first.contains(key)) << key.toStdString();
    }
    EXPECT_TRUE(first.value(u"mediators"_s).isArray());
    QSet<QString> risks;
    QSet<QString> outcomes;
    for (const QJsonValue &row : all) {
        risks.insert(row.toObject().value(u"risk"_s).toString());
        outcomes.insert(row.toObject().value(u"outcome"_s).toString());
        EXPECT_TRUE(row.toObject().value(u"number"_s).toString().startsWith(u"TJ-"_s));
    }
    EXPECT_EQ(risks, (QSet<QString>{u"low"_s, u"medium"_s, u"high"_s}));
    for (const QString &outcome :
         {u"agreement_reached"_s, u"legal_channels"_s, u"failed_referred"_s, u"withdrawn"_s}) {
        EXPECT_TRUE(outcomes.contains(outcome)) << outcome.toStdString();
    }

    const QJsonArray open = jsonOf({u"mediation"_s, u"list"_s, u"--open"_s});
    EXPECT_EQ(open.size(), 4);
    for (const QJsonValue &row : open) {
        EXPECT_EQ(row.toObject().value(u"status"_s).toString(), u"open"_s);
    }
    const QJsonArray overdue = jsonOf({u"mediation"_s, u"list"_s, u"--overdue"_s});
    ASSERT_EQ(overdue.size(), 1);
    EXPECT_EQ(overdue[0].toObject().value(u"type"_s).toString(), u"wages_labour"_s);
    EXPECT_TRUE(overdue[0].toObject().value(u"overdue"_s).toBool());
    const QJsonArray due = jsonOf({u"mediation"_s, u"list"_s, u"--due-within"_s, u"7"_s});
    EXPECT_EQ(due.size(), 2);
    for (const QJsonValue &row : due) {
        EXPECT_FALSE(row.toObject().value(u"next_follow_up"_s).toString().isEmpty());
    }
    EXPECT_TRUE(jsonOf({u"mediation"_s, u"list"_s, u"--due-within"_s, u"0"_s}).isEmpty());

    const CtlRun csv = ctl({u"mediation"_s, u"list"_s, u"--format"_s, u"csv"_s});
    ASSERT_EQ(csv.exitCode, 0) << describe(csv);
    EXPECT_TRUE(csv.out.startsWith(u"number,type,risk,status,outcome,opened_at"_s))
        << describe(csv);
    EXPECT_EQ(csv.out.count(u'\n'), 9);
    const CtlRun table = ctl({u"mediation"_s, u"list"_s, u"--overdue"_s});
    ASSERT_EQ(table.exitCode, 0) << describe(table);
    EXPECT_TRUE(table.out.contains(overdue[0].toObject().value(u"number"_s).toString()));

    EXPECT_EQ(ctl({u"mediation"_s, u"list"_s, u"--open"_s, u"--overdue"_s}).exitCode, 2);
    EXPECT_EQ(ctl({u"mediation"_s, u"list"_s, u"--due-within"_s, u"soon"_s}).exitCode, 2);
    EXPECT_EQ(ctl({u"mediation"_s, u"list"_s, u"--format"_s, u"xml"_s}).exitCode, 2);
    EXPECT_EQ(ctl({u"mediation"_s}).exitCode, 2);
}

TEST_P(MediationCommandTest, TheAgreementAndSummaryArePrintedAndAudited) {
    ASSERT_NO_FATAL_FAILURE(buildDemo());
    const QJsonArray all = jsonOf({u"mediation"_s, u"list"_s});
    QString sealedNumber;
    QString withoutAgreement;
    for (const QJsonValue &row : all) {
        const QString outcome = row.toObject().value(u"outcome"_s).toString();
        if (outcome == u"agreement_reached"_s && sealedNumber.isEmpty()) {
            sealedNumber = row.toObject().value(u"number"_s).toString();
        }
        if (outcome == u"withdrawn"_s) {
            withoutAgreement = row.toObject().value(u"number"_s).toString();
        }
    }
    ASSERT_FALSE(sealedNumber.isEmpty());
    const QString pdf = m_dir.filePath(u"agreement.pdf"_s);
    const CtlRun printed = ctl({u"report"_s, u"mediation"_s, sealedNumber, u"--pdf"_s, pdf});
    ASSERT_EQ(printed.exitCode, 0) << describe(printed);
    const QString text = pdfText(pdf);
    EXPECT_TRUE(text.contains(sealedNumber)) << text.toStdString();
    EXPECT_TRUE(text.contains(u"1 / "_s)) << text.toStdString();

    const QString summary = m_dir.filePath(u"summary.pdf"_s);
    const CtlRun summarised =
        ctl({u"report"_s, u"mediation"_s, sealedNumber, u"--pdf"_s, summary, u"--summary"_s});
    ASSERT_EQ(summarised.exitCode, 0) << describe(summarised);
    EXPECT_TRUE(pdfText(summary).contains(sealedNumber));

    const QJsonArray audited = jsonOf({u"audit"_s, u"list"_s, u"--action"_s, u"mediation."_s});
    QStringList outputs;
    for (const QJsonValue &row : audited) {
        const QJsonObject entry = row.toObject();
        if (entry.value(u"object_id"_s).toString() == sealedNumber) {
            outputs << entry.value(u"action"_s).toString();
        }
    }
    EXPECT_TRUE(outputs.contains(u"mediation.pdf"_s)) << outputs.join(u' ').toStdString();
    EXPECT_TRUE(outputs.contains(u"mediation.summary_pdf"_s)) << outputs.join(u' ').toStdString();

    // No agreement to print, an unknown case, no --pdf: refused.
    EXPECT_EQ(ctl({u"report"_s, u"mediation"_s, withoutAgreement, u"--pdf"_s, pdf}).exitCode, 1);
    EXPECT_EQ(ctl({u"report"_s, u"mediation"_s, u"TJ-1999-0001"_s, u"--pdf"_s, pdf}).exitCode, 1);
    EXPECT_EQ(ctl({u"report"_s, u"mediation"_s, sealedNumber}).exitCode, 2);
}

TEST_P(MediationCommandTest, RecordsVerifyCatchesAnEditedAgreementByItsNumber) {
    ASSERT_NO_FATAL_FAILURE(buildDemo());
    const CtlRun clean = ctl({u"records"_s, u"verify"_s});
    ASSERT_EQ(clean.exitCode, 0) << describe(clean);
    EXPECT_TRUE(clean.out.contains(u"3 sealed mediation agreement"_s)) << describe(clean);

    QString number;
    for (const QJsonValue &row : jsonOf({u"mediation"_s, u"list"_s})) {
        if (row.toObject().value(u"outcome"_s).toString() == u"agreement_reached"_s) {
            number = row.toObject().value(u"number"_s).toString();
            break;
        }
    }
    ASSERT_FALSE(number.isEmpty());
    const QString edit =
        u"UPDATE mediation_agreement SET terms = terms || '（补充）' WHERE "
        u"case_id = (SELECT id FROM mediation_case WHERE number = '%1')"_s.arg(number);
    ASSERT_NO_FATAL_FAILURE(runClientSql(edit + u';', edit));
    const CtlRun tampered = ctl({u"records"_s, u"verify"_s});
    EXPECT_EQ(tampered.exitCode, 1) << describe(tampered);
    EXPECT_TRUE(tampered.out.contains(number + u": "_s)) << describe(tampered);
    EXPECT_EQ(tampered.out.count(u"TJ-"_s), tampered.out.count(number)) << describe(tampered);
}

SD_INSTANTIATE_ENGINES(MediationCommandTest);

} // namespace sd::test
