// Issue 4's "done when", end to end on the demo workspace: the board (MainWindow over the demo
// seed), the toolbar's Split action, the wizard driven by clicks and keys — the newly received
// 500-cycle work order into 50 batches of 10 with three technicians, one PATCH — the batches
// appearing on the board under their work order, and Undo taking them off again.

#include "app/i18n/translations.h"
#include "client/niagaraclient.h"
#include "common/sessionfixture.h"
#include "common/simprocess.h"
#include "models/batchroles.h"
#include "models/batchstore.h"
#include "models/planning/planningservice.h"
#include "models/planning/splitpreviewmodel.h"
#include "ui/mainwindow.h"
#include "ui/wizards/runprogresswidget.h"
#include "ui/wizards/splitworkorderwizard.h"
#include "wizarddriver.h"

#include <QAbstractItemModelTester>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QRadioButton>
#include <QTreeWidget>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace BatchDesk;
using namespace WizardDriver;

namespace {

constexpr char kNewWorkOrder[] = "wo-northwind-schools-ipad-10-500-new";

// Batches under the board's row for `workOrderId` (any queue), read through the view's model.
int boardBatchesOf(const QAbstractItemModel *model, const QString &workOrderId, const QModelIndex &parent = {})
{
    int found = 0;
    for (int row = 0; row < model->rowCount(parent); ++row) {
        const QModelIndex index = model->index(row, 0, parent);
        const auto level = static_cast<TreeLevel>(index.data(BatchRoles::LevelRole).toInt());
        if (level == TreeLevel::Batch)
            found += index.data(BatchRoles::WorkOrderIdRole).toString() == workOrderId ? 1 : 0;
        else
            found += boardBatchesOf(model, workOrderId, index);
    }
    return found;
}

} // namespace

class TestPlanningBoard final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { (new App::Translations(nullptr, this))->choose(QStringLiteral("en")); }

    void splitOnTheDemoBoardThenUndo()
    {
        TestSupport::SimProcess sim;
        QString error;
        QVERIFY2(sim.start(QStringLiteral("demo"), {}, &error), qPrintable(error));
        // Wired as the app wires it: the session signs in, the window follows it.
        TestSupport::SessionFixture f;
        BatchStore store;
        store.setClient(&f.client);
        PlanningService service(&f.client);
        service.setPermissions(f.session.permissions());
        Ui::MainWindow window(&store, &f.settings);
        window.setPlanningService(&service);
        window.setSession(&f.session);
        QAbstractItemModelTester tester(window.tree()->model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
        window.resize(1440, 860);
        window.show();
        QSignalSpy loaded(&store, &BatchStore::loadFinished);
        QVERIFY(f.signInWithToken(sim.baseUrl(), sim.managerToken()));
        QTRY_VERIFY_WITH_TIMEOUT(!loaded.isEmpty(), 120000);
        const qsizetype before = store.size();
        QCOMPARE(boardBatchesOf(window.tree()->model(), QString::fromLatin1(kNewWorkOrder)), 0);

        // The toolbar's Split action opens the wizard.
        QTRY_VERIFY(window.splitAction()->isEnabled());
        window.splitAction()->trigger();
        auto *wizard = window.findChild<Ui::SplitWorkOrderWizard *>();
        QVERIFY(wizard);
        QVERIFY(QTest::qWaitForWindowExposed(wizard));
        QTRY_VERIFY_WITH_TIMEOUT(wizard->hasCensus(), 60000);
        QVERIFY(chooseInCatalog(wizard->workOrderPage()->browser(), QStringLiteral("500 iPad (10th"),
                                QString::fromLatin1(kNewWorkOrder)));
        QVERIFY(clickNext(*wizard));
        QVERIFY(chooseInCatalog(wizard->queuePage()->browser(), QString(), QStringLiteral("queue-imaging-bay")));
        QVERIFY(clickNext(*wizard));
        Ui::SplitSizingPage *sizing = wizard->sizingPage();
        QTest::mouseClick(sizing->batchSizeRadio(), Qt::LeftButton);
        typeInto(sizing->sizingSpin(), QStringLiteral("10"));
        QTRY_COMPARE(sizing->previewModel()->rowCount(), 50);
        QVERIFY(clickNext(*wizard));
        for (const QString &name : {QStringLiteral("Mei Chen"), QStringLiteral("Diego Alvarez"), QStringLiteral("Grace Kim")})
            QVERIFY2(tickTechnician(wizard->techniciansPage()->picker(), name), qPrintable(name));
        QVERIFY(clickNext(*wizard));
        QCOMPARE(wizard->reviewPage()->requestList()->topLevelItemCount(), 1); // one PATCH
        QVERIFY(clickNext(*wizard));

        Ui::RunProgressWidget *progress = wizard->commitPage()->progress();
        QVERIFY(progress->run());
        QTRY_VERIFY_WITH_TIMEOUT(progress->run()->isFinished(), 120000);
        QCOMPARE(progress->run()->count(ItemState::Succeeded), 200);

        // The board reloads by itself and shows the 50 new batches under their work order.
        QTRY_COMPARE_WITH_TIMEOUT(boardBatchesOf(window.tree()->model(), QString::fromLatin1(kNewWorkOrder)), 50, 60000);
        QCOMPARE(store.size(), before + 50);
        // A picture of the board with the wizard's result (a test artifact next to the binary).
        QVERIFY(window.grab().save(QCoreApplication::applicationDirPath() + QStringLiteral("/planning-board.png")));

        // Undo: the batches go from the server and then from the board.
        QTest::mouseClick(progress->undoButton(), Qt::LeftButton);
        QVERIFY(progress->undoRun());
        QTRY_VERIFY_WITH_TIMEOUT(progress->undoRun()->isFinished(), 120000);
        QCOMPARE(progress->undoRun()->count(ItemState::Succeeded), 50);
        QTRY_COMPARE_WITH_TIMEOUT(boardBatchesOf(window.tree()->model(), QString::fromLatin1(kNewWorkOrder)), 0, 60000);
        QCOMPARE(store.size(), before);

        wizard->close();
    }
};

QTEST_MAIN(TestPlanningBoard)
#include "tst_planningboard.moc"
