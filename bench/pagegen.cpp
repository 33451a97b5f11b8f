#include "pagegen.h"

#include <QDate>

#include <algorithm>
#include <cmath>
#include <numeric>

namespace BenchPages {

namespace {

QByteArray num(qint64 n)
{
    return QByteArray::number(n);
}

// --- the parts of a batch that vary; uniformSpec() gives the batch bench_decode has always used

struct LocationSpec
{
    QByteArray json;
};

const LocationSpec kLocations[] = {
    {R"({"location_id":"loc-albany","label":"Albany Provisioning","created":"2025-01-02T08:00:00.000Z",)"
     R"("updated":"2025-01-02T08:00:00.000Z","location_type":"warehouse","formatted_address":"Albany\n431 Broadway\nMenands NY 12204 USA",)"
     R"("address":{"country":"USA","administrative_area":"NY","sub_administrative_area":"Albany","locality":"Menands",)"
     R"("postal_code":"12204","thoroughfare":"431 Broadway","premise":"Suite C"}})"},
    {R"({"location_id":"loc-columbus","label":"Columbus Depot","created":"2021-03-02T14:05:00.000Z",)"
     R"("updated":"2023-01-17T09:30:12.250Z","location_type":"facility","formatted_address":"Columbus Depot\n88 Depot Street Building 4\nColumbus OH 43215 USA",)"
     R"("address":{"country":"USA","administrative_area":"OH","sub_administrative_area":"Franklin","locality":"Columbus",)"
     R"("postal_code":"43215","thoroughfare":"88 Depot Street","premise":"Building 4","sub_premise":"Dock B"}})"},
};

struct StatusSpec
{
    const char *category;
    const char *description;
    const char *label;
};

// The customer's six statuses, one per category, in the order of the contract's example.
const StatusSpec kStatuses[] = {
    {"PENDING", "Waiting at intake", "Awaiting Intake"}, {"IN_PROGRESS", "Being imaged", "Imaging"},
    {"VERIFYING", "Second check", "QA Check"},           {"COMPLETE", "Sent", "Shipped"},
    {"BLOCKED", "Paused", "On Hold"},                    {"CANCELLED", "Dropped", "Voided"},
};

QByteArray allowedStatuses()
{
    QByteArray out = "[";
    for (int i = 0; i < 6; ++i) {
        if (i)
            out += ',';
        out += R"({"category":")" + QByteArray(kStatuses[i].category) + R"(","description":")" + kStatuses[i].description
               + R"(","status":")" + kStatuses[i].label + R"(","order":)" + num(i + 1) + "}";
    }
    return out + "]";
}

struct QueueSpec
{
    QByteArray id;
    QByteArray label;
    int priority = 1;
    int location = 0;
    int activeWorkOrders = 7, activeBatches = 96, activeCycles = 394;
    std::array<int, 6> totalWorkOrders{3, 2, 1, 9, 0, 1};
    int totalBatches = 240;
};

struct CustomerSpec
{
    QByteArray id;
    QByteArray label;
    QByteArray code; // short label prefix of its batches
    int programs = 2;
    int projects = 4;
};

struct WorkOrderSpec
{
    QByteArray id;
    QByteArray label;
    QByteArray description;
    QByteArray created = "2026-10-01T08:00:00.000Z";
    QByteArray updated = "2026-11-01T08:00:00.000Z";
    QByteArray beginDate = "2026-10-05T08:00:00.000Z";
    QByteArray dueDate = "2026-12-15T08:00:00.000Z";
    QByteArray startDate = "2026-10-06T08:00:00.000Z";
    QByteArray projectId = "prj-district-7";
    QByteArray projectLabel = "District 7";
    QByteArray programId = "pgm-refresh";
    QByteArray programLabel = "Refresh 2026";
    int customer = 0;
    int location = 0;
    int status = 1;
    std::array<int, 7> cycles{500, 300, 50, 20, 120, 5, 5}; // needed, then the six counts
    QByteArray device = "iPad Air";
};

struct BatchSpec
{
    QByteArray id;
    QByteArray label;
    QByteArray updated = "2026-11-02T09:30:00.000Z";
    int order = 0;
    int numberCycles = 10;
    std::array<int, 6> cycles{4, 2, 1, 3, 0, 0};
    int status = 1;
    const QueueSpec *queue = nullptr;
    const WorkOrderSpec *workOrder = nullptr;
    const CustomerSpec *customer = nullptr;
};

const char *const kCountKeys[] = {"pending", "in_progress", "verifying", "complete", "blocked", "cancelled"};

QByteArray counts(const int *c)
{
    QByteArray out = "{";
    for (int i = 0; i < 6; ++i) {
        if (i)
            out += ',';
        out += '"' + QByteArray(kCountKeys[i]) + "\":" + num(c[i]);
    }
    return out + "}";
}

QByteArray batchJson(const BatchSpec &b)
{
    QByteArray steps;
    for (int s = 0; s < 12; ++s) {
        if (s)
            steps += ',';
        steps += "\"step-" + num(s) + "\":{\"step_type\":\"task\",\"label\":\"Step " + num(s)
                 + "\",\"on_start\":[],\"on_complete\":[{\"action\":\"notify\",\"target\":\"lead\"}]}";
    }
    const QByteArray statuses = allowedStatuses();
    const QueueSpec &q = *b.queue;
    const WorkOrderSpec &wo = *b.workOrder;
    const CustomerSpec &c = *b.customer;
    const QByteArray customer = R"({"customer_id":")" + c.id + R"(","label":")" + c.label + R"(","created":"2025-01-02T08:00:00.000Z",)"
                                R"("updated":"2025-01-02T08:00:00.000Z","external_platform":{},"total_programs":)"
                                + num(c.programs) + R"(,"total_projects":)" + num(c.projects) + R"(,"allowed_statuses":)" + statuses + "}";
    const StatusSpec &woStatus = kStatuses[wo.status];
    const StatusSpec &status = kStatuses[b.status];
    return R"({"batch_id":")" + b.id + R"(","label":")" + b.label + R"(",)"
           R"("created":"2026-11-01T08:00:00.000Z","updated":")" + b.updated + R"(",)"
           R"("queue":{"queue_id":")" + q.id + R"(","label":")" + q.label + R"(","created":"2025-01-02T08:00:00.000Z",)"
           R"("updated":"2025-01-02T08:00:00.000Z","priority":)" + num(q.priority) + R"(,"active_work_orders":)"
           + num(q.activeWorkOrders) + R"(,"active_batches":)" + num(q.activeBatches) + R"(,"active_cycles":)" + num(q.activeCycles)
           + R"(,"total_work_orders":)" + counts(q.totalWorkOrders.data()) + R"(,"total_batches":)" + num(q.totalBatches)
           + R"(,"location":)" + kLocations[q.location].json + R"(},"order":)" + num(b.order) + R"(,"number_cycles":)"
           + num(b.numberCycles) + R"(,"cycles":)" + counts(b.cycles.data()) + R"(,)"
           R"("work_order":{"work_order_id":")" + wo.id + R"(","label":")" + wo.label + R"(",)"
           R"("created":")" + wo.created + R"(","updated":")" + wo.updated + R"(","description":")" + wo.description + R"(",)"
           R"("work_order_type":"device","begin_date":")" + wo.beginDate + R"(","due_date":")" + wo.dueDate + R"(",)"
           R"("start_date":")" + wo.startDate + R"(","end_date":")" + wo.dueDate + R"(",)"
           R"("project":{"project_id":")" + wo.projectId + R"(","label":")" + wo.projectLabel
           + R"(","description":"Refresh","created":"2025-01-02T08:00:00.000Z",)"
           R"("updated":"2025-01-02T08:00:00.000Z","start_date":null,"end_date":null,"customer":)"
           + customer + R"(,"program":{"program_id":")" + wo.programId + R"(","label":")" + wo.programLabel
           + R"(","created":"2025-01-02T08:00:00.000Z",)"
           R"("updated":"2025-01-02T08:00:00.000Z","start_date":null,"end_date":null,"customer":)"
           + customer + R"(,"allowed_statuses":)" + statuses + R"(},"allowed_statuses":)" + statuses + R"(},"location":)"
           + kLocations[wo.location].json + R"(,"current_status":{"category":")" + woStatus.category + R"(","status":")"
           + woStatus.label + R"(","order":)" + num(wo.status + 1) + R"(},)"
           R"("cycles":[{"needed":)" + num(wo.cycles[0]) + R"(,)" + counts(wo.cycles.data() + 1).mid(1, -1).chopped(1) + R"(,)"
           R"("work_flow":{"entity_type":"WKF","entity_id":"wkf-apple","created":"2025-01-02T08:00:00.000Z","updated":"2025-01-02T08:00:00.000Z",)"
           R"("label":"Apple provisioning","schema_version":"1.0","workflow_version":7,"applies_to":"UNIT","starts_at":"step-0",)"
           R"("metadata":{"owner":"imaging"},"steps":{)"
           + steps + R"(},"triggered_by":["UNIT.created"]}}],"input_filter":[]},)"
           R"("current_status":{"status":")" + status.label + R"(","description":")" + status.description + R"(","category":")"
           + status.category + R"(","order":)" + num(b.status + 1) + R"(},)"
           R"("_links":{"self":{"href":"https://api.example.test/batches/)" + b.id + R"("}}})";
}

// splitmix64: small, fast and the same everywhere.
struct Rng
{
    quint64 state;
    quint64 next()
    {
        quint64 z = (state += 0x9e3779b97f4a7c15ULL);
        z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
        z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
        return z ^ (z >> 31);
    }
    int below(int n) { return static_cast<int>(next() % static_cast<quint64>(n)); }
    double unit() { return static_cast<double>(next() >> 11) / 9007199254740992.0; }
};

int pick(Rng &rng, const std::vector<double> &cumulative)
{
    const double x = rng.unit() * cumulative.back();
    return static_cast<int>(std::upper_bound(cumulative.begin(), cumulative.end(), x) - cumulative.begin());
}

const QueueSpec kBoardQueues[] = {
    {"queue-intake", "Intake", 1, 0, 12, 180, 2100, {14, 0, 0, 40, 1, 2}, 1900},
    {"queue-imaging-bay", "Imaging Bay", 2, 0, 31, 3100, 40210, {3, 25, 2, 61, 2, 1}, 5400},
    {"queue-asset-tagging", "Asset Tagging", 3, 0, 22, 1400, 18800, {2, 17, 3, 48, 1, 0}, 2600},
    {"queue-qa-check", "QA Check", 4, 1, 27, 2000, 26050, {1, 6, 19, 55, 3, 1}, 3300},
    {"queue-packing", "Packing", 5, 1, 18, 1350, 17020, {0, 12, 4, 70, 0, 2}, 2200},
    {"queue-shipping-dock", "Shipping Dock", 6, 1, 9, 990, 12400, {0, 3, 2, 88, 0, 4}, 1500},
};
// How busy each queue is, and the status its batches usually have.
const double kQueueWeights[] = {0.12, 0.30, 0.14, 0.20, 0.14, 0.10};
const int kQueueStatus[] = {0, 1, 1, 2, 2, 3};

const CustomerSpec kCustomers[] = {
    {"cust-northwind", "Northwind Schools", "NWS", 2, 4},   {"cust-lakeshore", "Lakeshore School District", "LSD", 3, 7},
    {"cust-contoso", "Contoso Health", "CTH", 1, 3},        {"cust-fabrikam", "Fabrikam Logistics", "FAB", 2, 5},
    {"cust-tailspin", "Tailspin Airlines", "TSA", 1, 2},    {"cust-wingtip", "Wingtip Retail", "WTR", 4, 9},
    {"cust-adventure", "Adventure Works", "ADV", 2, 2},     {"cust-woodgrove", "Woodgrove Bank", "WGB", 1, 4},
};
const char *const kDevices[] = {"iPad Air", "Chromebook 14", "Surface Laptop 5", "ThinkPad T14", "iPhone 15", "Galaxy Tab S9"};

std::vector<WorkOrderSpec> boardWorkOrders(int n)
{
    std::vector<WorkOrderSpec> out;
    for (int k = 0; k < n; ++k) {
        const int c = k % 8;
        const CustomerSpec &customer = kCustomers[c];
        WorkOrderSpec wo;
        wo.customer = c;
        wo.device = kDevices[k % 6];
        const int units = 100 + 50 * ((k * 7) % 19);
        wo.id = "wo-" + customer.code.toLower() + "-" + num(1000 + k);
        wo.label = "Provision " + num(units) + " " + wo.device + " \xe2\x80\x94 " + customer.label;
        wo.description = num(units) + " " + wo.device + " for " + customer.label + ", order " + num(1000 + k);
        const QDate due = QDate(2026, 11, 20).addDays(3 * k - 30);
        wo.dueDate = due.toString(Qt::ISODate).toLatin1() + "T17:00:00.000Z";
        wo.beginDate = due.addDays(-60).toString(Qt::ISODate).toLatin1() + "T08:00:00.000Z";
        wo.startDate = due.addDays(-58).toString(Qt::ISODate).toLatin1() + "T08:00:00.000Z";
        wo.projectId = "prj-" + customer.code.toLower() + "-" + num((k / 8) % 2);
        wo.projectLabel = customer.code + " project " + num((k / 8) % 2 + 1);
        wo.programId = "pgm-" + customer.code.toLower();
        wo.programLabel = customer.code + " refresh 2026";
        wo.location = k % 2;
        wo.status = 1;
        const int done = units * ((k * 13) % 10) / 10;
        wo.cycles = {units, units - done - units / 10, units / 20, units / 20, done, 0, 0};
        out.push_back(wo);
    }
    return out;
}

QByteArray pageEnvelope(const QByteArrayList &items, qint64 total, int limit, const QByteArray &cursor, const QByteArray &next)
{
    QByteArray links = R"("_links":{"self":{"href":"https://api.example.test/batches?limit=)" + num(limit) + R"("})";
    if (!next.isEmpty())
        links += R"(,"next":{"href":"https://api.example.test/batches?limit=)" + num(limit) + "&offset=" + next + R"("})";
    links += "}";
    return R"({"total_count":)" + num(total) + R"(,"limit":)" + num(limit) + R"(,"offset":)" + cursor
           + R"(,"_embedded":{"nter:batches":[)" + items.join(',') + "]}," + links + "}";
}

} // namespace

QByteArray uniformPage()
{
    const QueueSpec queue{"queue-imaging-bay", "Imaging Bay"};
    WorkOrderSpec wo;
    wo.id = "wo-northwind-ipad-500";
    wo.label = "Provision 500 iPad Air \xe2\x80\x94 Northwind Schools";
    wo.description = "500 iPad Air for district 7";
    QByteArrayList items;
    for (int i = 0; i < 100; ++i) {
        BatchSpec b;
        b.id = "batch-" + num(i);
        b.label = "NWS iPad Air " + num(i) + "/100";
        b.order = i;
        b.queue = &queue;
        b.workOrder = &wo;
        b.customer = &kCustomers[0];
        items << batchJson(b);
    }
    return R"({"total_count":1200,"limit":100,"offset":"cursor-2","_embedded":{"nter:batches":[)" + items.join(',')
           + R"(]},"_links":{"self":{"href":"https://api.example.test/batches?limit=100"}}})";
}

Board::Board(Options options)
    : m_options(options)
{
    Rng rng{0x5eedba7c4e5ULL};
    std::vector<double> woWeights;
    for (int k = 0; k < m_options.workOrders; ++k)
        woWeights.push_back((woWeights.empty() ? 0.0 : woWeights.back()) + 1.0 / std::pow(k + 1.0, 0.9));
    std::vector<double> queueWeights;
    for (int q = 0; q < std::min(m_options.queues, 6); ++q)
        queueWeights.push_back((queueWeights.empty() ? 0.0 : queueWeights.back()) + kQueueWeights[q]);

    const int n = m_options.batches;
    m_batches.resize(static_cast<std::size_t>(n));
    for (int i = 0; i < n; ++i) {
        BatchState &b = m_batches[static_cast<std::size_t>(i)];
        b.index = i;
        b.workOrder = pick(rng, woWeights);
        b.queue = pick(rng, queueWeights);
        // Orders are a permutation of 0..n-1 (when gcd(7919, n) == 1), so pages arrive unsorted.
        b.order = static_cast<int>((static_cast<qint64>(i) * 7919 + 13) % n);
        b.numberCycles = 4 + rng.below(37);
        const int roll = rng.below(100);
        b.status = roll < 3 ? 4 : roll < 4 ? 5 : kQueueStatus[b.queue];
        // Split the cycles: further along the line, more of them complete.
        int left = b.numberCycles;
        const int complete = std::min(left, left * (b.queue * 15 + rng.below(25)) / 100);
        left -= complete;
        const int inProgress = left ? rng.below(left + 1) / 2 : 0;
        left -= inProgress;
        const int verifying = left ? rng.below(left + 1) / 3 : 0;
        left -= verifying;
        const int blocked = b.status == 4 && left ? 1 : 0;
        left -= blocked;
        const int cancelled = b.status == 5 ? left : 0;
        left -= cancelled;
        b.cycles = {left, inProgress, verifying, complete, blocked, cancelled};
    }
}

int Board::pageCount() const
{
    return (batchCount() + m_options.pageSize - 1) / m_options.pageSize;
}

QByteArray Board::page(int index) const
{
    const std::vector<WorkOrderSpec> wos = boardWorkOrders(m_options.workOrders);
    QByteArrayList items;
    const int first = index * m_options.pageSize;
    const int last = std::min(batchCount(), first + m_options.pageSize);
    for (int i = first; i < last; ++i) {
        const BatchState &s = m_batches[static_cast<std::size_t>(i)];
        const WorkOrderSpec &wo = wos[static_cast<std::size_t>(s.workOrder)];
        const CustomerSpec &customer = kCustomers[wo.customer];
        BatchSpec b;
        b.id = "B-2026-" + QByteArray::number(s.index).rightJustified(5, '0');
        b.label = customer.code + " " + wo.device + " cart " + num(s.index);
        if (s.revision) {
            b.updated = "2026-11-02T09:" + num(30 + s.revision).rightJustified(2, '0') + ":"
                        + num(s.index % 60).rightJustified(2, '0') + ".000Z";
        }
        b.order = s.order;
        b.numberCycles = s.numberCycles;
        b.cycles = s.cycles;
        b.status = s.status;
        b.queue = &kBoardQueues[s.queue];
        b.workOrder = &wo;
        b.customer = &customer;
        items << batchJson(b);
    }
    // `offset` is the cursor of the next page; null on the last one.
    const bool lastPage = index + 1 >= pageCount();
    const QByteArray next = lastPage ? QByteArray() : "cursor-" + num(index + 1);
    return pageEnvelope(items, batchCount(), m_options.pageSize, lastPage ? QByteArray("null") : '"' + next + '"', next);
}

std::vector<QByteArray> Board::allPages() const
{
    std::vector<QByteArray> pages;
    for (int p = 0; p < pageCount(); ++p)
        pages.push_back(page(p));
    return pages;
}

QList<QByteArray> Board::changeCycles(int count)
{
    // A stride coprime with the batch count visits distinct batches spread over every page.
    const int n = batchCount();
    int stride = n / std::max(count, 1) + 1;
    while (std::gcd(stride, n) != 1)
        ++stride;
    QList<QByteArray> ids;
    for (int k = 0, i = 7 % std::max(n, 1); k < count && k < n; ++k, i = (i + stride) % n) {
        BatchState &b = m_batches[static_cast<std::size_t>(i)];
        // One more cycle complete, taken from the first category that has one to give.
        bool moved = false;
        for (std::size_t from : {0u, 1u, 2u}) {
            if (b.cycles[from] > 0) {
                --b.cycles[from];
                ++b.cycles[3];
                moved = true;
                break;
            }
        }
        if (!moved) { // every cycle complete, blocked or cancelled: one more cycle, already complete
            ++b.numberCycles;
            ++b.cycles[3];
        }
        ++b.revision;
        ids << "B-2026-" + QByteArray::number(b.index).rightJustified(5, '0');
    }
    return ids;
}

int Board::queuesUsed() const
{
    std::vector<bool> used(6, false);
    for (const BatchState &b : m_batches)
        used[static_cast<std::size_t>(b.queue)] = true;
    return static_cast<int>(std::count(used.begin(), used.end(), true));
}

int Board::workOrdersUsed() const
{
    std::vector<bool> used(static_cast<std::size_t>(m_options.workOrders), false);
    for (const BatchState &b : m_batches)
        used[static_cast<std::size_t>(b.workOrder)] = true;
    return static_cast<int>(std::count(used.begin(), used.end(), true));
}

} // namespace BenchPages
