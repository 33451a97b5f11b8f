#include "models/planning/planningcharts.h"

#include "models/displaytext.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTimeZone>

#include <algorithm>

namespace BatchDesk {

namespace {

QString dateText(const QDateTime &t)
{
    return QLocale().toString(t.toLocalTime().date(), QLocale::LongFormat);
}

} // namespace

std::optional<BurnUp> BurnUp::of(const PlanningFigures &figures, const QString &workOrderId)
{
    const auto it = std::find_if(figures.workOrders.begin(), figures.workOrders.end(),
                                 [&](const WorkOrderFigures &w) { return w.workOrderId == workOrderId; });
    if (it == figures.workOrders.end())
        return std::nullopt;
    BurnUp b;
    b.workOrderId = it->workOrderId;
    b.label = it->label;
    b.needed = it->cyclesNeeded;
    b.dueDate = it->dueDate;
    b.now = figures.generatedAt;
    // Walk back from today's count: at the end of a day, the count was today's minus what was
    // completed after it. Today's own completions (not in the days) are not known per day:
    // the last point is now, and the day before ends at today's count minus nothing known.
    double after = 0;
    QList<BurnUpPoint> reversed;
    reversed.append({figures.generatedAt, static_cast<double>(it->cyclesComplete)});
    QDate oldest;
    for (auto d = figures.history.rbegin(); d != figures.history.rend(); ++d) {
        // Before a day no source saw, the count is unknown: the line starts after it.
        if (d->source == PaceSource::None)
            break;
        const QDateTime end(d->day.addDays(1), QTime(0, 0), QTimeZone::utc());
        if (end < figures.generatedAt)
            reversed.append({end, std::max(0.0, static_cast<double>(it->cyclesComplete) - after)});
        after += d->byWorkOrder.value(workOrderId);
        oldest = d->day;
    }
    if (oldest.isValid())
        reversed.append({QDateTime(oldest, QTime(0, 0), QTimeZone::utc()),
                         std::max(0.0, static_cast<double>(it->cyclesComplete) - after)});
    if (reversed.size() > 1)
        b.segments.append(QList<BurnUpPoint>(reversed.rbegin(), reversed.rend()));
    if (it->projectedFinish.isValid() && it->cyclesRemaining > 0)
        b.projection = {{figures.generatedAt, static_cast<double>(it->cyclesComplete)},
                        {it->projectedFinish, static_cast<double>(std::max(it->cyclesNeeded, it->cyclesComplete))}};
    return b;
}

QString BurnUp::textAlternative() const
{
    const double complete = segments.isEmpty() ? 0 : segments.last().last().complete;
    QString text = QCoreApplication::translate("BatchDesk::PlanningCharts", "%1: %2 of %3 cycles complete.")
                       .arg(DisplayText::label(label), QLocale().toString(static_cast<qint64>(complete)),
                            QLocale().toString(needed));
    if (!projection.isEmpty())
        text += QLatin1Char(' ') + QCoreApplication::translate("BatchDesk::PlanningCharts", "Finish projected for %1.").arg(dateText(projection.last().at));
    else
        text += QLatin1Char(' ') + QCoreApplication::translate("BatchDesk::PlanningCharts", "No finish can be projected at the current pace.");
    if (dueDate.isValid())
        text += QLatin1Char(' ') + QCoreApplication::translate("BatchDesk::PlanningCharts", "Due %1.").arg(dateText(dueDate));
    return text;
}

DailyQueueCompletions DailyQueueCompletions::of(const PlanningFigures &figures, int lastDays)
{
    DailyQueueCompletions d;
    const auto n = std::min<std::size_t>(figures.history.size(), static_cast<std::size_t>(std::max(0, lastDays)));
    const auto first = figures.history.end() - static_cast<std::ptrdiff_t>(n);
    for (auto it = first; it != figures.history.end(); ++it) {
        d.days.append(it->day);
        d.covered.append(it->source != PaceSource::None);
    }
    for (const QueueFigures &q : figures.queues) {
        d.queueIds.append(q.queueId);
        d.queueLabels.append(q.label);
        QList<double> values;
        for (auto it = first; it != figures.history.end(); ++it)
            values.append(it->byQueue.value(q.queueId));
        d.values.append(values);
    }
    return d;
}

double DailyQueueCompletions::maxDayTotal() const
{
    double best = 0;
    for (qsizetype day = 0; day < days.size(); ++day) {
        double total = 0;
        for (const QList<double> &queue : values)
            total += queue.value(day);
        best = std::max(best, total);
    }
    return best;
}

QString DailyQueueCompletions::textAlternative() const
{
    QStringList lines;
    // (A plain int: lupdate does not see a translate() whose count is a cast.)
    const int dayCount = static_cast<int>(days.size());
    for (qsizetype q = 0; q < queueIds.size(); ++q) {
        double total = 0;
        for (double v : values.at(q))
            total += v;
        lines.append(QCoreApplication::translate("BatchDesk::PlanningCharts", "%1: %2 cycles completed in %n day(s)", "", dayCount)
                         .arg(DisplayText::label(queueLabels.at(q)), QLocale().toString(total, 'f', 0)));
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace BatchDesk
