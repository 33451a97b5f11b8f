// The Activity panel over a log fed by hand: newest first, Undo enabled for the current entry
// only while its window lasts (the minutes left in the tooltip), disabled with the reason after
// (the deadline passing turns it off without a click), and the empty state.

#include "models/planning/activitylog.h"
#include "models/planning/activitymodel.h"
#include "models/planning/planningservice.h"
#include "ui/planning/activitypanel.h"

#include <QAction>
#include <QLabel>
#include <QListView>
#include <QTemporaryDir>
#include <QTest>

using namespace BatchDesk;

class TestActivityPanel final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void undoFollowsTheWindow()
    {
        QTemporaryDir dir;
        QDateTime now = QDateTime::currentDateTimeUtc();
        ActivityLog log(dir.path());
        log.setProfileId(QStringLiteral("profile"));
        PlanningService service(nullptr);
        service.setClock([&now] { return now; });
        service.setActivityLog(&log);
        ActivityModel model(&log, &service);
        model.setRefreshInterval(10);
        Ui::ActivityPanel panel(&model);
        panel.resize(420, 300);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        QVERIFY(panel.emptyLabel()->isVisible());
        QVERIFY(!panel.undoAction()->isEnabled());

        ActivityRecord split;
        split.kind = ActivityRecord::Kind::Split;
        split.finishedAt = now;
        split.summary = QStringLiteral("Split Provision 500 iPad into 16 batches in Imaging Bay");
        split.succeeded = 16;
        split.undoDeadline = now.addSecs(600);
        split.createdBatches.append({QStringLiteral("b1"), QStringLiteral("iPad 1/16"), QStringLiteral("q"),
                                    QStringLiteral("Imaging Bay")});
        log.add(split);
        ActivityRecord deletion;
        deletion.kind = ActivityRecord::Kind::Delete;
        deletion.finishedAt = now.addSecs(5);
        deletion.summary = QStringLiteral("Deleted 2 batches in Imaging Bay");
        deletion.succeeded = 2;
        log.add(deletion);
        QVERIFY(!panel.emptyLabel()->isVisible());

        // Newest first: the deletion, which has no undo, and why.
        QListView *list = panel.list();
        QCOMPARE(list->model()->rowCount(), 2);
        QVERIFY(list->model()->index(0, 0).data().toString().startsWith(deletion.summary));
        QVERIFY(list->model()->index(0, 0).data().toString().contains(QLatin1String("Done: 2 of 2")));
        list->setCurrentIndex(list->model()->index(0, 0));
        QVERIFY(!panel.undoAction()->isEnabled());
        QVERIFY(panel.undoAction()->toolTip().contains(QLatin1String("cannot be brought back")));

        // The split: Undo, with the minutes left.
        list->setCurrentIndex(list->model()->index(1, 0));
        QVERIFY(panel.undoAction()->isEnabled());
        QVERIFY2(panel.undoAction()->toolTip().contains(QLatin1String("10 more minute")),
                 qPrintable(panel.undoAction()->toolTip()));
        now = now.addSecs(301);
        QTRY_VERIFY(panel.undoAction()->toolTip().contains(QLatin1String("5 more minute")));
        QVERIFY(panel.undoAction()->isEnabled());

        // The window ends while the entry is selected: Undo turns off by itself, with the reason.
        now = now.addSecs(300);
        QTRY_VERIFY(!panel.undoAction()->isEnabled());
        QVERIFY(panel.undoAction()->toolTip().contains(QLatin1String("undo window ended")));
        panel.undoAction()->trigger(); // does nothing
        QCOMPARE(log.records().size(), 2);
        QVERIFY(!log.records().constFirst().undone);
    }
};

QTEST_MAIN(TestActivityPanel)
#include "tst_activitypanel.moc"
