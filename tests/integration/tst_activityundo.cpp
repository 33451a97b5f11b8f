// Undo outlives the wizard (issue 16, item 5), against niagara-sim: a split made through the
// planning service is recorded in the Activity log; the service and the log are destroyed (the
// wizard closed, the app quit) and made again from the file; the undo from the stored record
// deletes the batches (checked with raw HTTP GETs). After the deadline nothing is undone, and
// the in-memory undo (the wizard's) and the record's are one: whichever comes first.

#include "client/niagaraclient.h"
#include "common/awaitoutcome.h"
#include "common/httpcall.h"
#include "common/serverstate.h"
#include "common/simprocess.h"
#include "models/planning/activitylog.h"
#include "models/planning/activitymodel.h"
#include "models/planning/planningservice.h"

#include <QAbstractItemModelTester>
#include <QNetworkAccessManager>
#include <QTemporaryDir>
#include <QTest>

using namespace BatchDesk;
using namespace Niagara;
using TestSupport::SimProcess;

namespace {

constexpr char kMacbook[] = "wo-macbook-40";
constexpr char kFastLane[] = "queue-fast-lane";
constexpr char kProfile[] = "profile-sim";
constexpr int kRunTimeoutMs = 120000;

SplitInput macbookInput()
{
    SplitInput in;
    in.workOrderId = QString::fromLatin1(kMacbook);
    in.workOrderLabel = QStringLiteral("MacBook refresh");
    in.queueId = QString::fromLatin1(kFastLane);
    in.queueLabel = QStringLiteral("Fast Lane");
    in.cyclesNeeded = 40;
    in.sizing = SizingMode::BatchSize;
    in.sizingValue = 20;
    return in;
}

// The app's pieces that live across a "restart": a log on the data folder and a service.
struct App
{
    App(const QString &dataDir, NiagaraClient *client)
        : log(dataDir)
        , service(client)
    {
        log.setProfileId(QString::fromLatin1(kProfile));
        service.setActivityLog(&log);
        service.setCurrentUserId(QStringLiteral("user-dana"));
    }
    ActivityLog log;
    PlanningService service;
};

} // namespace

class TestActivityUndo final : public QObject
{
    Q_OBJECT

private:
    QNetworkAccessManager m_nam;
    std::unique_ptr<SimProcess> m_sim;
    std::unique_ptr<NiagaraClient> m_client;

    int rawStatus(const QString &batchId)
    {
        const QUrl url(m_sim->baseUrl().toString() + QStringLiteral("/batches/") + batchId);
        return TestSupport::httpCall(m_nam, "GET", url, m_sim->managerToken()).status;
    }

    // Splits the MacBook work order into two batches through `app`; their ids.
    QStringList split(App &app)
    {
        WriteRun *run = app.service.createSplitRun(SplitPlan::compute(macbookInput()), CreationMode::Bulk);
        if (!TestSupport::runToEnd(run, false, kRunTimeoutMs) || run->count(ItemState::Succeeded) != 2)
            return {};
        QStringList ids;
        for (const WriteItem &item : run->items())
            ids << item.batchId;
        return ids;
    }

private Q_SLOTS:
    void init()
    {
        m_client.reset();
        m_sim = std::make_unique<SimProcess>();
        QString error;
        QVERIFY2(m_sim->start(QStringLiteral("empty"), {}, &error), qPrintable(error));
        m_client = std::make_unique<NiagaraClient>(&m_nam);
        m_client->setBaseUrl(m_sim->baseUrl());
        m_client->setBearerToken(m_sim->managerToken());
    }

    void splitIsUndoneAfterARestart()
    {
        QTemporaryDir dataDir;
        QStringList created;
        QString recordId;
        {
            App app(dataDir.path(), m_client.get());
            created = split(app);
            QCOMPARE(created.size(), 2);
            QCOMPARE(app.log.records().size(), 1);
            const ActivityRecord &r = app.log.records().constFirst();
            recordId = r.id;
            QCOMPARE(r.kind, ActivityRecord::Kind::Split);
            QCOMPARE(r.outcome, ActivityRecord::Outcome::Done);
            QCOMPARE(r.succeeded, 2);
            QCOMPARE(r.userId, QStringLiteral("user-dana"));
            QCOMPARE(r.summary, QStringLiteral("Split MacBook refresh into 2 batch(es) in Fast Lane"));
            QCOMPARE(r.undoDeadline, r.finishedAt.addSecs(600));
            QStringList recorded;
            for (const ActivityBatch &b : r.createdBatches)
                recorded << b.batchId;
            QCOMPARE(recorded, created);
        } // the wizard closed, the app quit: nothing of the run is left in memory
        for (const QString &id : std::as_const(created))
            QCOMPARE(rawStatus(id), 200);

        {
            App app(dataDir.path(), m_client.get());
            ActivityModel model(&app.log, &app.service);
            QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
            QCOMPARE(model.rowCount(), 1);
            QVERIFY(model.index(0).data(ActivityModel::CanUndoRole).toBool());
            WriteRun *undo = model.undo(0);
            QVERIFY(undo);
            QSignalSpy finished(undo, &WriteRun::finished);
            QVERIFY(finished.wait(kRunTimeoutMs));
            QCOMPARE(undo->count(ItemState::Succeeded), 2);
            // The undo's own entry, newest first; the split is marked undone.
            QCOMPARE(model.rowCount(), 2);
            QCOMPARE(model.index(0).data(ActivityModel::KindRole).toInt(), int(ActivityRecord::Kind::Undo));
            QCOMPARE(model.index(0).data(ActivityModel::SummaryRole).toString(),
                     QStringLiteral("Undo of “Split MacBook refresh into 2 batch(es) in Fast Lane”"));
            QCOMPARE(app.log.records().constLast().undoOf, recordId);
            QVERIFY(!model.index(1).data(ActivityModel::CanUndoRole).toBool());
        }
        // The server has them no more.
        for (const QString &id : std::as_const(created))
            QCOMPARE(rawStatus(id), 404);

        // Another restart: the record stays undone (no second undo).
        App app(dataDir.path(), m_client.get());
        const auto record = app.log.find(recordId);
        QVERIFY(record);
        QVERIFY(record->undone);
        QVERIFY(!app.service.createUndoRun(*record));
    }

    void storedRecordPastItsDeadlineIsNotUndone()
    {
        QTemporaryDir dataDir;
        QStringList created;
        {
            App app(dataDir.path(), m_client.get());
            created = split(app);
            QCOMPARE(created.size(), 2);
        }
        App app(dataDir.path(), m_client.get());
        const ActivityRecord record = app.log.records().constFirst();
        QDateTime now = record.finishedAt.addSecs(599);
        app.service.setClock([&now] { return now; });
        QVERIFY(app.service.canUndo(record));
        now = record.finishedAt.addSecs(601);
        QVERIFY(!app.service.canUndo(record));
        QVERIFY(!app.service.createUndoRun(record));
        for (const QString &id : std::as_const(created))
            QCOMPARE(rawStatus(id), 200);
    }

    void wizardAndListShareOneUndo()
    {
        QTemporaryDir dataDir;
        App app(dataDir.path(), m_client.get());
        WriteRun *run = app.service.createSplitRun(SplitPlan::compute(macbookInput()), CreationMode::Bulk);
        QVERIFY(TestSupport::runToEnd(run, false, kRunTimeoutMs));
        const ActivityRecord record = app.log.records().constFirst();
        // The list undoes first: the wizard that made the run offers no undo any more.
        QVERIFY(app.service.canUndo(run));
        WriteRun *undo = app.service.createUndoRun(record);
        QVERIFY(undo);
        QVERIFY(!app.service.canUndo(run));
        QVERIFY(!app.service.createUndoRun(run));
        QVERIFY(TestSupport::runToEnd(undo, false, kRunTimeoutMs));
        QCOMPARE(undo->count(ItemState::Succeeded), 2);

        // The wizard undoes first: the list's entry is undone too.
        WriteRun *again = app.service.createSplitRun(SplitPlan::compute(macbookInput()), CreationMode::Bulk);
        QVERIFY(TestSupport::runToEnd(again, false, kRunTimeoutMs));
        const ActivityRecord second = app.log.records().constLast();
        QCOMPARE(second.kind, ActivityRecord::Kind::Split);
        QVERIFY(app.service.canUndo(second));
        QVERIFY(app.service.createUndoRun(again));
        QVERIFY(app.log.find(second.id)->undone);
        QVERIFY(!app.service.canUndo(second));
    }
};

QTEST_MAIN(TestActivityUndo)
#include "tst_activityundo.moc"
