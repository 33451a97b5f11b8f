#include "app/cli/planningreport.h"

#include "app/cli/batchlisting.h"
#include "models/displaytext.h"
#include "models/planning/planningexport.h"
#include "models/planning/planningmonitor.h"
#include "models/planning/planningtablemodels.h"

#include <QLocale>
#include <QTextStream>

#include <nlohmann/json.hpp>

namespace BatchDesk::Cli {

namespace {

using Json = nlohmann::ordered_json;

Json timestamp(const QDateTime &t)
{
    return t.isValid() ? Json(t.toUTC().toString(Qt::ISODateWithMs).toStdString()) : Json(nullptr);
}

Json optionalNumber(const std::optional<double> &v)
{
    return v ? Json(*v) : Json(nullptr);
}

std::string utf8Of(const QString &s)
{
    return s.toStdString();
}




} // namespace

PlanningReport::PlanningReport(const PlanningFigures &figures)
    : m_figures(figures)
{
}

QByteArray PlanningReport::toJson() const
{
    Json root;
    root["generated_at"] = timestamp(m_figures.generatedAt);
    root["pace_window_days"] = m_figures.paceWindowDays;
    root["pace_days"] = m_figures.paceDays;
    root["pace_days_own_history"] = m_figures.ownHistoryDays;
    root["pace_days_server_metrics"] = m_figures.serverMetricDays;
    root["overload_threshold_days"] = m_figures.overloadThresholdDays;
    Json queues = Json::array();
    for (const QueueFigures &q : m_figures.queues) {
        Json j;
        j["queue_id"] = utf8Of(q.queueId);
        j["label"] = utf8Of(q.label);
        j["active_cycles"] = q.activeCycles;
        j["blocked_cycles"] = q.blockedCycles;
        j["pace_per_day"] = q.pacePerDay;
        j["backlog_days"] = optionalNumber(q.backlogDays);
        // null: no pace data at all yet, so neither overloaded nor not.
        j["overloaded"] = q.loadKnown ? Json(q.overloaded) : Json(nullptr);
        j["days_left"] = optionalNumber(q.daysLeft);
        if (q.technicianIds) {
            Json techs = Json::array();
            for (const QString &t : *q.technicianIds)
                techs.push_back(utf8Of(t));
            j["technician_ids"] = techs;
        } else {
            j["technician_ids"] = nullptr;
        }
        queues.push_back(std::move(j));
    }
    root["queues"] = std::move(queues);
    Json workOrders = Json::array();
    for (const WorkOrderFigures &w : m_figures.workOrders) {
        Json j;
        j["work_order_id"] = utf8Of(w.workOrderId);
        j["label"] = utf8Of(w.label);
        j["due_date"] = timestamp(w.dueDate);
        j["cycles_needed"] = w.cyclesNeeded;
        j["cycles_batched"] = w.cyclesBatched;
        j["cycles_complete"] = w.cyclesComplete;
        j["cycles_remaining"] = w.cyclesRemaining;
        j["pace_per_day"] = w.pacePerDay;
        j["projected_finish"] = timestamp(w.projectedFinish);
        j["risk"] = utf8Of(riskWireName(w.risk));
        j["slack_days"] = optionalNumber(w.slackDays);
        workOrders.push_back(std::move(j));
    }
    root["work_orders"] = std::move(workOrders);
    Json technicians = Json::array();
    for (const TechnicianFigures &t : m_figures.technicians) {
        Json j;
        j["user_id"] = utf8Of(t.userId);
        j["name"] = utf8Of(t.name);
        j["open_cycles"] = t.openCycles;
        j["batches"] = t.batches;
        j["pace_per_day"] = t.pacePerDay;
        j["load_days"] = optionalNumber(t.loadDays);
        j["overloaded"] = t.loadKnown ? Json(t.overloaded) : Json(nullptr);
        technicians.push_back(std::move(j));
    }
    root["technicians"] = std::move(technicians);
    return QByteArray::fromStdString(root.dump(2)) + '\n';
}

QByteArray PlanningReport::toCsv() const
{
    return planningCsv(m_figures, PlanningTable::Queues, true) + planningCsv(m_figures, PlanningTable::WorkOrders, true)
           + planningCsv(m_figures, PlanningTable::Technicians, true);
}

QByteArray PlanningReport::toTable() const
{
    const auto text = [](const QString &s) { return terminalText(DisplayText::elided(s, 48)); };
    const auto num = [](double v) { return QLocale().toString(v, 'f', 1); };
    const auto opt = [&num](const std::optional<double> &v) { return v ? num(*v) : QStringLiteral("-"); };
    QString out;
    QTextStream s(&out);
    s << PlanningMonitor::paceSummary(m_figures) << "\n\n";
    s << tr("Queues") << '\n';
    for (const QueueFigures &q : m_figures.queues) {
        //: CLI planning table, queue line: label, active cycles, pace, backlog days, overloaded or not.
        s << "  " << qSetFieldWidth(30) << Qt::left << text(q.label) << qSetFieldWidth(0)
          << tr("%1 active, %2/day, backlog %3 days").arg(QLocale().toString(q.activeCycles), num(q.pacePerDay),
                                                           opt(q.backlogDays));
        if (q.overloaded)
            s << "  " << tr("OVERLOADED");
        s << '\n';
    }
    s << '\n' << tr("Work orders") << '\n';
    for (const WorkOrderFigures &w : m_figures.workOrders) {
        s << "  " << qSetFieldWidth(10) << Qt::left << riskDisplayName(w.risk) << qSetFieldWidth(0) << "  "
          << qSetFieldWidth(48) << text(w.label) << qSetFieldWidth(0) << "  "
          << tr("%1 of %2 left, %3/day, finish %4, due %5")
                 .arg(QLocale().toString(w.cyclesRemaining), QLocale().toString(w.cyclesNeeded), num(w.pacePerDay),
                      w.projectedFinish.isValid()
                          ? QLocale().toString(w.projectedFinish.toLocalTime().date(), QLocale::ShortFormat)
                          : QStringLiteral("-"),
                      w.dueDate.isValid() ? QLocale().toString(w.dueDate.toLocalTime().date(), QLocale::ShortFormat)
                                          : QStringLiteral("-"))
          << '\n';
    }
    s << '\n' << tr("Technicians") << '\n';
    for (const TechnicianFigures &t : m_figures.technicians) {
        s << "  " << qSetFieldWidth(24) << Qt::left << text(t.name) << qSetFieldWidth(0)
          << tr("%1 open cycles, %2/day, load %3 days").arg(num(t.openCycles), num(t.pacePerDay), opt(t.loadDays));
        if (t.overloaded)
            s << "  " << tr("OVERLOADED");
        s << '\n';
    }
    s.flush();
    return out.toUtf8();
}

} // namespace BatchDesk::Cli
