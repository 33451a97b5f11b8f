// AssignTechniciansWizard against niagara-sim over real HTTP (empty seed, offscreen). Three
// batches of wo-chromebook-120 start with Priya Natarajan as their technician. The wizard,
// driven with QTest: adds two technicians to preselected batches (then undoes it), replaces
// the technicians (then undo restores them), picks batches from the board's store itself,
// and recovers from a failed write with "Retry failed" without duplicate relations. The
// server's relations are read back with plain GETs. Escape during a run stops it (the sim's
// own write count says what reached the server), and Back then finds the choice as it was.
// Also saves every page on the demo seed
// (assign-wizard-*.png next to the binary).

#include "app/i18n/translations.h"
#include "common/simprocess.h"
#include "models/batchstore.h"
#include "models/planning/planningmonitor.h"
#include "models/planning/planningservice.h"
#include "models/planning/writerun.h"
#include "ui/wizards/assigntechnicianswizard.h"
#include "ui/wizards/runprogresswidget.h"
#include "wizarddriver.h"

#include <QCheckBox>
#include <QLabel>
#include <QNetworkAccessManager>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QThreadPool>
#include <QToolButton>
#include <QTreeView>
#include <QTreeWidget>

using namespace BatchDesk;
using BatchDesk::Ui::AssignTechniciansWizard;
using namespace WizardDriver;

class TestAssignWizard final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void addsTwoTechniciansToPreselectedBatches();
    void replaceRemovesOthersAndUndoRestores();
    void picksBatchesInsideTheWizard();
    void retryFailedAddsNoDuplicates();
    void escapeStopsTheRunAndBackKeepsTheChoice();
    void refusalIsRememberedForTheQueue();
    void pagesOnDemoData();
    void offersWhoCanWorkTheQueueAndWarnsBeforeOverloading();

private:
    // Starts the sim and makes three batches of 10 for wo-chromebook-120 with Priya on them.
    bool startWithBatches(const QStringList &simArgs = {});
    QList<AssignmentTarget> seeds() const;
    // Technicians → preview → commit; returns the run once it finished.
    WriteRun *runThrough(AssignTechniciansWizard &wizard, const QStringList &names, bool replace, int expectedChanges);

    std::unique_ptr<TestSupport::SimProcess> m_sim;
    QNetworkAccessManager m_network;
    std::unique_ptr<Niagara::NiagaraClient> m_client;
    std::unique_ptr<PlanningService> m_service;
    QHash<QString, QString> m_users; // name → id
    QList<Niagara::Batch> m_batches;
};

void TestAssignWizard::initTestCase()
{
    (new App::Translations(nullptr, this))->choose(QStringLiteral("en"));
}

void TestAssignWizard::cleanup()
{
    // A page still being decoded is dropped safely when the client goes (NiagaraClient's
    // delivery guard), so the client can go first.
    m_service.reset();
    m_client.reset();
    m_sim.reset();
    m_batches.clear();
}

bool TestAssignWizard::startWithBatches(const QStringList &simArgs)
{
    m_sim = std::make_unique<TestSupport::SimProcess>();
    QString error;
    if (!m_sim->start(QStringLiteral("empty"), simArgs, &error)) {
        qWarning("%s", qPrintable(error));
        return false;
    }
    m_client = std::make_unique<Niagara::NiagaraClient>(&m_network);
    m_client->setBaseUrl(m_sim->baseUrl());
    m_client->setBearerToken(m_sim->managerToken());
    m_service = std::make_unique<PlanningService>(m_client.get());
    m_users = userIdsByName(*m_client, this);
    // Set-up writes go through the client directly; the sim counts them as writes too.
    const auto created = TestSupport::await<Niagara::Done>([&](auto done) {
        return m_client->createBatches(Niagara::BatchSeries{QStringLiteral("wo-chromebook-120"), QStringLiteral("queue-fast-lane"),
                                                            10, 3, {m_users.value(QStringLiteral("Priya Natarajan"))}},
                                       this, done);
    });
    if (!created.ok()) {
        qWarning("%s", qPrintable(created.error.message()));
        return false;
    }
    m_batches = batchesOf(*m_client, this, QStringLiteral("wo-chromebook-120"));
    return m_batches.size() == 3;
}

QList<AssignmentTarget> TestAssignWizard::seeds() const
{
    QList<AssignmentTarget> out;
    for (const Niagara::Batch &b : m_batches)
        out << AssignmentTarget{b.id, b.label, b.queue.id, b.queue.label, {}};
    return out;
}

WriteRun *TestAssignWizard::runThrough(AssignTechniciansWizard &wizard, const QStringList &names, bool replace,
                                       int expectedChanges)
{
    if (!wizard.isVisible()) {
        wizard.show();
        if (!QTest::qWaitForWindowExposed(&wizard))
            return nullptr;
    }
    Ui::AssignTechniciansPage *technicians = wizard.techniciansPage();
    if (wizard.currentPage() != technicians)
        return nullptr;
    for (const QString &name : names) {
        if (!tickTechnician(technicians->picker(), name))
            return nullptr;
    }
    QTest::mouseClick(replace ? technicians->replaceRadio() : technicians->addRadio(), Qt::LeftButton);
    if (!clickNext(wizard))
        return nullptr;
    Ui::AssignPreviewPage *preview = wizard.previewPage();
    if (!QTest::qWaitFor([&] { return !preview->isLoading(); }, 30000))
        return nullptr;
    if (preview->changeList()->topLevelItemCount() != expectedChanges) {
        qWarning("preview lists %d changes, not %d", preview->changeList()->topLevelItemCount(), expectedChanges);
        return nullptr;
    }
    if (wizard.button(QWizard::NextButton)->text() != QLatin1String("Assign") || !clickNext(wizard))
        return nullptr;
    WriteRun *run = wizard.commitPage()->progress()->run();
    if (run == nullptr || !QTest::qWaitFor([&] { return run->isFinished(); }, 120000))
        return nullptr;
    return run;
}

void TestAssignWizard::addsTwoTechniciansToPreselectedBatches()
{
    QVERIFY(startWithBatches());
    AssignTechniciansWizard wizard(m_service.get(), nullptr, seeds());
    QSignalSpy finished(&wizard, &AssignTechniciansWizard::runFinished);
    QCOMPARE(wizard.startId(), int(AssignTechniciansWizard::TechniciansPageId));
    QVERIFY(!wizard.batchesPage());

    WriteRun *run = runThrough(wizard, {QStringLiteral("James Okafor"), QStringLiteral("Sofia Lindqvist")}, false, 6);
    QVERIFY(run);
    QCOMPARE(run->count(ItemState::Succeeded), 6);
    QCOMPARE(finished.count(), 1);
    QVERIFY(finished.at(0).at(0).toBool());
    // The manager's language first; the relations and requests are behind "Details".
    const QString summary = wizard.previewPage()->summaryText();
    QVERIFY2(summary.contains(QStringLiteral("Add James Okafor to 3 batches")), qPrintable(summary));
    QVERIFY2(summary.contains(QStringLiteral("Add Sofia Lindqvist to 3 batches")), qPrintable(summary));
    QVERIFY(!summary.contains(QStringLiteral("relation")));

    QStringList expected{m_users.value(QStringLiteral("Priya Natarajan")), m_users.value(QStringLiteral("James Okafor")),
                         m_users.value(QStringLiteral("Sofia Lindqvist"))};
    expected.sort();
    for (const Niagara::Batch &b : std::as_const(m_batches))
        QCOMPARE(technicianIds(*m_client, this, b.id), expected);

    // Undo takes back exactly what was added.
    Ui::RunProgressWidget *progress = wizard.commitPage()->progress();
    QVERIFY(progress->undoButton()->isEnabled());
    QTest::mouseClick(progress->undoButton(), Qt::LeftButton);
    QVERIFY(progress->undoRun());
    QTRY_VERIFY_WITH_TIMEOUT(progress->undoRun()->isFinished(), 60000);
    QCOMPARE(progress->undoRun()->count(ItemState::Succeeded), 6);
    for (const Niagara::Batch &b : std::as_const(m_batches))
        QCOMPARE(technicianIds(*m_client, this, b.id), QStringList{m_users.value(QStringLiteral("Priya Natarajan"))});
}

void TestAssignWizard::replaceRemovesOthersAndUndoRestores()
{
    QVERIFY(startWithBatches());
    AssignTechniciansWizard wizard(m_service.get(), nullptr, seeds());
    // James replaces Priya on all three: three relations deleted, three created.
    WriteRun *run = runThrough(wizard, {QStringLiteral("James Okafor")}, true, 6);
    QVERIFY(run);
    QCOMPARE(run->count(ItemState::Succeeded), 6);
    int removals = 0;
    for (int i = 0; i < wizard.previewPage()->changeList()->topLevelItemCount(); ++i) {
        if (wizard.previewPage()->changeList()->topLevelItem(i)->text(1) == QLatin1String("Unassign"))
            ++removals;
    }
    QCOMPARE(removals, 3);
    for (const Niagara::Batch &b : std::as_const(m_batches))
        QCOMPARE(technicianIds(*m_client, this, b.id), QStringList{m_users.value(QStringLiteral("James Okafor"))});

    // Undo: Priya is back, James is gone.
    Ui::RunProgressWidget *progress = wizard.commitPage()->progress();
    QTest::mouseClick(progress->undoButton(), Qt::LeftButton);
    QVERIFY(progress->undoRun());
    QTRY_VERIFY_WITH_TIMEOUT(progress->undoRun()->isFinished(), 60000);
    QCOMPARE(progress->undoRun()->count(ItemState::Failed), 0);
    for (const Niagara::Batch &b : std::as_const(m_batches))
        QCOMPARE(technicianIds(*m_client, this, b.id), QStringList{m_users.value(QStringLiteral("Priya Natarajan"))});
}

void TestAssignWizard::picksBatchesInsideTheWizard()
{
    QVERIFY(startWithBatches());
    BatchStore store;
    store.setClient(m_client.get());
    QSignalSpy loaded(&store, &BatchStore::loadFinished);
    store.reload();
    QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 1, 60000);

    AssignTechniciansWizard wizard(m_service.get(), &store, {});
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    Ui::AssignBatchesPage *batches = wizard.batchesPage();
    QVERIFY(batches);
    QCOMPARE(wizard.currentPage(), batches);
    QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());

    // Batches sit under queue → work order rows; the page opens with the queues expanded.
    QTreeView *view = batches->view();
    const std::function<QModelIndex(const QString &, const QModelIndex &)> find =
        [&](const QString &label, const QModelIndex &parent) -> QModelIndex {
        for (int row = 0; row < view->model()->rowCount(parent); ++row) {
            const QModelIndex index = view->model()->index(row, 0, parent);
            if (index.data().toString() == label)
                return index;
            if (const QModelIndex found = find(label, index); found.isValid())
                return found;
        }
        return {};
    };
    const auto click = [&](const Niagara::Batch &batch, Qt::KeyboardModifiers modifiers) {
        const QModelIndex index = find(batch.label, {});
        if (!index.isValid())
            return false;
        view->expand(index.parent());
        view->scrollTo(index);
        QTest::mouseClick(view->viewport(), Qt::LeftButton, modifiers, view->visualRect(index).center());
        return true;
    };
    QVERIFY(click(m_batches.at(1), {}));
    QVERIFY(wizard.button(QWizard::NextButton)->isEnabled());
    // A search that hides every row does not drop the choice.
    typeInto(batches->searchField(), QStringLiteral("no such batch"));
    QCOMPARE(view->model()->rowCount(), 0);
    QCOMPARE(wizard.targets().size(), 1);
    typeInto(batches->searchField(), QString());
    QVERIFY(click(m_batches.at(2), Qt::ControlModifier));
    QCOMPARE(wizard.targets().size(), 2);
    QVERIFY2(batches->summaryText().startsWith(QStringLiteral("2 batches chosen")), qPrintable(batches->summaryText()));
    QCOMPARE(wizard.targets().at(0).batchId, m_batches.at(1).id);
    QCOMPARE(wizard.targets().at(1).batchId, m_batches.at(2).id);
    QCOMPARE(wizard.targets().at(0).queueId, QStringLiteral("queue-fast-lane"));
    QVERIFY(clickNext(wizard));

    WriteRun *run = runThrough(wizard, {QStringLiteral("Ethan Brooks")}, false, 2);
    QVERIFY(run);
    QCOMPARE(run->count(ItemState::Succeeded), 2);
    const QString priya = m_users.value(QStringLiteral("Priya Natarajan"));
    const QString ethan = m_users.value(QStringLiteral("Ethan Brooks"));
    QStringList both{priya, ethan};
    both.sort();
    QCOMPARE(technicianIds(*m_client, this, m_batches.at(0).id), QStringList{priya});
    QCOMPARE(technicianIds(*m_client, this, m_batches.at(1).id), both);
    QCOMPARE(technicianIds(*m_client, this, m_batches.at(2).id), both);
}

void TestAssignWizard::retryFailedAddsNoDuplicates()
{
    // Write 1 is the set-up PATCH; of the wizard's three relation POSTs, #3 is carried out
    // but its answer lost, #4 answered 500 without being carried out.
    QVERIFY(startWithBatches({QStringLiteral("--fail-writes"), QStringLiteral("3:lost,4:500")}));
    m_service->setMaxInFlight(1); // one at a time, so "write 3" is a known item
    AssignTechniciansWizard wizard(m_service.get(), nullptr, seeds());
    WriteRun *run = runThrough(wizard, {QStringLiteral("James Okafor")}, false, 3);
    QVERIFY(run);
    QCOMPARE(run->count(ItemState::Succeeded), 1);
    QCOMPARE(run->count(ItemState::Failed), 2);
    Ui::RunProgressWidget *progress = wizard.commitPage()->progress();
    QVERIFY(progress->retryButton()->isEnabled());
    QVERIFY(progress->statusText().contains(QStringLiteral("2 failed")));
    QTest::mouseClick(progress->retryButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(run->isFinished() && run->count(ItemState::Succeeded) == 3, 60000);
    QVERIFY(!progress->retryButton()->isEnabled());
    // Exactly one James per batch: the lost POST was found, not sent again.
    QStringList expected{m_users.value(QStringLiteral("Priya Natarajan")), m_users.value(QStringLiteral("James Okafor"))};
    expected.sort();
    for (const Niagara::Batch &b : std::as_const(m_batches))
        QCOMPARE(technicianIds(*m_client, this, b.id), expected);
    saveScreenshot(wizard, QStringLiteral("assign-wizard-retried.png"));
}

void TestAssignWizard::escapeStopsTheRunAndBackKeepsTheChoice()
{
    QVERIFY(startWithBatches({QStringLiteral("--test-admin")}));
    const int setUpWrites = simWritesSeen(m_network, m_sim->baseUrl());
    QCOMPARE(setUpWrites, 1); // the set-up PATCH
    const QStringList names{QStringLiteral("James Okafor"), QStringLiteral("Sofia Lindqvist"), QStringLiteral("Ethan Brooks"),
                            QStringLiteral("Aisha Rahman")};
    QStringList ids;
    for (const QString &name : names)
        ids << m_users.value(name);

    AssignTechniciansWizard wizard(m_service.get(), nullptr, seeds());
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    Ui::AssignTechniciansPage *technicians = wizard.techniciansPage();
    for (const QString &name : names)
        QVERIFY2(tickTechnician(technicians->picker(), name), qPrintable(name));
    QTest::mouseClick(technicians->replaceRadio(), Qt::LeftButton);
    QVERIFY(technicians->replaceRadio()->isChecked());
    QVERIFY(clickNext(wizard));
    QTRY_VERIFY_WITH_TIMEOUT(!wizard.previewPage()->isLoading(), 30000);
    constexpr int kChanges = 3 + 3 * 4; // Priya off each batch, the four on each
    QCOMPARE(wizard.previewPage()->changeList()->topLevelItemCount(), kChanges);

    // Every answer now takes 300 ms: the run is still sending when Escape is pressed.
    QVERIFY(setSimFaults(m_network, m_sim->baseUrl(), QStringLiteral("latency=300")));
    QVERIFY(clickNext(wizard)); // "Assign"
    Ui::RunProgressWidget *progress = wizard.commitPage()->progress();
    WriteRun *run = progress->run();
    QVERIFY(run);
    QSignalSpy finished(run, &WriteRun::finished);
    QTRY_VERIFY_WITH_TIMEOUT(run->count(ItemState::Succeeded) >= 1, 30000);
    QVERIFY(!run->isFinished());
    const int answeredBefore = run->count(ItemState::Succeeded) + run->count(ItemState::Failed);
    QTest::keyClick(wizard.focusWidget() ? wizard.focusWidget() : &wizard, Qt::Key_Escape);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 30000);
    // The server saw what went out before Escape and what was in flight then (at most 4).
    const int writes = simWritesSeen(m_network, m_sim->baseUrl()) - setUpWrites;
    QVERIFY2(writes <= answeredBefore + 4 && writes < kChanges,
             qPrintable(QStringLiteral("the server saw %1 writes; %2 were answered before Escape").arg(writes).arg(answeredBefore)));
    QVERIFY(wizard.isVisible());
    QVERIFY(run->wasCancelled());
    QVERIFY(run->count(ItemState::NotAttempted) > 0);
    QCOMPARE(run->count(ItemState::Succeeded) + run->count(ItemState::Failed) + run->count(ItemState::NotAttempted), kChanges);
    QVERIFY(writes <= run->count(ItemState::Succeeded) + run->count(ItemState::Failed));

    // Back to the choice: the same four people, in the order chosen, still replacing.
    QVERIFY(setSimFaults(m_network, m_sim->baseUrl(), QString()));
    QAbstractButton *back = wizard.button(QWizard::BackButton);
    for (int page : {int(AssignTechniciansWizard::PreviewPageId), int(AssignTechniciansWizard::TechniciansPageId)}) {
        QTRY_VERIFY(back->isEnabled());
        QTest::mouseClick(back, Qt::LeftButton);
        QCOMPARE(wizard.currentId(), page);
    }
    QCOMPARE(technicians->picker()->chosenIds(), ids);
    QVERIFY(technicians->replaceRadio()->isChecked());
    QCOMPARE(wizard.targets().size(), qsizetype(3));
    // Nothing more reached the server meanwhile.
    QCOMPARE(simWritesSeen(m_network, m_sim->baseUrl()) - setUpWrites, writes);
}

void TestAssignWizard::refusalIsRememberedForTheQueue()
{
    QVERIFY(startWithBatches());
    AssignTechniciansWizard wizard(m_service.get(), nullptr, seeds());
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    QVERIFY(tickTechnician(wizard.techniciansPage()->picker(), QStringLiteral("James Okafor")));
    QVERIFY(clickNext(wizard));
    QTRY_VERIFY_WITH_TIMEOUT(!wizard.previewPage()->isLoading(), 30000);
    // Signed in again as a technician (no batch:attach) before committing: the server refuses.
    m_client->setBearerToken(m_sim->technicianToken());
    QVERIFY(clickNext(wizard));
    WriteRun *run = wizard.commitPage()->progress()->run();
    QTRY_VERIFY_WITH_TIMEOUT(run->isFinished(), 60000);
    QCOMPARE(run->count(ItemState::Failed), 3);
    const QString message = run->items().at(0).message;
    QVERIFY2(message.contains(QStringLiteral("batch:attach")), qPrintable(message));
    // The service remembers it for the queue (the main window disables the action there) ...
    const std::optional<QString> refusal = m_service->refusal(PlanningAction::Assign, QStringLiteral("queue-fast-lane"));
    QVERIFY(refusal);
    QVERIFY(refusal->contains(QStringLiteral("batch:attach")));
    QVERIFY(!m_service->refusal(PlanningAction::Assign, QStringLiteral("queue-rework")));
    // ... and the preview says so instead of offering the same refusal again.
    QTest::mouseClick(wizard.button(QWizard::BackButton), Qt::LeftButton);
    QTest::mouseClick(wizard.button(QWizard::BackButton), Qt::LeftButton);
    QCOMPARE(wizard.currentId(), int(AssignTechniciansWizard::TechniciansPageId));
    m_client->setBearerToken(m_sim->managerToken());
    QVERIFY(clickNext(wizard));
    QTRY_VERIFY_WITH_TIMEOUT(!wizard.previewPage()->isLoading(), 30000);
    QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
    const QLabel *refusals = wizard.previewPage()->findChild<QLabel *>(QStringLiteral("AssignRefusals"));
    QVERIFY(refusals && refusals->isVisible());
    QVERIFY2(refusals->text().contains(QStringLiteral("batch:attach")), qPrintable(refusals->text()));
    saveScreenshot(wizard, QStringLiteral("assign-wizard-refused.png"));
}

void TestAssignWizard::pagesOnDemoData()
{
    m_sim = std::make_unique<TestSupport::SimProcess>();
    QString error;
    QVERIFY2(m_sim->start(QStringLiteral("demo"), {}, &error), qPrintable(error));
    m_client = std::make_unique<Niagara::NiagaraClient>(&m_network);
    m_client->setBaseUrl(m_sim->baseUrl());
    m_client->setBearerToken(m_sim->managerToken());
    m_service = std::make_unique<PlanningService>(m_client.get());
    BatchStore store;
    store.setClient(m_client.get());
    QSignalSpy loaded(&store, &BatchStore::loadFinished);
    store.reload();
    QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 1, 120000);
    // The picture should show who works the batches (read from relations after the load).
    QTRY_COMPARE_WITH_TIMEOUT(store.pendingTechnicianFetches(), 0, 120000);

    AssignTechniciansWizard wizard(m_service.get(), &store, {});
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    Ui::AssignBatchesPage *batches = wizard.batchesPage();
    typeInto(batches->searchField(), QStringLiteral("NWS iPad Air"));
    // Three batches of one work order, as a manager would pick them.
    QStringList picked;
    store.forEach([&](const BatchRecord &r) {
        if (picked.size() < 3 && r.label.startsWith(QLatin1String("NWS iPad Air")))
            picked << r.id;
    });
    QCOMPARE(picked.size(), 3);
    for (const QString &id : std::as_const(picked))
        batches->setChosen(id, true);
    saveScreenshot(wizard, QStringLiteral("assign-wizard-1-batches.png"));
    QVERIFY(clickNext(wizard));
    for (const QString &name : {QStringLiteral("Mei Chen"), QStringLiteral("Grace Kim")})
        QVERIFY(tickTechnician(wizard.techniciansPage()->picker(), name));
    QTest::mouseClick(wizard.techniciansPage()->replaceRadio(), Qt::LeftButton);
    saveScreenshot(wizard, QStringLiteral("assign-wizard-2-technicians.png"));
    QVERIFY(clickNext(wizard));
    QTRY_VERIFY_WITH_TIMEOUT(!wizard.previewPage()->isLoading(), 30000);
    saveScreenshot(wizard, QStringLiteral("assign-wizard-3-preview.png"));
    QVERIFY(clickNext(wizard));
    WriteRun *run = wizard.commitPage()->progress()->run();
    QTRY_VERIFY_WITH_TIMEOUT(run->isFinished(), 60000);
    QCOMPARE(run->count(ItemState::Failed), 0);
    saveScreenshot(wizard, QStringLiteral("assign-wizard-4-commit.png"));
}

// Issue 16 on the demo: the picker offers only who can work the batches' queue (the rest
// behind "Show all", saying why), and the preview warns before an assignment puts someone over
// the desk's threshold, not before one that fits; the relations wait behind "Details". People,
// batches and loads come from the desk's own figures.
void TestAssignWizard::offersWhoCanWorkTheQueueAndWarnsBeforeOverloading()
{
    m_sim = std::make_unique<TestSupport::SimProcess>();
    QString error;
    QVERIFY2(m_sim->start(QStringLiteral("demo"), {}, &error), qPrintable(error));
    m_client = std::make_unique<Niagara::NiagaraClient>(&m_network);
    m_client->setBaseUrl(m_sim->baseUrl());
    m_client->setBearerToken(m_sim->managerToken());
    m_service = std::make_unique<PlanningService>(m_client.get());
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
    const TechnicianFigures *roomy = nullptr;
    double room = 0;
    for (const TechnicianFigures &t : figures.technicians) {
        const double r = figures.overloadThresholdDays * t.pacePerDay - t.openCycles;
        if (access->contains(t.userId) && t.pacePerDay > 0 && (roomy == nullptr || r > room)) {
            roomy = &t;
            room = r;
        }
    }
    QVERIFY2(roomy != nullptr && room > 0, "someone who can work Imaging Bay has room");

    // Batches of the queue without technicians: all their open cycles go to whoever is added.
    QList<AssignmentTarget> fits;
    QList<AssignmentTarget> overloads;
    double overloadCycles = 0;
    store.forEach([&](const BatchRecord &record) {
        if (record.queueId != queueId || !record.technicians.isEmpty())
            return;
        const Niagara::CycleCounts &c = record.cycles;
        const qint64 open = c[Niagara::StatusCategory::Pending] + c[Niagara::StatusCategory::InProgress]
            + c[Niagara::StatusCategory::Verifying] + c[Niagara::StatusCategory::Blocked];
        if (open <= 0)
            return;
        const AssignmentTarget target{record.id, record.label, queueId, QStringLiteral("Imaging Bay"), {}};
        if (fits.isEmpty() && open < room)
            fits << target;
        if (overloadCycles <= room) {
            overloads << target;
            overloadCycles += static_cast<double>(open);
        }
    });
    QVERIFY2(!fits.isEmpty(), "an unstaffed batch in Imaging Bay fits in the room");
    QVERIFY2(overloadCycles > room, "the unstaffed batches of Imaging Bay would overload the roomiest technician");

    const auto toPreview = [&](AssignTechniciansWizard &wizard, bool checkPicker) -> Ui::AssignPreviewPage * {
        wizard.setPlanningMonitor(&monitor);
        wizard.show();
        if (!QTest::qWaitForWindowExposed(&wizard))
            return nullptr;
        Ui::TechnicianPicker *picker = wizard.techniciansPage()->picker();
        if (!QTest::qWaitFor([&] { return picker->model()->state() == PagedCatalogModel::State::Complete; }, 30000))
            return nullptr;
        if (checkPicker) {
            QAbstractItemView *view = picker->browser()->view();
            QStringList expected;
            QString outsider;
            for (int row = 0; row < picker->model()->rowCount(); ++row) {
                const QString id = picker->model()->idAt(row);
                if (access->contains(id))
                    expected << id;
                else if (outsider.isEmpty())
                    outsider = id;
            }
            QStringList shown = shownValues(view);
            shown.sort();
            expected.sort();
            if (shown != expected || outsider.isEmpty()) {
                qWarning("the picker offers %s, not %s", qPrintable(shown.join(u',')), qPrintable(expected.join(u',')));
                return nullptr;
            }
            QTest::mouseClick(picker->showAllCheck(), Qt::LeftButton);
            const QModelIndex row = findRow(view, outsider);
            const QString reason = row.siblingAtColumn(UserCatalogModel::QueuesColumn).data().toString();
            if (view->model()->rowCount() != picker->model()->rowCount() || !reason.contains(QStringLiteral("cannot work Imaging Bay"))) {
                qWarning("show all: %d rows, the outsider's reason “%s”", view->model()->rowCount(), qPrintable(reason));
                return nullptr;
            }
            QTest::mouseClick(picker->showAllCheck(), Qt::LeftButton);
        }
        if (!tickTechnician(picker, picker->model()->displayName(roomy->userId)) || !clickNext(wizard))
            return nullptr;
        Ui::AssignPreviewPage *preview = wizard.previewPage();
        if (!QTest::qWaitFor([&] { return !preview->isLoading(); }, 30000))
            return nullptr;
        return preview;
    };

    {
        AssignTechniciansWizard wizard(m_service.get(), &store, fits);
        Ui::AssignPreviewPage *preview = toPreview(wizard, true);
        QVERIFY(preview);
        const QString name = wizard.techniciansPage()->picker()->model()->displayName(roomy->userId);
        QCOMPARE(preview->summaryText(), QStringLiteral("Add %1 to 1 batch").arg(name));
        QVERIFY2(preview->loadWarningLabel()->isHidden(), qPrintable(preview->loadWarningLabel()->text()));
        // The relations and their requests: behind "Details", closed at first.
        QVERIFY(preview->detailsPanel()->isHidden());
        QVERIFY(!preview->changeList()->isVisible());
        QTest::mouseClick(preview->detailsToggle(), Qt::LeftButton);
        QVERIFY(preview->changeList()->isVisible());
        QCOMPARE(preview->changeList()->topLevelItemCount(), 1);
    }
    {
        AssignTechniciansWizard wizard(m_service.get(), &store, overloads);
        Ui::AssignPreviewPage *preview = toPreview(wizard, false);
        QVERIFY(preview);
        const QString name = wizard.techniciansPage()->picker()->model()->displayName(roomy->userId);
        QCOMPARE(preview->summaryText(), QStringLiteral("Add %1 to %2").arg(name, overloads.size() == 1
                                                                                      ? QStringLiteral("1 batch")
                                                                                      : QStringLiteral("%1 batches").arg(overloads.size())));
        QVERIFY(preview->loadWarningLabel()->isVisible());
        QVERIFY2(preview->loadWarningLabel()->text().contains(name), qPrintable(preview->loadWarningLabel()->text()));
        // A warning, not a block.
        QVERIFY(preview->run());
        QVERIFY(wizard.button(QWizard::NextButton)->isEnabled());
        saveScreenshot(wizard, QStringLiteral("assign-wizard-3-preview-warning.png"));
    }
}

QTEST_MAIN(TestAssignWizard)
#include "tst_assignwizard.moc"
