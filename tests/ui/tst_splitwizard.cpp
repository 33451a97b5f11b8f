// SplitWorkOrderWizard against niagara-sim over real HTTP (empty seed, offscreen): filled with
// QTest like a manager would, then the server's state checked with plain GETs. Covers the
// issue's "done when" (500 cycles → 50 batches of 10 with three technicians, in one PATCH,
// then undone), sizing input that blocks Next with its reason on screen, a technician's
// refusal, and a partial failure that "Retry failed" completes without duplicates. Also saves
// a picture of every page on the demo seed (split-wizard-*.png next to the binary).

#include "app/i18n/translations.h"
#include "common/simprocess.h"
#include "models/planning/planningservice.h"
#include "models/planning/runitemmodel.h"
#include "models/planning/splitpreviewmodel.h"
#include "models/planning/writerun.h"
#include "ui/errorbanner.h"
#include "ui/wizards/runprogresswidget.h"
#include "ui/wizards/splitworkorderwizard.h"
#include "wizarddriver.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QNetworkAccessManager>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTabWidget>
#include <QThreadPool>
#include <QTreeWidget>

using namespace BatchDesk;
using BatchDesk::Ui::SplitWorkOrderWizard;
using namespace WizardDriver;

class TestSplitWizard final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void splitsFiftyBatchesWithTechniciansAndUndoes();
    void invalidSizingBlocksNext_data();
    void invalidSizingBlocksNext();
    void technicianIsRefusedClearly();
    void retryFailedCompletesWithoutDuplicates();
    void pagesOnDemoData();

private:
    bool startSim(const QString &seed, const QStringList &args = {});
    void useToken(const QString &token);
    // Work order → queue → sizing (batch size) with the mouse and keyboard.
    bool fillUpToSizing(SplitWorkOrderWizard &wizard, const QString &search, const QString &workOrderId,
                        const QString &queueId, int batchSize);

    std::unique_ptr<TestSupport::SimProcess> m_sim;
    QNetworkAccessManager m_network;
    std::unique_ptr<Niagara::NiagaraClient> m_client;
    std::unique_ptr<PlanningService> m_service;
};

bool TestSplitWizard::startSim(const QString &seed, const QStringList &args)
{
    m_sim = std::make_unique<TestSupport::SimProcess>();
    QString error;
    if (!m_sim->start(seed, args, &error)) {
        qWarning("%s", qPrintable(error));
        return false;
    }
    m_client = std::make_unique<Niagara::NiagaraClient>(&m_network);
    m_client->setBaseUrl(m_sim->baseUrl());
    useToken(m_sim->managerToken());
    m_service = std::make_unique<PlanningService>(m_client.get());
    return true;
}

void TestSplitWizard::useToken(const QString &token)
{
    m_client->setBearerToken(token);
}

void TestSplitWizard::initTestCase()
{
    // As the app does: "%n batch(es)" reads "50 batches".
    (new App::Translations(nullptr, this))->choose(QStringLiteral("en"));
}

void TestSplitWizard::cleanup()
{
    // A page still being decoded is dropped safely when the client goes (NiagaraClient's
    // delivery guard), so the client can go first.
    m_service.reset();
    m_client.reset();
    m_sim.reset();
}

bool TestSplitWizard::fillUpToSizing(SplitWorkOrderWizard &wizard, const QString &search, const QString &workOrderId,
                                     const QString &queueId, int batchSize)
{
    wizard.show();
    if (!QTest::qWaitForWindowExposed(&wizard))
        return false;
    if (!chooseInCatalog(wizard.workOrderPage()->browser(), search, workOrderId) || !clickNext(wizard))
        return false;
    if (wizard.currentId() != SplitWorkOrderWizard::QueuePageId)
        return false;
    if (!chooseInCatalog(wizard.queuePage()->browser(), QString(), queueId) || !clickNext(wizard))
        return false;
    Ui::SplitSizingPage *sizing = wizard.sizingPage();
    QTest::mouseClick(sizing->batchSizeRadio(), Qt::LeftButton);
    typeInto(sizing->sizingSpin(), QString::number(batchSize));
    return wizard.currentId() == SplitWorkOrderWizard::SizingPageId && sizing->sizingSpin()->value() == batchSize;
}

void TestSplitWizard::splitsFiftyBatchesWithTechniciansAndUndoes()
{
    QVERIFY(startSim(QStringLiteral("empty")));
    const QHash<QString, QString> users = userIdsByName(*m_client, this);
    const QStringList chosenNames{QStringLiteral("James Okafor"), QStringLiteral("Sofia Lindqvist"),
                                  QStringLiteral("Ethan Brooks")};
    QStringList chosenIds;
    for (const QString &name : chosenNames)
        chosenIds << users.value(name);
    chosenIds.sort();

    SplitWorkOrderWizard wizard(m_service.get());
    QSignalSpy runFinished(&wizard, &SplitWorkOrderWizard::runFinished);
    // Work order page: the census says nothing is batched yet.
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    QTRY_VERIFY_WITH_TIMEOUT(wizard.hasCensus(), 30000);
    QVERIFY(fillUpToSizing(wizard, QStringLiteral("ipad"), QStringLiteral("wo-ipad-500"), QStringLiteral("queue-fast-lane"), 10));
    QCOMPARE(wizard.workOrders()->index(0, WorkOrderCatalogModel::RemainingColumn).data().toString(), QStringLiteral("500"));

    // Sizing: 50 batches of 10, nothing wrong, bulk creation by default.
    Ui::SplitSizingPage *sizing = wizard.sizingPage();
    QCOMPARE(sizing->previewModel()->rowCount(), 50);
    QCOMPARE(sizing->previewModel()->index(49, SplitPreviewModel::CyclesColumn).data().toString(), QStringLiteral("10"));
    QVERIFY(sizing->problemLabel()->isHidden());
    QVERIFY(sizing->bulkRadio()->isChecked());
    QVERIFY(clickNext(wizard));

    // Technicians: three people, each on every batch.
    Ui::SplitTechniciansPage *technicians = wizard.techniciansPage();
    for (const QString &name : chosenNames)
        QVERIFY2(tickTechnician(technicians->picker(), name), qPrintable(name));
    QVERIFY(technicians->allBatchesRadio()->isChecked());
    QVERIFY2(technicians->summaryText().contains(QStringLiteral("Each of the 50 new batches")),
             qPrintable(technicians->summaryText()));
    QVERIFY(clickNext(wizard));

    // Review: one PATCH carries all 50 batches and their technicians.
    Ui::SplitReviewPage *review = wizard.reviewPage();
    QCOMPARE(wizard.currentId(), int(SplitWorkOrderWizard::ReviewPageId));
    QVERIFY(review->run());
    QCOMPARE(review->requestList()->topLevelItemCount(), 1);
    QVERIFY(review->requestList()->topLevelItem(0)->text(0).startsWith(QStringLiteral("PATCH /batches")));
    QVERIFY2(review->summaryText().contains(QStringLiteral("50 batches")), qPrintable(review->summaryText()));
    QCOMPARE(wizard.button(QWizard::NextButton)->text(), QStringLiteral("Create batches"));
    QVERIFY(clickNext(wizard));

    // Commit: the run goes out and finishes with every item done.
    Ui::RunProgressWidget *progress = wizard.commitPage()->progress();
    WriteRun *run = progress->run();
    QVERIFY(run);
    QTRY_VERIFY_WITH_TIMEOUT(run->isFinished(), 120000);
    QCOMPARE(run->count(ItemState::Succeeded), int(run->items().size()));
    QCOMPARE(run->items().size(), 50 + 50 * 3);
    QCOMPARE(progress->progressBar()->value(), progress->progressBar()->maximum());
    QVERIFY(!progress->retryButton()->isEnabled());
    QVERIFY(progress->undoButton()->isEnabled());
    QVERIFY2(progress->undoButton()->text().contains(QStringLiteral("left")), qPrintable(progress->undoButton()->text()));
    QTRY_VERIFY(wizard.button(QWizard::FinishButton)->isEnabled());
    QCOMPARE(runFinished.count(), 1);
    QCOMPARE(runFinished.at(0).at(0).toBool(), true);

    // The server: 50 batches of 10 for the work order, each with the three technicians.
    const QList<Niagara::Batch> created = batchesOf(*m_client, this, QStringLiteral("wo-ipad-500"));
    QCOMPARE(created.size(), 50);
    for (const Niagara::Batch &batch : created) {
        QCOMPARE(batch.numberCycles, 10);
        QCOMPARE(batch.queue.id, QStringLiteral("queue-fast-lane"));
        QCOMPARE(technicianIds(*m_client, this, batch.id), chosenIds);
    }
    // The wizard counted again: nothing is left to split.
    QTRY_COMPARE_WITH_TIMEOUT(wizard.workOrders()->usage(QStringLiteral("wo-ipad-500")).batchedCycles, 500, 30000);

    // Undo: every batch goes again, and the undo's items show in their own tab.
    QTest::mouseClick(progress->undoButton(), Qt::LeftButton);
    WriteRun *undo = progress->undoRun();
    QVERIFY(undo);
    QCOMPARE(progress->tabs()->currentIndex(), 1);
    QCOMPARE(progress->undoView()->model()->rowCount(), 50);
    QTRY_VERIFY_WITH_TIMEOUT(undo->isFinished(), 120000);
    QCOMPARE(undo->count(ItemState::Succeeded), 50);
    QVERIFY(!progress->undoButton()->isEnabled());
    QVERIFY(batchesOf(*m_client, this, QStringLiteral("wo-ipad-500")).isEmpty());
}

void TestSplitWizard::invalidSizingBlocksNext_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("message");

    QTest::newRow("batch size 0") << QStringLiteral("size") << QStringLiteral("0")
                                  << QStringLiteral("The batch size must be at least 1 cycle.");
    QTest::newRow("more batches than cycles") << QStringLiteral("count") << QStringLiteral("600")
                                              << QStringLiteral("cannot share 500 cycles");
    QTest::newRow("unknown placeholder") << QStringLiteral("pattern") << QStringLiteral("{wo} {n}")
                                         << QStringLiteral("{wo}, which is not a placeholder");
    QTest::newRow("empty pattern") << QStringLiteral("pattern") << QString() << QStringLiteral("Enter a label pattern");
    QTest::newRow("more than still needed") << QStringLiteral("cycles") << QStringLiteral("600")
                                            << QStringLiteral("needs your explicit permission");
}

void TestSplitWizard::invalidSizingBlocksNext()
{
    QFETCH(QString, field);
    QFETCH(QString, value);
    QFETCH(QString, message);
    QVERIFY(startSim(QStringLiteral("empty")));
    SplitWorkOrderWizard wizard(m_service.get());
    QVERIFY(fillUpToSizing(wizard, QStringLiteral("ipad"), QStringLiteral("wo-ipad-500"), QStringLiteral("queue-rework"), 10));
    Ui::SplitSizingPage *sizing = wizard.sizingPage();
    QAbstractButton *next = wizard.button(QWizard::NextButton);
    QVERIFY(next->isEnabled());
    const QString patternBefore = sizing->labelPatternEdit()->text();

    if (field == QLatin1String("size")) {
        typeInto(sizing->sizingSpin(), value);
    } else if (field == QLatin1String("count")) {
        QTest::mouseClick(sizing->batchCountRadio(), Qt::LeftButton);
        typeInto(sizing->sizingSpin(), value);
    } else if (field == QLatin1String("pattern")) {
        typeInto(sizing->labelPatternEdit(), value);
    } else if (field == QLatin1String("cycles")) {
        QTest::mouseClick(sizing->partialCheck(), Qt::LeftButton);
        typeInto(sizing->cyclesToSplitSpin(), value);
    }
    // Blocked, and the reason is on screen.
    QVERIFY(!next->isEnabled());
    QVERIFY(sizing->problemLabel()->isVisible());
    QVERIFY2(sizing->problemLabel()->text().contains(message), qPrintable(sizing->problemLabel()->text()));
    // Sizing the plan cannot carry out leaves no preview; a label or cycle problem still shows one.
    QCOMPARE(sizing->previewModel()->rowCount() == 0, field == QLatin1String("size") || field == QLatin1String("count"));

    // Putting it right unblocks Next and hides the message.
    if (field == QLatin1String("cycles")) {
        // The explicit override is the other way out: a note, not a problem.
        QTest::mouseClick(sizing->overSplitCheck(), Qt::LeftButton);
        QVERIFY(sizing->noteLabel()->isVisible());
        QVERIFY2(sizing->noteLabel()->text().contains(QStringLiteral("100 cycles more")), qPrintable(sizing->noteLabel()->text()));
        QCOMPARE(sizing->previewModel()->rowCount(), 60);
    } else if (field == QLatin1String("pattern")) {
        typeInto(sizing->labelPatternEdit(), patternBefore);
    } else {
        typeInto(sizing->sizingSpin(), QStringLiteral("10"));
    }
    QVERIFY(next->isEnabled());
    QVERIFY(sizing->problemLabel()->isHidden());

    // Going back keeps what was typed.
    QTest::mouseClick(wizard.button(QWizard::BackButton), Qt::LeftButton);
    QCOMPARE(wizard.currentId(), int(SplitWorkOrderWizard::QueuePageId));
    QVERIFY(clickNext(wizard));
    QCOMPARE(sizing->sizingSpin()->value(), 10);
    QCOMPARE(sizing->labelPatternEdit()->text(), patternBefore);
}

void TestSplitWizard::technicianIsRefusedClearly()
{
    QVERIFY(startSim(QStringLiteral("empty")));
    useToken(m_sim->technicianToken());
    Niagara::RetryPolicy policy = m_client->retryPolicy();
    policy.maxAttempts = 1;
    m_client->setRetryPolicy(policy);
    SplitWorkOrderWizard wizard(m_service.get());
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    Ui::ErrorBanner *banner = wizard.workOrderPage()->browser()->errorBanner();
    QTRY_VERIFY_WITH_TIMEOUT(!banner->message().isEmpty(), 30000);
    QVERIFY(banner->isVisible());
    // ApiError::message(): what was refused and the permission it needs.
    QVERIFY2(banner->message().contains(QStringLiteral("work-order:all")), qPrintable(banner->message()));
    QVERIFY(banner->hasRetry());
    QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
    QCOMPARE(wizard.workOrders()->rowCount(), 0);
    saveScreenshot(wizard, QStringLiteral("split-wizard-refused.png"));
}

void TestSplitWizard::retryFailedCompletesWithoutDuplicates()
{
    // One POST per batch (four of them); write 2 is carried out but its answer is lost,
    // write 3 is refused with a 500 and not carried out.
    QVERIFY(startSim(QStringLiteral("empty"), {QStringLiteral("--fail-writes"), QStringLiteral("2:lost,3:500")}));
    SplitWorkOrderWizard wizard(m_service.get());
    QVERIFY(fillUpToSizing(wizard, QStringLiteral("macbook"), QStringLiteral("wo-macbook-40"), QStringLiteral("queue-rework"), 10));
    Ui::SplitSizingPage *sizing = wizard.sizingPage();
    QTest::mouseClick(sizing->individualRadio(), Qt::LeftButton);
    QVERIFY(sizing->individualRadio()->isChecked());
    QVERIFY(clickNext(wizard)); // technicians: none
    QVERIFY(clickNext(wizard)); // review
    QCOMPARE(wizard.reviewPage()->requestList()->topLevelItemCount(), 4);
    QVERIFY(clickNext(wizard)); // commit

    Ui::RunProgressWidget *progress = wizard.commitPage()->progress();
    WriteRun *run = progress->run();
    QTRY_VERIFY_WITH_TIMEOUT(run->isFinished(), 120000);
    QCOMPARE(run->count(ItemState::Failed), 2);
    QCOMPARE(run->count(ItemState::Succeeded), 2);
    // Every item's outcome is on screen; failed ones with the server's message.
    QAbstractItemModel *items = progress->itemView()->model();
    int failedRows = 0;
    for (int row = 0; row < items->rowCount(); ++row) {
        if (items->index(row, RunItemModel::StateColumn).data().toString() == QLatin1String("Failed")) {
            ++failedRows;
            QVERIFY(!items->index(row, RunItemModel::MessageColumn).data().toString().isEmpty());
        }
    }
    QCOMPARE(failedRows, 2);
    QVERIFY(progress->statusText().contains(QStringLiteral("2 failed")));
    QVERIFY(progress->retryButton()->isEnabled());
    // A failed run keeps every input: back to the sizing and forward again.
    QVERIFY(wizard.button(QWizard::BackButton)->isEnabled());

    QTest::mouseClick(progress->retryButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(run->isFinished() && run->count(ItemState::Succeeded) == 4, 120000);
    QVERIFY(!progress->retryButton()->isEnabled());
    // Four batches of ten, not five: the lost one was found, not created again.
    const QList<Niagara::Batch> batches = batchesOf(*m_client, this, QStringLiteral("wo-macbook-40"));
    QCOMPARE(batches.size(), 4);
    QStringList labels;
    for (const Niagara::Batch &b : batches) {
        QCOMPARE(b.numberCycles, 10);
        labels << b.label;
    }
    labels.sort();
    // One by one, the planned labels went out: "<work order> n/4", each once.
    const QString workOrder = wizard.input().workOrderLabel;
    QStringList expected;
    for (int n = 1; n <= 4; ++n)
        expected << QStringLiteral("%1 %2/4").arg(workOrder).arg(n);
    QCOMPARE(labels, expected);
    saveScreenshot(wizard, QStringLiteral("split-wizard-retried.png"));
}

void TestSplitWizard::pagesOnDemoData()
{
    QVERIFY(startSim(QStringLiteral("demo")));
    SplitWorkOrderWizard wizard(m_service.get());
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    QTRY_VERIFY_WITH_TIMEOUT(wizard.hasCensus(), 60000);
    // A work order with room left: the one that still needs the most cycles.
    QString workOrderId;
    qint64 best = 0;
    QTRY_VERIFY_WITH_TIMEOUT(wizard.workOrders()->rowCount() > 0, 30000);
    for (int row = 0; row < wizard.workOrders()->rowCount(); ++row) {
        const qint64 remaining = wizard.workOrders()->index(row, 0).data(WorkOrderCatalogModel::CyclesRemainingRole).toLongLong();
        if (remaining > best) {
            best = remaining;
            workOrderId = wizard.workOrders()->idAt(row);
        }
    }
    QVERIFY(best >= 40);
    QVERIFY(chooseInCatalog(wizard.workOrderPage()->browser(), QString(), workOrderId));
    saveScreenshot(wizard, QStringLiteral("split-wizard-1-workorder.png"));
    QVERIFY(clickNext(wizard));
    QVERIFY(chooseInCatalog(wizard.queuePage()->browser(), QString(), QStringLiteral("queue-imaging-bay")));
    saveScreenshot(wizard, QStringLiteral("split-wizard-2-queue.png"));
    QVERIFY(clickNext(wizard));
    Ui::SplitSizingPage *sizing = wizard.sizingPage();
    // The example when the work order needs 500: 16 × 30 and one smaller batch of 20.
    typeInto(sizing->sizingSpin(), QStringLiteral("30"));
    QVERIFY(wizard.button(QWizard::NextButton)->isEnabled());
    saveScreenshot(wizard, QStringLiteral("split-wizard-3-sizing.png"));
    QVERIFY(clickNext(wizard));
    for (const QString &name : {QStringLiteral("Mei Chen"), QStringLiteral("Diego Alvarez"), QStringLiteral("Grace Kim")})
        QVERIFY(tickTechnician(wizard.techniciansPage()->picker(), name));
    saveScreenshot(wizard, QStringLiteral("split-wizard-4-technicians.png"));
    QVERIFY(clickNext(wizard));
    saveScreenshot(wizard, QStringLiteral("split-wizard-5-review.png"));
    QVERIFY(clickNext(wizard));
    WriteRun *run = wizard.commitPage()->progress()->run();
    QTRY_VERIFY_WITH_TIMEOUT(run->isFinished(), 120000);
    QCOMPARE(run->count(ItemState::Failed), 0);
    saveScreenshot(wizard, QStringLiteral("split-wizard-6-commit.png"));
}

QTEST_MAIN(TestSplitWizard)
#include "tst_splitwizard.moc"
