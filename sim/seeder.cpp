#include "seeder.h"

#include "auth.h"
#include "logging.h"
#include "store.h"

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>
#include <QVariant>

#include <algorithm>
#include <map>
#include <set>
#include <cmath>
#include <vector>

namespace sim {

namespace {

constexpr std::uint64_t kSeed = 0x20261129ULL;

std::string randomToken()
{
    // Credentials must not be predictable: these come from the system RNG, not the seed.
    QByteArray bytes(32, '\0');
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(bytes.data()), bytes.size() / 4);
    return bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals).toStdString();
}

std::string emailFor(const std::string &name)
{
    std::string out;
    for (char ch : name) {
        if (ch == ' ')
            out += '.';
        else if ((ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z'))
            out += static_cast<char>(ch >= 'A' && ch <= 'Z' ? ch - 'A' + 'a' : ch);
    }
    return out + "@demo.batchdesk.test";
}

struct StatusSpec
{
    const char *status;
    const char *description;
};

struct CustomerSpec
{
    const char *id, *label, *code;
    StatusSpec statuses[6]; // in kAllCategories order
    const char *programId, *programLabel;
    const char *projectIds[2];
    const char *projectLabels[2];
};

const CustomerSpec kCustomers[] = {
    {"cust-northwind-schools", "Northwind Schools", "NWS",
     {{"Awaiting Intake", "Devices received, waiting to be unboxed"},
      {"Imaging", "Devices are being imaged and enrolled"},
      {"QA Check", "A second technician verifies the devices"},
      {"Shipped", "Devices shipped to the school"},
      {"On Hold", "Waiting on the district or on parts"},
      {"Voided", "Cancelled by the district"}},
     "pgm-northwind-refresh", "2026-27 Student Device Refresh",
     {"prj-northwind-district-7", "prj-northwind-lincoln-high"},
     {"District 7 Elementary", "Lincoln High Rollout"}},
    {"cust-contoso-health", "Contoso Health", "CTH",
     {{"Queued", "Waiting for a technician"},
      {"Provisioning", "Clinical apps and profiles are being installed"},
      {"Verification", "Checked against the clinical build sheet"},
      {"Delivered", "Delivered to the nursing unit"},
      {"Blocked", "Waiting on a security exception"},
      {"Cancelled", "No longer needed"}},
     "pgm-contoso-mobility", "Clinical Mobility Program",
     {"prj-contoso-nursing", "prj-contoso-telehealth"},
     {"Nursing Stations Refresh", "Telehealth Kits"}},
    {"cust-fabrikam-retail", "Fabrikam Retail", "FAB",
     {{"Not Started", "Not started yet"},
      {"In Progress", "Being configured"},
      {"Quality Review", "Quality review before packing"},
      {"Complete", "Packed and handed to logistics"},
      {"Waiting on Parts", "Blocked until parts arrive"},
      {"Cancelled", "Cancelled by the store"}},
     "pgm-fabrikam-modernization", "Store Modernization",
     {"prj-fabrikam-pos", "prj-fabrikam-backoffice"},
     {"Point of Sale Handhelds", "Back Office Laptops"}},
    {"cust-tailspin-airlines", "Tailspin Airlines", "TSA",
     {{"Received", "Received at the dock"},
      {"Configuring", "Crew apps and profiles being configured"},
      {"Inspecting", "Final inspection"},
      {"Ready for Dispatch", "Ready for the crew base"},
      {"Escalated", "Escalated to the airline IT desk"},
      {"Withdrawn", "Withdrawn by the airline"}},
     "pgm-tailspin-crew", "Crew Tablet Program",
     {"prj-tailspin-cabin", "prj-tailspin-groundops"},
     {"Cabin Crew iPads", "Ground Ops Scanners"}},
};

struct DeviceSpec
{
    const char *name, *slug, *workflow, *verb;
};

const DeviceSpec kDevices[] = {
    {"iPad Air", "ipad-air", "wkf-apple-provisioning", "Provision"},
    {"iPad (10th gen)", "ipad-10", "wkf-apple-provisioning", "Provision"},
    {"Chromebook 314", "chromebook-314", "wkf-chromebook-enrollment", "Enroll"},
    {"MacBook Air M3", "macbook-air", "wkf-apple-provisioning", "Image"},
    {"Latitude 5440", "latitude-5440", "wkf-windows-imaging", "Image"},
    {"Surface Laptop 5", "surface-laptop-5", "wkf-windows-imaging", "Image"},
    {"iPhone 15", "iphone-15", "wkf-apple-provisioning", "Provision"},
    {"Zebra TC52 scanner", "zebra-tc52", "wkf-rugged-scanner", "Configure"},
    {"ThinkPad T14", "thinkpad-t14", "wkf-windows-imaging", "Image"},
};

const char *const kTechnicians[] = {
    "Priya Natarajan", "James Okafor",   "Sofia Lindqvist", "Ethan Brooks",    "Aisha Rahman",
    "Lucas Moreau",    "Mei Chen",       "Diego Alvarez",   "Hannah Schultz",  "Kwame Mensah",
    "Olivia Carter",   "Ravi Shankar",   "Grace Kim",       "Tomas Novak",     "Fatima Haddad",
    "Noah Bennett",    "Isabella Rossi", "Samuel Adeyemi",  "Chloe Dubois",    "Mateo Fernandez",
    "Yuki Tanaka",     "Liam Byrne",     "Zara Patel",
};

struct QueueSpec
{
    const char *id, *label;
    int priority;
    const char *location;
};

const QueueSpec kDemoQueues[] = {
    {"queue-fast-lane", "Fast Lane", 0, "loc-albany-provisioning"},
    {"queue-imaging-bay", "Imaging Bay", 1, "loc-albany-provisioning"},
    {"queue-kitting", "Kitting and Asset Tagging", 2, "loc-albany-provisioning"},
    {"queue-qa-verify", "QA Verification", 1, "loc-austin-facility"},
    {"queue-repair-bench", "Repair Bench", 3, "loc-austin-facility"},
    {"queue-bulk-staging", "Bulk Staging", 4, "loc-austin-facility"},
};

const QueueSpec kEmptyQueues[] = {
    {"queue-fast-lane", "Fast Lane", 0, "loc-albany-provisioning"},
    {"queue-rework", "Rework", 1, "loc-albany-provisioning"},
};

// Thin wrapper that turns a failed insert into an error string and a rollback.
class Inserter final
{
public:
    Inserter(QSqlDatabase &db, QString *error) : m_db(db), m_error(error) {}

    bool run(const char *sql, const QVariantList &values)
    {
        const QString text = QString::fromLatin1(sql);
        auto it = m_queries.find(text);
        if (it == m_queries.end()) {
            it = m_queries.emplace(text, QSqlQuery(m_db)).first;
            it->second.prepare(text);
        }
        QSqlQuery &q = it->second;
        int i = 0;
        for (const QVariant &v : values)
            q.bindValue(i++, v);
        if (q.exec())
            return true;
        if (m_error)
            *m_error = q.lastError().text() + QStringLiteral(" in ") + text;
        return false;
    }

private:
    QSqlDatabase &m_db;
    QString *m_error;
    std::map<QString, QSqlQuery> m_queries;
};

Json workflowSteps(const std::string &id)
{
    auto step = [](const char *type, const char *label) {
        return Json{{"step_type", type}, {"label", label}, {"on_start", Json::array()}, {"on_complete", Json::array()}};
    };
    Json steps = Json::object();
    if (id == "wkf-apple-provisioning") {
        steps["unbox-and-inspect"] = step("user", "Unbox and inspect");
        steps["enroll-in-mdm"] = step("user", "Enroll in MDM");
        steps["install-apps"] = step("function", "Install managed apps");
        steps["asset-tag"] = step("user", "Print and apply asset tag");
    } else if (id == "wkf-chromebook-enrollment") {
        steps["unbox-and-inspect"] = step("user", "Unbox and inspect");
        steps["enterprise-enroll"] = step("user", "Enterprise enrollment");
        steps["policy-sync"] = step("wait", "Wait for policy sync");
    } else if (id == "wkf-windows-imaging") {
        steps["bios-update"] = step("user", "Update BIOS");
        steps["apply-image"] = step("function", "Apply corporate image");
        steps["autopilot-register"] = step("function", "Register with Autopilot");
        steps["asset-tag"] = step("user", "Print and apply asset tag");
    } else {
        steps["charge-battery"] = step("wait", "Charge battery");
        steps["stage-profile"] = step("user", "Scan staging barcode");
    }
    steps["work-complete"] = step("success", "Work complete");
    steps["work-failed"] = step("fail", "Work failed");
    return steps;
}

std::string firstStep(const Json &steps)
{
    return steps.begin().key();
}

struct SeededWorkOrder
{
    std::string id, shortLabel;
    int needed;
    double progress; // 0..1, how far the floor has got
    std::size_t primaryQueue;
    int secondaryQueue; // -1: none
    double begin;
    double due; // days from the anchor
};

// A batch of the demo seed before it is inserted (in creation order, afterwards).
struct DeferredBatch
{
    double createdDays = 0.0;
    QVariantList values;                 // the batches row, columns as in the INSERT below
    std::vector<QVariantList> relations; // relation rows: [5] is the user id
};

// Columns of DeferredBatch::values.
enum BatchColumn {
    ColQueue = 2, ColWorkOrder = 3, ColCycles = 5, ColPending = 6, ColComplete = 9, ColCancelled = 11, ColStatus = 12
};

// The planning desk's view of the demo (README "Seeds"): the overdue work orders belong to
// these two queues, the floor's bottlenecks.
const char *const kPressureQueues[] = {"queue-fast-lane", "queue-bulk-staging"};

bool isPressureQueue(const std::string &queueId)
{
    return std::any_of(std::begin(kPressureQueues), std::end(kPressureQueues),
                       [&queueId](const char *q) { return queueId == q; });
}

// splitmix64 on a stream of its own: the demo's shaping and history draw from this, so the
// main stream (and so every id, size and count the seeder made before) stays as it was.
class Dice final
{
public:
    explicit Dice(std::uint64_t seed) : m_state(seed) {}
    std::uint64_t next()
    {
        std::uint64_t z = (m_state += 0x9E3779B97F4A7C15ULL);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
        return z ^ (z >> 31);
    }
    int range(int lo, int hi) { return hi <= lo ? lo : lo + static_cast<int>(next() % static_cast<std::uint64_t>(hi - lo + 1)); }
    double unit() { return static_cast<double>(next() >> 11) / 9007199254740992.0; }

private:
    std::uint64_t m_state;
};

CycleCounts cyclesOf(const QVariantList &values)
{
    CycleCounts c;
    for (std::size_t i = 0; i < kAllCategories.size(); ++i)
        c[kAllCategories[i]] = values[ColPending + static_cast<int>(i)].toInt();
    return c;
}

void setCycles(QVariantList &values, const CycleCounts &c)
{
    int total = 0;
    for (std::size_t i = 0; i < kAllCategories.size(); ++i) {
        values[ColPending + static_cast<int>(i)] = c[kAllCategories[i]];
        total += c[kAllCategories[i]];
    }
    values[ColCycles] = total;
    values[ColStatus] = QString::fromLatin1(categoryName(deriveCategory(c)));
}

std::vector<std::string> technicianIds(const DeferredBatch &b)
{
    std::vector<std::string> ids;
    for (const QVariantList &r : b.relations) {
        if (r[2].toString() == QLatin1String("technician"))
            ids.push_back(r[5].toString().toStdString());
    }
    return ids;
}

struct WorkOrderDue
{
    std::string id;
    double dueDays;
};

// Shapes the demo so that, at its anchor, the planning desk has something to say but not
// everything (README "Seeds"). Changes only what the goals need; batch and work-order counts,
// ids and sizes stay (but for the two finished orders' last batches):
//  - technicians are assigned when work starts: of the untouched batches' technician
//    relations, only about one in twenty stays (pre-assigned);
//  - an overdue work order with nothing left in progress was finished: its batches complete
//    in full, the last ones growing to the needed count (done);
//  - an overdue work order is late only when all its batches are in the pressure queues;
//    the others were given a new due date 4 to 8 weeks ahead (returned, to be written);
//  - a work order begun days ago with batches but nothing complete has its first few cycles
//    done (a stalled order is the exception).
std::vector<WorkOrderDue> shapeDemoFloor(std::vector<SeededWorkOrder> &workOrders, std::vector<DeferredBatch> &batches)
{
    Dice dice(0x5eed'da7e'2026'1129ULL);
    for (DeferredBatch &b : batches) {
        const CycleCounts c = cyclesOf(b.values);
        if (c[Category::Pending] == c.total() && dice.range(0, 19) != 0) {
            b.relations.erase(std::remove_if(b.relations.begin(), b.relations.end(),
                                             [](const QVariantList &r) { return r[2].toString() == QLatin1String("technician"); }),
                              b.relations.end());
        }
    }
    std::vector<WorkOrderDue> redated;
    for (SeededWorkOrder &w : workOrders) {
        std::vector<DeferredBatch *> mine;
        for (DeferredBatch &b : batches) {
            if (b.values[ColWorkOrder].toString().toStdString() == w.id)
                mine.push_back(&b);
        }
        if (mine.empty())
            continue;
        int active = 0;
        int complete = 0;
        bool pressureOnly = true;
        for (const DeferredBatch *b : mine) {
            active += cyclesOf(b->values).active();
            complete += cyclesOf(b->values)[Category::Complete];
            pressureOnly = pressureOnly && isPressureQueue(b->values[ColQueue].toString().toStdString());
        }
        if (w.due < 0 && active == 0) {
            // Finished: every cycle complete, the needed count reached (batches of at most 50).
            int missing = w.needed;
            for (const DeferredBatch *b : mine)
                missing -= b->values[ColCycles].toInt();
            for (auto it = mine.rbegin(); it != mine.rend(); ++it) {
                CycleCounts c;
                const int size = (*it)->values[ColCycles].toInt();
                const int grow = std::clamp(missing, 0, 50 - std::min(size, 50));
                missing -= grow;
                c[Category::Complete] = size + grow;
                setCycles((*it)->values, c);
            }
        } else if (w.due < 0 && !pressureOnly) {
            w.due = static_cast<double>(dice.range(28, 56));
            redated.push_back({w.id, w.due});
        } else if (complete == 0 && w.begin <= -3.0) {
            for (DeferredBatch *b : mine) {
                CycleCounts c = cyclesOf(b->values);
                if (c[Category::Pending] == 0)
                    continue;
                const int done = std::min(c[Category::Pending], std::max(1, c.total() / 5));
                c[Category::Pending] -= done;
                c[Category::Complete] += done;
                setCycles(b->values, c);
                break;
            }
        }
    }
    return redated;
}

// The completion history of the demo: the 30 days before the anchor (UTC days, weekdays
// busier than weekends), never more per batch than its complete cycles, nothing before a
// batch was created, each row attributed to one of the batch's technicians (none: no user).
// Its last 7 complete days are shaped for the planning desk (README "Seeds"): every
// technician with open work finishes it in 3.8-4.9 days at that pace, except the two or three
// with the most (or with nothing done to count): overloaded; every queue but the pressure
// queues clears its backlog before its earliest due date; work orders go as fast as their
// complete cycles allow toward finishing on time (those that cannot are at risk).
std::vector<Completion> demoHistory(const std::vector<SeededWorkOrder> &workOrders,
                                    const std::vector<DeferredBatch> &batches, const QDateTime &anchor)
{
    Dice dice(0x41570'12e5'2026ULL);
    constexpr int kWindow = 7;   // the pace window: the complete days before the anchor's
    constexpr int kHistory = 30; // days of history
    const QDate today = anchor.date();
    auto dayWeight = [&today](int day) {
        const int weekday = today.addDays(day).dayOfWeek();
        return weekday == 6 ? 0.35 : weekday == 7 ? 0.15 : 1.0;
    };
    // Window demand per work order, queue and technician (cycles over the window).
    std::map<std::string, double> woNeed, queueNeed, techNeed, techCap;
    std::map<std::string, int> woComplete;
    std::map<std::string, double> techOpen;
    std::map<std::string, int> queueActive;
    std::map<std::string, double> woDue;
    std::map<std::string, int> woNeeded;
    std::map<std::string, std::set<std::string>> queueWorkOrders;
    std::map<std::string, int> techCapacity; // complete cycles on their batches
    for (const SeededWorkOrder &w : workOrders) {
        woDue[w.id] = w.due;
        woNeeded[w.id] = w.needed;
    }
    for (const DeferredBatch &b : batches) {
        const CycleCounts c = cyclesOf(b.values);
        const std::string wo = b.values[ColWorkOrder].toString().toStdString();
        const std::string queue = b.values[ColQueue].toString().toStdString();
        woComplete[wo] += c[Category::Complete];
        queueActive[queue] += c.active();
        queueWorkOrders[queue].insert(wo);
        const std::vector<std::string> techs = technicianIds(b);
        for (const std::string &t : techs) {
            techOpen[t] += static_cast<double>(c.active()) / static_cast<double>(techs.size());
            techCapacity[t] += c[Category::Complete];
        }
    }
    for (const auto &[queue, active] : queueActive) {
        if (isPressureQueue(queue))
            continue;
        double daysLeft = 1e9;
        for (const std::string &wo : queueWorkOrders[queue]) {
            if (woNeeded[wo] > woComplete[wo])
                daysLeft = std::min(daysLeft, woDue[wo]);
        }
        if (daysLeft < 1e9 && active > 0)
            queueNeed[queue] = kWindow * active / (0.85 * std::max(daysLeft, 1.0));
    }
    // A work order that can finish on time at a pace its complete cycles allow is pushed to;
    // one that cannot (at risk) still moves a little: a stalled order is the exception.
    for (const auto &[wo, due] : woDue) {
        const int remaining = woNeeded[wo] - woComplete[wo];
        if (remaining <= 0 || due <= 0)
            continue;
        const double onTime = kWindow * remaining / (0.95 * due);
        woNeed[wo] = onTime <= 0.9 * woComplete[wo] ? onTime : std::min(onTime, 4.0);
    }
    // The overloaded: whoever has open work but nothing done to count, then the most open work.
    std::vector<std::pair<double, std::string>> byOpen;
    std::set<std::string> overloaded;
    for (const auto &[t, open] : techOpen) {
        if (open > 0 && techCapacity[t] == 0)
            overloaded.insert(t);
        else if (open > 0)
            byOpen.push_back({open, t});
    }
    std::sort(byOpen.rbegin(), byOpen.rend());
    for (std::size_t i = 0; i < byOpen.size() && overloaded.size() < 3; ++i)
        overloaded.insert(byOpen[i].second);
    for (const auto &[t, open] : techOpen) {
        if (overloaded.count(t))
            techCap[t] = kWindow * open / 9.0; // a load of 9 days or more
        else
            techNeed[t] = kWindow * open / (3.8 + 1.1 * dice.unit());
    }

    // Window completions: chunks of batches, wherever a demand is still open.
    struct Work
    {
        const DeferredBatch *batch;
        std::string queue, workOrder;
        std::vector<std::string> techs;
        int left = 0;             // complete cycles not yet recorded
        std::map<std::string, int> window; // per technician ("" = none): cycles in the window
        int earliestDay = 0;      // first whole day after its creation
    };
    std::vector<Work> work;
    for (const DeferredBatch &b : batches) {
        const int complete = cyclesOf(b.values)[Category::Complete];
        if (complete == 0)
            continue;
        Work w{&b, b.values[ColQueue].toString().toStdString(), b.values[ColWorkOrder].toString().toStdString(),
               technicianIds(b), complete, {}, 0};
        // Day index of its creation relative to the anchor's date, and the day after it.
        const QDateTime created = anchor.addSecs(static_cast<qint64>(std::llround(b.createdDays * 86400.0)));
        w.earliestDay = static_cast<int>(today.daysTo(created.date())) + 1;
        work.push_back(std::move(w));
    }
    bool progress = true;
    while (progress) {
        progress = false;
        for (Work &w : work) {
            if (w.left == 0 || w.earliestDay > -1)
                continue;
            // Whose: the technician of the batch who most needs it; one already overloaded only
            // while under the cap; no technician, no user.
            std::string tech;
            bool allowed = w.techs.empty();
            double gap = -1e9;
            for (const std::string &t : w.techs) {
                if (!overloaded.count(t) && techNeed[t] > gap) {
                    gap = techNeed[t];
                    tech = t;
                    allowed = true;
                }
            }
            for (const std::string &t : w.techs) {
                if (!allowed && techCap[t] >= 1) {
                    tech = t;
                    allowed = true;
                }
            }
            const bool wanted = (allowed && !tech.empty() && !overloaded.count(tech) && techNeed[tech] > 0)
                                || queueNeed[w.queue] > 0 || woNeed[w.workOrder] > 0;
            if (!allowed || !wanted)
                continue;
            const int chunk = std::min(w.left, dice.range(1, 4));
            w.left -= chunk;
            w.window[tech] += chunk;
            queueNeed[w.queue] -= chunk;
            woNeed[w.workOrder] -= chunk;
            if (overloaded.count(tech))
                techCap[tech] -= chunk;
            else if (!tech.empty())
                techNeed[tech] -= chunk;
            progress = true;
        }
    }

    // Before the window: a steadier floor, at up to 85 % of the window's pace (as far as the
    // complete cycles go).
    double windowTotal = 0;
    double leftTotal = 0;
    for (const Work &w : work) {
        for (const auto &[t, n] : w.window)
            windowTotal += n;
        leftTotal += w.left;
    }
    const double share = leftTotal > 0 ? std::min(1.0, 0.85 * windowTotal / kWindow * (kHistory - kWindow) / leftTotal) : 0;

    std::vector<Completion> out;
    const QDateTime historyStart = anchor.addDays(-kHistory);
    // `count` cycles of `w` by `tech`, spread over the days [first, last] by weekday weight.
    auto spread = [&](const Work &w, const std::string &tech, int count, int first, int last) {
        std::map<int, int> perDay;
        double total = 0;
        for (int d = first; d <= last; ++d)
            total += dayWeight(d);
        for (int i = 0; i < count; ++i) {
            double roll = dice.unit() * total;
            int day = last;
            for (int d = first; d <= last; ++d) {
                roll -= dayWeight(d);
                if (roll < 0) {
                    day = d;
                    break;
                }
            }
            ++perDay[day];
        }
        for (const auto &[day, n] : perDay) {
            // Within the shift, 07:00-18:59 UTC, and never before the history's start.
            QDateTime when(today.addDays(day), QTime(dice.range(7, 18), dice.range(0, 59), dice.range(0, 59)), QTimeZone::utc());
            if (when < historyStart)
                when = historyStart.addSecs(dice.range(0, 3600));
            out.push_back(Completion{isoTimestamp(when), w.batch->values[0].toString().toStdString(), w.queue,
                                     w.workOrder, tech, n});
        }
    };
    for (Work &w : work) {
        for (const auto &[tech, n] : w.window)
            spread(w, tech, n, std::max(w.earliestDay, -kWindow), -1);
        const int first = std::max(w.earliestDay, -kHistory);
        if (first > -kWindow - 1)
            continue;
        int before = 0;
        for (int i = 0; i < w.left; ++i)
            before += dice.unit() < share ? 1 : 0;
        // Each day's cycles by one of the batch's technicians.
        std::map<std::string, int> byTech;
        for (int i = 0; i < before; ++i)
            ++byTech[w.techs.empty() ? std::string() : w.techs[static_cast<std::size_t>(dice.range(0, static_cast<int>(w.techs.size()) - 1))]];
        for (const auto &[tech, n] : byTech)
            spread(w, tech, n, first, -kWindow - 1);
    }
    std::sort(out.begin(), out.end(), [](const Completion &a, const Completion &b) { return a.at < b.at; });
    return out;
}

} // namespace

Seeder::Seeder(Store &store, QDateTime anchor)
    : m_store(store)
    , m_anchor(anchor.toUTC())
    , m_state(kSeed)
{
}

std::string Seeder::at(double days) const
{
    return isoTimestamp(m_anchor.addSecs(static_cast<qint64>(std::llround(days * 86400.0))));
}

std::uint64_t Seeder::next()
{
    std::uint64_t z = (m_state += 0x9E3779B97F4A7C15ULL);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
}

int Seeder::range(int lo, int hi)
{
    return lo + static_cast<int>(next() % static_cast<std::uint64_t>(hi - lo + 1));
}

double Seeder::unit()
{
    return static_cast<double>(next() >> 11) / 9007199254740992.0;
}

std::string Seeder::uuid()
{
    const std::uint64_t a = next();
    const std::uint64_t b = next();
    char buf[40];
    std::snprintf(buf, sizeof buf, "%08x-%04x-4%03x-%04x-%012llx", static_cast<unsigned>(a >> 32),
                  static_cast<unsigned>((a >> 16) & 0xffff), static_cast<unsigned>(a & 0xfff),
                  static_cast<unsigned>(0x8000 | ((b >> 48) & 0x3fff)),
                  static_cast<unsigned long long>(b & 0xffffffffffffULL));
    return buf;
}

bool Seeder::seed(SeedKind kind, QString *error)
{
    QElapsedTimer timer;
    timer.start();
    QSqlDatabase &db = m_store.database();
    if (!db.transaction()) {
        if (error)
            *error = db.lastError().text();
        return false;
    }
    Inserter ins(db, error);
    auto fail = [&db]() {
        db.rollback();
        return false;
    };
    const bool demo = kind == SeedKind::Demo;

    // Paging cursors are signed with this; it lives in the db so cursors survive restarts.
    if (!ins.run("INSERT INTO meta (key, value) VALUES (?, ?)",
                 {QStringLiteral("cursor_secret"), qs(randomToken())})
        || !ins.run("INSERT INTO meta (key, value) VALUES (?, ?)",
                    {QStringLiteral("seed"), demo ? QStringLiteral("demo") : QStringLiteral("empty")})
        // What the seeded dates are relative to (logged on later starts; for whoever debugs).
        || !ins.run("INSERT INTO meta (key, value) VALUES (?, ?)", {QStringLiteral("seed_anchor"), qs(at(0.0))}))
        return fail();

    // --- users (both seeds) ------------------------------------------------------------
    struct SeededUser
    {
        std::string id, name;
        bool manager;
    };
    std::vector<SeededUser> users;
    for (const char *name : {"Dana Whitfield", "Marcus Ortega"})
        users.push_back({uuid(), name, true});
    for (const char *name : kTechnicians)
        users.push_back({uuid(), name, false});
    for (std::size_t i = 0; i < users.size(); ++i) {
        const std::string created = at(-420.0 + static_cast<double>(i) * 3.25);
        if (!ins.run("INSERT INTO users (user_id, email, name, role, token, created, updated) VALUES (?, ?, ?, ?, ?, ?, ?)",
                     {qs(users[i].id), qs(emailFor(users[i].name)), qs(users[i].name),
                      users[i].manager ? QStringLiteral("manager") : QStringLiteral("technician"),
                      // Only the hash of a token nobody is told: --dev-tokens issues usable ones.
                      qs(secretHash(randomToken())), qs(created), qs(created)}))
            return fail();
    }

    // --- locations -----------------------------------------------------------------------
    struct LocationSpec
    {
        const char *id, *label, *type, *thoroughfare, *premise, *locality, *area, *subArea, *postal;
    };
    const LocationSpec locations[] = {
        {"loc-albany-provisioning", "Albany Provisioning Center", "warehouse", "431 Broadway", "Suite C", "Menands",
         "NY", "Albany", "12204"},
        {"loc-austin-facility", "Austin Device Facility", "facility", "9900 Metric Blvd", "Building 2", "Austin", "TX",
         "Travis", "78758"},
    };
    for (std::size_t i = 0; i < (demo ? 2u : 1u); ++i) {
        const LocationSpec &l = locations[i];
        const Json address{{"country", "USA"},        {"administrative_area", l.area},
                           {"sub_administrative_area", l.subArea}, {"locality", l.locality},
                           {"postal_code", l.postal}, {"thoroughfare", l.thoroughfare},
                           {"premise", l.premise}};
        const std::string formatted = std::string(l.label) + "\n" + l.thoroughfare + " " + l.premise + "\n"
                                      + l.locality + " " + l.area + " " + l.postal + " USA";
        const std::string created = at(-900.0 + 40.0 * static_cast<double>(i));
        if (!ins.run("INSERT INTO locations VALUES (?, ?, ?, ?, ?, ?, ?)",
                     {QString::fromLatin1(l.id), QString::fromLatin1(l.label), QString::fromLatin1(l.type),
                      qs(formatted), qs(address.dump()), qs(created), qs(created)}))
            return fail();
    }

    // --- customers, programs, projects ----------------------------------------------------
    const std::size_t customerCount = demo ? std::size(kCustomers) : 1;
    for (std::size_t i = 0; i < customerCount; ++i) {
        const CustomerSpec &c = kCustomers[i];
        Json statuses = Json::array();
        for (std::size_t s = 0; s < kAllCategories.size(); ++s) {
            statuses.push_back(Json{{"category", categoryName(kAllCategories[s])},
                                    {"description", c.statuses[s].description},
                                    {"status", c.statuses[s].status},
                                    {"order", static_cast<int>(s) + 1}});
        }
        const std::string created = at(-700.0 + 30.0 * static_cast<double>(i));
        if (!ins.run("INSERT INTO customers VALUES (?, ?, ?, ?, ?)",
                     {QString::fromLatin1(c.id), QString::fromLatin1(c.label), qs(statuses.dump()), qs(created),
                      qs(created)}))
            return fail();
        if (!ins.run("INSERT INTO programs VALUES (?, ?, ?, ?, ?, ?, ?)",
                     {QString::fromLatin1(c.programId), QString::fromLatin1(c.id), QString::fromLatin1(c.programLabel),
                      qs(at(-200.0)), qs(at(240.0)), qs(created), qs(created)}))
            return fail();
        for (std::size_t p = 0; p < (demo ? 2u : 1u); ++p) {
            if (!ins.run("INSERT INTO projects VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                         {QString::fromLatin1(c.projectIds[p]), QString::fromLatin1(c.programId),
                          QString::fromLatin1(c.id), QString::fromLatin1(c.projectLabels[p]),
                          qs(std::string(c.projectLabels[p]) + " for " + c.label), qs(at(-120.0)), qs(at(150.0)),
                          qs(created), qs(created)}))
                return fail();
        }
    }

    // --- workflows ---------------------------------------------------------------------------
    const std::pair<const char *, const char *> workflows[] = {
        {"wkf-apple-provisioning", "Apple Device Provisioning"},
        {"wkf-chromebook-enrollment", "Chromebook Enterprise Enrollment"},
        {"wkf-windows-imaging", "Windows Imaging and Autopilot"},
        {"wkf-rugged-scanner", "Rugged Scanner Staging"},
    };
    for (std::size_t i = 0; i < std::size(workflows); ++i) {
        const Json steps = workflowSteps(workflows[i].first);
        const std::string created = at(-500.0 + 10.0 * static_cast<double>(i));
        if (!ins.run("INSERT INTO workflows VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                     {QString::fromLatin1(workflows[i].first), QString::fromLatin1(workflows[i].second),
                      qs(firstStep(steps)), static_cast<int>(3 + i * 2), qs(steps.dump()),
                      qs(Json{{"owner", "provisioning"}}.dump()), qs(created), qs(at(-60.0 + static_cast<double>(i)))}))
            return fail();
    }

    // --- queues and queue access --------------------------------------------------------------
    std::vector<QueueSpec> queues;
    if (demo)
        queues.assign(std::begin(kDemoQueues), std::end(kDemoQueues));
    else
        queues.assign(std::begin(kEmptyQueues), std::end(kEmptyQueues));
    for (std::size_t i = 0; i < queues.size(); ++i) {
        const std::string created = at(-365.0 + 7.0 * static_cast<double>(i));
        if (!ins.run("INSERT INTO queues (queue_id, label, priority, location_id, created, updated) VALUES (?, ?, ?, ?, ?, ?)",
                     {QString::fromLatin1(queues[i].id), QString::fromLatin1(queues[i].label), queues[i].priority,
                      QString::fromLatin1(queues[i].location), qs(created), qs(created)}))
            return fail();
    }
    // Which technicians work which queues (documented in sim/README.md).
    std::map<std::string, std::vector<std::string>> techsByQueue;
    for (std::size_t t = 2; t < users.size(); ++t) {
        const std::size_t techIndex = t - 2;
        std::vector<std::size_t> access;
        if (demo) {
            if (techIndex == 0) {
                access = {0, 3}; // Priya: Fast Lane and QA Verification
            } else {
                // 1-3 consecutive queues, starting points rotating so every queue gets technicians.
                const std::size_t count = 1 + techIndex % 3;
                for (std::size_t k = 0; k < count; ++k)
                    access.push_back((techIndex * 5 + k) % queues.size());
            }
        } else {
            if (techIndex == 0 || techIndex % 3 == 1)
                access = {0};
            else if (techIndex % 3 == 2)
                access = {1};
            else
                access = {0, 1};
        }
        for (std::size_t qi : access) {
            if (!ins.run("INSERT OR IGNORE INTO queue_access VALUES (?, ?)",
                         {qs(users[t].id), QString::fromLatin1(queues[qi].id)}))
                return fail();
            techsByQueue[queues[qi].id].push_back(users[t].id);
        }
    }

    // --- work orders ------------------------------------------------------------------------------
    std::vector<SeededWorkOrder> workOrders;
    auto addWorkOrder = [&](const std::string &id, std::size_t customer, std::size_t project, const DeviceSpec &device,
                            int needed, double beginDays, double dueDays, std::size_t primary, int secondary,
                            double progress) {
        const CustomerSpec &c = kCustomers[customer];
        const std::string label = std::string(device.verb) + " " + std::to_string(needed) + " " + device.name
                                  + " \u2014 " + c.label;
        const std::string shortLabel = std::string(c.code) + " " + device.name;
        const std::string description = std::to_string(needed) + " x " + device.name + " for "
                                        + c.projectLabels[project] + " (" + c.label + ")";
        const std::string created = at(beginDays - 6.0);
        workOrders.push_back({id, shortLabel, needed, progress, primary, secondary, beginDays, dueDays});
        return ins.run("INSERT INTO work_orders (work_order_id, label, short_label, description, project_id,"
                       " location_id, work_flow_id, needed, begin_date, due_date, start_date, end_date, created,"
                       " updated) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                       {qs(id), qs(label), qs(shortLabel), qs(description), QString::fromLatin1(c.projectIds[project]),
                        QString::fromLatin1(queues[primary].location), QString::fromLatin1(device.workflow), needed,
                        qs(at(beginDays)), qs(at(dueDays)), qs(at(beginDays + 1.0)), qs(at(dueDays)), qs(created),
                        qs(created)});
    };

    if (!demo) {
        if (!addWorkOrder("wo-ipad-500", 0, 0, kDevices[0], 500, -7.0, 30.0, 0, -1, 0.0)
            || !addWorkOrder("wo-chromebook-120", 0, 0, kDevices[2], 120, -3.0, 21.0, 0, -1, 0.0)
            || !addWorkOrder("wo-macbook-40", 0, 0, kDevices[3], 40, -1.0, 14.0, 1, -1, 0.0)
            // Large enough for bulk runs of hundreds of batches (tests/integration/tst_bulkfaults).
            || !addWorkOrder("wo-latitude-2000", 0, 0, kDevices[4], 2000, -2.0, 45.0, 0, -1, 0.0))
            return fail();
        if (!db.commit())
            return fail();
        qCInfo(lcSim) << "seeded 'empty' in" << timer.elapsed() << "ms";
        return true;
    }

    const int quantities[] = {10,  24,  40,  48,  60,  80,  100, 120, 150, 200, 240, 250,
                              300, 360, 400, 450, 480, 500, 540, 600, 600, 600};
    std::set<std::string> usedIds;
    for (int i = 0; i < 40; ++i) {
        const std::size_t customer = static_cast<std::size_t>(i) % std::size(kCustomers);
        const std::size_t project = static_cast<std::size_t>(i / 4) % 2;
        const DeviceSpec &device = kDevices[static_cast<std::size_t>(i * 7 + i / 4) % std::size(kDevices)];
        const int needed = quantities[range(0, static_cast<int>(std::size(quantities)) - 1)];
        std::string id = std::string("wo-") + (kCustomers[customer].id + 5) + "-" + device.slug + "-"
                         + std::to_string(needed);
        if (usedIds.count(id))
            id += "-b";
        usedIds.insert(id);
        const double begin = -static_cast<double>(range(3, 70));
        const bool overdue = range(0, 99) < 22;
        const double due = overdue ? -static_cast<double>(range(1, 12)) : begin + static_cast<double>(range(21, 100));
        const double elapsed = std::clamp(-begin / (due - begin), 0.0, 1.0);
        const double progress = std::clamp(elapsed * (0.55 + 0.5 * unit()), 0.0, 1.0);
        const std::size_t primary = static_cast<std::size_t>(range(0, static_cast<int>(queues.size()) - 1));
        const int secondary = range(0, 99) < 40
                                  ? static_cast<int>((primary + 1 + static_cast<std::size_t>(range(0, 3))) % queues.size())
                                  : -1;
        if (!addWorkOrder(id, customer, project, device, needed, begin, due, primary, secondary, progress))
            return fail();
    }

    // --- batches: exactly 1,200, spread in proportion to the cycles each work order needs ----------
    constexpr int kBatchTarget = 1200;
    // Some work orders are cut into many small batches, others into a few boxes of up to 50.
    std::vector<double> shares;
    double weightTotal = 0.0;
    for (const SeededWorkOrder &w : workOrders) {
        shares.push_back(w.needed * std::exp(-1.6 + 3.2 * unit()));
        weightTotal += shares.back();
    }
    std::vector<int> batchCounts;
    int batchSum = 0;
    for (std::size_t i = 0; i < workOrders.size(); ++i) {
        const int k = std::clamp(static_cast<int>(kBatchTarget * shares[i] / weightTotal), 1, workOrders[i].needed);
        batchCounts.push_back(k);
        batchSum += k;
    }
    while (batchSum != kBatchTarget) {
        // Grow the work order with the biggest batches, or shrink the one with the smallest.
        std::size_t pick = 0;
        double best = batchSum < kBatchTarget ? -1.0 : 1e9;
        for (std::size_t i = 0; i < workOrders.size(); ++i) {
            const double avg = static_cast<double>(workOrders[i].needed) / batchCounts[i];
            if (batchSum < kBatchTarget && batchCounts[i] < workOrders[i].needed && avg > best) {
                best = avg;
                pick = i;
            } else if (batchSum > kBatchTarget && batchCounts[i] > 1 && avg < best) {
                best = avg;
                pick = i;
            }
        }
        const int delta = batchSum < kBatchTarget ? 1 : -1;
        batchCounts[pick] += delta;
        batchSum += delta;
    }

    // Batches are inserted in creation order afterwards, so that the row key (and thus the
    // listing order) follows `created` and a page mixes work orders like a real floor.
    std::vector<DeferredBatch> deferredBatches;
    const std::string dana = users[0].id;
    const std::string marcus = users[1].id;
    int relationCount = 0;
    for (std::size_t wi = 0; wi < workOrders.size(); ++wi) {
        const SeededWorkOrder &w = workOrders[wi];
        const int k = batchCounts[wi];
        // Batch sizes: a random split of 75-100% of the needed cycles, each 1..50.
        std::vector<double> weights;
        double weightSum = 0.0;
        for (int j = 0; j < k; ++j) {
            weights.push_back(0.35 + unit() * 1.3);
            weightSum += weights.back();
        }
        const double fill = static_cast<double>(w.needed) * (0.75 + 0.25 * unit());
        std::vector<int> sizes;
        int sizeSum = 0;
        for (double weight : weights) {
            sizes.push_back(std::clamp(static_cast<int>(fill * weight / weightSum), 1, 50));
            sizeSum += sizes.back();
        }
        while (sizeSum > w.needed) { // never batch more cycles than the work order needs
            auto largest = std::max_element(sizes.begin(), sizes.end());
            --*largest;
            --sizeSum;
        }

        std::map<std::size_t, std::int64_t> orderInQueue;
        for (int j = 0; j < k; ++j) {
            const int n = sizes[static_cast<std::size_t>(j)];
            const std::size_t queueIndex = (w.secondaryQueue >= 0 && range(0, 99) < 35)
                                               ? static_cast<std::size_t>(w.secondaryQueue)
                                               : w.primaryQueue;
            const double position = (j + 0.5) / k;
            CycleCounts c;
            const int roll = range(0, 999);
            if (roll < 15) {
                c[Category::Cancelled] = n;
            } else if (position < w.progress - 0.08) {
                c[Category::Complete] = n;
                if (n > 3 && range(0, 9) == 0) {
                    c[Category::Complete] -= 1;
                    c[Category::Cancelled] = 1;
                }
            } else if (position > w.progress + 0.08) {
                c[Category::Pending] = n;
            } else {
                int left = n;
                c[Category::Complete] = range(0, left / 2);
                left -= c[Category::Complete];
                c[Category::Verifying] = range(0, left / 2);
                left -= c[Category::Verifying];
                c[Category::InProgress] = std::max(left > 0 ? 1 : 0, range(0, left));
                left -= c[Category::InProgress];
                c[Category::Pending] = left;
            }
            if (roll >= 15 && roll < 55 && c[Category::Complete] < n) {
                // A few batches have blocked cycles: a missing part, a failed enrollment.
                const int blocked = std::min(range(1, 3), n - c[Category::Complete]);
                int take = blocked;
                for (Category from : {Category::Pending, Category::InProgress, Category::Verifying}) {
                    const int moved = std::min(take, c[from]);
                    c[from] -= moved;
                    take -= moved;
                }
                c[Category::Blocked] = blocked - take;
            }

            const double createdDays = std::min(-0.5, w.begin + 0.08 * j);
            const bool untouched = c[Category::Pending] == n;
            const double updatedDays = untouched ? createdDays
                                                 : std::min(-0.01, createdDays + 0.2 + unit() * 6.0);
            const std::string batchId = uuid();
            const std::string created = at(createdDays);
            const Category category = deriveCategory(c);
            DeferredBatch &deferred = deferredBatches.emplace_back();
            deferred.createdDays = createdDays;
            deferred.values = QVariantList{qs(batchId), qs(w.shortLabel + " " + std::to_string(j + 1) + "/" + std::to_string(k)),
                          QString::fromLatin1(queues[queueIndex].id), qs(w.id),
                          QVariant::fromValue<qlonglong>(orderInQueue[queueIndex]++), n, c[Category::Pending],
                          c[Category::InProgress], c[Category::Verifying], c[Category::Complete],
                          c[Category::Blocked], c[Category::Cancelled], QString::fromLatin1(categoryName(category)),
                          qs(created), qs(at(updatedDays))};

            auto relate = [&](const std::string &relation, const char *label, const char *direction,
                              const std::string &userId, const std::string &when) {
                const std::string relationId = QByteArray::fromStdString("USER#rel:" + relation + "#" + uuid())
                                                   .toBase64(QByteArray::Base64UrlEncoding
                                                             | QByteArray::OmitTrailingEquals)
                                                   .toStdString();
                ++relationCount;
                deferred.relations.push_back(QVariantList{qs(relationId), qs(batchId), qs(relation),
                                                          QString::fromLatin1(label), QString::fromLatin1(direction),
                                                          qs(userId), qs(when), qs(when)});
                return true;
            };
            if (!relate("created", "Created By", "INWARD", range(0, 9) < 7 ? dana : marcus, created))
                return fail();
            const std::vector<std::string> &techs = techsByQueue[queues[queueIndex].id];
            if (!techs.empty() && (!untouched || range(0, 1) == 0)) {
                const std::size_t first = static_cast<std::size_t>(range(0, static_cast<int>(techs.size()) - 1));
                if (!relate("technician", "Technician", "OUTWARD", techs[first], created))
                    return fail();
                if (techs.size() > 1 && range(0, 4) == 0
                    && !relate("technician", "Technician", "OUTWARD", techs[(first + 1) % techs.size()], created))
                    return fail();
            }
        }
    }
    std::stable_sort(deferredBatches.begin(), deferredBatches.end(),
                     [](const DeferredBatch &a, const DeferredBatch &b) { return a.createdDays < b.createdDays; });
    // The floor as the planning desk reads it, and the 30 days of completions behind it.
    const std::vector<WorkOrderDue> redated = shapeDemoFloor(workOrders, deferredBatches);
    for (const WorkOrderDue &w : redated) {
        if (!ins.run("UPDATE work_orders SET due_date = ?, end_date = ? WHERE work_order_id = ?",
                     {qs(at(w.dueDays)), qs(at(w.dueDays)), qs(w.id)}))
            return fail();
    }
    for (const Completion &c : demoHistory(workOrders, deferredBatches, m_anchor)) {
        if (!ins.run("INSERT INTO completions (completed_at, batch_id, queue_id, work_order_id, user_id, cycles)"
                     " VALUES (?, ?, ?, ?, ?, ?)",
                     {qs(c.at), qs(c.batchId), qs(c.queueId), qs(c.workOrderId),
                      c.userId.empty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(qs(c.userId)), c.cycles}))
            return fail();
    }
    relationCount = 0;
    for (const DeferredBatch &b : deferredBatches) {
        relationCount += static_cast<int>(b.relations.size());
        if (!ins.run("INSERT INTO batches (batch_id, label, queue_id, work_order_id, ord, number_cycles, pending,"
                     " in_progress, verifying, complete, blocked, cancelled, status_category, status_label,"
                     " created, updated) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, '', ?, ?)",
                     b.values))
            return fail();
        for (const QVariantList &r : b.relations) {
            if (!ins.run("INSERT INTO relations (relation_id, batch_id, relation, label, direction,"
                         " entity_type, entity_id, created, updated) VALUES (?, ?, ?, ?, ?, 'USER', ?, ?, ?)",
                         r))
                return fail();
        }
    }
    // Two orders that arrived this week and are not batched yet: what a manager splits first
    // (the planning wizard's demo). Added after the batches, so the seeded 1,200 are unchanged.
    if (!addWorkOrder("wo-northwind-schools-ipad-10-500-new", 0, 1, kDevices[1], 500, -1.0, 28.0, 0, -1, 0.0)
        || !addWorkOrder("wo-fabrikam-retail-zebra-tc52-120-new", 2, 0, kDevices[7], 120, -0.5, 21.0, 1, -1, 0.0))
        return fail();
    if (!db.commit())
        return fail();
    qCInfo(lcSim) << "seeded 'demo':" << workOrders.size() << "work orders," << kBatchTarget << "batches,"
                  << relationCount << "relations in" << timer.elapsed() << "ms";
    return true;
}

} // namespace sim
