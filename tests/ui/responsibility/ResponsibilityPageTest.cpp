#include "ui/responsibility/ResponsibilityPage.h"

#include "LanguageForTest.h"
#include "Mnemonics.h"
#include "ModelTesterGuard.h"
#include "UiTestFixture.h"
#include "ui/organisation/AccountabilitySection.h"
#include "ui/organisation/PeoplePanel.h"
#include "ui/organisation/UnitsPanel.h"
#include "ui/responsibility/AssetDialog.h"
#include "ui/responsibility/AssetTableModel.h"
#include "ui/responsibility/AssetsPanel.h"
#include "ui/responsibility/BoardPanel.h"
#include "ui/responsibility/HandOverDialog.h"
#include "ui/responsibility/OwnerBoardModel.h"
#include "ui/responsibility/StocktakeDialog.h"
#include "ui/responsibility/TaskTableModel.h"
#include "ui/responsibility/TasksPanel.h"
#include "ui/widgets/FieldErrors.h"
#include "ui/widgets/OwnerPicker.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeView>
#include <QTreeWidget>

using namespace Qt::StringLiterals;

namespace sd::test {
namespace {

class ResponsibilityPageTest : public UiTest {
protected:
    void SetUp() override {
        UiTest::SetUp();
        if (IsSkipped() || HasFatalFailure()) {
            return;
        }
        m_leader = addPerson(u"060001"_s, u"Zhou Jian"_s);
        m_keeper = addPerson(u"060002"_s, u"Luo Yan"_s);
        m_unit = addUnit(UnitKind::PartyGroup, u"Party group"_s, {m_leader.id}, m_leader.id);
        m_room = addAsset(u"Party room"_s, AssetKind::Room, OwnerRef::unit(m_unit.id));
        Asset plant;
        plant.name = u"Pothos"_s;
        plant.kind = AssetKind::Plant;
        plant.owner = OwnerRef::person(m_keeper.id);
        plant.locationAssetId = m_room.id;
        plant.nextCheckOn = QDate(2026, 3, 1); // overdue against the fixed clock
        auto stored = m_app->responsibility().addAsset(plant);
        ASSERT_TRUE(stored.ok()) << stored.error().message.toStdString();
        m_plant = stored->asset;
        Task water;
        water.title = u"Water the plants"_s;
        water.recurrence = Recurrence::Weekly;
        water.startsOn = QDate(2026, 3, 10);
        water.owner = OwnerRef::person(m_keeper.id);
        auto task = m_app->responsibility().addTask(water);
        ASSERT_TRUE(task.ok()) << task.error().message.toStdString();
        m_page = std::make_unique<ResponsibilityPage>(m_app->responsibility(), m_app->ownership(),
                                                      m_prompter, true, true);
        m_page->show();
    }
    void TearDown() override {
        m_page.reset();
        UiTest::TearDown();
    }
    Asset addAsset(const QString &name, AssetKind kind, OwnerRef owner) {
        Asset asset;
        asset.name = name;
        asset.kind = kind;
        asset.owner = owner;
        auto stored = m_app->responsibility().addAsset(asset);
        EXPECT_TRUE(stored.ok());
        return stored.ok() ? stored->asset : Asset{};
    }

    Person m_leader, m_keeper;
    Unit m_unit;
    Asset m_room, m_plant;
    std::unique_ptr<ResponsibilityPage> m_page;
};

TEST_P(ResponsibilityPageTest, RegistersAndBoardPassTheModelTesterAndFilterInSql) {
    AssetsPanel *assets = m_page->assets();
    ModelTesterGuard assetGuard(assets->model());
    ModelTesterGuard taskGuard(m_page->tasks()->model());
    ModelTesterGuard boardGuard(m_page->board()->model());
    EXPECT_EQ(assets->model()->rowCount(), 2);
    EXPECT_EQ(m_page->board()->orphanLabel()->text(), u"Orphaned items: 0"_s);
    EXPECT_EQ(m_page->board()->model()->rowCount(), 2);

    QTest::keyClicks(assets->search(), u"poth"_s);
    EXPECT_EQ(assets->model()->rowCount(), 1);
    EXPECT_EQ(assets->model()->rowAt(0).asset.tag, m_plant.tag);
    assets->search()->clear();
    assets->kindFilter()->setCurrentIndex(assets->kindFilter()->findData(u"room"_s));
    ASSERT_EQ(assets->model()->rowCount(), 1);
    EXPECT_EQ(assets->model()->rowAt(0).asset.name, u"Party room"_s);
    assets->kindFilter()->setCurrentIndex(0);
    assets->overdueOnly()->setChecked(true);
    ASSERT_EQ(assets->model()->rowCount(), 1);
    EXPECT_TRUE(assets->model()
                    ->data(assets->model()->index(0, AssetTableModel::NextCheckColumn),
                           AssetTableModel::OverdueRole)
                    .toBool());
    const QString owner = assets->model()->index(0, AssetTableModel::OwnerColumn).data().toString();
    EXPECT_EQ(owner, u"Luo Yan (060002)"_s);
    EXPECT_EQ(m_page->tasks()->model()->rowCount(), 1);
    EXPECT_TRUE(assetGuard.failures().isEmpty())
        << assetGuard.failures().join(u"\n"_s).toStdString();
    EXPECT_TRUE(taskGuard.failures().isEmpty());
    EXPECT_TRUE(boardGuard.failures().isEmpty());
}

TEST_P(ResponsibilityPageTest, WithoutEditPermissionCtrlNOpensNoDialog) {
    ResponsibilityPage readOnly(m_app->responsibility(), m_app->ownership(), m_prompter, false,
                                false);
    readOnly.show();
    // A dialog that opened anyway would block in exec(): close each one, and remember it.
    int opened = 0;
    QTimer closer;
    closer.setInterval(50);
    QObject::connect(&closer, &QTimer::timeout, [&opened] {
        if (QWidget *modal = QApplication::activeModalWidget()) {
            ++opened;
            modal->close();
        }
    });
    closer.start();
    readOnly.createNew();
    EXPECT_FALSE(readOnly.assets()->addItem());
    EXPECT_FALSE(readOnly.tasks()->addItem());
    closer.stop();
    EXPECT_EQ(opened, 0);
}

TEST_P(ResponsibilityPageTest, TheAssetDialogRefusesAnItemWithoutAnOwner) {
    AssetDialog dialog(m_app->responsibility(), m_app->ownership(), Asset{});
    dialog.show();
    QTest::keyClicks(dialog.findChild<QLineEdit *>(u"nameEdit"_s), u"Radio"_s);
    dialog.ownerPicker()->setOwner(OwnerRef{});
    EXPECT_FALSE(dialog.save());
    EXPECT_FALSE(dialog.errors().errorText(u"owner"_s).isEmpty());
    EXPECT_EQ(m_app->responsibility().countAssets({}).value(), 2);

    // The unit is shown with its accountable leader.
    const int unitRow = dialog.ownerPicker()->findText(u"Party group — leader: Zhou Jian"_s);
    ASSERT_GE(unitRow, 0);
    dialog.ownerPicker()->setCurrentIndex(unitRow);
    ASSERT_TRUE(dialog.save()) << dialog.errors().generalText().toStdString();
    EXPECT_EQ(dialog.item().owner, OwnerRef::unit(m_unit.id));
    EXPECT_EQ(dialog.item().tag, u"ZC-00003"_s);
}

// Alt+letter reaches one control only, in both languages; a stored asset's dialog has the
// extra reason row.
TEST_P(ResponsibilityPageTest, EachMnemonicOfTheAssetDialogReachesOneControl) {
    for (const QString &code : {u"en"_s, u"zh_CN"_s}) {
        SCOPED_TRACE(code.toStdString());
        LanguageForTest language(code);
        ASSERT_TRUE(language.installed());
        for (const Asset &asset : {Asset{}, m_plant}) {
            AssetDialog dialog(m_app->responsibility(), m_app->ownership(), asset);
            EXPECT_TRUE(duplicateMnemonics(&dialog).isEmpty())
                << duplicateMnemonics(&dialog).join(u'\n').toStdString()
                << "\ntaken: " << claimedMnemonics(&dialog).toStdString();
        }
    }
}

TEST_P(ResponsibilityPageTest, TheHandOverDialogShowsAndMovesEverything) {
    HandOverDialog dialog(m_app->ownership(), OwnerRef::person(m_keeper.id));
    dialog.show();
    EXPECT_EQ(dialog.itemList()->count(), 2);
    dialog.toPicker()->setOwner(OwnerRef::unit(m_unit.id));
    EXPECT_FALSE(dialog.handOver()); // no reason yet
    EXPECT_FALSE(dialog.errors().errorText(u"reason"_s).isEmpty());
    QTest::keyClicks(dialog.reasonEdit(), u"Transferred"_s);
    ASSERT_TRUE(dialog.handOver()) << dialog.errors().generalText().toStdString();
    EXPECT_TRUE(m_app->ownership().ownedBy(OwnerRef::person(m_keeper.id))->isEmpty());
    SD_ASSERT_OK(m_app->organisation().deactivatePerson(
        m_keeper.id, m_app->organisation().person(m_keeper.id)->rowVersion, QDate(2026, 3, 15)));
}

TEST_P(ResponsibilityPageTest, AStocktakeTakesScannedCodesAndRecordsTheCheck) {
    StocktakeDialog dialog(m_app->responsibility(), m_prompter);
    dialog.show();
    dialog.roomCombo()->setCurrentIndex(dialog.roomCombo()->findData(m_room.id));
    QTest::keyClicks(dialog.scanEdit(), m_plant.tag.toLower());
    QTest::keyClick(dialog.scanEdit(), Qt::Key_Return);
    QTest::keyClicks(dialog.scanEdit(), u"ZC-77777"_s);
    QTest::keyClick(dialog.scanEdit(), Qt::Key_Return);
    EXPECT_EQ(dialog.scannedList()->count(), 2);
    ASSERT_TRUE(dialog.finish(true)) << m_prompter.warnings.join(u"\n"_s).toStdString();
    const QString result = dialog.resultText()->toPlainText();
    EXPECT_TRUE(result.contains(u"Found: 1"_s)) << result.toStdString();
    EXPECT_TRUE(result.contains(u"Missing: 0"_s)) << result.toStdString();
    EXPECT_TRUE(result.contains(u"ZC-77777"_s)) << result.toStdString();
    EXPECT_EQ(m_app->responsibility().asset(m_plant.id)->asset.lastCheckedOn, QDate(2026, 3, 15));
}

TEST_P(ResponsibilityPageTest, MarkingATaskDoneMovesItToTheNextWeekAndLabelsPrint) {
    TasksPanel *tasks = m_page->tasks();
    tasks->view()->setCurrentIndex(tasks->model()->index(0, 0));
    m_prompter.textAnswer = u"done"_s;
    ASSERT_TRUE(tasks->completeSelected()) << m_prompter.warnings.join(u"\n"_s).toStdString();
    EXPECT_EQ(tasks->model()->rowAt(0).task.dueOn, QDate(2026, 3, 17));

    QTemporaryDir dir;
    const QString pdf = dir.filePath(u"labels.pdf"_s);
    ASSERT_TRUE(m_page->assets()->exportLabels(pdf))
        << m_prompter.warnings.join(u"\n"_s).toStdString();
    EXPECT_GT(QFileInfo(pdf).size(), 1000);
}

TEST_P(ResponsibilityPageTest, AStocktakePrintsAsAnAuditedPdfOnlyAfterAComparison) {
    StocktakeDialog dialog(m_app->responsibility(), m_prompter);
    dialog.show();
    EXPECT_FALSE(dialog.pdfButton()->isEnabled());
    EXPECT_FALSE(dialog.previewButton()->isEnabled());
    dialog.roomCombo()->setCurrentIndex(dialog.roomCombo()->findData(m_room.id));
    QTest::keyClicks(dialog.scanEdit(), m_plant.tag);
    QTest::keyClick(dialog.scanEdit(), Qt::Key_Return);
    ASSERT_TRUE(dialog.finish(false)) << m_prompter.warnings.join(u"\n"_s).toStdString();
    EXPECT_TRUE(dialog.pdfButton()->isEnabled());
    EXPECT_TRUE(dialog.previewButton()->isEnabled());

    QTemporaryDir dir;
    const QString pdf = dir.filePath(u"stocktake.pdf"_s);
    ASSERT_TRUE(dialog.exportPdf(pdf)) << m_prompter.warnings.join(u"\n"_s).toStdString();
    EXPECT_GT(QFileInfo(pdf).size(), 1000);
    AuditFilter filter;
    filter.action = u"asset.stocktake_pdf"_s;
    auto rows = m_app->audit().list(filter);
    ASSERT_TRUE(rows.ok());
    ASSERT_EQ(rows->size(), 1);
    EXPECT_EQ(rows->first().objectId, m_room.tag);
    // A comparison only: nothing was marked checked.
    EXPECT_FALSE(m_app->responsibility().asset(m_plant.id)->asset.lastCheckedOn.isValid());

    // Another room makes the result stale: nothing to print until compared again.
    dialog.roomCombo()->setCurrentIndex(dialog.roomCombo()->findData(m_room.id) == 0 ? 1 : 0);
    if (dialog.roomCombo()->count() > 1) {
        EXPECT_FALSE(dialog.pdfButton()->isEnabled());
    }
}

TEST_P(ResponsibilityPageTest, TheBoardFiltersByUnitAndByKind) {
    BoardPanel *board = m_page->board();
    ModelTesterGuard guard(board->model());
    ASSERT_EQ(board->model()->rowCount(), 2);
    board->unitFilter()->setCurrentIndex(board->unitFilter()->findData(m_unit.id));
    ASSERT_EQ(board->model()->rowCount(), 1);
    EXPECT_EQ(board->model()->loadAt(0).owner.ref, OwnerRef::unit(m_unit.id));

    board->unitFilter()->setCurrentIndex(0);
    board->kindFilter()->setCurrentIndex(board->kindFilter()->findData(u"plant"_s));
    ASSERT_EQ(board->model()->rowCount(), 1);
    const OwnerLoad load = board->model()->loadAt(0);
    EXPECT_EQ(load.owner.ref, OwnerRef::person(m_keeper.id));
    EXPECT_EQ(load.assets, 1);
    EXPECT_EQ(load.tasks, 0) << "tasks have no kind";
    EXPECT_EQ(load.overdueChecks, 1);

    board->unitFilter()->setCurrentIndex(board->unitFilter()->findData(m_unit.id));
    EXPECT_EQ(board->model()->rowCount(), 0) << "the unit owns no plant";
    // The orphan count is the whole station's whatever the filter.
    EXPECT_EQ(board->orphanLabel()->text(), u"Orphaned items: 0"_s);
    EXPECT_TRUE(guard.failures().isEmpty()) << guard.failures().join(u"\n"_s).toStdString();
}

TEST_P(ResponsibilityPageTest, PersonAndUnitPagesListWhatTheyOwnAndTheirHonours) {
    Honour honour;
    honour.collective = false;
    honour.year = 2025;
    honour.kind = HonourKind::Commendation;
    honour.title = u"Green station award"_s;
    honour.awardingBody = u"District bureau"_s;
    honour.personId = m_keeper.id;
    SD_ASSERT_OK(m_app->honours().addHonour(honour));

    PeoplePanel people(m_app->organisation(), m_app->clock(), m_prompter);
    people.setAccountability(&m_app->ownership(), &m_app->honours());
    people.show();
    ASSERT_TRUE(people.selectPerson(m_keeper.id));
    AccountabilitySection *section = people.accountability();
    ASSERT_TRUE(section->isVisible());
    ASSERT_EQ(section->ownedList()->topLevelItemCount(), 2) << "the plant and the task";
    QStringList names;
    for (int i = 0; i < 2; ++i) {
        names << section->ownedList()->topLevelItem(i)->text(1);
    }
    EXPECT_TRUE(names.contains(u"Pothos"_s));
    EXPECT_TRUE(names.contains(u"Water the plants"_s));
    EXPECT_EQ(section->ownedBox()->title(), u"Responsible for (2)"_s);
    ASSERT_EQ(section->honourList()->topLevelItemCount(), 1);
    EXPECT_EQ(section->honourList()->topLevelItem(0)->text(1), u"Green station award"_s);

    ASSERT_TRUE(people.selectPerson(m_leader.id));
    EXPECT_EQ(section->ownedList()->topLevelItemCount(), 0);
    EXPECT_EQ(section->ownedBox()->title(), u"Responsible for: nothing"_s);
    EXPECT_EQ(section->honourBox()->title(), u"Honours: none"_s);

    UnitsPanel units(m_app->organisation(), m_prompter);
    units.setAccountability(&m_app->ownership(), &m_app->honours());
    units.show();
    ASSERT_TRUE(units.selectUnit(m_unit.id));
    ASSERT_EQ(units.accountability()->ownedList()->topLevelItemCount(), 1);
    EXPECT_EQ(units.accountability()->ownedList()->topLevelItem(0)->text(0), m_room.tag);

    // Without the services the section stays out of the way.
    PeoplePanel plain(m_app->organisation(), m_app->clock(), m_prompter);
    plain.show();
    EXPECT_FALSE(plain.accountability()->isVisible());
}

SD_INSTANTIATE_SQLITE(ResponsibilityPageTest);

// A save dialog answered with the station's own database file (or one of its companions)
// is refused with a message, and the database keeps every byte: only SQLite has a file.
class ResponsibilitySaveTest : public ResponsibilityPageTest {};

TEST_P(ResponsibilitySaveTest, SavingLabelsOrAStocktakeOverTheDatabaseIsRefused) {
    const QString database = m_app->database().url().path;
    const auto digest = [&database] {
        QFile file(database);
        EXPECT_TRUE(file.open(QIODevice::ReadOnly));
        return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
    };
    const QByteArray before = digest();
    EXPECT_FALSE(m_page->assets()->exportLabels(database));
    ASSERT_EQ(m_prompter.warnings.size(), 1);
    EXPECT_TRUE(m_prompter.warnings.first().contains(database))
        << m_prompter.warnings.first().toStdString();

    StocktakeDialog dialog(m_app->responsibility(), m_prompter);
    dialog.show();
    dialog.roomCombo()->setCurrentIndex(dialog.roomCombo()->findData(m_room.id));
    ASSERT_TRUE(dialog.finish(false)) << m_prompter.warnings.join(u"\n"_s).toStdString();
    EXPECT_FALSE(dialog.exportPdf(database + u"-wal"_s));
    EXPECT_EQ(m_prompter.warnings.size(), 2);
    EXPECT_EQ(digest(), before);
    AuditFilter filter;
    filter.action = u"asset.stocktake_pdf"_s;
    EXPECT_EQ(m_app->audit().count(filter).value(), 0); // nothing was written, nothing audited
}

SD_INSTANTIATE_SQLITE(ResponsibilitySaveTest);

} // namespace
} // namespace sd::test
