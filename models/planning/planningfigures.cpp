#include "models/planning/planningfigures.h"

#include <QTimeZone>

#include <algorithm>
#include <cmath>
#include <limits>

namespace BatchDesk {

namespace {

constexpr double kSecondsPerDay = 86400.0;

} // namespace

qint64 activeCycles(const Niagara::CycleCounts &c)
{
    using Niagara::StatusCategory;
    return Niagara::addCounts(
        Niagara::addCounts(c[StatusCategory::Pending], c[StatusCategory::InProgress]),
        Niagara::addCounts(c[StatusCategory::Verifying], c[StatusCategory::Blocked]));
}

namespace {

double paceOf(const PaceWindow &window, QHash<QString, double> DayCompletions::*table, const QString &key)
{
    double sum = 0;
    int covered = 0;
    for (const DayCompletions &day : window.days) {
        if (day.source == PaceSource::None)
            continue;
        ++covered;
        sum += (day.*table).value(key);
    }
    return covered == 0 ? 0.0 : sum / covered;
}

void addUnique(QStringList &list, const QString &value)
{
    if (!value.isEmpty() && !list.contains(value))
        list.append(value);
}

} // namespace

QString riskWireName(Risk risk)
{
    switch (risk) {
    case Risk::Done:
        return QStringLiteral("done");
    case Risk::Late:
        return QStringLiteral("late");
    case Risk::Stalled:
        return QStringLiteral("stalled");
    case Risk::AtRisk:
        return QStringLiteral("at_risk");
    case Risk::OnTrack:
        return QStringLiteral("on_track");
    case Risk::NoPace:
        return QStringLiteral("no_pace");
    }
    return {};
}

int riskSeverity(Risk risk)
{
    switch (risk) {
    case Risk::Late:
        return 0;
    case Risk::Stalled:
        return 1;
    case Risk::NoPace:
        return 2;
    case Risk::AtRisk:
        return 3;
    case Risk::OnTrack:
        return 4;
    case Risk::Done:
        return 5;
    }
    return 6;
}

int PaceWindow::coveredDays() const
{
    return static_cast<int>(std::count_if(days.begin(), days.end(),
                                          [](const DayCompletions &d) { return d.source != PaceSource::None; }));
}

int PaceWindow::daysFrom(PaceSource source) const
{
    return static_cast<int>(
        std::count_if(days.begin(), days.end(), [source](const DayCompletions &d) { return d.source == source; }));
}

double PaceWindow::workOrderPace(const QString &id) const
{
    return paceOf(*this, &DayCompletions::byWorkOrder, id);
}

double PaceWindow::queuePace(const QString &id) const
{
    return paceOf(*this, &DayCompletions::byQueue, id);
}

double PaceWindow::userPace(const QString &id) const
{
    return paceOf(*this, &DayCompletions::byUser, id);
}

PaceWindow PaceWindow::empty(const QDateTime &now, int length)
{
    PaceWindow window;
    const QDate today = now.toUTC().date();
    for (int i = length; i >= 1; --i) {
        DayCompletions day;
        day.day = today.addDays(-i);
        window.days.push_back(std::move(day));
    }
    return window;
}

PaceWindow PaceWindow::lastDays(int length) const
{
    PaceWindow out;
    const auto n = std::min<std::size_t>(days.size(), static_cast<std::size_t>(std::max(0, length)));
    out.days.assign(days.end() - static_cast<std::ptrdiff_t>(n), days.end());
    return out;
}

void PaceWindow::applyServerMetrics(const QList<Niagara::MetricRow> &rows, const QDate &first, const QDate &last)
{
    QHash<QDate, DayCompletions *> open;
    for (DayCompletions &day : days) {
        if (day.source == PaceSource::OwnHistory || day.day < first || day.day > last)
            continue;
        day.source = PaceSource::ServerMetrics;
        day.byWorkOrder.clear();
        day.byQueue.clear();
        day.byUser.clear();
        open.insert(day.day, &day);
    }
    for (const Niagara::MetricRow &row : rows) {
        if (row.metric != QLatin1String("cycle_success") || !row.date.isValid() || !std::isfinite(row.value))
            continue;
        DayCompletions *day = open.value(row.date.toUTC().date());
        if (!day)
            continue;
        const QString workOrder = row.dimension(u"work_order");
        const QString queue = row.dimension(u"queue");
        const QString user = row.dimension(u"user");
        if (!workOrder.isEmpty())
            day->byWorkOrder[workOrder] += row.value;
        if (!queue.isEmpty())
            day->byQueue[queue] += row.value;
        if (!user.isEmpty())
            day->byUser[user] += row.value;
    }
}

std::optional<std::pair<QDate, QDate>> PaceWindow::uncoveredSpan() const
{
    QDate first;
    QDate last;
    for (const DayCompletions &day : days) {
        if (day.source == PaceSource::OwnHistory)
            continue;
        if (!first.isValid() || day.day < first)
            first = day.day;
        if (!last.isValid() || day.day > last)
            last = day.day;
    }
    if (!first.isValid())
        return std::nullopt;
    return std::pair{first, last};
}

double daysBetween(const QDateTime &from, const QDateTime &to)
{
    return static_cast<double>(from.msecsTo(to)) / (kSecondsPerDay * 1000.0);
}

QDateTime projectedFinish(const QDateTime &now, qint64 remaining, double pacePerDay)
{
    if (!(pacePerDay > 0))
        return {};
    if (remaining <= 0)
        return now.toUTC();
    const double seconds = static_cast<double>(remaining) / pacePerDay * kSecondsPerDay;
    // A pace so slow that the finish lies beyond what QDateTime holds: no finish.
    if (seconds > 1e13)
        return {};
    return now.toUTC().addMSecs(static_cast<qint64>(std::llround(seconds * 1000.0)));
}

Risk riskOf(qint64 remaining, const QDateTime &due, const QDateTime &now, double pacePerDay,
            const QDateTime &finish, bool paceKnown)
{
    if (remaining <= 0)
        return Risk::Done;
    if (due.isValid() && due < now)
        return Risk::Late;
    if (!paceKnown)
        return Risk::NoPace;
    if (!(pacePerDay > 0))
        return Risk::Stalled;
    if (due.isValid() && (!finish.isValid() || finish > due))
        return Risk::AtRisk;
    return Risk::OnTrack;
}

PlanningFigures PlanningFigures::compute(const PlanInput &input)
{
    PlanningFigures out;
    const QDateTime now = input.now.toUTC();
    out.generatedAt = now;
    out.paceWindowDays = input.paceWindowDays;
    out.overloadThresholdDays = input.overloadThresholdDays;
    out.paceDays = input.pace.coveredDays();
    // Without a single day of data a pace of 0 says nothing: no stalled or overloaded verdicts.
    const bool paceKnown = out.paceDays > 0;
    out.ownHistoryDays = input.pace.daysFrom(PaceSource::OwnHistory);
    out.serverMetricDays = input.pace.daysFrom(PaceSource::ServerMetrics);
    out.userNames = input.userNames;
    out.userRoles = input.userRoles;
    out.history = input.history.days;

    // --- accumulate per work order, queue and technician over the batches
    QHash<QString, WorkOrderFigures> workOrders;
    QHash<QString, QueueFigures> queues;
    QHash<QString, TechnicianFigures> technicians;

    auto workOrderEntry = [&](const QString &id) -> WorkOrderFigures & {
        auto it = workOrders.find(id);
        if (it == workOrders.end()) {
            WorkOrderFigures f;
            f.workOrderId = id;
            const PlanWorkOrder wo = input.workOrders.value(id);
            f.label = wo.label.isEmpty() ? id : wo.label;
            f.dueDate = wo.dueDate.isValid() ? wo.dueDate.toUTC() : QDateTime();
            f.cyclesNeeded = wo.cyclesNeeded;
            it = workOrders.insert(id, f);
        }
        return *it;
    };
    auto queueEntry = [&](const QString &id) -> QueueFigures & {
        auto it = queues.find(id);
        if (it == queues.end()) {
            QueueFigures f;
            f.queueId = id;
            const PlanQueue q = input.queues.value(id);
            f.label = q.label.isEmpty() ? id : q.label;
            f.priority = q.priority;
            f.technicianIds = q.technicianIds;
            it = queues.insert(id, f);
        }
        return *it;
    };

    for (const auto &[id, wo] : input.workOrders.asKeyValueRange())
        workOrderEntry(id);
    for (const auto &[id, q] : input.queues.asKeyValueRange())
        queueEntry(id);

    for (const PlanBatch &b : input.batches) {
        const qint64 active = activeCycles(b.cycles);
        WorkOrderFigures &wo = workOrderEntry(b.workOrderId);
        wo.cyclesBatched = Niagara::addCounts(wo.cyclesBatched, b.numberCycles);
        wo.cyclesComplete = Niagara::addCounts(wo.cyclesComplete, b.cycles[Niagara::StatusCategory::Complete]);
        addUnique(wo.queueIds, b.queueId);
        for (const QString &t : b.technicianIds)
            addUnique(wo.technicianIds, t);

        QueueFigures &q = queueEntry(b.queueId);
        q.activeCycles = Niagara::addCounts(q.activeCycles, active);
        q.blockedCycles = Niagara::addCounts(q.blockedCycles, b.cycles[Niagara::StatusCategory::Blocked]);
        ++q.batches;
        addUnique(q.workOrderIds, b.workOrderId);

        if (active > 0 && !b.technicianIds.isEmpty()) {
            const double share = static_cast<double>(active) / static_cast<double>(b.technicianIds.size());
            for (const QString &t : b.technicianIds) {
                auto it = technicians.find(t);
                if (it == technicians.end()) {
                    TechnicianFigures f;
                    f.userId = t;
                    it = technicians.insert(t, f);
                }
                it->openCycles += share;
                ++it->batches;
                addUnique(it->queueIds, b.queueId);
                addUnique(it->workOrderIds, b.workOrderId);
            }
        }
    }

    // Technicians who completed work in the window but hold no open batch are shown too:
    // they are the ones with room for more.
    for (const DayCompletions &day : input.pace.days) {
        for (const auto &[userId, count] : day.byUser.asKeyValueRange()) {
            if (count > 0 && !technicians.contains(userId)) {
                TechnicianFigures f;
                f.userId = userId;
                technicians.insert(userId, f);
            }
        }
    }

    // --- work orders
    for (WorkOrderFigures &wo : workOrders) {
        wo.cyclesRemaining = std::max<qint64>(0, wo.cyclesNeeded - wo.cyclesComplete);
        wo.pacePerDay = input.pace.workOrderPace(wo.workOrderId);
        wo.projectedFinish = projectedFinish(now, wo.cyclesRemaining, wo.pacePerDay);
        wo.risk = riskOf(wo.cyclesRemaining, wo.dueDate, now, wo.pacePerDay, wo.projectedFinish, paceKnown);
        if (wo.dueDate.isValid() && wo.projectedFinish.isValid())
            wo.slackDays = daysBetween(wo.projectedFinish, wo.dueDate);
        else if (wo.dueDate.isValid() && wo.cyclesRemaining == 0)
            wo.slackDays = daysBetween(now, wo.dueDate);
    }

    // --- queues: the earliest due date among their unfinished work orders
    for (QueueFigures &q : queues) {
        q.pacePerDay = input.pace.queuePace(q.queueId);
        if (q.pacePerDay > 0)
            q.backlogDays = static_cast<double>(q.activeCycles) / q.pacePerDay;
        for (const QString &woId : std::as_const(q.workOrderIds)) {
            const WorkOrderFigures &wo = workOrders[woId];
            if (wo.cyclesRemaining > 0 && wo.dueDate.isValid()
                && (!q.earliestDue.isValid() || wo.dueDate < q.earliestDue))
                q.earliestDue = wo.dueDate;
        }
        if (q.earliestDue.isValid())
            q.daysLeft = daysBetween(now, q.earliestDue);
        q.loadKnown = paceKnown;
        if (paceKnown && q.activeCycles > 0 && q.daysLeft)
            q.overloaded = q.backlogDays ? *q.backlogDays > *q.daysLeft : true;
    }

    // --- technicians
    for (TechnicianFigures &t : technicians) {
        t.name = input.userNames.value(t.userId);
        if (t.name.isEmpty())
            t.name = t.userId;
        t.pacePerDay = input.pace.userPace(t.userId);
        if (t.pacePerDay > 0)
            t.loadDays = t.openCycles / t.pacePerDay;
        t.loadKnown = paceKnown;
        if (paceKnown && t.openCycles > 0)
            t.overloaded = t.loadDays ? *t.loadDays > input.overloadThresholdDays : true;
    }

    // --- order
    out.workOrders.reserve(static_cast<std::size_t>(workOrders.size()));
    for (WorkOrderFigures &wo : workOrders)
        out.workOrders.push_back(std::move(wo));
    std::sort(out.workOrders.begin(), out.workOrders.end(), [](const WorkOrderFigures &a, const WorkOrderFigures &b) {
        if (riskSeverity(a.risk) != riskSeverity(b.risk))
            return riskSeverity(a.risk) < riskSeverity(b.risk);
        const double sa = a.slackDays.value_or(std::numeric_limits<double>::infinity());
        const double sb = b.slackDays.value_or(std::numeric_limits<double>::infinity());
        if (sa != sb)
            return sa < sb;
        if (a.dueDate != b.dueDate)
            return a.dueDate.isValid() && (!b.dueDate.isValid() || a.dueDate < b.dueDate);
        if (a.label != b.label)
            return a.label < b.label;
        return a.workOrderId < b.workOrderId;
    });

    out.queues.reserve(static_cast<std::size_t>(queues.size()));
    for (QueueFigures &q : queues)
        out.queues.push_back(std::move(q));
    std::sort(out.queues.begin(), out.queues.end(), [](const QueueFigures &a, const QueueFigures &b) {
        const auto c = a.priority <=> b.priority;
        if (c != 0 && c != std::partial_ordering::unordered)
            return c < 0;
        if (a.label != b.label)
            return a.label < b.label;
        return a.queueId < b.queueId;
    });

    out.technicians.reserve(static_cast<std::size_t>(technicians.size()));
    for (TechnicianFigures &t : technicians)
        out.technicians.push_back(std::move(t));
    std::sort(out.technicians.begin(), out.technicians.end(),
              [](const TechnicianFigures &a, const TechnicianFigures &b) {
                  const double la = a.loadDays.value_or(a.openCycles > 0 ? std::numeric_limits<double>::infinity() : 0);
                  const double lb = b.loadDays.value_or(b.openCycles > 0 ? std::numeric_limits<double>::infinity() : 0);
                  if (la != lb)
                      return la > lb;
                  if (a.name != b.name)
                      return a.name < b.name;
                  return a.userId < b.userId;
              });
    return out;
}

} // namespace BatchDesk
