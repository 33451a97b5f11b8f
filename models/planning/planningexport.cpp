#include "models/planning/planningexport.h"

#include "models/textexport.h"

namespace BatchDesk {

namespace {

QString numberText(double v)
{
    return QString::number(v, 'g', 17);
}

QString optionalText(const std::optional<double> &v)
{
    return v ? numberText(*v) : QString();
}

QString timeText(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QString boolText(bool b)
{
    return b ? QStringLiteral("true") : QStringLiteral("false");
}

} // namespace

QByteArray planningCsv(const PlanningFigures &figures, PlanningTable table, bool sectionColumn)
{
    using K = CsvKind;
    QByteArray out;
    auto record = [&out, sectionColumn](const QString &section, QList<CsvCell> cells) {
        if (sectionColumn)
            cells.prepend(section);
        out += csvRecord(cells);
    };
    switch (table) {
    case PlanningTable::Queues:
        record(QStringLiteral("table"), {QStringLiteral("queue_id"), QStringLiteral("label"), QStringLiteral("active_cycles"),
                                         QStringLiteral("blocked_cycles"), QStringLiteral("pace_per_day"),
                                         QStringLiteral("backlog_days"), QStringLiteral("overloaded")});
        for (const QueueFigures &q : figures.queues)
            record(QStringLiteral("queues"),
                   {q.queueId, q.label, {QString::number(q.activeCycles), K::Number},
                    {QString::number(q.blockedCycles), K::Number}, {numberText(q.pacePerDay), K::Number},
                    {optionalText(q.backlogDays), K::Number}, boolText(q.overloaded)});
        break;
    case PlanningTable::WorkOrders:
        record(QStringLiteral("table"),
               {QStringLiteral("work_order_id"), QStringLiteral("label"), QStringLiteral("due_date"),
                QStringLiteral("cycles_needed"), QStringLiteral("cycles_batched"), QStringLiteral("cycles_complete"),
                QStringLiteral("cycles_remaining"), QStringLiteral("pace_per_day"), QStringLiteral("projected_finish"),
                QStringLiteral("risk")});
        for (const WorkOrderFigures &w : figures.workOrders)
            record(QStringLiteral("work_orders"),
                   {w.workOrderId, w.label, timeText(w.dueDate), {QString::number(w.cyclesNeeded), K::Number},
                    {QString::number(w.cyclesBatched), K::Number}, {QString::number(w.cyclesComplete), K::Number},
                    {QString::number(w.cyclesRemaining), K::Number}, {numberText(w.pacePerDay), K::Number},
                    timeText(w.projectedFinish), riskWireName(w.risk)});
        break;
    case PlanningTable::Technicians:
        record(QStringLiteral("table"), {QStringLiteral("user_id"), QStringLiteral("name"), QStringLiteral("open_cycles"),
                                         QStringLiteral("batches"), QStringLiteral("pace_per_day"),
                                         QStringLiteral("load_days"), QStringLiteral("overloaded")});
        for (const TechnicianFigures &t : figures.technicians)
            record(QStringLiteral("technicians"),
                   {t.userId, t.name, {numberText(t.openCycles), K::Number}, {QString::number(t.batches), K::Number},
                    {numberText(t.pacePerDay), K::Number}, {optionalText(t.loadDays), K::Number}, boolText(t.overloaded)});
        break;
    }
    return out;
}

} // namespace BatchDesk
