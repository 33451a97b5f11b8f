// The wizards' paged catalogs (work orders, queues, users) and their search proxy, all under
// QAbstractItemModelTester: pages fed by hand (one insertion per page, duplicates updated in
// place, census columns, check marks, refresh and failure), then through CatalogPager against
// niagara-sim (paging by cursor, a technician's 403, search fetching the remaining pages).

#include "client/niagaraclient.h"
#include "common/batchfactory.h"
#include "common/simprocess.h"
#include "models/planning/catalogmodels.h"
#include "models/planning/planningservice.h"
#include "models/relations/batchrelationsmodel.h"
#include "models/requestqueue.h"

#include <QAbstractItemModelTester>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

using namespace BatchDesk;
using namespace Qt::StringLiterals;
using Niagara::ApiError;
using State = PagedCatalogModel::State;

namespace {

QList<Niagara::WorkOrder> workOrders(std::initializer_list<const char *> ids)
{
    QList<Niagara::WorkOrder> out;
    for (const char *id : ids)
        out.append(TestSupport::makeWorkOrder(QString::fromLatin1(id)));
    return out;
}

QList<Niagara::User> users(std::initializer_list<std::pair<const char *, const char *>> people)
{
    QList<Niagara::User> out;
    for (const auto &[id, name] : people) {
        Niagara::User u;
        u.id = QString::fromLatin1(id);
        u.name = QString::fromUtf8(name);
        u.email = u.id + QStringLiteral("@demo.batchdesk.test");
        out.append(u);
    }
    return out;
}

QStringList column(const QAbstractItemModel &model, int col = 0, int role = Qt::DisplayRole)
{
    QStringList out;
    for (int row = 0; row < model.rowCount(); ++row)
        out << model.index(row, col).data(role).toString();
    return out;
}

} // namespace

class TestCatalogModels final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void pagesInsertOncePerPage_data();
    void pagesInsertOncePerPage();
    void fetchMoreAsksOnce();
    void technicianAccessProxyFiltersByQueue();
    void censusFillsColumns();
    void queueLoads();
    void failureStopsFetchingUntilRetry();
    void checkMarksSurvivePagingAndRefresh();
    void searchProxyFilters_data();
    void searchProxyFilters();

    // Through CatalogPager against niagara-sim.
    void pagerWalksEveryPage_data();
    void pagerWalksEveryPage();
    void pagerRefreshStartsOver();
    void technicianIsRefusedWorkOrders();
    void searchFetchesRemainingPages();
    void pagerAndRelationsWaitForTheQueue();

private:
    std::unique_ptr<Niagara::NiagaraClient> client(const QString &token);

    QNetworkAccessManager m_network;
    TestSupport::SimProcess m_sim;
};

void TestCatalogModels::initTestCase()
{
    QString error;
    QVERIFY2(m_sim.start(QStringLiteral("empty"), {}, &error), qPrintable(error));
}

std::unique_ptr<Niagara::NiagaraClient> TestCatalogModels::client(const QString &token)
{
    auto c = std::make_unique<Niagara::NiagaraClient>(&m_network);
    c->setBaseUrl(m_sim.baseUrl());
    c->setBearerToken(token);
    return c;
}

void TestCatalogModels::pagesInsertOncePerPage_data()
{
    QTest::addColumn<QList<QStringList>>("pages");
    QTest::addColumn<QStringList>("expectedIds");
    QTest::addColumn<int>("insertions");
    QTest::addColumn<int>("changes");

    QTest::newRow("one page") << QList<QStringList>{{u"a"_s, u"b"_s, u"c"_s}} << QStringList{u"a"_s, u"b"_s, u"c"_s} << 1 << 0;
    QTest::newRow("three pages") << QList<QStringList>{{u"a"_s, u"b"_s}, {u"c"_s, u"d"_s}, {u"e"_s}}
                                 << QStringList{u"a"_s, u"b"_s, u"c"_s, u"d"_s, u"e"_s} << 3 << 0;
    // Cursor drift: "b" comes again on page two; it is updated in place, not listed twice.
    QTest::newRow("duplicate across pages") << QList<QStringList>{{u"a"_s, u"b"_s}, {u"b"_s, u"c"_s}}
                                            << QStringList{u"a"_s, u"b"_s, u"c"_s} << 2 << 1;
    QTest::newRow("page of duplicates only") << QList<QStringList>{{u"a"_s, u"b"_s}, {u"a"_s, u"b"_s}} << QStringList{u"a"_s, u"b"_s}
                                             << 1 << 2;
    QTest::newRow("empty last page") << QList<QStringList>{{u"a"_s}, {}} << QStringList{u"a"_s} << 1 << 0;
}

void TestCatalogModels::pagesInsertOncePerPage()
{
    QFETCH(QList<QStringList>, pages);
    QFETCH(QStringList, expectedIds);
    QFETCH(int, insertions);
    QFETCH(int, changes);

    WorkOrderCatalogModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy states(&model, &PagedCatalogModel::stateChanged);
    for (qsizetype p = 0; p < pages.size(); ++p) {
        QList<Niagara::WorkOrder> items;
        for (const QString &id : pages.at(p)) {
            Niagara::WorkOrder wo = TestSupport::makeWorkOrder(id);
            if (p > 0)
                wo.label += QStringLiteral(" (again)"); // a duplicate carries newer data
            items.append(wo);
        }
        const bool more = p + 1 < pages.size();
        model.appendItems(items, more, 99);
        QCOMPARE(model.state(), more ? State::Idle : State::Complete);
        QCOMPARE(model.canFetchMore({}), more);
    }
    QCOMPARE(column(model, 0, PagedCatalogModel::IdRole), expectedIds);
    QCOMPARE(inserted.count(), insertions);
    QCOMPARE(changed.count(), changes);
    QCOMPARE(model.totalCount(), 99);
    QVERIFY(!states.isEmpty());
    for (const QString &id : expectedIds)
        QCOMPARE(model.rowOf(id), int(expectedIds.indexOf(id)));
}

void TestCatalogModels::fetchMoreAsksOnce()
{
    UserCatalogModel model;
    QSignalSpy asked(&model, &PagedCatalogModel::fetchRequested);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    // The tester itself asked for more when it was attached (as views do).
    QCOMPARE(asked.count(), 1);
    QCOMPARE(model.state(), State::Loading);
    // While a page is on its way, asking again sends nothing more.
    model.fetchMore({});
    QCOMPARE(asked.count(), 1);
    // A row has nothing below it.
    model.appendItems(users({{"u1", "Priya"}}), true, 2);
    QVERIFY(!model.canFetchMore(model.index(0, 0)));
    model.fetchMore(model.index(0, 0));
    QCOMPARE(asked.count(), 1);
    model.fetchMore({});
    QCOMPARE(asked.count(), 2);
    model.appendItems(users({{"u2", "James"}}), false, 2);
    QVERIFY(!model.canFetchMore({}));
    model.fetchMore({});
    QCOMPARE(asked.count(), 2);
    QCOMPARE(column(model), (QStringList{u"Priya"_s, u"James"_s}));
    QCOMPARE(model.displayName(QStringLiteral("u2")), QStringLiteral("James"));
    QCOMPARE(model.displayName(QStringLiteral("nobody")), QStringLiteral("nobody"));
}

void TestCatalogModels::technicianAccessProxyFiltersByQueue()
{
    UserCatalogModel model;
    TechnicianAccessProxy proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.appendItems(users({{"u1", "Priya"}, {"u2", "James"}, {"u3", "Mei"}}), false, 3);
    QCOMPARE(proxy.rowCount(), 3); // no target queue: everybody
    // Imaging Bay is worked by Priya and Mei: James is behind "show all", with the reason.
    proxy.setTargetQueues({{QStringLiteral("q-img"), QStringLiteral("Imaging Bay"),
                            QStringList{QStringLiteral("u1"), QStringLiteral("u3")}}});
    QCOMPARE(proxy.rowCount(), 2);
    QCOMPARE(proxy.hiddenCount(), 1);
    QVERIFY(proxy.canWork(QStringLiteral("u1")));
    QVERIFY(proxy.reasonFor(QStringLiteral("u2")).contains(QLatin1String("Imaging Bay")));
    proxy.setShowAll(true);
    QCOMPARE(proxy.rowCount(), 3);
    int james = -1;
    for (int r = 0; r < proxy.rowCount(); ++r) {
        if (proxy.index(r, 0).data().toString() == QLatin1String("James"))
            james = r;
    }
    QVERIFY(james >= 0);
    QVERIFY(proxy.index(james, 0).data(TechnicianAccessProxy::AccessReasonRole).toString().contains(QLatin1String("Imaging Bay")));
    proxy.setShowAll(false);
    // More users arrive (the next page): the filter applies to them too.
    model.appendItems(users({{"u4", "Liam"}}), false, 4);
    QCOMPARE(proxy.rowCount(), 2);
    // A queue whose technicians are not known restricts nobody.
    proxy.setTargetQueues({{QStringLiteral("q-x"), QStringLiteral("Rework"), std::nullopt}});
    QCOMPARE(proxy.rowCount(), 4);
    QCOMPARE(proxy.unknownQueueLabels(), QStringList{QStringLiteral("Rework")});
}

void TestCatalogModels::censusFillsColumns()
{
    WorkOrderCatalogModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setCurrentTime(QDateTime(QDate(2027, 1, 1), QTime(0, 0), Qt::UTC));
    QList<Niagara::WorkOrder> items = workOrders({"wo-a", "wo-b"});
    items[1].dueDate = QDateTime(QDate(2026, 6, 1), QTime(8, 0), Qt::UTC); // overdue
    model.appendItems(items, false, 2);
    using M = WorkOrderCatalogModel;
    QCOMPARE(model.index(0, M::NeededColumn).data().toString(), QStringLiteral("500"));
    QCOMPARE(model.index(0, M::BatchedColumn).data().toString(), QStringLiteral("…"));
    QVERIFY(!model.index(0, 0).data(M::CyclesRemainingRole).isValid());
    QVERIFY(!model.index(0, 0).data(M::OverdueRole).toBool());
    QVERIFY(model.index(1, 0).data(M::OverdueRole).toBool());
    QVERIFY(model.index(1, M::DueColumn).data().toString().contains(QStringLiteral("overdue")));

    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.setUsage({{QStringLiteral("wo-a"), WorkOrderUsage{120, 12}}, {QStringLiteral("wo-b"), WorkOrderUsage{600, 3}}});
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.at(0).at(0).toModelIndex(), model.index(0, M::BatchedColumn));
    QCOMPARE(changed.at(0).at(1).toModelIndex(), model.index(1, M::RemainingColumn));
    QCOMPARE(model.index(0, M::BatchedColumn).data().toString(), QStringLiteral("120"));
    QCOMPARE(model.index(0, M::RemainingColumn).data().toString(), QStringLiteral("380"));
    QCOMPARE(model.index(0, 0).data(M::CyclesRemainingRole).toLongLong(), 380);
    // More in batches than needed: nothing remains, never a negative number.
    QCOMPARE(model.index(1, M::RemainingColumn).data().toString(), QStringLiteral("0"));
    QVERIFY(model.index(0, 0).data(PagedCatalogModel::SearchTextRole).toString().contains(QStringLiteral("Northwind")));
}

void TestCatalogModels::queueLoads()
{
    QueueCatalogModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.appendItems({TestSupport::makeQueue(QStringLiteral("q-fast"), 0), TestSupport::makeQueue(QStringLiteral("q-rework"), 1)},
                      false, 2);
    using M = QueueCatalogModel;
    QCOMPARE(column(model, M::PriorityColumn), (QStringList{u"0"_s, u"1"_s}));
    QCOMPARE(model.index(0, M::LocationColumn).data().toString(), QStringLiteral("Albany Provisioning"));
    QCOMPARE(model.index(0, M::BatchesColumn).data().toString(), QStringLiteral("…"));
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.setLoads({{QStringLiteral("q-fast"), QueueLoad{60, 50, 480, 57}}});
    QCOMPARE(changed.count(), 1);
    QCOMPARE(model.index(0, M::BatchesColumn).data().toString(), QStringLiteral("50"));
    QCOMPARE(model.index(0, M::CyclesColumn).data().toString(), QStringLiteral("480"));
    QCOMPARE(model.index(0, 0).data(M::HighestOrderRole).toLongLong(), 57);
    // A queue without batches has no load.
    QCOMPARE(model.index(1, M::BatchesColumn).data().toString(), QStringLiteral("0"));
}

void TestCatalogModels::failureStopsFetchingUntilRetry()
{
    QueueCatalogModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QSignalSpy asked(&model, &PagedCatalogModel::fetchRequested);
    model.fetchMore({});
    const int before = int(asked.count());
    model.pageFailed(ApiError::fromHttpStatus(Niagara::Operation::ListQueues, 403, std::nullopt));
    QCOMPARE(model.state(), State::Failed);
    QCOMPARE(model.error().kind(), ApiError::Kind::Forbidden);
    // Views scroll and ask; a failed catalog does not hammer the server.
    QVERIFY(!model.canFetchMore({}));
    model.fetchMore({});
    QCOMPARE(asked.count(), before);
    model.retryAfterFailure();
    QCOMPARE(model.state(), State::Idle);
    QCOMPARE(model.error().kind(), ApiError::Kind::None);
    model.fetchMore({});
    QCOMPARE(asked.count(), before + 1);
    model.pageAbandoned();
    QCOMPARE(model.state(), State::Idle);
}

void TestCatalogModels::checkMarksSurvivePagingAndRefresh()
{
    UserCatalogModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setCheckable(true);
    QSignalSpy checked(&model, &PagedCatalogModel::checkedIdsChanged);
    // Chosen before they are loaded (a wizard restoring its inputs): checked when they arrive.
    model.setCheckedIds({QStringLiteral("u3"), QStringLiteral("u1")});
    QCOMPARE(checked.count(), 1);
    model.appendItems(users({{"u1", "Priya"}, {"u2", "James"}}), true, 3);
    QVERIFY(model.flags(model.index(0, 0)) & Qt::ItemIsUserCheckable);
    QVERIFY(!(model.flags(model.index(0, 1)) & Qt::ItemIsUserCheckable));
    QCOMPARE(model.index(0, 0).data(Qt::CheckStateRole).toInt(), int(Qt::Checked));
    QCOMPARE(model.index(1, 0).data(Qt::CheckStateRole).toInt(), int(Qt::Unchecked));
    model.appendItems(users({{"u3", "Sofia"}}), false, 3);
    QCOMPARE(model.index(2, 0).data(Qt::CheckStateRole).toInt(), int(Qt::Checked));

    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QVERIFY(model.setData(model.index(1, 0), Qt::Checked, Qt::CheckStateRole));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(model.checkedIds(), (QStringList{u"u3"_s, u"u1"_s, u"u2"_s})); // in the order chosen
    QVERIFY(model.setData(model.index(2, 0), Qt::Unchecked, Qt::CheckStateRole));
    QCOMPARE(model.checkedIds(), (QStringList{u"u1"_s, u"u2"_s}));
    QCOMPARE(checked.count(), 3);

    // A refresh removes every row but keeps the choices.
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    model.clear();
    QCOMPARE(removed.count(), 1);
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.state(), State::Idle);
    QVERIFY(model.canFetchMore({}));
    QCOMPARE(model.checkedIds(), (QStringList{u"u1"_s, u"u2"_s}));
    model.appendItems(users({{"u2", "James"}}), false, 1);
    QCOMPARE(model.index(0, 0).data(Qt::CheckStateRole).toInt(), int(Qt::Checked));
}

void TestCatalogModels::searchProxyFilters_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("empty shows all") << QString() << QStringList{u"Priya Natarajan"_s, u"James Okafor"_s, u"Sofia Lindqvist"_s};
    QTest::newRow("case-insensitive") << QStringLiteral("PRIYA") << QStringList{u"Priya Natarajan"_s};
    QTest::newRow("every word must match") << QStringLiteral("o  ka") << QStringList{u"James Okafor"_s};
    QTest::newRow("email matches") << QStringLiteral("u3@") << QStringList{u"Sofia Lindqvist"_s};
    QTest::newRow("no match") << QStringLiteral("zara") << QStringList();
}

void TestCatalogModels::searchProxyFilters()
{
    QFETCH(QString, text);
    QFETCH(QStringList, expected);
    UserCatalogModel model;
    CatalogSearchProxy proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.appendItems(users({{"u1", "Priya Natarajan"}, {"u2", "James Okafor"}, {"u3", "Sofia Lindqvist"}}), false, 3);
    proxy.setText(text);
    QCOMPARE(proxy.isSearching(), !text.trimmed().isEmpty());
    QCOMPARE(column(proxy), expected);
    // Rows arriving later are filtered too.
    model.clear();
    model.appendItems(users({{"u2", "James Okafor"}, {"u1", "Priya Natarajan"}}), false, 2);
    QStringList again;
    for (const QString &name : {QStringLiteral("James Okafor"), QStringLiteral("Priya Natarajan")}) {
        if (expected.contains(name) || text.isEmpty())
            again << name;
    }
    QCOMPARE(column(proxy), again);
}

void TestCatalogModels::pagerWalksEveryPage_data()
{
    QTest::addColumn<int>("pageSize");
    QTest::addColumn<int>("pages");
    QTest::newRow("ten per page") << 10 << 3;
    QTest::newRow("all at once") << 100 << 1;
    QTest::newRow("seven per page") << 7 << 4;
}

void TestCatalogModels::pagerWalksEveryPage()
{
    QFETCH(int, pageSize);
    QFETCH(int, pages);
    auto c = client(m_sim.managerToken());
    UserCatalogModel model;
    CatalogPager pager(c.get(), &model);
    pager.setPageSize(pageSize);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    // The tester asked for the first page as it attached; scroll on like a view would.
    QTRY_VERIFY_WITH_TIMEOUT(model.state() != State::Loading, 30000);
    while (model.canFetchMore({})) {
        model.fetchMore({});
        QTRY_VERIFY_WITH_TIMEOUT(model.state() != State::Loading, 30000);
    }
    QCOMPARE(model.state(), State::Complete);
    QCOMPARE(model.rowCount(), 25); // every seeded user, once
    QCOMPARE(model.totalCount(), 25);
    QCOMPARE(inserted.count(), pages);
    QCOMPARE(pager.pagesLoaded(), pages);
    QCOMPARE(model.index(0, 0).data().toString(), QStringLiteral("Dana Whitfield"));
    QCOMPARE(model.index(24, 0).data().toString(), QStringLiteral("Zara Patel"));
}

void TestCatalogModels::pagerRefreshStartsOver()
{
    auto c = client(m_sim.managerToken());
    WorkOrderCatalogModel workOrders;
    QueueCatalogModel queues;
    CatalogPager woPager(c.get(), &workOrders);
    CatalogPager queuePager(c.get(), &queues);
    woPager.setPageSize(2);
    QAbstractItemModelTester woTester(&workOrders, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester queueTester(&queues, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QTRY_COMPARE_WITH_TIMEOUT(queues.state(), State::Complete, 30000);
    QCOMPARE(column(queues), (QStringList{u"Fast Lane"_s, u"Rework"_s}));
    QTRY_COMPARE_WITH_TIMEOUT(workOrders.rowCount(), 2, 30000);
    QCOMPARE(workOrders.state(), State::Idle);
    QCOMPARE(workOrders.index(0, WorkOrderCatalogModel::NeededColumn).data().toString(), QStringLiteral("500"));

    QSignalSpy removed(&workOrders, &QAbstractItemModel::rowsRemoved);
    QSignalSpy inserted(&workOrders, &QAbstractItemModel::rowsInserted);
    woPager.refresh();
    QCOMPARE(removed.count(), 1);
    QCOMPARE(workOrders.rowCount(), 0);
    QTRY_COMPARE_WITH_TIMEOUT(workOrders.rowCount(), 2, 30000);
    QCOMPARE(inserted.count(), 1); // the first page only: the rest comes when asked for
    // start() on a loaded catalog sends nothing.
    woPager.start();
    QCOMPARE(workOrders.state(), State::Idle);
    QVERIFY(!woPager.isBusy());
    workOrders.fetchMore({});
    QTRY_COMPARE_WITH_TIMEOUT(workOrders.state(), State::Complete, 30000);
    QCOMPARE(column(workOrders, 0, PagedCatalogModel::IdRole),
             (QStringList{u"wo-ipad-500"_s, u"wo-chromebook-120"_s, u"wo-macbook-40"_s, u"wo-latitude-2000"_s}));
}

void TestCatalogModels::technicianIsRefusedWorkOrders()
{
    auto c = client(m_sim.technicianToken());
    Niagara::RetryPolicy policy = c->retryPolicy();
    policy.maxAttempts = 1;
    c->setRetryPolicy(policy);
    WorkOrderCatalogModel model;
    CatalogPager pager(c.get(), &model);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QTRY_COMPARE_WITH_TIMEOUT(model.state(), State::Failed, 30000);
    QCOMPARE(model.error().kind(), ApiError::Kind::Forbidden);
    QVERIFY2(model.error().message().contains(QStringLiteral("work-order:all")), qPrintable(model.error().message()));
    QCOMPARE(model.rowCount(), 0);
    // Retrying with the same token is refused the same way; nothing is loaded meanwhile.
    pager.retry();
    QCOMPARE(model.state(), State::Loading);
    QTRY_COMPARE_WITH_TIMEOUT(model.state(), State::Failed, 30000);
    // Signed in as a manager, the retry loads.
    c->setBearerToken(m_sim.managerToken());
    pager.retry();
    QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(), 4, 30000);
}

void TestCatalogModels::searchFetchesRemainingPages()
{
    auto c = client(m_sim.managerToken());
    UserCatalogModel model;
    CatalogPager pager(c.get(), &model);
    pager.setPageSize(5);
    CatalogSearchProxy proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::Fatal);
    pager.start();
    QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(), 5, 30000);
    // Nobody scrolled: no more pages, and no request under way that could bring one.
    QCOMPARE(pager.pagesLoaded(), 1);
    QCOMPARE(c->pendingCount(), 0);
    QCOMPARE(model.rowCount(), 5);
    // Zara Patel is on the last page: searching keeps fetching until she shows.
    proxy.setText(QStringLiteral("zara"));
    QTRY_COMPARE_WITH_TIMEOUT(proxy.rowCount(), 1, 30000);
    QCOMPARE(proxy.index(0, 0).data().toString(), QStringLiteral("Zara Patel"));
    QTRY_COMPARE_WITH_TIMEOUT(model.state(), State::Complete, 30000);
    QCOMPARE(model.rowCount(), 25);
    QCOMPARE(pager.pagesLoaded(), 5);
    // Clearing the search shows everyone that was loaded.
    proxy.setText({});
    QCOMPARE(proxy.rowCount(), 25);
}

// Built from the planning service, the wizards' catalogs and the detail pane's relations take
// their turn in the service's request queue, the app's one bound on requests in flight: with
// its only slot taken they send nothing, and they go once it is free.
void TestCatalogModels::pagerAndRelationsWaitForTheQueue()
{
    auto c = client(m_sim.managerToken());
    PlanningService service(c.get());
    RequestQueue *queue = service.requestQueue();
    service.setMaxInFlight(1);
    RequestQueue::Done blocker;
    QObject holder;
    queue->enqueue(&holder, [&blocker](RequestQueue::Done done) { blocker = done; });
    QCOMPARE(queue->inFlight(), 1);

    QueueCatalogModel queues;
    CatalogPager pager(&service, &queues);
    QAbstractItemModelTester tester(&queues, QAbstractItemModelTester::FailureReportingMode::Fatal);
    pager.start();
    BatchRelationsModel relations(&service);
    QAbstractItemModelTester relationsTester(&relations, QAbstractItemModelTester::FailureReportingMode::Fatal);
    relations.setBatch(QStringLiteral("no-such-batch"));
    QVERIFY(pager.isBusy());
    QCOMPARE(queue->queued(&pager), 1);
    QCOMPARE(queue->queued(&relations), 1);
    QCOMPARE(relations.state(), BatchRelationsModel::State::Loading);
    QCOMPARE(queue->inFlight(), 1);

    blocker(); // the slot is free: one after the other, never two at once
    QTRY_COMPARE_WITH_TIMEOUT(queues.state(), PagedCatalogModel::State::Complete, 30000);
    QCOMPARE(column(queues), (QStringList{u"Fast Lane"_s, u"Rework"_s}));
    QTRY_COMPARE_WITH_TIMEOUT(relations.state(), BatchRelationsModel::State::Gone, 30000);
    QCOMPARE(queue->peakInFlight(), 1);
    QTRY_COMPARE(queue->inFlight(), 0);
}

QTEST_MAIN(TestCatalogModels)
#include "tst_catalogmodels.moc"
