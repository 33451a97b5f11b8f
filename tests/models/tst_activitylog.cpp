// The Activity log and its model without a server: records survive a "restart" (a new log on
// the same folder), a damaged file starts an empty list with a warning, old and surplus
// entries are pruned, the file and its folder are the owner's only, and "can undo" turns off
// in place when a deadline passes (ActivityModel under QAbstractItemModelTester), and two
// instances of the app on one server share the file without losing each other's records.

#include "models/planning/activitylog.h"
#include "models/planning/activitymodel.h"
#include "models/planning/planningservice.h"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace BatchDesk;

namespace {

const QDateTime kStart = QDateTime(QDate(2024, 3, 4), QTime(9, 0), Qt::UTC);

ActivityRecord splitRecord(const QDateTime &finished, int batches, const QString &summary = {})
{
    ActivityRecord r;
    r.kind = ActivityRecord::Kind::Split;
    r.finishedAt = finished;
    r.userId = QStringLiteral("user-dana");
    r.summary = summary.isEmpty() ? QStringLiteral("Split Provision 500 iPad into %1 batches in Imaging Bay").arg(batches)
                                  : summary;
    r.succeeded = batches;
    r.undoDeadline = finished.addSecs(600);
    for (int i = 0; i < batches; ++i)
        r.createdBatches.append({QStringLiteral("batch-%1").arg(i), QStringLiteral("iPad %1/%2").arg(i + 1).arg(batches),
                                 QStringLiteral("queue-imaging"), QStringLiteral("Imaging Bay")});
    return r;
}

ActivityRecord assignmentRecord(const QDateTime &finished)
{
    ActivityRecord r;
    r.kind = ActivityRecord::Kind::Assignment;
    r.finishedAt = finished;
    r.summary = QStringLiteral("Assigned Ana to 1 batch in Imaging Bay, replacing Ben");
    r.succeeded = 1;
    r.failed = 1;
    r.outcome = ActivityRecord::Outcome::PartlyDone;
    r.problem = QStringLiteral("Refused in queue “Imaging Bay”");
    r.undoDeadline = finished.addSecs(600);
    r.addedRelations.append({QStringLiteral("batch-1"), QStringLiteral("iPad 1"), QStringLiteral("queue-imaging"),
                             QStringLiteral("Imaging Bay"), QStringLiteral("rel-9"), QStringLiteral("technician"),
                             QStringLiteral("user-ana"), QStringLiteral("Ana")});
    r.removedRelations.append({QStringLiteral("batch-1"), QStringLiteral("iPad 1"), QStringLiteral("queue-imaging"),
                               QStringLiteral("Imaging Bay"), QStringLiteral("rel-3"), QStringLiteral("technician"),
                               QStringLiteral("user-ben"), QStringLiteral("Ben")});
    return r;
}

} // namespace

class TestActivityLog final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void recordsSurviveARestart()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QList<ActivityRecord> written;
        {
            ActivityLog log(dir.path());
            log.setClock([] { return kStart; });
            log.setProfileId(QStringLiteral("profile-a"));
            QVERIFY(log.records().isEmpty());
            written.append(splitRecord(kStart.addSecs(-60), 3));
            written.last().id = log.add(written.last());
            written.append(assignmentRecord(kStart));
            written.last().id = log.add(written.last());
            log.markUndone(written.first().id);
            written.first().undone = true;
            QVERIFY(log.lastError().isEmpty());
        }
        // A new object on the same folder: what a restart of the app reads.
        ActivityLog reloaded(dir.path());
        reloaded.setClock([] { return kStart; });
        reloaded.setProfileId(QStringLiteral("profile-a"));
        QCOMPARE(reloaded.records(), written);
        // Another server has its own list.
        reloaded.setProfileId(QStringLiteral("profile-b"));
        QVERIFY(reloaded.records().isEmpty());
        QVERIFY(ActivityLog::pathFor(dir.path(), QStringLiteral("profile-a"))
                != ActivityLog::pathFor(dir.path(), QStringLiteral("profile-b")));
    }

    void fileIsTheOwnersOnly()
    {
        QTemporaryDir dir;
        ActivityLog log(dir.path());
        log.setProfileId(QStringLiteral("https://niagara.example/ profile"));
        log.add(splitRecord(QDateTime::currentDateTimeUtc(), 2));
        const QString path = log.filePath();
        // <dataDir>/activity/<first 32 hex of sha256(profile id)>.json: the name tells nothing.
        QVERIFY(QRegularExpression(QStringLiteral("/activity/[0-9a-f]{32}\\.json$")).match(path).hasMatch());
        QVERIFY(!path.contains(QStringLiteral("niagara")));
        QVERIFY(QFileInfo::exists(path));
        // Owner, group and other (Qt's "user" bits repeat the owner's for our own files).
        constexpr int posix = 0x7077;
        QCOMPARE(QFile::permissions(path) & posix, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        const auto dirPermissions = QFile::permissions(QFileInfo(path).absolutePath()) & posix;
        QCOMPARE(dirPermissions, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    }

    void damagedFileStartsEmpty_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::newRow("not json") << QByteArray("{\"records\": [ {\"id\": ");
        QTest::newRow("no records") << QByteArray("{\"version\": 1}");
        QTest::newRow("array") << QByteArray("[1, 2, 3]");
        QTest::newRow("binary") << QByteArray("\x00\xff\x13garbage", 10);
    }

    void damagedFileStartsEmpty()
    {
        QFETCH(QByteArray, content);
        QTemporaryDir dir;
        const QString profile = QStringLiteral("profile-a");
        const QString path = ActivityLog::pathFor(dir.path(), profile);
        QVERIFY(QDir().mkpath(QFileInfo(path).absolutePath()));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(content);
        file.close();

        ActivityLog log(dir.path());
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("activity file .* is damaged")));
        log.setProfileId(profile);
        QVERIFY(log.records().isEmpty());
        // The next record replaces the damaged file with a good one.
        const QString id = log.add(splitRecord(QDateTime::currentDateTimeUtc(), 1));
        ActivityLog reloaded(dir.path());
        reloaded.setProfileId(profile);
        QCOMPARE(reloaded.records().size(), 1);
        QCOMPARE(reloaded.records().constFirst().id, id);
    }

    void unreadableRecordsAreSkipped()
    {
        QTemporaryDir dir;
        const QString profile = QStringLiteral("profile-a");
        {
            ActivityLog log(dir.path());
            log.setProfileId(profile);
            log.add(splitRecord(QDateTime::currentDateTimeUtc(), 1));
        }
        const QString path = ActivityLog::pathFor(dir.path(), profile);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QByteArray json = file.readAll();
        file.close();
        json.replace("\"records\":[", "\"records\":[{\"id\":\"x\"},42,");
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(json);
        file.close();
        ActivityLog log(dir.path());
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("skipped 2 unreadable")));
        log.setProfileId(profile);
        QCOMPARE(log.records().size(), 1);
    }

    void oldAndSurplusEntriesArePruned()
    {
        QTemporaryDir dir;
        QDateTime now = kStart;
        ActivityLog log(dir.path());
        log.setClock([&now] { return now; });
        log.setProfileId(QStringLiteral("profile-a"));
        PlanningService service(nullptr);
        service.setClock([&now] { return now; });
        ActivityModel model(&log, &service);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);

        // Two entries from 31 and 29 days ago (a restart weeks later) ...
        log.add(splitRecord(now.addDays(-31), 1, QStringLiteral("month old")));
        QCOMPARE(log.records().size(), 0); // older than kKeepDays: gone at once
        log.add(splitRecord(now.addDays(-29), 1, QStringLiteral("29 days")));
        QCOMPARE(log.records().size(), 1);
        now = now.addDays(2);
        // ... the 29-day one is 31 days old when the next is added.
        log.add(splitRecord(now, 1, QStringLiteral("fresh")));
        QCOMPARE(log.records().size(), 1);
        QCOMPARE(log.records().constFirst().summary, QStringLiteral("fresh"));

        // Only the last kMaxEntries stay.
        for (int i = 0; i < ActivityLog::kMaxEntries + 5; ++i)
            log.add(splitRecord(now.addSecs(i), 1, QStringLiteral("entry %1").arg(i)));
        QCOMPARE(log.records().size(), ActivityLog::kMaxEntries);
        QCOMPARE(model.rowCount(), ActivityLog::kMaxEntries);
        QCOMPARE(log.records().constFirst().summary, QStringLiteral("entry 5"));
        QCOMPARE(model.index(0).data(ActivityModel::SummaryRole).toString(),
                 QStringLiteral("entry %1").arg(ActivityLog::kMaxEntries + 4)); // newest first

        // The file holds the same after a restart; entries that aged out meanwhile are dropped.
        ActivityLog reloaded(dir.path());
        QDateTime later = now.addDays(ActivityLog::kKeepDays).addSecs(100);
        reloaded.setClock([&later] { return later; });
        reloaded.setProfileId(QStringLiteral("profile-a"));
        QCOMPARE(reloaded.records().size(), 105); // entries 100..204 remain
        QCOMPARE(reloaded.records().constFirst().summary, QStringLiteral("entry 100"));
    }

    void reopeningAnOldFileRelaysOutOnce()
    {
        // Records older than the keep window are pruned on load and the file rewritten: one
        // relayout for the load, none for the write's merge of what the file still held.
        QTemporaryDir dir;
        QDateTime now = kStart;
        {
            ActivityLog log(dir.path());
            log.setClock([&now] { return now; });
            log.setProfileId(QStringLiteral("profile-a"));
            // Written while all three were within the window.
            now = kStart.addDays(-40);
            log.add(splitRecord(now, 1, QStringLiteral("old")));
            now = kStart.addDays(-38);
            log.add(splitRecord(now, 1, QStringLiteral("older")));
            now = kStart.addDays(-20);
            log.add(splitRecord(now, 2, QStringLiteral("recent")));
            QCOMPARE(log.records().size(), 3);
        }
        now = kStart;
        ActivityLog log(dir.path());
        log.setClock([&now] { return now; });
        QSignalSpy reloads(&log, &ActivityLog::aboutToReload);
        QSignalSpy reloaded(&log, &ActivityLog::reloaded);
        log.setProfileId(QStringLiteral("profile-a"));
        QCOMPARE(reloads.count(), 1);
        QCOMPARE(reloaded.count(), 1);
        QCOMPARE(log.records().size(), 1);
        QCOMPARE(log.records().first().summary, QStringLiteral("recent"));
        ActivityLog reader(dir.path());
        reader.setClock([&now] { return now; });
        reader.setProfileId(QStringLiteral("profile-a"));
        QCOMPARE(reader.records().size(), 1);
    }

    void twoWindowsOnOneServerShareTheList()
    {
        // Two instances of the app on one server write one file: neither loses the other's
        // records, each sees the other's, and a split is undone by one of them only.
        QTemporaryDir dir;
        QDateTime now = kStart;
        ActivityLog a(dir.path());
        ActivityLog b(dir.path());
        for (ActivityLog *log : {&a, &b}) {
            log->setClock([&now] { return now; });
            log->setProfileId(QStringLiteral("profile-a"));
        }
        PlanningService serviceA(nullptr);
        PlanningService serviceB(nullptr);
        serviceA.setActivityLog(&a);
        serviceB.setActivityLog(&b);
        for (PlanningService *service : {&serviceA, &serviceB})
            service->setClock([&now] { return now; });
        ActivityModel model(&a, &serviceA);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);

        const QString first = a.add(splitRecord(now.addSecs(-120), 2, QStringLiteral("from A")));
        const QString second = b.add(splitRecord(now.addSecs(-60), 3, QStringLiteral("from B")));
        const QString third = a.add(assignmentRecord(now));

        // The file holds all three, whoever wrote last.
        ActivityLog reader(dir.path());
        reader.setClock([&now] { return now; });
        reader.setProfileId(QStringLiteral("profile-a"));
        QCOMPARE(reader.records().size(), 3);
        QCOMPARE(reader.records().at(0).id, first);
        QCOMPARE(reader.records().at(1).id, second);
        QCOMPARE(reader.records().at(2).id, third);

        // A took B's record in when it wrote; B sees A's later one when the file changes.
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.index(1).data(ActivityModel::RecordIdRole).toString(), second);
        QTRY_COMPARE(b.records().size(), 3);

        // B undoes A's split; A's Undo then makes nothing, and A's list says it is undone.
        WriteRun *undo = serviceB.createUndoRun(b.find(first).value());
        QVERIFY(undo);
        QCOMPARE(undo->items().size(), 2);
        QVERIFY(!serviceA.createUndoRun(a.find(first).value()));
        QVERIFY(a.find(first)->undone);
        QVERIFY(!model.index(2).data(ActivityModel::CanUndoRole).toBool());
        QVERIFY(!a.claimUndo(first));
        // The other records are still A's to undo, once.
        QVERIFY(a.claimUndo(second));
        QVERIFY(!b.claimUndo(second));

        // A later write by A keeps B's undo (an undone flag is never lost in a merge).
        ActivityRecord changed = a.find(third).value();
        changed.problem = QStringLiteral("retried");
        a.update(changed);
        ActivityLog again(dir.path());
        again.setClock([&now] { return now; });
        again.setProfileId(QStringLiteral("profile-a"));
        QVERIFY(again.find(first)->undone);
        QVERIFY(again.find(second)->undone);
        QCOMPARE(again.find(third)->problem, QStringLiteral("retried"));
        QVERIFY(!again.find(third)->undone);
    }

    void undoTurnsOffWhenTheDeadlinePasses()
    {
        QTemporaryDir dir;
        QDateTime now = kStart;
        ActivityLog log(dir.path());
        log.setClock([&now] { return now; });
        log.setProfileId(QStringLiteral("profile-a"));
        PlanningService service(nullptr);
        service.setClock([&now] { return now; });
        service.setActivityLog(&log);
        ActivityModel model(&log, &service);
        model.setRefreshInterval(10);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        QSignalSpy changes(&model, &QAbstractItemModel::dataChanged);

        const QString early = log.add(splitRecord(now.addSecs(-300), 2, QStringLiteral("early")));
        const QString late = log.add(assignmentRecord(now));
        ActivityRecord deletion;
        deletion.kind = ActivityRecord::Kind::Delete;
        deletion.finishedAt = now;
        deletion.summary = QStringLiteral("Deleted 2 batches in Imaging Bay");
        deletion.succeeded = 2;
        log.add(deletion);
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.index(0).data(ActivityModel::KindRole).toInt(), int(ActivityRecord::Kind::Delete));
        QCOMPARE(model.index(1).data(ActivityModel::RecordIdRole).toString(), late);
        QCOMPARE(model.index(2).data(ActivityModel::RecordIdRole).toString(), early);
        QVERIFY(!model.index(0).data(ActivityModel::CanUndoRole).toBool()); // deletions are not undone
        QVERIFY(model.index(1).data(ActivityModel::CanUndoRole).toBool());
        QVERIFY(model.index(2).data(ActivityModel::CanUndoRole).toBool());
        QCOMPARE(model.index(2).data(ActivityModel::DeadlineRole).toDateTime(), now.addSecs(300));
        QVERIFY(model.index(2).data(ActivityModel::UndoHintRole).toString().contains(QLatin1String("5 more minute")));
        QCOMPARE(model.index(1).data(ActivityModel::OutcomeRole).toInt(), int(ActivityRecord::Outcome::PartlyDone));

        // The early one's window ends; the timer turns its Undo off in place.
        now = now.addSecs(301);
        changes.clear();
        QTRY_VERIFY(!model.index(2).data(ActivityModel::CanUndoRole).toBool());
        QVERIFY(model.index(1).data(ActivityModel::CanUndoRole).toBool());
        bool told = false;
        for (const QList<QVariant> &args : std::as_const(changes)) {
            const auto roles = args.at(2).value<QList<int>>();
            if (args.at(0).toModelIndex().row() == 2 && roles.contains(ActivityModel::CanUndoRole))
                told = true;
        }
        QVERIFY(told);
        QCOMPARE(resets.count(), 0);
        QVERIFY(model.index(2).data(ActivityModel::UndoHintRole).toString().contains(QLatin1String("ended")));
        // The service agrees: no undo run for an expired record, even from a stored copy.
        QVERIFY(!service.canUndo(log.find(early).value()));
        QVERIFY(!service.createUndoRun(log.find(early).value()));
        QVERIFY(!model.undo(2));

        // Within its window, a record is undone once: the second ask gets nothing.
        WriteRun *undo = service.createUndoRun(log.find(late).value());
        QVERIFY(undo);
        QCOMPARE(undo->kind(), WriteRun::Kind::Undo);
        QCOMPARE(undo->items().size(), 2);
        QCOMPARE(undo->items().at(0).action, WriteItem::Action::RemoveTechnician);
        QCOMPARE(undo->items().at(0).relationId, QStringLiteral("rel-9"));
        QCOMPARE(undo->items().at(1).action, WriteItem::Action::AddTechnician);
        QCOMPARE(undo->items().at(1).userId, QStringLiteral("user-ben"));
        QVERIFY(log.find(late)->undone);
        QVERIFY(!model.index(1).data(ActivityModel::CanUndoRole).toBool());
        QVERIFY(!service.createUndoRun(log.find(late).value()));
        QCOMPARE(resets.count(), 0);
    }
};

QTEST_GUILESS_MAIN(TestActivityLog)
#include "tst_activitylog.moc"
