// SplitWorkOrderWizard against niagara-sim over real HTTP (empty seed, offscreen): filled with
// QTest like a manager would, then the server's state checked with plain GETs. Covers the
// issue's "done when" (500 cycles → 50 batches of 10 with three technicians, in one PATCH,
// then undone), sizing input that blocks Next with its reason on screen, a technician's
// refusal, and a partial failure that "Retry failed" completes without duplicates. Also saves
// a picture of every page on the demo seed (split-wizard-*.png next to the binary).
// What the README promises of a run is checked at the server (the sim's own count of write
// requests): Cancel, Escape and "Cancel run" stop sending mid-run, coming back to the review
// never sends twice, and after a failed run Back leads to every input as it was typed.

#include "app/i18n/translations.h"
#include "common/simprocess.h"
#include "models/planning/planningmonitor.h"
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
#include <QToolButton>
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
    void cancelStopsSendingAndReviewNeverSendsTwice_data();
    void cancelStopsSendingAndReviewNeverSendsTwice();
    void backAfterFailedRunKeepsEveryInput();
    void pagesOnDemoData_data();
    void pagesOnDemoData();
    void plansWithTheDesksFigures();
    void labelPatternChoosesOneByOne();

private:
    // The sim's own count of write requests (POST, PATCH, PUT, DELETE) since it started: what
    // reached the server, whatever the client under test believes. -1 when it cannot be read.
    int writesSeen();
    // Re-arms the sim's fault profile (--faults syntax) at run time (needs --test-admin).
    bool setFaults(const QString &spec);
    bool startSim(const QString &seed, const QStringList &args = {});
    void useToken(const QString &token);
    // Work order → queue → sizing (batch size) with the mouse and keyboard.
    bool fillUpToSizing(SplitWorkOrderWizard &wizard, const QString &search, const QString &workOrderId,
                        const QString &queueId, int batchSize);

    std::unique_ptr<TestSupport::SimProcess> m_sim;
    QNetworkAccessManager m_network;
    std::unique_ptr<Niagara::NiagaraClient> m_client;
    std::unique_ptr<PlanningService> m_service;
    App::Translations *m_translations = nullptr;
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

int TestSplitWizard::writesSeen()
{
    return simWritesSeen(m_network, m_sim->baseUrl());
}

bool TestSplitWizard::setFaults(const QString &spec)
{
    return setSimFaults(m_network, m_sim->baseUrl(), spec);
}

void TestSplitWizard::initTestCase()
{
    // As the app does: "%n batch(es)" reads "50 batches".
    m_translations = new App::Translations(nullptr, this);
    m_translations->choose(QStringLiteral("en"));
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

void TestSplitWizard::cancelStopsSendingAndReviewNeverSendsTwice_data()
{
    QTest::addColumn<QString>("how");
    QTest::newRow("Escape") << QStringLiteral("escape");
    QTest::newRow("wizard's Cancel") << QStringLiteral("cancel");
    QTest::newRow("Cancel run") << QStringLiteral("cancel-run");
}

void TestSplitWizard::cancelStopsSendingAndReviewNeverSendsTwice()
{
    QFETCH(QString, how);
    constexpr int kBatches = 12; // 120 cycles in batches of 10, one POST each
    QVERIFY(startSim(QStringLiteral("empty"), {QStringLiteral("--test-admin")}));
    SplitWorkOrderWizard wizard(m_service.get());
    QVERIFY(fillUpToSizing(wizard, QStringLiteral("chromebook"), QStringLiteral("wo-chromebook-120"),
                           QStringLiteral("queue-rework"), 10));
    QTest::mouseClick(wizard.sizingPage()->individualRadio(), Qt::LeftButton);
    QVERIFY(wizard.sizingPage()->individualRadio()->isChecked());
    QVERIFY(clickNext(wizard)); // technicians: none
    QVERIFY(clickNext(wizard)); // review
    QCOMPARE(wizard.reviewPage()->requestList()->topLevelItemCount(), kBatches);
    QCOMPARE(writesSeen(), 0);

    // Every answer now takes 300 ms, so the run is still sending when it is stopped.
    QVERIFY(setFaults(QStringLiteral("latency=300")));
    QVERIFY(clickNext(wizard)); // "Create batches"
    Ui::RunProgressWidget *progress = wizard.commitPage()->progress();
    WriteRun *run = progress->run();
    QVERIFY(run);
    QSignalSpy finished(run, &WriteRun::finished);
    QTRY_VERIFY_WITH_TIMEOUT(run->count(ItemState::Succeeded) >= 1, 30000);
    QVERIFY(!run->isFinished());
    QVERIFY(progress->isBusy());
    // At most 4 requests are in flight: whatever was sent before the stop, plus those.
    const int answeredBefore = run->count(ItemState::Succeeded) + run->count(ItemState::Failed);

    if (how == QLatin1String("escape")) {
        // Where a person's Escape goes: the focused field, from which it reaches the dialog.
        QWidget *focus = wizard.focusWidget() ? wizard.focusWidget() : &wizard;
        QTest::keyClick(focus, Qt::Key_Escape);
    } else if (how == QLatin1String("cancel")) {
        QAbstractButton *cancel = wizard.button(QWizard::CancelButton);
        QVERIFY(cancel->isVisible() && cancel->isEnabled());
        QTest::mouseClick(cancel, Qt::LeftButton);
    } else {
        QVERIFY(progress->cancelButton()->isEnabled());
        QTest::mouseClick(progress->cancelButton(), Qt::LeftButton);
    }
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 30000);
    // The server first: it saw what went out before the stop and what was in flight then, no more.
    const int writes = writesSeen();
    QVERIFY2(writes >= 0 && writes <= answeredBefore + 4 && writes < kBatches,
             qPrintable(QStringLiteral("the server saw %1 writes; %2 were answered before the stop").arg(writes).arg(answeredBefore)));
    // The run stopped; the wizard did not close under it.
    QVERIFY(wizard.isVisible());
    QVERIFY(run->wasCancelled());
    QVERIFY2(progress->statusText().startsWith(QStringLiteral("Cancelled.")), qPrintable(progress->statusText()));
    const int succeeded = run->count(ItemState::Succeeded);
    const int sent = succeeded + run->count(ItemState::Failed); // failed: sent, answer abandoned
    const int notAttempted = run->count(ItemState::NotAttempted);
    QCOMPARE(sent + notAttempted, kBatches);
    QVERIFY2(sent <= answeredBefore + 4, qPrintable(QStringLiteral("%1 sent, %2 before the stop").arg(sent).arg(answeredBefore)));
    QVERIFY2(notAttempted > 0, "the run went on sending after the stop");
    // What was never sent is on screen as such.
    QAbstractItemModel *items = progress->itemView()->model();
    int notAttemptedRows = 0;
    for (int row = 0; row < items->rowCount(); ++row)
        notAttemptedRows += items->index(row, RunItemModel::StateColumn).data().toString() == QLatin1String("Not attempted");
    QCOMPARE(notAttemptedRows, notAttempted);

    // The server saw no more than the run sent, and holds exactly that.
    QVERIFY2(writes >= succeeded && writes <= sent, qPrintable(QStringLiteral("server saw %1 writes; %2 sent, %3 succeeded")
                                                                   .arg(writes).arg(sent).arg(succeeded)));
    // A full round trip later (a listing at the same latency) nothing more has arrived.
    QCOMPARE(int(batchesOf(*m_client, this, QStringLiteral("wo-chromebook-120")).size()), writes);
    QCOMPARE(writesSeen(), writes);

    // Back to the review and "Create batches" again: the run already made is shown, not sent again.
    QVERIFY(setFaults(QString()));
    QAbstractButton *back = wizard.button(QWizard::BackButton);
    QTRY_VERIFY(back->isEnabled());
    QTest::mouseClick(back, Qt::LeftButton);
    QCOMPARE(wizard.currentId(), int(SplitWorkOrderWizard::ReviewPageId));
    QVERIFY(clickNext(wizard));
    QCOMPARE(wizard.currentId(), int(SplitWorkOrderWizard::CommitPageId));
    QTRY_VERIFY_WITH_TIMEOUT(!progress->isBusy(), 30000);
    // The server holds each batch once: nothing more was written.
    QCOMPARE(writesSeen(), writes);
    QCOMPARE(int(batchesOf(*m_client, this, QStringLiteral("wo-chromebook-120")).size()), writes);
    QCOMPARE(progress->run(), run);
    QVERIFY(run->isFinished());
    QCOMPARE(run->count(ItemState::NotAttempted), notAttempted);
}

void TestSplitWizard::backAfterFailedRunKeepsEveryInput()
{
    // Every POST and PATCH is refused with a 500 (not carried out): the whole run fails.
    QVERIFY(startSim(QStringLiteral("empty"), {QStringLiteral("--faults"), QStringLiteral("500=1,methods=POST|PATCH")}));
    const QHash<QString, QString> users = userIdsByName(*m_client, this);
    const QStringList technicianNames{QStringLiteral("Sofia Lindqvist"), QStringLiteral("Ethan Brooks")};
    const QStringList technicianIds{users.value(technicianNames.at(0)), users.value(technicianNames.at(1))};
    const QString pattern = QStringLiteral("{queue}: {work_order} #{n} of {total}");

    SplitWorkOrderWizard wizard(m_service.get());
    QVERIFY(fillUpToSizing(wizard, QStringLiteral("chromebook"), QStringLiteral("wo-chromebook-120"),
                           QStringLiteral("queue-rework"), 10));
    // Every input of the sizing page away from its default.
    Ui::SplitSizingPage *sizing = wizard.sizingPage();
    QTest::mouseClick(sizing->batchCountRadio(), Qt::LeftButton);
    typeInto(sizing->sizingSpin(), QStringLiteral("7"));
    sizing->remainderCombo()->setFocus();
    QTest::keyClick(sizing->remainderCombo(), Qt::Key_Down);
    typeInto(sizing->labelPatternEdit(), pattern);
    QTest::mouseClick(sizing->partialCheck(), Qt::LeftButton);
    typeInto(sizing->cyclesToSplitSpin(), QStringLiteral("100"));
    QTest::mouseClick(sizing->individualRadio(), Qt::LeftButton);
    QVERIFY(clickNext(wizard));
    Ui::SplitTechniciansPage *technicians = wizard.techniciansPage();
    for (const QString &name : technicianNames)
        QVERIFY2(tickTechnician(technicians->picker(), name), qPrintable(name));
    QTest::mouseClick(technicians->roundRobinRadio(), Qt::LeftButton);

    // What was typed, page by page: every field and the value it must show whenever it shows.
    struct Field
    {
        int page;
        const char *name;
        std::function<QVariant()> read;
        QVariant typed;
    };
    const QList<Field> fields{
        {SplitWorkOrderWizard::WorkOrderPageId, "work order", [&] { return QVariant(wizard.workOrderPage()->workOrderId()); },
         QStringLiteral("wo-chromebook-120")},
        {SplitWorkOrderWizard::QueuePageId, "queue", [&] { return QVariant(wizard.queuePage()->queueId()); },
         QStringLiteral("queue-rework")},
        {SplitWorkOrderWizard::SizingPageId, "split by count", [&] { return QVariant(sizing->batchCountRadio()->isChecked()); }, true},
        {SplitWorkOrderWizard::SizingPageId, "number of batches", [&] { return QVariant(sizing->sizingSpin()->value()); }, 7},
        {SplitWorkOrderWizard::SizingPageId, "remainder policy", [&] { return sizing->remainderCombo()->currentData(); },
         static_cast<int>(RemainderPolicy::SpreadEvenly)},
        {SplitWorkOrderWizard::SizingPageId, "label pattern", [&] { return QVariant(sizing->labelPatternEdit()->text()); }, pattern},
        {SplitWorkOrderWizard::SizingPageId, "split only part", [&] { return QVariant(sizing->partialCheck()->isChecked()); }, true},
        {SplitWorkOrderWizard::SizingPageId, "cycles to split", [&] { return QVariant(sizing->cyclesToSplitSpin()->value()); }, 100},
        {SplitWorkOrderWizard::SizingPageId, "allow over-split", [&] { return QVariant(sizing->overSplitCheck()->isChecked()); }, false},
        {SplitWorkOrderWizard::SizingPageId, "create one by one", [&] { return QVariant(sizing->individualRadio()->isChecked()); }, true},
        {SplitWorkOrderWizard::TechniciansPageId, "technicians, in choice order",
         [&] { return QVariant(technicians->picker()->chosenIds()); }, technicianIds},
        {SplitWorkOrderWizard::TechniciansPageId, "round-robin", [&] { return QVariant(technicians->roundRobinRadio()->isChecked()); }, true},
    };
    // Typed as intended before anything is sent.
    const auto mismatches = [&](int page) {
        QStringList out;
        for (const Field &f : fields) {
            if (f.page == page && f.read() != f.typed)
                out << QStringLiteral("%1: %2 instead of %3").arg(QLatin1String(f.name), f.read().toString(), f.typed.toString());
        }
        return out.join(QStringLiteral("; "));
    };
    for (int page = SplitWorkOrderWizard::WorkOrderPageId; page <= SplitWorkOrderWizard::TechniciansPageId; ++page)
        QVERIFY2(mismatches(page).isEmpty(), qPrintable(mismatches(page)));
    const SplitInput typed = wizard.input();

    QVERIFY(clickNext(wizard)); // review
    const int plannedRequests = wizard.reviewPage()->requestList()->topLevelItemCount();
    QCOMPARE(plannedRequests, 7 + 7); // seven POSTs, then one technician per batch
    QVERIFY(clickNext(wizard)); // commit
    WriteRun *run = wizard.commitPage()->progress()->run();
    QVERIFY(run);
    QTRY_VERIFY_WITH_TIMEOUT(run->isFinished(), 60000);
    QCOMPARE(run->count(ItemState::Succeeded), 0);
    QCOMPARE(run->count(ItemState::Failed), 7);

    // Back through every page: each shows what was typed.
    QAbstractButton *back = wizard.button(QWizard::BackButton);
    for (int page = SplitWorkOrderWizard::ReviewPageId; page >= SplitWorkOrderWizard::WorkOrderPageId; --page) {
        QTRY_VERIFY(back->isEnabled());
        QTest::mouseClick(back, Qt::LeftButton);
        QCOMPARE(wizard.currentId(), page);
        QVERIFY2(mismatches(page).isEmpty(), qPrintable(QStringLiteral("back on page %1: %2").arg(page).arg(mismatches(page))));
    }
    // And forward again, typing nothing: still all there, and the same plan to review.
    for (int page = SplitWorkOrderWizard::QueuePageId; page <= SplitWorkOrderWizard::ReviewPageId; ++page) {
        QVERIFY(clickNext(wizard));
        QCOMPARE(wizard.currentId(), page);
        QVERIFY2(mismatches(page).isEmpty(), qPrintable(QStringLiteral("forward on page %1: %2").arg(page).arg(mismatches(page))));
    }
    const SplitInput again = wizard.input();
    QCOMPARE(again.workOrderId, typed.workOrderId);
    QCOMPARE(again.queueId, typed.queueId);
    QCOMPARE(again.sizing, typed.sizing);
    QCOMPARE(again.sizingValue, typed.sizingValue);
    QCOMPARE(again.remainder, typed.remainder);
    QCOMPARE(again.labelPattern, typed.labelPattern);
    QCOMPARE(again.cyclesToSplit, typed.cyclesToSplit);
    QCOMPARE(again.allowOverSplit, typed.allowOverSplit);
    QCOMPARE(again.technicianIds, typed.technicianIds);
    QCOMPARE(again.technicianMode, typed.technicianMode);
    QCOMPARE(wizard.creationMode(), CreationMode::Individual);
    QCOMPARE(wizard.reviewPage()->requestList()->topLevelItemCount(), plannedRequests);
}

// In English and, as a German user opens it, in German: pictures for docs/screenshots.
void TestSplitWizard::pagesOnDemoData_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("en") << QStringLiteral("en");
    QTest::newRow("de") << QStringLiteral("de");
}

void TestSplitWizard::pagesOnDemoData()
{
    QFETCH(QString, language);
    QVERIFY(m_translations->choose(language));
    const auto restoreEnglish = qScopeGuard([this] { m_translations->choose(QStringLiteral("en")); });
    const QString suffix = language == QLatin1String("en") ? QString() : QLatin1Char('-') + language;
    const auto saveScreenshot = [&suffix](QWidget &widget, const QString &name) {
        return WizardDriver::saveScreenshot(widget, QString(name).replace(QStringLiteral(".png"), suffix + QStringLiteral(".png")));
    };
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

// Issue 16: with the planning desk's figures the picker offers who can work the queue (the
// rest behind "Show all", each saying why), the review projects the work order's finish and
// warns before a plan puts someone over the threshold (still letting it go), and the requests
// wait behind "Details". The people and sizes come from the figures, not from constants.
void TestSplitWizard::plansWithTheDesksFigures()
{
    QVERIFY(startSim(QStringLiteral("demo")));
    BatchStore store;
    store.setClient(m_client.get());
    PlanningMonitor monitor(&store, m_service.get());
    QVERIFY(loadPlanningFigures(store, monitor));
    const PlanningFigures &figures = monitor.figures();
    const QString queueId = QStringLiteral("queue-imaging-bay");
    std::optional<QStringList> access;
    for (const QueueFigures &q : figures.queues) {
        if (q.queueId == queueId)
            access = q.technicianIds;
    }
    QVERIFY2(access && !access->isEmpty(), "the demo relates technicians to Imaging Bay");
    // Of those who can work the queue, the one with the most room before the threshold.
    const double threshold = figures.overloadThresholdDays;
    const TechnicianFigures *roomy = nullptr;
    double room = 0;
    for (const TechnicianFigures &t : figures.technicians) {
        const double r = threshold * t.pacePerDay - t.openCycles;
        if (access->contains(t.userId) && t.pacePerDay > 0 && (roomy == nullptr || r > room)) {
            roomy = &t;
            room = r;
        }
    }
    QVERIFY2(roomy != nullptr && room >= 2, "someone who can work Imaging Bay has room for two cycles");

    SplitWorkOrderWizard wizard(m_service.get());
    wizard.setPlanningMonitor(&monitor);
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    QTRY_VERIFY_WITH_TIMEOUT(wizard.hasCensus(), 60000);
    QTRY_VERIFY_WITH_TIMEOUT(wizard.workOrders()->rowCount() > 0, 30000);
    // A work order with more left to split than the room, one under way (a pace) if any is.
    QHash<QString, double> paceOf;
    for (const WorkOrderFigures &f : figures.workOrders)
        paceOf.insert(f.workOrderId, f.pacePerDay);
    QString workOrderId;
    qint64 remaining = 0;
    bool withPace = false;
    for (int row = 0; row < wizard.workOrders()->rowCount(); ++row) {
        const qint64 r = wizard.workOrders()->index(row, 0).data(WorkOrderCatalogModel::CyclesRemainingRole).toLongLong();
        const QString id = wizard.workOrders()->idAt(row);
        const bool paced = paceOf.value(id) > 0;
        if (r > room + 1 && (workOrderId.isEmpty() || (paced && !withPace) || (paced == withPace && r > remaining))) {
            remaining = r;
            workOrderId = id;
            withPace = paced;
        }
    }
    QVERIFY2(!workOrderId.isEmpty(), "all that is left of a work order would overload the roomiest technician");
    QVERIFY(chooseInCatalog(wizard.workOrderPage()->browser(), QString(), workOrderId));
    QVERIFY(clickNext(wizard));
    QVERIFY(chooseInCatalog(wizard.queuePage()->browser(), QString(), queueId));
    QVERIFY(clickNext(wizard));

    // Sizing: a part that fits in the room, as one batch.
    Ui::SplitSizingPage *sizing = wizard.sizingPage();
    const int small = std::max(1, static_cast<int>(room / 2));
    QTest::mouseClick(sizing->partialCheck(), Qt::LeftButton);
    typeInto(sizing->cyclesToSplitSpin(), QString::number(small));
    typeInto(sizing->sizingSpin(), QString::number(small));
    QCOMPARE(sizing->previewModel()->rowCount(), 1);
    QVERIFY(clickNext(wizard));

    // Technicians: only who can work Imaging Bay is offered.
    Ui::TechnicianPicker *picker = wizard.techniciansPage()->picker();
    QTRY_COMPARE_WITH_TIMEOUT(picker->model()->state(), PagedCatalogModel::State::Complete, 30000);
    QStringList expected;
    QString outsider;
    for (int row = 0; row < picker->model()->rowCount(); ++row) {
        const QString id = picker->model()->idAt(row);
        if (access->contains(id))
            expected << id;
        else if (outsider.isEmpty())
            outsider = id;
    }
    QVERIFY(!expected.isEmpty());
    QVERIFY2(!outsider.isEmpty(), "somebody (a manager at least) cannot work the queue");
    QAbstractItemView *view = picker->browser()->view();
    QStringList shown = shownValues(view);
    shown.sort();
    expected.sort();
    QCOMPARE(shown, expected);
    QVERIFY2(picker->accessNoteText().contains(QStringLiteral("Show all")), qPrintable(picker->accessNoteText()));
    // Load in days, as the desk computes it.
    const QModelIndex roomyRow = findRow(view, roomy->userId);
    QVERIFY(roomyRow.isValid() && roomy->loadDays);
    QCOMPARE(roomyRow.siblingAtColumn(UserCatalogModel::LoadColumn).data().toString(),
             QStringLiteral("%1 days").arg(QLocale().toString(*roomy->loadDays, 'f', 1)));
    QCOMPARE(roomyRow.siblingAtColumn(UserCatalogModel::RoleColumn).data().toString(), QStringLiteral("Technician"));
    QVERIFY(roomyRow.siblingAtColumn(UserCatalogModel::QueuesColumn).data().toString().contains(QStringLiteral("Imaging Bay")));

    // "Show all": everybody, and those who cannot work the queue say so.
    QTest::mouseClick(picker->showAllCheck(), Qt::LeftButton);
    QTRY_COMPARE(view->model()->rowCount(), picker->model()->rowCount());
    const QModelIndex outsiderRow = findRow(view, outsider);
    QVERIFY(outsiderRow.isValid());
    const QString reason = outsiderRow.siblingAtColumn(UserCatalogModel::QueuesColumn).data().toString();
    QVERIFY2(reason.contains(QStringLiteral("cannot work Imaging Bay")), qPrintable(reason));
    QVERIFY(!findRow(view, roomy->userId).siblingAtColumn(UserCatalogModel::QueuesColumn).data().toString().contains(
        QStringLiteral("cannot work")));
    // Roles as the server says who holds them (GET /roles/{id}/users): a manager is named one,
    // which no technician relation could tell.
    QString managerId;
    for (auto it = figures.userRoles.cbegin(); it != figures.userRoles.cend() && managerId.isEmpty(); ++it) {
        if (it.value().contains(QStringLiteral("Production manager")))
            managerId = it.key();
    }
    QVERIFY2(!managerId.isEmpty(), "the demo's roles name its managers");
    QCOMPARE(findRow(view, managerId).siblingAtColumn(UserCatalogModel::RoleColumn).data().toString(),
             QStringLiteral("Production manager"));
    saveScreenshot(wizard, QStringLiteral("split-wizard-4-technicians-show-all.png"));
    QTest::mouseClick(picker->showAllCheck(), Qt::LeftButton);
    QTRY_COMPARE(int(view->model()->rowCount()), int(expected.size()));
    saveScreenshot(wizard, QStringLiteral("split-wizard-4-technicians-figures.png"));

    const QString roomyName = picker->model()->displayName(roomy->userId);
    QVERIFY(tickTechnician(picker, roomyName));
    QVERIFY(clickNext(wizard));

    // Review: in words, the requests behind "Details", no warning for a plan that fits.
    Ui::SplitReviewPage *review = wizard.reviewPage();
    QCOMPARE(wizard.currentId(), int(SplitWorkOrderWizard::ReviewPageId));
    QVERIFY2(review->summaryText().startsWith(QStringLiteral("Create 1 batch of %1 in Imaging Bay").arg(small)),
             qPrintable(review->summaryText()));
    QVERIFY(review->detailsPanel()->isHidden());
    QVERIFY(!review->requestList()->isVisible());
    QVERIFY2(review->loadWarningLabel()->isHidden(), qPrintable(review->loadWarningLabel()->text()));
    QTest::mouseClick(review->detailsToggle(), Qt::LeftButton);
    QVERIFY(review->requestList()->isVisible());
    QVERIFY(review->requestList()->topLevelItem(0)->text(0).contains(QStringLiteral("/batches")));
    // The work order's projected finish at the desk's pace for it.
    const WorkOrderFigures *wo = nullptr;
    for (const WorkOrderFigures &f : figures.workOrders) {
        if (f.workOrderId == workOrderId)
            wo = &f;
    }
    QVERIFY(wo);
    const QString projection = review->projectionLabel()->text();
    QVERIFY(review->projectionLabel()->isVisible());
    if (wo->pacePerDay > 0) {
        QVERIFY2(projection.contains(QStringLiteral("At the current pace of %1 cycles a day").arg(QLocale().toString(wo->pacePerDay, 'f', 1)))
                     && projection.contains(QLocale().toString(wo->projectedFinish.toLocalTime().date(), QLocale::ShortFormat)),
                 qPrintable(projection));
    } else {
        QVERIFY2(projection.contains(QStringLiteral("cannot be projected")), qPrintable(projection));
    }
    saveScreenshot(wizard, QStringLiteral("split-wizard-5-review-details.png"));

    // Back to the sizing: everything that is left, to the same person, overloads them.
    QAbstractButton *back = wizard.button(QWizard::BackButton);
    QTest::mouseClick(back, Qt::LeftButton);
    QTest::mouseClick(back, Qt::LeftButton);
    QCOMPARE(wizard.currentId(), int(SplitWorkOrderWizard::SizingPageId));
    QTest::mouseClick(sizing->partialCheck(), Qt::LeftButton);
    typeInto(sizing->sizingSpin(), QStringLiteral("30"));
    QVERIFY(clickNext(wizard));
    QCOMPARE(wizard.techniciansPage()->picker()->chosenIds(), QStringList{roomy->userId});
    QVERIFY(clickNext(wizard));
    QVERIFY(review->loadWarningLabel()->isVisible());
    QVERIFY2(review->loadWarningLabel()->text().contains(roomyName), qPrintable(review->loadWarningLabel()->text()));
    // A warning, not a block.
    QVERIFY(wizard.button(QWizard::NextButton)->isEnabled());
    QVERIFY(review->run());
    saveScreenshot(wizard, QStringLiteral("split-wizard-5-review-warning.png"));
}

// Labels need one request per batch (a bulk PATCH cannot carry them): a pattern of the
// manager's own switches to one by one and says why; choosing bulk anyway is respected and
// says the labels will not be applied.
void TestSplitWizard::labelPatternChoosesOneByOne()
{
    QVERIFY(startSim(QStringLiteral("empty")));
    SplitWorkOrderWizard wizard(m_service.get());
    QVERIFY(fillUpToSizing(wizard, QStringLiteral("ipad"), QStringLiteral("wo-ipad-500"), QStringLiteral("queue-fast-lane"), 100));
    Ui::SplitSizingPage *sizing = wizard.sizingPage();
    const QString defaultPattern = sizing->labelPatternEdit()->text();
    const QString own = QStringLiteral("{queue} {n} of {total}");
    QVERIFY(sizing->bulkRadio()->isChecked());

    typeInto(sizing->labelPatternEdit(), own);
    QVERIFY(sizing->individualRadio()->isChecked());
    QVERIFY2(sizing->modeHelpLabel()->text().contains(QStringLiteral("because you changed the label pattern")),
             qPrintable(sizing->modeHelpLabel()->text()));
    // Back to the default pattern: all at once again.
    typeInto(sizing->labelPatternEdit(), defaultPattern);
    QVERIFY(sizing->bulkRadio()->isChecked());

    // The manager's own choice of bulk holds, and the page says what it costs.
    typeInto(sizing->labelPatternEdit(), own);
    QVERIFY(sizing->individualRadio()->isChecked());
    QTest::mouseClick(sizing->bulkRadio(), Qt::LeftButton);
    QVERIFY(sizing->bulkRadio()->isChecked());
    QVERIFY2(sizing->modeHelpLabel()->text().contains(QStringLiteral("not applied")), qPrintable(sizing->modeHelpLabel()->text()));
    typeInto(sizing->labelPatternEdit(), own + QStringLiteral(" (rush)"));
    QVERIFY(sizing->bulkRadio()->isChecked());
    saveScreenshot(wizard, QStringLiteral("split-wizard-3-sizing-own-labels.png"));

    QVERIFY(clickNext(wizard)); // technicians: none
    QVERIFY(clickNext(wizard)); // review
    Ui::SplitReviewPage *review = wizard.reviewPage();
    QVERIFY2(review->summaryText().startsWith(QStringLiteral("Create 5 batches of 100 in ")), qPrintable(review->summaryText()));
    QVERIFY2(review->summaryText().contains(QStringLiteral("label pattern is not applied")), qPrintable(review->summaryText()));
    QCOMPARE(review->requestList()->topLevelItemCount(), 1); // one PATCH
    QVERIFY(review->detailsPanel()->isHidden());
}

QTEST_MAIN(TestSplitWizard)
#include "tst_splitwizard.moc"
