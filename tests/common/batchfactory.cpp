#include "common/batchfactory.h"

namespace TestSupport {

using namespace Niagara;

Queue makeQueue(const QString &id, double priority)
{
    Queue q;
    q.id = id;
    q.label = QStringLiteral("Queue ") + id;
    q.created = QDateTime(QDate(2026, 1, 2), QTime(8, 0), Qt::UTC);
    q.updated = q.created;
    q.priority = SortKey::fromNumber(priority);
    Location loc;
    loc.id = QStringLiteral("loc-albany");
    loc.label = QStringLiteral("Albany Provisioning");
    loc.locationType = QStringLiteral("warehouse");
    loc.formattedAddress = QStringLiteral("Albany Provisioning\n431 Broadway\nMenands NY 12204 USA");
    loc.address.country = QStringLiteral("USA");
    loc.address.locality = QStringLiteral("Menands");
    q.location = loc;
    return q;
}

BatchSpec assignedSpec(const QString &id, std::array<qint64, 6> cycles, double order, QStringList technicianIds)
{
    BatchSpec s{id};
    s.cycles = cycles;
    s.order = order;
    s.technicianIds = std::move(technicianIds);
    return s;
}

WorkOrder makeWorkOrder(const QString &id, const QDateTime &due)
{
    WorkOrder wo;
    wo.id = id;
    wo.label = QStringLiteral("Work order ") + id;
    wo.description = QStringLiteral("Provision devices for ") + id;
    wo.workOrderType = QStringLiteral("device");
    wo.dueDate = due.isValid() ? due : QDateTime(QDate(2030, 1, 1), QTime(8, 0), Qt::UTC);
    Project project;
    project.id = QStringLiteral("prj-district-7");
    project.label = QStringLiteral("District 7");
    project.customer.id = QStringLiteral("cust-northwind");
    project.customer.label = QStringLiteral("Northwind Schools");
    project.program.id = QStringLiteral("pgm-refresh");
    project.program.label = QStringLiteral("Refresh 2026");
    project.program.customer = project.customer;
    wo.project = project;
    wo.cycles.append(WorkOrderCycles{500, {}, WorkFlowSummary{QStringLiteral("wkf-apple"), QStringLiteral("Apple provisioning"), QStringLiteral("1.0"), 7, QStringLiteral("UNIT")}});
    return wo;
}

Batch makeBatch(const BatchSpec &spec)
{
    Batch b;
    b.id = spec.id;
    b.label = QStringLiteral("Batch ") + spec.id;
    b.created = QDateTime(QDate(2026, 11, 1), QTime(8, 0), Qt::UTC);
    b.updated = b.created;
    b.queue = makeQueue(spec.queueId);
    b.workOrder = makeWorkOrder(spec.workOrderId);
    b.order = SortKey::fromNumber(spec.order);
    for (std::size_t i = 0; i < spec.cycles.size(); ++i)
        b.cycles.counts[i] = spec.cycles[i];
    b.numberCycles = b.cycles.total();
    b.currentStatus = Status{categoryDisplayName(spec.status), {}, spec.status, std::nullopt};
    for (const QString &tech : spec.technicianIds) {
        User u;
        u.id = tech;
        u.name = QStringLiteral("Tech ") + tech;
        u.email = tech + QStringLiteral("@demo.batchdesk.test");
        b.assignedUsers.append(u);
    }
    return b;
}

CycleCounts countsOf(std::initializer_list<qint64> values)
{
    CycleCounts counts;
    std::size_t i = 0;
    for (qint64 v : values) {
        if (i < counts.counts.size())
            counts.counts[i++] = v;
    }
    return counts;
}

Page<Batch> makePage(std::initializer_list<BatchSpec> specs, qint64 total)
{
    return makePage(QList<BatchSpec>(specs), total);
}

Page<Batch> makePage(const QList<BatchSpec> &specs, qint64 total)
{
    Page<Batch> page;
    for (const BatchSpec &spec : specs)
        page.items.append(makeBatch(spec));
    page.totalCount = total < 0 ? page.items.size() : total;
    page.limit = 100;
    return page;
}

} // namespace TestSupport
