// Tests of the SAX decoders against fixtures written for BatchDesk (tests/fixtures/), in both
// revisions of the contract, and against malformed variants derived from them.

#include "client/decode.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <algorithm>

using namespace Niagara;

namespace {

QByteArray fixture(const char *name)
{
    QFile file(QStringLiteral(BATCHDESK_FIXTURES_DIR "/") + QLatin1String(name));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", name);
    return file.readAll();
}

std::string_view view(const QByteArray &bytes)
{
    return {bytes.constData(), static_cast<std::size_t>(bytes.size())};
}

QDateTime utc(int y, int mo, int d, int h, int mi, int s, int ms = 0)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi, s, ms), Qt::UTC);
}

const QString kRemove = QStringLiteral("<remove>");

// Sets (or removes) the value at a '/'-separated path; numeric parts index arrays.
QJsonValue setAt(const QJsonValue &node, QStringList path, const QString &rawValue)
{
    const QString head = path.takeFirst();
    const bool remove = rawValue == kRemove;
    QJsonValue value;
    if (!remove && path.isEmpty())
        value = QJsonDocument::fromJson(QByteArray("[") + rawValue.toUtf8() + QByteArray("]")).array().at(0);
    if (node.isArray()) {
        QJsonArray array = node.toArray();
        const int i = head.toInt();
        if (!path.isEmpty())
            array[i] = setAt(array.at(i), path, rawValue);
        else if (remove)
            array.removeAt(i);
        else if (i == array.size())
            array.append(value);
        else
            array[i] = value;
        return array;
    }
    QJsonObject object = node.toObject();
    if (!path.isEmpty())
        object[head] = setAt(object.value(head), path, rawValue);
    else if (remove)
        object.remove(head);
    else
        object[head] = value;
    return object;
}

// Note: QJsonObject writes keys in alphabetical order, so "_links" and "assigned_users" come
// before "batch_id" in mutated pages (which matters for DecodeIssue::itemId).
QByteArray mutated(const QByteArray &json, const QString &path, const QString &rawValue)
{
    const QJsonValue root = QJsonDocument::fromJson(json).object();
    return QJsonDocument(setAt(root, path.split(QLatin1Char('/')), rawValue).toObject()).toJson(QJsonDocument::Compact);
}

QStringList ids(const QList<Batch> &batches)
{
    QStringList out;
    for (const Batch &b : batches)
        out << b.id;
    return out;
}

} // namespace

class TestDecode final : public QObject
{
    Q_OBJECT

private slots:
    void seedRevisionPage();
    void laterRevisionPage();
    void mixedRevisionsAndSortKeys();
    void lastPageAbsentCountsNullStatus();
    void unknownFieldsIgnored();
    void singleBatch_data();
    void singleBatch();
    void pageShapes_data();
    void pageShapes();
    void queuePage();
    void workOrderPageBothCycleShapes();
    void userPageAndMe();
    void rolePage();
    void cyclePage();
    void malformedRoles_data();
    void malformedRoles();
    void relations();
    void malformedBatchItem_data();
    void malformedBatchItem();
    void badItemsInWireOrder();
    void itemsThatAreNotObjects();
    void malformedItemsOfOtherPages_data();
    void malformedItemsOfOtherPages();
    void envelopeErrors_data();
    void envelopeErrors();
    void syntaxErrorInLaterItemDiscardsEarlierItems();
    void singleObjectErrors_data();
    void singleObjectErrors();
    void problems_data();
    void problems();
    void validationMessages();
    void notProblems_data();
    void notProblems();
    void dateTimes_data();
    void dateTimes();
    void asyncEqualsSync();
    void nestingIsCapped_data();
    void nestingIsCapped();
    void negativeTotalCountKeepsThePage();
};

void TestDecode::seedRevisionPage()
{
    const QByteArray json = fixture("batches_seed.json");
    const auto result = Decode::batchPage(view(json));
    QVERIFY2(result, qPrintable(result.error.path + QLatin1Char(' ') + result.error.message));
    const Page<Batch> &page = *result.value;
    QCOMPARE(page.totalCount, 9);
    QCOMPARE(page.limit, 25);
    QCOMPARE(page.offset, std::optional<QString>(QStringLiteral("c2VlZDoz")));
    QCOMPARE(page.nextHref, QStringLiteral("https://api.niagara.test/batches?limit=25&offset=c2VlZDoz"));
    QVERIFY(page.skipped.isEmpty());
    QCOMPARE(ids(page.items), QStringList({QStringLiteral("B-2024-0101"), QStringLiteral("B-2024-0102"),
                                           QStringLiteral("B-2024-0103")}));

    const Batch &b = page.items.at(0);
    QCOMPARE(b.label, QStringLiteral("Lakeshore iPads cart 1"));
    QCOMPARE(b.created, utc(2024, 1, 15, 8, 30, 0));
    QCOMPARE(b.updated, utc(2024, 2, 3, 11, 45, 9, 123));
    QCOMPARE(b.order, SortKey::fromNumber(0));
    QCOMPARE(b.numberCycles, 4);
    QCOMPARE(b.cycles[StatusCategory::Pending], 2);
    QCOMPARE(b.cycles[StatusCategory::InProgress], 1);
    QCOMPARE(b.cycles[StatusCategory::Complete], 1);
    QCOMPARE(b.cycles.total(), 4);
    QVERIFY(b.currentStatus);
    QCOMPARE(b.currentStatus->category, StatusCategory::InProgress);
    QCOMPARE(b.currentStatus->label, QStringLiteral("Imaging"));
    QCOMPARE(b.currentStatus->description, QStringLiteral("Being imaged"));
    QCOMPARE(b.currentStatus->order, std::optional<double>(2));
    QCOMPARE(b.selfHref, QStringLiteral("https://api.niagara.test/batches/B-2024-0101"));
    QVERIFY(b.assignedUsers.isEmpty());
    QCOMPARE(b.totalAssignedUsers, std::nullopt);

    const Queue &q = b.queue;
    QCOMPARE(q.id, QStringLiteral("imaging-bay-2"));
    QCOMPARE(q.label, QStringLiteral("Imaging Bay 2"));
    QCOMPARE(q.priority, SortKey::fromNumber(3));
    QCOMPARE(q.totalBatches, std::optional<qint64>(12));
    QVERIFY(q.totalWorkOrders);
    QCOMPARE((*q.totalWorkOrders)[StatusCategory::Complete], 5);
    QCOMPARE(q.activeCycles, std::optional<qint64>(31));
    QVERIFY(q.location);
    QCOMPARE(q.location->id, QStringLiteral("columbus-depot"));
    QCOMPARE(q.location->locationType, QStringLiteral("facility"));
    QCOMPARE(q.location->address.locality, QStringLiteral("Columbus"));
    QCOMPARE(q.location->address.subPremise, QStringLiteral("Dock B"));
    QCOMPARE(q.location->formattedAddress,
             QStringLiteral("Columbus Depot\n88 Depot Street Building 4\nColumbus OH 43215 USA"));

    const WorkOrder &wo = b.workOrder;
    QCOMPARE(wo.id, QStringLiteral("wo-101"));
    QCOMPARE(wo.workOrderType, QStringLiteral("device"));
    QCOMPARE(wo.dueDate, utc(2024, 3, 1, 21, 0, 0));
    QCOMPARE(wo.cycles.size(), 1);
    QCOMPARE(wo.cycles.at(0).needed, 4);
    QCOMPARE(wo.cycles.at(0).counts[StatusCategory::Pending], 2);
    QVERIFY(wo.cycles.at(0).workFlow);
    QCOMPARE(wo.cycles.at(0).workFlow->id, QStringLiteral("ipad-imaging")); // seed: entity_id
    QCOMPARE(wo.cycles.at(0).workFlow->workflowVersion, std::optional<qint64>(12));
    QCOMPARE(wo.cycles.at(0).workFlow->appliesTo, QStringLiteral("UNIT"));
    QVERIFY(wo.project);
    QCOMPARE(wo.project->id, QStringLiteral("ipad-refresh-2024"));
    QVERIFY(!wo.project->startDate.isValid()); // null in the fixture
    QCOMPARE(wo.project->endDate, utc(2024, 8, 31, 2, 0, 0)); // 22:00-04:00
    QCOMPARE(wo.project->customer.allowedStatuses.size(), 6);
    QCOMPARE(wo.project->customer.allowedStatuses.at(5).category, StatusCategory::Cancelled);
    QCOMPARE(wo.project->customer.allowedStatuses.at(5).description, QString()); // null
    QCOMPARE(wo.project->customer.totalProjects, std::optional<qint64>(7));
    QCOMPARE(wo.project->program.id, QStringLiteral("k12-devices"));
    QVERIFY(!wo.project->program.endDate.isValid());
    QCOMPARE(wo.project->program.allowedStatuses.size(), 2);

    QCOMPARE(page.items.at(1).currentStatus->category, StatusCategory::Blocked);
    QCOMPARE(page.items.at(2).order, SortKey::fromNumber(2.5));
}

void TestDecode::laterRevisionPage()
{
    const QByteArray json = fixture("batches_later.json");
    const auto result = Decode::batchPage(view(json));
    QVERIFY2(result, qPrintable(result.error.path + QLatin1Char(' ') + result.error.message));
    const Page<Batch> &page = *result.value;
    QVERIFY(page.skipped.isEmpty());
    QCOMPARE(page.items.size(), 3);
    const Batch &b = page.items.at(0);
    QCOMPARE(b.order, SortKey::fromString(QStringLiteral("a")));
    QCOMPARE(b.queue.priority, SortKey::fromString(QStringLiteral("b")));
    QCOMPARE(b.queue.totalWorkOrders, std::nullopt);
    QCOMPARE(b.queue.totalBatches, std::nullopt);
    QCOMPARE(b.queue.activeBatches, std::optional<qint64>(9));
    QCOMPARE(b.cycles[StatusCategory::Verifying], 1);
    QCOMPARE(b.cycles.total(), 4); // needed/additional/active/in_active are not categories
    QCOMPARE(b.workOrder.cycles.size(), 1);
    QCOMPARE(b.workOrder.cycles.at(0).needed, 4);
    QCOMPARE(b.workOrder.cycles.at(0).counts[StatusCategory::Complete], 1);
    QCOMPARE(b.workOrder.cycles.at(0).workFlow->id, QStringLiteral("ipad-imaging")); // work_flow_id
    QCOMPARE(b.totalAssignedUsers, std::optional<qint64>(2));
    QCOMPARE(b.assignedUsers.size(), 2);
    QCOMPARE(b.assignedUsers.at(1).name, QStringLiteral("Marcus O'Neill"));
    QCOMPARE(b.assignedUsers.at(0).email, QStringLiteral("priya.natarajan@lakeshore-tech.test"));
    QCOMPARE(page.items.at(1).currentStatus->category, StatusCategory::Complete);
    QVERIFY(!page.items.at(2).currentStatus); // null
}

void TestDecode::mixedRevisionsAndSortKeys()
{
    const QByteArray json = fixture("batches_mixed.json");
    const auto result = Decode::batchPage(view(json));
    QVERIFY(result);
    QList<Batch> items = result.value->items;
    QCOMPARE(items.size(), 4);
    QVERIFY(items.at(0).order.isNumber());
    QVERIFY(!items.at(1).order.isNumber());
    QCOMPARE(items.at(0).workOrder.cycles.size(), 1);
    QCOMPARE(items.at(1).workOrder.cycles.size(), 1);

    // Numbers before strings, numbers numerically, strings lexically.
    QVERIFY(SortKey::fromNumber(2) < SortKey::fromString(QStringLiteral("a")));
    QVERIFY(SortKey::fromNumber(10) > SortKey::fromNumber(2));
    QVERIFY(SortKey::fromString(QStringLiteral("a0")) < SortKey::fromString(QStringLiteral("b")));
    std::stable_sort(items.begin(), items.end(), [](const Batch &l, const Batch &r) { return l.order < r.order; });
    QStringList orders;
    for (const Batch &b : items)
        orders << b.order.toString();
    QCOMPARE(orders, QStringList({QStringLiteral("0"), QStringLiteral("2.5"), QStringLiteral("a"), QStringLiteral("b")}));
}

void TestDecode::lastPageAbsentCountsNullStatus()
{
    const QByteArray json = fixture("batches_last.json");
    const auto result = Decode::batchPage(view(json));
    QVERIFY2(result, qPrintable(result.error.path + QLatin1Char(' ') + result.error.message));
    const Page<Batch> &page = *result.value;
    QCOMPARE(page.offset, std::nullopt);
    QVERIFY(page.nextHref.isEmpty());
    QCOMPARE(page.items.size(), 1);
    const Batch &b = page.items.at(0);
    QVERIFY(!b.currentStatus);
    QCOMPARE(b.numberCycles, 1);
    QCOMPARE(b.cycles[StatusCategory::Complete], 1);
    QCOMPARE(b.cycles[StatusCategory::Pending], 0);
    QCOMPARE(b.cycles.total(), 1);
    QVERIFY(b.queue.totalWorkOrders);
    QCOMPARE(b.queue.totalWorkOrders->total(), 0);
    QCOMPARE(b.workOrder.cycles.size(), 1);
    QCOMPARE(b.workOrder.cycles.at(0).needed, 0);
    QCOMPARE(b.workOrder.cycles.at(0).counts.total(), 0);
}

void TestDecode::unknownFieldsIgnored()
{
    const QByteArray json = fixture("batch_single.json");
    const auto plain = Decode::batch(view(json));
    QVERIFY(plain);
    QByteArray extended = mutated(json, QStringLiteral("zz_future"), QStringLiteral(R"({"a":[[{"b":{}}],[]],"c":null})"));
    extended = mutated(extended, QStringLiteral("queue/colour"), QStringLiteral(R"("teal")"));
    extended = mutated(extended, QStringLiteral("work_order/cycles/0/work_flow/steps/extra"),
                       QStringLiteral(R"({"on_start":[{"x":[1,2,{"y":"z"}]}]})"));
    extended = mutated(extended, QStringLiteral("_links/nter:batch-queue"), QStringLiteral(R"({"href":42})"));
    const auto withExtras = Decode::batch(view(extended));
    QVERIFY2(withExtras, qPrintable(withExtras.error.path + QLatin1Char(' ') + withExtras.error.message));
    QCOMPARE(*withExtras.value, *plain.value);
}

void TestDecode::singleBatch_data()
{
    QTest::addColumn<QByteArray>("fixtureName");
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("order");
    QTest::addColumn<int>("assigned");
    QTest::newRow("seed") << QByteArray("batch_single.json") << QStringLiteral("B-2024-0101") << QStringLiteral("0") << 0;
    QTest::newRow("later") << QByteArray("batch_single_later.json") << QStringLiteral("B-2024-0201") << QStringLiteral("a") << 2;
}

void TestDecode::singleBatch()
{
    QFETCH(QByteArray, fixtureName);
    QFETCH(QString, id);
    QFETCH(QString, order);
    QFETCH(int, assigned);
    const QByteArray json = fixture(fixtureName.constData());
    const auto result = Decode::batch(view(json));
    QVERIFY2(result, qPrintable(result.error.path + QLatin1Char(' ') + result.error.message));
    QCOMPARE(result.value->id, id);
    QCOMPARE(result.value->order.toString(), order);
    QCOMPARE(result.value->assignedUsers.size(), assigned);
    QCOMPARE(result.value->queue.label, QStringLiteral("Imaging Bay 2"));
}

// Every page shape decodes completely with the right envelope.
void TestDecode::pageShapes_data()
{
    QTest::addColumn<QByteArray>("fixtureName");
    QTest::addColumn<int>("items");
    QTest::addColumn<qint64>("total");
    QTest::addColumn<bool>("lastPage");
    QTest::newRow("batches seed") << QByteArray("batches_seed.json") << 3 << qint64(9) << false;
    QTest::newRow("batches later") << QByteArray("batches_later.json") << 3 << qint64(9) << false;
    QTest::newRow("batches mixed") << QByteArray("batches_mixed.json") << 4 << qint64(12) << false;
    QTest::newRow("batches last") << QByteArray("batches_last.json") << 1 << qint64(10) << true;
    QTest::newRow("queues") << QByteArray("queues_page.json") << 3 << qint64(5) << false;
    QTest::newRow("work orders") << QByteArray("work_orders_page.json") << 2 << qint64(2) << true;
    QTest::newRow("users") << QByteArray("users_page.json") << 2 << qint64(14) << false;
    QTest::newRow("relations") << QByteArray("relations_page.json") << 2 << qint64(2) << true;
}

void TestDecode::pageShapes()
{
    QFETCH(QByteArray, fixtureName);
    QFETCH(int, items);
    QFETCH(qint64, total);
    QFETCH(bool, lastPage);
    const QByteArray json = fixture(fixtureName.constData());
    const std::string_view body = view(json);
    auto check = [&](const auto &result) {
        QVERIFY2(result, qPrintable(result.error.path + QLatin1Char(' ') + result.error.message));
        QCOMPARE(result.value->items.size(), items);
        QVERIFY(result.value->skipped.isEmpty());
        QCOMPARE(result.value->totalCount, total);
        QCOMPARE(result.value->limit, 25);
        QCOMPARE(!result.value->offset.has_value(), lastPage);
        QCOMPARE(result.value->nextHref.isEmpty(), lastPage);
    };
    if (fixtureName.startsWith("batches"))
        check(Decode::batchPage(body));
    else if (fixtureName.startsWith("queues"))
        check(Decode::queuePage(body));
    else if (fixtureName.startsWith("work_orders"))
        check(Decode::workOrderPage(body));
    else if (fixtureName.startsWith("users"))
        check(Decode::userPage(body));
    else
        check(Decode::relationPage(body));
}

void TestDecode::queuePage()
{
    const QByteArray json = fixture("queues_page.json");
    const auto result = Decode::queuePage(view(json));
    QVERIFY(result);
    const QList<Queue> &queues = result.value->items;
    QCOMPARE(queues.size(), 3);
    QCOMPARE(queues.at(0).priority, SortKey::fromNumber(2));
    QCOMPARE(queues.at(0).totalBatches, std::optional<qint64>(12));
    QCOMPARE(queues.at(1).priority, SortKey::fromString(QStringLiteral("a")));
    QCOMPARE(queues.at(1).totalWorkOrders, std::nullopt);
    QCOMPARE(queues.at(2).label, QStringLiteral("QA Bench 1"));
    QCOMPARE(queues.at(2).location->address.postalCode, QStringLiteral("43215"));
}

void TestDecode::workOrderPageBothCycleShapes()
{
    const QByteArray json = fixture("work_orders_page.json");
    const auto result = Decode::workOrderPage(view(json));
    QVERIFY(result);
    const QList<WorkOrder> &wos = result.value->items;
    QCOMPARE(wos.size(), 2);
    QCOMPARE(wos.at(0).cycles.size(), 2); // seed: array
    QCOMPARE(wos.at(0).cyclesNeeded(), 6);
    QCOMPARE(wos.at(0).cycles.at(1).counts[StatusCategory::Complete], 2);
    QCOMPARE(wos.at(1).cycles.size(), 1); // later: object
    QCOMPARE(wos.at(1).cyclesNeeded(), 4);
    QCOMPARE(wos.at(1).currentStatus->label, QStringLiteral("Imaging"));
    QCOMPARE(wos.at(1).location->label, QStringLiteral("Columbus Depot"));
}

void TestDecode::userPageAndMe()
{
    const QByteArray users = fixture("users_page.json");
    const auto page = Decode::userPage(view(users));
    QVERIFY(page);
    QCOMPARE(page.value->items.size(), 2);
    QCOMPARE(page.value->items.at(0).id, QStringLiteral("u-7f3a2c"));
    QCOMPARE(page.value->items.at(1).picture, QStringLiteral("https://people.niagara.test/marcus.png"));

    const QByteArray meJson = fixture("me.json");
    const auto me = Decode::me(view(meJson));
    QVERIFY2(me, qPrintable(me.error.path + QLatin1Char(' ') + me.error.message));
    QCOMPARE(me.value->user, page.value->items.at(0));
    QCOMPARE(me.value->unreadNotifications, std::optional<qint64>(5));

    // user.json allows null for name, profile and picture, and requires no name at all.
    QByteArray nullable = mutated(users, QStringLiteral("_embedded/nter:users/1/picture"), QStringLiteral("null"));
    nullable = mutated(nullable, QStringLiteral("_embedded/nter:users/1/profile"), QStringLiteral("null"));
    nullable = mutated(nullable, QStringLiteral("_embedded/nter:users/1/name"), kRemove);
    const auto withNulls = Decode::userPage(view(nullable));
    QVERIFY(withNulls);
    QCOMPARE(withNulls.value->items.size(), 2);
    QVERIFY(withNulls.value->skipped.isEmpty());
    QVERIFY(withNulls.value->items.at(1).picture.isEmpty());
    QVERIFY(withNulls.value->items.at(1).name.isEmpty());
    QCOMPARE(withNulls.value->items.at(1).email, page.value->items.at(1).email);
}

// oas_role.md (later revision): what the session needs is each role's id and grants.
void TestDecode::cyclePage()
{
    const QByteArray json = fixture("cycles_page.json");
    const auto page = Decode::cyclePage(view(json));
    QVERIFY2(page, qPrintable(page.error.path + QLatin1Char(' ') + page.error.message));
    QCOMPARE(page.value->totalCount, 5);
    QCOMPARE(page.value->offset, std::optional(QStringLiteral("Y3ljbGVzOjQ")));
    QCOMPARE(page.value->items.size(), 3);

    // Everything cycle.json names; its embedded work order and batch give their ids; unknown
    // fields ("color") are ignored.
    const Cycle &blocked = page.value->items.at(0);
    QCOMPARE(blocked.id, QStringLiteral("cyc-b1-1"));
    QCOMPARE(blocked.label, QStringLiteral("DMPXK3L9Q1GC"));
    QCOMPARE(blocked.created, utc(2026, 11, 20, 8, 0, 0));
    QCOMPARE(blocked.category(), StatusCategory::Blocked);
    QCOMPARE(blocked.currentStatus->label, QStringLiteral("Waiting on Parts"));
    QCOMPARE(blocked.currentStatus->description, QStringLiteral("Cracked screen found at intake"));
    QCOMPARE(blocked.assignedUserId, QStringLiteral("u-7f3a2c"));
    QVERIFY(blocked.isRetry);
    QCOMPARE(blocked.workOrderId, QStringLiteral("wo-ipad-air-1"));
    QCOMPARE(blocked.batchId, QStringLiteral("b1"));

    // The reference's example: its id is "action_id", and it has no batch or assignment.
    const Cycle &example = page.value->items.at(1);
    QCOMPARE(example.id, QStringLiteral("cycle"));
    QCOMPARE(example.category(), StatusCategory::InProgress);
    QVERIFY(example.assignedUserId.isEmpty());
    QVERIFY(!example.isRetry);

    // entity_id only, a null status (not started: pending), a null batch and user.
    const Cycle &fresh = page.value->items.at(2);
    QCOMPARE(fresh.id, QStringLiteral("cyc-b1-2"));
    QVERIFY(!fresh.currentStatus);
    QCOMPARE(fresh.category(), StatusCategory::Pending);
    QVERIFY(fresh.batchId.isEmpty());

    // Without a label, and with a category the contract does not know: skipped, the page kept.
    QCOMPARE(page.value->skipped.size(), 2);
    QCOMPARE(page.value->skipped.at(0).index, 3);
    QVERIFY2(page.value->skipped.at(0).path.contains(QStringLiteral("label")), qPrintable(page.value->skipped.at(0).path));
    QCOMPARE(page.value->skipped.at(1).index, 4);
    QVERIFY2(page.value->skipped.at(1).path.contains(QStringLiteral("category")), qPrintable(page.value->skipped.at(1).path));
}

void TestDecode::rolePage()
{
    const QByteArray json = fixture("roles_page.json");
    const auto page = Decode::rolePage(view(json));
    QVERIFY2(page, qPrintable(page.error.path + QLatin1Char(' ') + page.error.message));
    QCOMPARE(page.value->totalCount, 3);
    QCOMPARE(page.value->limit, 2);
    QCOMPARE(page.value->offset, std::optional(QStringLiteral("cm9sZXM6Mg")));
    QVERIFY(page.value->skipped.isEmpty());
    QCOMPARE(page.value->items.size(), 2);

    const Role &manager = page.value->items.at(0);
    QCOMPARE(manager.id, QStringLiteral("tsc-manager"));
    QCOMPARE(manager.label, QStringLiteral("TSC Manager"));
    QCOMPARE(manager.description, QStringLiteral("Manages technicians and production queues"));
    QCOMPARE(manager.created, utc(2020, 1, 9, 22, 12, 3));
    QCOMPARE(manager.updated, utc(2024, 3, 1, 8, 0, 0));
    QCOMPARE(manager.totalUsers, 2);
    QCOMPARE(manager.usersHref, QStringLiteral("https://api.niagara.test/roles/tsc-manager/users"));
    // Unknown fields (a role's "color", a grant's "granted_by") are ignored; the reference's own
    // example permission ("create:USER", against its pattern) is kept as sent.
    const QList<RoleGrant> expected{{QStringLiteral("batch:create"), QStringLiteral("Create batches"), true},
                                    {QStringLiteral("create:USER"), QStringLiteral("Create users"), false},
                                    {QStringLiteral("queue:read-all"), QStringLiteral("Read all queues"), false}};
    QCOMPARE(manager.grants, expected);

    // null description, total_users as 21.0, a grant without match_location, no _links.
    const Role &tech = page.value->items.at(1);
    QCOMPARE(tech.id, QStringLiteral("bench_tech-2"));
    QVERIFY(tech.description.isEmpty());
    QCOMPARE(tech.totalUsers, 21);
    QCOMPARE(tech.updated, utc(2021, 6, 30, 10, 0, 0));
    QCOMPARE(tech.grants.size(), 1);
    QCOMPARE(tech.grants.at(0).permission, QStringLiteral("batch:read"));
    QCOMPARE(tech.grants.at(0).matchLocation, std::nullopt);
    QVERIFY(tech.usersHref.isEmpty());

    // GET /roles/{role_id}: the same role alone.
    const QByteArray single = QJsonDocument(QJsonDocument::fromJson(json)
                                                .object()[QStringLiteral("_embedded")][QStringLiteral("nter:roles")][0]
                                                .toObject())
                                  .toJson();
    const auto one = Decode::role(view(single));
    QVERIFY2(one, qPrintable(one.error.path + QLatin1Char(' ') + one.error.message));
    QCOMPARE(*one.value, manager);
}

// A role that cannot say what it grants is skipped, with where; the other one stays.
void TestDecode::malformedRoles_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("problemPath");
    const QString item = QStringLiteral("_embedded/nter:roles/0/");
    const QString at = QStringLiteral("$._embedded['nter:roles'][0]");
    QTest::newRow("no role_id") << item + QStringLiteral("role_id") << kRemove << at;
    QTest::newRow("bad role_id") << item + QStringLiteral("role_id") << QStringLiteral("\"a b\"") << at + QStringLiteral(".role_id");
    QTest::newRow("no grants") << item + QStringLiteral("grants") << kRemove << at;
    QTest::newRow("grants not an array") << item + QStringLiteral("grants") << QStringLiteral("{}") << at + QStringLiteral(".grants");
    QTest::newRow("grant without permission") << item + QStringLiteral("grants/0/permission") << kRemove
                                              << at + QStringLiteral(".grants[0]");
    QTest::newRow("match_location not a boolean") << item + QStringLiteral("grants/1/match_location")
                                                  << QStringLiteral("\"yes\"") << at + QStringLiteral(".grants[1].match_location");
}

void TestDecode::malformedRoles()
{
    QFETCH(QString, path);
    QFETCH(QString, value);
    QFETCH(QString, problemPath);
    const auto page = Decode::rolePage(view(mutated(fixture("roles_page.json"), path, value)));
    QVERIFY2(page, qPrintable(page.error.path + QLatin1Char(' ') + page.error.message));
    QCOMPARE(page.value->items.size(), 1);
    QCOMPARE(page.value->items.at(0).id, QStringLiteral("bench_tech-2"));
    QCOMPARE(page.value->skipped.size(), 1);
    QCOMPARE(page.value->skipped.at(0).index, 0);
    QVERIFY2(page.value->skipped.at(0).path.startsWith(problemPath),
             qPrintable(page.value->skipped.at(0).path + QLatin1Char(' ') + page.value->skipped.at(0).message));
}

void TestDecode::relations()
{
    const QByteArray pageJson = fixture("relations_page.json");
    const auto page = Decode::relationPage(view(pageJson));
    QVERIFY(page);
    QCOMPARE(page.value->items.size(), 2);
    QCOMPARE(page.value->offset, std::nullopt);
    const Relation &r = page.value->items.at(0);
    QCOMPARE(r.relation, QStringLiteral("technician"));
    QCOMPARE(r.direction, QStringLiteral("OUTWARD"));
    QVERIFY(r.entity);
    QCOMPARE(r.entity->type, QStringLiteral("USER"));
    QCOMPARE(r.entity->id, QStringLiteral("u-7f3a2c"));
    QCOMPARE(page.value->items.at(1).direction, QStringLiteral("INWARD"));

    const QByteArray single = fixture("relation_single.json");
    const auto one = Decode::relation(view(single));
    QVERIFY(one);
    QCOMPARE(*one.value, r);
}

// One bad item (index 1) in a page of three: the other two decode, the issue says where.
void TestDecode::malformedBatchItem_data()
{
    QTest::addColumn<QByteArray>("fixtureName");
    QTest::addColumn<QString>("field");    // '/'-separated, under the item
    QTest::addColumn<QString>("value");    // raw JSON or <remove>
    QTest::addColumn<QString>("path");     // expected, after "[1]"
    QTest::addColumn<QString>("itemId");
    QTest::addColumn<QString>("message");  // expected substring

    const QByteArray seed("batches_seed.json");
    const QByteArray later("batches_later.json");
    const QString id1 = QStringLiteral("B-2024-0102");
    const QString id2 = QStringLiteral("B-2024-0202");
    const QString missing = QStringLiteral("required field is missing");
    auto row = [](const char *name) -> QTestData & { return QTest::newRow(name); };

    // Missing required fields.
    for (const char *field : {"label", "created", "updated", "order", "number_cycles", "cycles", "current_status",
                              "queue", "work_order"}) {
        const QString f = QString::fromLatin1(field);
        row(qPrintable(QStringLiteral("missing ") + f)) << seed << f << kRemove << QStringLiteral(".") + f << id1 << missing;
    }
    row("missing batch_id") << seed << QStringLiteral("batch_id") << kRemove << QStringLiteral(".batch_id") << QString() << missing;
    row("missing queue.queue_id") << seed << QStringLiteral("queue/queue_id") << kRemove << QStringLiteral(".queue.queue_id") << id1 << missing;
    row("missing queue.label") << later << QStringLiteral("queue/label") << kRemove << QStringLiteral(".queue.label") << id2 << missing;
    row("missing work_order.work_order_id") << seed << QStringLiteral("work_order/work_order_id") << kRemove
                                            << QStringLiteral(".work_order.work_order_id") << id1 << missing;
    row("missing work_order.label") << later << QStringLiteral("work_order/label") << kRemove
                                    << QStringLiteral(".work_order.label") << id2 << missing;
    row("missing status category") << seed << QStringLiteral("current_status/category") << kRemove
                                   << QStringLiteral(".current_status.category") << id1 << missing;

    // Id pattern on every *_id.
    const QString pattern = QStringLiteral("does not match");
    row("bad batch_id") << seed << QStringLiteral("batch_id") << QStringLiteral(R"("B 2024/0102")") << QStringLiteral(".batch_id")
                        << QStringLiteral("B 2024/0102") << pattern;
    row("empty batch_id") << seed << QStringLiteral("batch_id") << QStringLiteral(R"("")") << QStringLiteral(".batch_id") << QString() << pattern;
    row("bad queue_id") << seed << QStringLiteral("queue/queue_id") << QStringLiteral(R"("Imaging Bay 2")")
                        << QStringLiteral(".queue.queue_id") << id1 << pattern;
    row("bad location_id") << seed << QStringLiteral("queue/location/location_id") << QStringLiteral(R"("depot#4")")
                           << QStringLiteral(".queue.location.location_id") << id1 << pattern;
    row("bad work_order_id") << later << QStringLiteral("work_order/work_order_id") << QStringLiteral(R"("wo.201")")
                             << QStringLiteral(".work_order.work_order_id") << id2 << pattern;
    row("bad project_id") << seed << QStringLiteral("work_order/project/project_id") << QStringLiteral(R"("ipad refresh")")
                          << QStringLiteral(".work_order.project.project_id") << id1 << pattern;
    row("bad program_id") << seed << QStringLiteral("work_order/project/program/program_id") << QStringLiteral(R"("k12:devices")")
                          << QStringLiteral(".work_order.project.program.program_id") << id1 << pattern;
    row("bad customer_id") << later << QStringLiteral("work_order/project/customer/customer_id") << QStringLiteral(R"("läkeshore")")
                           << QStringLiteral(".work_order.project.customer.customer_id") << id2 << pattern;
    // assigned_users sorts before batch_id in the mutated page: the id is found in the rest of
    // the item while it is skipped.
    row("bad user_id") << later << QStringLiteral("assigned_users/1/user_id") << QStringLiteral(R"("u 19bd04")")
                       << QStringLiteral(".assigned_users[1].user_id") << id2 << pattern;

    // Category enum on every status.
    const QString notCategory = QStringLiteral("is not one of");
    row("bad category") << seed << QStringLiteral("current_status/category") << QStringLiteral(R"("DONE")")
                        << QStringLiteral(".current_status.category") << id1 << notCategory;
    row("lower-case category") << later << QStringLiteral("current_status/category") << QStringLiteral(R"("complete")")
                               << QStringLiteral(".current_status.category") << id2 << notCategory;
    row("bad work order category") << seed << QStringLiteral("work_order/current_status/category") << QStringLiteral(R"("WAITING")")
                                   << QStringLiteral(".work_order.current_status.category") << id1 << notCategory;
    row("bad allowed status") << seed << QStringLiteral("work_order/project/customer/allowed_statuses/3/category")
                              << QStringLiteral(R"("ON_HOLD")")
                              << QStringLiteral(".work_order.project.customer.allowed_statuses[3].category") << id1 << notCategory;

    // Minimums.
    row("number_cycles 0") << seed << QStringLiteral("number_cycles") << QStringLiteral("0") << QStringLiteral(".number_cycles")
                           << id1 << QStringLiteral("must be >= 1");
    row("number_cycles 2.5") << seed << QStringLiteral("number_cycles") << QStringLiteral("2.5") << QStringLiteral(".number_cycles")
                             << id1 << QStringLiteral("expected an integer");
    row("order -1") << seed << QStringLiteral("order") << QStringLiteral("-1") << QStringLiteral(".order") << id1
                    << QStringLiteral("must be >= 0");
    row("order empty string") << later << QStringLiteral("order") << QStringLiteral(R"("")") << QStringLiteral(".order") << id2
                              << QStringLiteral("empty");
    row("priority -1") << seed << QStringLiteral("queue/priority") << QStringLiteral("-1") << QStringLiteral(".queue.priority") << id1
                       << QStringLiteral("must be >= 0");

    // Date-times.
    const QString notDate = QStringLiteral("RFC 3339");
    row("created with a space") << seed << QStringLiteral("created") << QStringLiteral(R"("2024-01-15 08:30:00Z")")
                                << QStringLiteral(".created") << id1 << notDate;
    row("updated month 13") << later << QStringLiteral("updated") << QStringLiteral(R"("2024-13-03T11:45:09Z")")
                            << QStringLiteral(".updated") << id2 << notDate;
    row("due_date without zone") << seed << QStringLiteral("work_order/due_date") << QStringLiteral(R"("2024-03-01T21:00:00")")
                                 << QStringLiteral(".work_order.due_date") << id1 << notDate;
    row("queue created garbage") << later << QStringLiteral("queue/created") << QStringLiteral(R"("yesterday")")
                                 << QStringLiteral(".queue.created") << id2 << notDate;
    row("null created") << seed << QStringLiteral("created") << QStringLiteral("null") << QStringLiteral(".created") << id1
                        << QStringLiteral("expected a date-time string, got null");

    // Wrong JSON types.
    row("label number") << seed << QStringLiteral("label") << QStringLiteral("42") << QStringLiteral(".label") << id1
                        << QStringLiteral("expected a string, got a number");
    row("number_cycles string") << seed << QStringLiteral("number_cycles") << QStringLiteral(R"("4")")
                                << QStringLiteral(".number_cycles") << id1 << QStringLiteral("expected an integer, got a string");
    row("cycles as a string") << seed << QStringLiteral("cycles") << QStringLiteral(R"("4")") << QStringLiteral(".cycles") << id1
                              << QStringLiteral("expected an object, got a string");
    row("cycles as an array") << later << QStringLiteral("cycles") << QStringLiteral("[1,2]") << QStringLiteral(".cycles") << id2
                              << QStringLiteral("expected an object, got an array");
    row("work_order.cycles as a string") << seed << QStringLiteral("work_order/cycles") << QStringLiteral(R"("x")")
                                         << QStringLiteral(".work_order.cycles") << id1
                                         << QStringLiteral("expected an array or an object, got a string");
    row("queue as a string") << seed << QStringLiteral("queue") << QStringLiteral(R"("Imaging Bay 2")") << QStringLiteral(".queue")
                             << id1 << QStringLiteral("expected an object, got a string");
    row("current_status as a string") << later << QStringLiteral("current_status") << QStringLiteral(R"("COMPLETE")")
                                      << QStringLiteral(".current_status") << id2
                                      << QStringLiteral("expected an object or null, got a string");
    row("assigned_users as an object") << later << QStringLiteral("assigned_users") << QStringLiteral("{}")
                                       << QStringLiteral(".assigned_users") << id2 << QStringLiteral("expected an array");
    row("order boolean") << seed << QStringLiteral("order") << QStringLiteral("true") << QStringLiteral(".order") << id1
                         << QStringLiteral("expected a number or a string, got a boolean");
    row("status order string") << seed << QStringLiteral("current_status/order") << QStringLiteral(R"("2")")
                               << QStringLiteral(".current_status.order") << id1 << QStringLiteral("expected a number");

    // Negative counts.
    const QString negative = QStringLiteral("must be >= 0");
    row("cycles.pending -1") << seed << QStringLiteral("cycles/pending") << QStringLiteral("-1") << QStringLiteral(".cycles.pending")
                             << id1 << negative;
    row("cycles.in_active -1") << later << QStringLiteral("cycles/in_active") << QStringLiteral("-1")
                               << QStringLiteral(".cycles.in_active") << id2 << negative;
    row("work order needed -2") << seed << QStringLiteral("work_order/cycles/0/needed") << QStringLiteral("-2")
                                << QStringLiteral(".work_order.cycles[0].needed") << id1 << negative;
    row("work order assigned -1") << later << QStringLiteral("work_order/cycles/assigned") << QStringLiteral("-1")
                                  << QStringLiteral(".work_order.cycles.assigned") << id2 << negative;
    row("queue active_batches -1") << seed << QStringLiteral("queue/active_batches") << QStringLiteral("-1")
                                   << QStringLiteral(".queue.active_batches") << id1 << negative;
    row("total_work_orders.complete -3") << seed << QStringLiteral("queue/total_work_orders/complete") << QStringLiteral("-3")
                                         << QStringLiteral(".queue.total_work_orders.complete") << id1 << negative;
    row("total_assigned_users -1") << later << QStringLiteral("total_assigned_users") << QStringLiteral("-1")
                                   << QStringLiteral(".total_assigned_users") << id2 << negative;
    row("count 1.5") << seed << QStringLiteral("cycles/complete") << QStringLiteral("1.5") << QStringLiteral(".cycles.complete")
                     << id1 << QStringLiteral("expected an integer, got 1.5");
}

void TestDecode::malformedBatchItem()
{
    QFETCH(QByteArray, fixtureName);
    QFETCH(QString, field);
    QFETCH(QString, value);
    QFETCH(QString, path);
    QFETCH(QString, itemId);
    QFETCH(QString, message);

    const QByteArray original = fixture(fixtureName.constData());
    const auto good = Decode::batchPage(view(original));
    QVERIFY(good);
    const QByteArray json = mutated(original, QStringLiteral("_embedded/nter:batches/1/") + field, value);
    const auto result = Decode::batchPage(view(json));
    QVERIFY2(result, qPrintable(result.error.path + QLatin1Char(' ') + result.error.message));
    const Page<Batch> &page = *result.value;
    QCOMPARE(page.items.size(), 2);
    QCOMPARE(page.items.at(0), good.value->items.at(0));
    QCOMPARE(page.items.at(1), good.value->items.at(2));
    QCOMPARE(page.skipped.size(), 1);
    const DecodeIssue &issue = page.skipped.at(0);
    QCOMPARE(issue.index, 1);
    QCOMPARE(issue.path, QStringLiteral("$._embedded['nter:batches'][1]") + path);
    QCOMPARE(issue.itemId, itemId);
    QVERIFY2(issue.message.contains(message), qPrintable(issue.message));
    QCOMPARE(page.totalCount, good.value->totalCount);
    QCOMPARE(page.offset, good.value->offset);
}

void TestDecode::badItemsInWireOrder()
{
    const QByteArray json = fixture("batches_bad_items.json");
    const auto result = Decode::batchPage(view(json));
    QVERIFY(result);
    QCOMPARE(ids(result.value->items), QStringList({QStringLiteral("B-2024-0101"), QStringLiteral("B-2024-0201"),
                                                    QStringLiteral("B-2024-0103")}));
    const QList<DecodeIssue> expected{
        {1, QStringLiteral("$._embedded['nter:batches'][1].queue.queue_id"),
         QStringLiteral("\"Imaging Bay 2\" does not match ^[0-9a-zA-Z-_]+$"), QStringLiteral("B-2024-0102")},
        {3, QStringLiteral("$._embedded['nter:batches'][3].cycles.blocked"), QStringLiteral("must be >= 0, got -2"),
         QStringLiteral("B-2024-0202")},
    };
    QCOMPARE(result.value->skipped, expected);
}

void TestDecode::itemsThatAreNotObjects()
{
    const QByteArray single = fixture("batch_single.json");
    const QByteArray json = QByteArray(R"({"total_count":5,"limit":5,"offset":null,"_embedded":{"nter:batches":[7,"x",[{"a":1}],null,)")
                            + single + QByteArray("]}}");
    const auto result = Decode::batchPage(view(json));
    QVERIFY(result);
    QCOMPARE(result.value->items.size(), 1);
    QCOMPARE(result.value->items.at(0).id, QStringLiteral("B-2024-0101"));
    QCOMPARE(result.value->skipped.size(), 4);
    for (int i = 0; i < 4; ++i) {
        QCOMPARE(result.value->skipped.at(i).index, i);
        QCOMPARE(result.value->skipped.at(i).path, QStringLiteral("$._embedded['nter:batches'][%1]").arg(i));
        QVERIFY(result.value->skipped.at(i).message.startsWith(QStringLiteral("expected an object")));
    }
}

void TestDecode::malformedItemsOfOtherPages_data()
{
    QTest::addColumn<QByteArray>("fixtureName");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("itemId");
    QTest::newRow("queue priority -1") << QByteArray("queues_page.json") << QStringLiteral("_embedded/nter:queues/0/priority")
                                       << QStringLiteral("-1") << QStringLiteral("$._embedded['nter:queues'][0].priority")
                                       << QStringLiteral("imaging-bay-2");
    QTest::newRow("queue missing created") << QByteArray("queues_page.json") << QStringLiteral("_embedded/nter:queues/1/created")
                                           << kRemove << QStringLiteral("$._embedded['nter:queues'][1].created")
                                           << QStringLiteral("intake-dock");
    QTest::newRow("work order cycles string") << QByteArray("work_orders_page.json")
                                              << QStringLiteral("_embedded/nter:work-orders/1/cycles") << QStringLiteral("\"1\"")
                                              << QStringLiteral("$._embedded['nter:work-orders'][1].cycles") << QStringLiteral("wo-201");
    QTest::newRow("user email number") << QByteArray("users_page.json") << QStringLiteral("_embedded/nter:users/1/email")
                                       << QStringLiteral("5") << QStringLiteral("$._embedded['nter:users'][1].email")
                                       << QStringLiteral("u-19bd04");
    QTest::newRow("relation missing relation_id") << QByteArray("relations_page.json")
                                                  << QStringLiteral("_embedded/nter:relations/0/relation_id") << kRemove
                                                  << QStringLiteral("$._embedded['nter:relations'][0].relation_id") << QString();
}

void TestDecode::malformedItemsOfOtherPages()
{
    QFETCH(QByteArray, fixtureName);
    QFETCH(QString, field);
    QFETCH(QString, value);
    QFETCH(QString, path);
    QFETCH(QString, itemId);
    const QByteArray json = mutated(fixture(fixtureName.constData()), field, value);
    auto check = [&](const auto &result, qsizetype total) {
        QVERIFY(result);
        QCOMPARE(result.value->items.size(), total - 1);
        QCOMPARE(result.value->skipped.size(), 1);
        QCOMPARE(result.value->skipped.at(0).path, path);
        QCOMPARE(result.value->skipped.at(0).itemId, itemId);
    };
    if (fixtureName.startsWith("queues"))
        check(Decode::queuePage(view(json)), 3);
    else if (fixtureName.startsWith("work_orders"))
        check(Decode::workOrderPage(view(json)), 2);
    else if (fixtureName.startsWith("users"))
        check(Decode::userPage(view(json)), 2);
    else
        check(Decode::relationPage(view(json)), 2);
}

void TestDecode::envelopeErrors_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("message");
    const QByteArray seed = fixture("batches_seed.json");
    auto m = [&](const char *field, const char *value) {
        return mutated(seed, QString::fromLatin1(field), QString::fromLatin1(value));
    };
    QTest::newRow("total_count missing") << m("total_count", "<remove>") << QStringLiteral("$.total_count") << QStringLiteral("missing");
    QTest::newRow("total_count string") << m("total_count", "\"9\"") << QStringLiteral("$.total_count") << QStringLiteral("expected an integer");
    QTest::newRow("total_count null") << m("total_count", "null") << QStringLiteral("$.total_count") << QStringLiteral("got null");
    QTest::newRow("limit missing") << m("limit", "<remove>") << QStringLiteral("$.limit") << QStringLiteral("missing");
    QTest::newRow("offset number") << m("offset", "5") << QStringLiteral("$.offset") << QStringLiteral("expected a string or null");
    QTest::newRow("offset missing") << m("offset", "<remove>") << QStringLiteral("$.offset") << QStringLiteral("missing");
    QTest::newRow("_embedded missing") << m("_embedded", "<remove>") << QStringLiteral("$._embedded") << QStringLiteral("missing");
    QTest::newRow("_embedded string") << m("_embedded", "\"none\"") << QStringLiteral("$._embedded") << QStringLiteral("expected an object");
    QTest::newRow("items object") << m("_embedded/nter:batches", "{}") << QStringLiteral("$._embedded['nter:batches']")
                                  << QStringLiteral("expected an array");
    QTest::newRow("next href number") << m("_links/next/href", "1") << QStringLiteral("$._links.next.href")
                                      << QStringLiteral("expected a string");
    QTest::newRow("root array") << QByteArray("[]") << QStringLiteral("$") << QStringLiteral("expected an object, got an array");
    QTest::newRow("root string") << QByteArray("\"page\"") << QStringLiteral("$") << QStringLiteral("expected an object, got a string");
    QTest::newRow("empty body") << QByteArray() << QStringLiteral("$") << QStringLiteral("parse error");
    QTest::newRow("html") << QByteArray("<html>502 Bad Gateway</html>") << QStringLiteral("$") << QStringLiteral("parse error");
    QTest::newRow("truncated") << fixture("batches_truncated.json") << QStringLiteral("$") << QStringLiteral("parse error");
    QTest::newRow("trailing garbage") << seed + QByteArray("}") << QStringLiteral("$") << QStringLiteral("parse error");
    QTest::newRow("invalid utf-8") << m("_embedded/nter:batches/0/label", "\"x\"").replace("\"label\":\"x\"", "\"label\":\"\xff\"")
                                   << QStringLiteral("$") << QStringLiteral("parse error");
}

void TestDecode::envelopeErrors()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, path);
    QFETCH(QString, message);
    const auto result = Decode::batchPage(view(json));
    QVERIFY(!result);
    QCOMPARE(result.error.path, path);
    QVERIFY2(result.error.message.contains(message), qPrintable(result.error.message));
}

void TestDecode::syntaxErrorInLaterItemDiscardsEarlierItems()
{
    // Six items, the sixth (index 5) broken in the middle: nothing of the page is kept.
    QByteArray page = fixture("batches_seed.json");
    const QByteArray item = fixture("batch_single.json");
    for (int i = 0; i < 3; ++i)
        page = mutated(page, QStringLiteral("_embedded/nter:batches/%1").arg(3 + i), QString::fromUtf8(item));
    const auto good = Decode::batchPage(view(page));
    QVERIFY(good);
    QCOMPARE(good.value->items.size(), 6);
    const qsizetype at = page.lastIndexOf("\"label\":\"Lakeshore iPads cart 1\"");
    QVERIFY(at > page.size() / 2);
    page.replace(at, 8, "\"label\" ");
    const auto broken = Decode::batchPage(view(page));
    QVERIFY(!broken);
    QVERIFY(!broken.value);
    QCOMPARE(broken.error.path, QStringLiteral("$"));
    QVERIFY2(broken.error.message.contains(QStringLiteral("syntax error")), qPrintable(broken.error.message));
}

void TestDecode::singleObjectErrors_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("path");
    const QByteArray b = fixture("batch_single.json");
    QTest::newRow("batch missing label") << QStringLiteral("batch") << mutated(b, QStringLiteral("label"), kRemove) << QStringLiteral("$.label");
    QTest::newRow("batch bad nested status") << QStringLiteral("batch")
                                             << mutated(b, QStringLiteral("work_order/project/program/allowed_statuses/1/category"),
                                                        QStringLiteral("\"X\""))
                                             << QStringLiteral("$.work_order.project.program.allowed_statuses[1].category");
    QTest::newRow("batch truncated") << QStringLiteral("batch") << b.left(b.size() / 2) << QStringLiteral("$");
    QTest::newRow("me missing user_id") << QStringLiteral("me") << mutated(fixture("me.json"), QStringLiteral("user_id"), kRemove)
                                        << QStringLiteral("$.user_id");
    QTest::newRow("me negative unread") << QStringLiteral("me")
                                        << mutated(fixture("me.json"), QStringLiteral("notifications/un_read"), QStringLiteral("-1"))
                                        << QStringLiteral("$.notifications.un_read");
    QTest::newRow("relation bad created") << QStringLiteral("relation")
                                          << mutated(fixture("relation_single.json"), QStringLiteral("created"), QStringLiteral("\"2024-01-20\""))
                                          << QStringLiteral("$.created");
    QTest::newRow("relation entity without id") << QStringLiteral("relation")
                                                << mutated(fixture("relation_single.json"), QStringLiteral("entity/entity_id"), kRemove)
                                                << QStringLiteral("$.entity.entity_id");
}

void TestDecode::singleObjectErrors()
{
    QFETCH(QString, kind);
    QFETCH(QByteArray, json);
    QFETCH(QString, path);
    Decode::Error error;
    bool ok = true;
    if (kind == QStringLiteral("batch")) {
        const auto r = Decode::batch(view(json));
        ok = bool(r);
        error = r.error;
    } else if (kind == QStringLiteral("me")) {
        const auto r = Decode::me(view(json));
        ok = bool(r);
        error = r.error;
    } else {
        const auto r = Decode::relation(view(json));
        ok = bool(r);
        error = r.error;
    }
    QVERIFY(!ok);
    QCOMPARE(error.path, path);
    QVERIFY(!error.message.isEmpty());
}

void TestDecode::problems_data()
{
    QTest::addColumn<QByteArray>("fixtureName");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("detail");
    QTest::newRow("400") << QByteArray("problem_400.json") << 400 << QStringLiteral("Bad Request")
                         << QStringLiteral("The batch could not be saved");
    QTest::newRow("401") << QByteArray("problem_401.json") << 401 << QStringLiteral("Unauthorized")
                         << QStringLiteral("The access token expired");
    QTest::newRow("403") << QByteArray("problem_403.json") << 403 << QStringLiteral("Forbidden")
                         << QStringLiteral("Missing permission batch:all");
    QTest::newRow("404") << QByteArray("problem_404.json") << 404 << QStringLiteral("Not Found")
                         << QStringLiteral("No batch with id \"B-2024-9999\"");
    QTest::newRow("423") << QByteArray("problem_423.json") << 423 << QStringLiteral("Locked")
                         << QStringLiteral("The batch is being re-sequenced");
}

void TestDecode::problems()
{
    QFETCH(QByteArray, fixtureName);
    QFETCH(int, status);
    QFETCH(QString, title);
    QFETCH(QString, detail);
    const QByteArray json = fixture(fixtureName.constData());
    const std::optional<Problem> p = Decode::problem(view(json));
    QVERIFY(p);
    QCOMPARE(p->status, status);
    QCOMPARE(p->title, title);
    QCOMPARE(p->detail, detail);
    QVERIFY(p->type.startsWith(QStringLiteral("https://docs.niagara.test/problem/")));
    QCOMPARE(p->validationMessages.isEmpty(), status != 400);
}

void TestDecode::validationMessages()
{
    const QByteArray json = fixture("problem_400.json");
    const std::optional<Problem> p = Decode::problem(view(json));
    QVERIFY(p);
    QCOMPARE(p->validationMessages.size(), 2);
    const ValidationMessage &first = p->validationMessages.at(0);
    QCOMPARE(first.keyword, QStringLiteral("type"));
    QCOMPARE(first.dataPath, QStringLiteral(".number_cycles"));
    QCOMPARE(first.schemaPath, QStringLiteral("https://docs.niagara.test/schemas/batch.json#/properties/number_cycles"));
    QCOMPARE(first.message, QStringLiteral("should be integer"));
    QCOMPARE(first.paramsJson, QStringLiteral(R"({"type":"integer"})"));
    QCOMPARE(p->validationMessages.at(1).paramsJson,
             QStringLiteral(R"({"pattern":"^[0-9a-zA-Z-_]+$","limits":[1,2.5],"strict":true,"note":null,"quote":"say \"hi\""})"));

    // Odd field types in a problem are tolerated; the rest is kept.
    const QByteArray odd(R"({"title":"Bad Request","status":"400","detail":7,"validation_messages":"x","extra":{}})");
    const std::optional<Problem> q = Decode::problem(view(odd));
    QVERIFY(q);
    QCOMPARE(q->title, QStringLiteral("Bad Request"));
    QCOMPARE(q->status, 0);
    QVERIFY(q->detail.isEmpty());
    QVERIFY(q->validationMessages.isEmpty());
    const std::optional<Problem> scalarParams = Decode::problem(R"({"status":422,"validation_messages":[{"params":"p"}]})");
    QVERIFY(scalarParams);
    QCOMPARE(scalarParams->validationMessages.at(0).paramsJson, QStringLiteral(R"("p")"));
}

void TestDecode::notProblems_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("array") << QByteArray("[]");
    QTest::newRow("empty object") << QByteArray("{}");
    QTest::newRow("other object") << QByteArray(R"({"error":"nope"})");
    QTest::newRow("html") << QByteArray("<h1>Bad Gateway</h1>");
    QTest::newRow("truncated") << QByteArray(R"({"title":"Locked","status":42)");
    QTest::newRow("a page") << fixture("batches_seed.json");
}

void TestDecode::notProblems()
{
    QFETCH(QByteArray, json);
    QVERIFY(!Decode::problem(view(json)));
}

void TestDecode::dateTimes_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QDateTime>("expected");
    QTest::newRow("Z millis") << QStringLiteral("2019-08-19T00:01:02.000Z") << utc(2019, 8, 19, 0, 1, 2);
    QTest::newRow("no fraction") << QStringLiteral("2024-02-29T23:59:59Z") << utc(2024, 2, 29, 23, 59, 59);
    QTest::newRow("micros") << QStringLiteral("2024-01-01T00:00:00.123456Z") << utc(2024, 1, 1, 0, 0, 0, 123);
    QTest::newRow("offset +") << QStringLiteral("2024-01-01T02:30:00+02:30") << utc(2024, 1, 1, 0, 0, 0);
    QTest::newRow("offset -") << QStringLiteral("2023-12-31T20:00:00.5-04:00") << utc(2024, 1, 1, 0, 0, 0, 500);
    QTest::newRow("lower case") << QStringLiteral("2024-01-01t00:00:00z") << utc(2024, 1, 1, 0, 0, 0);
    for (const char *bad : {"2024-01-01", "2024-01-01T00:00:00", "2024-02-30T00:00:00Z", "2024-01-01T24:00:00Z",
                            "2024-01-01T00:00:00.Z", "2024-01-01T00:00:00+0200", "2024-1-01T00:00:00Z",
                            "2024-01-01T00:00:00Z ", "20240101T000000Z"})
        QTest::newRow(bad) << QString::fromLatin1(bad) << QDateTime();
}

void TestDecode::dateTimes()
{
    QFETCH(QString, text);
    QFETCH(QDateTime, expected);
    const QByteArray json = mutated(fixture("batch_single.json"), QStringLiteral("created"),
                                    QStringLiteral("\"") + text + QStringLiteral("\""));
    const auto result = Decode::batch(view(json));
    QCOMPARE(bool(result), expected.isValid());
    if (result)
        QCOMPARE(result.value->created, expected);
    else
        QCOMPARE(result.error.path, QStringLiteral("$.created"));
}

void TestDecode::asyncEqualsSync()
{
    const QByteArray json = fixture("batches_bad_items.json");
    const auto sync = Decode::batchPage(view(json));
    QFuture<Decode::Result<Page<Batch>>> future = Decode::batchPageAsync(json);
    future.waitForFinished();
    QVERIFY(future.isFinished());
    QCOMPARE(future.resultCount(), 1);
    const auto async = future.result();
    QVERIFY(sync && async);
    QCOMPARE(async.value->items, sync.value->items);
    QCOMPARE(async.value->skipped, sync.value->skipped);
    QCOMPARE(async.value->totalCount, sync.value->totalCount);
    QCOMPARE(async.value->offset, sync.value->offset);
    QCOMPARE(async.value->nextHref, sync.value->nextHref);

    // Errors travel the same way; the bytes may be dropped by the caller right away.
    QFuture<Decode::Result<Page<Batch>>> broken = Decode::batchPageAsync(QByteArray("{\"total_count\":"));
    const auto error = broken.result();
    QVERIFY(!error);
    QCOMPARE(error.error, Decode::batchPage("{\"total_count\":").error);
}

void TestDecode::nestingIsCapped_data()
{
    // 10,000 levels in every place a decoder meets them: decoded, skipped (an unknown field)
    // and captured (a problem's params). nlohmann's parser is iterative; the cap bounds ours.
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("path");
    const QByteArray deep = QByteArray("[").repeated(10000) + QByteArray("]").repeated(10000);
    const QByteArray seed = fixture("batches_seed.json");
    // Spliced in as text: QJsonDocument (behind mutated()) refuses such depth itself.
    QTest::newRow("unknown envelope field") << QByteArray(seed).replace("\"total_count\"", QByteArray("\"x\": " + deep + ", \"total_count\""))
                                            << QStringLiteral("$.x");
    QTest::newRow("unknown item field") << QByteArray(seed).replace("\"batch_id\"", QByteArray("\"steps\": " + deep + ", \"batch_id\""))
                                        << QStringLiteral("$._embedded['nter:batches'][0].steps");
}

void TestDecode::nestingIsCapped()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, path);
    const auto page = Decode::batchPage(view(json));
    QVERIFY(!page);
    QVERIFY(page.error.tooDeep);
    QCOMPARE(page.error.path, path);
    QVERIFY2(page.error.message.contains(QStringLiteral("deeper than 256")), qPrintable(page.error.message));

    // Not a problem document either (its params are captured, not decoded).
    const QByteArray problem = "{\"title\":\"Bad Request\",\"status\":400,\"validation_messages\":[{\"params\":"
                               + QByteArray("{\"a\":").repeated(10000) + "1" + QByteArray("}").repeated(10000) + "}]}";
    QVERIFY(!Decode::problem(view(problem)));

    // Deep but within the cap is ordinary JSON.
    const QByteArray shallow = mutated(fixture("batches_seed.json"), QStringLiteral("x"),
                                       QString(200, QLatin1Char('[')) + QString(200, QLatin1Char(']')));
    QVERIFY(Decode::batchPage(view(shallow)));
}

void TestDecode::negativeTotalCountKeepsThePage()
{
    // total_count is a number without a minimum and only feeds progress: a negative or
    // fractional one is read as 0 (unknown) instead of dropping the page's items.
    for (const char *total : {"-5", "2.5", "-0.5"}) {
        const auto page = Decode::batchPage(view(mutated(fixture("batches_seed.json"), QStringLiteral("total_count"),
                                                         QString::fromLatin1(total))));
        QVERIFY2(page, total);
        QCOMPARE(page.value->totalCount, 0);
        QCOMPARE(page.value->items.size(), 3);
    }
}

QTEST_GUILESS_MAIN(TestDecode)
#include "tst_decode.moc"
