#pragma once

// The planning desk's numbers (issue 16), computed by one pure function from plain values, so
// that the desk, `batchdesk-cli planning report` and the tests agree by construction. No Qt
// objects, no network, no database: the inputs are a snapshot of the batches, the work orders
// and queues, and a window of daily completions (from the app's own history and the server's
// metrics). Safe to run on a worker thread.
//
// Definitions (fixed by the issue and documented in README "Planning"):
// - pace: completions per day over the covered days of the window (the 7 complete UTC days
//   before `now`); a day is covered by the app's own history when that history began before
//   the day did, otherwise by the server's metrics when it sent them; no covered day: pace 0.
// - active cycles: pending + in progress + verifying + blocked.
// - cycles_remaining = max(0, needed − complete); projected_finish = now + remaining / pace
//   days (null when the pace is 0); backlog_days, load_days: null when the pace is 0.
// - risk: the first that holds of done, late, stalled, at_risk, on_track.

#include "client/domain.h"

#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace BatchDesk {

// NoPace: no day of the pace window has any data yet (a first start without the server's
// metrics): nothing says whether the work keeps up, so nothing is called stalled or overloaded.
enum class Risk : quint8 { Done, Late, Stalled, AtRisk, OnTrack, NoPace };
// "done", "late", "stalled", "at_risk", "on_track", "no_pace" (the report's JSON and CSV).
QString riskWireName(Risk risk);
// Worst first: late, stalled, no pace, at risk, on track, done.
int riskSeverity(Risk risk);

// Where the completions of a day of the pace window come from.
enum class PaceSource : quint8 { None, OwnHistory, ServerMetrics };

// Completions on one UTC day, per work order, queue and technician (user id). A technician's
// share of a batch's completions is fractional when the batch has several technicians.
struct DayCompletions
{
    QDate day;
    PaceSource source = PaceSource::None;
    QHash<QString, double> byWorkOrder;
    QHash<QString, double> byQueue;
    QHash<QString, double> byUser;
};

// The days a pace is computed from, oldest first, and what they rest on.
struct PaceWindow
{
    std::vector<DayCompletions> days;

    int coveredDays() const;
    int daysFrom(PaceSource source) const;
    double workOrderPace(const QString &id) const;
    double queuePace(const QString &id) const;
    double userPace(const QString &id) const;

    // The window's days: the `length` complete UTC days before `now`, oldest first, uncovered.
    static PaceWindow empty(const QDateTime &now, int length);
    // The last `length` days of this window (the pace's 7 of the charts' 30).
    PaceWindow lastDays(int length) const;

    // The server's `cycle_success` rows for the days [first, last] (a report that answered for
    // that period: a day without rows had no completions) fill the days the own history does
    // not cover. Rows of other metrics, or without a day in that period, are ignored; the
    // dimensions "work_order", "queue" and "user" are read, others ignored.
    void applyServerMetrics(const QList<Niagara::MetricRow> &rows, const QDate &first, const QDate &last);
    // The first and last day the own history does not cover (what to ask the server for);
    // nullopt when it covers every day.
    std::optional<std::pair<QDate, QDate>> uncoveredSpan() const;
};

// --- inputs ------------------------------------------------------------------------------

struct PlanBatch
{
    QString id;
    QString queueId;
    QString workOrderId;
    qint64 numberCycles = 0;
    Niagara::CycleCounts cycles;
    QStringList technicianIds;
};

struct PlanWorkOrder
{
    QString id;
    QString label;
    QDateTime dueDate; // null: none
    qint64 cyclesNeeded = 0;
};

struct PlanQueue
{
    QString id;
    QString label;
    Niagara::SortKey priority;
    // Who can work the queue (the server's queue relations); nullopt when not known.
    std::optional<QStringList> technicianIds;
};

struct PlanInput
{
    QDateTime now;
    int paceWindowDays = 7;
    double overloadThresholdDays = 5;
    std::vector<PlanBatch> batches;
    // Work orders and queues by id: those the batches name (from the batches' embedded copies)
    // and those listed by the server without batches (a work order still to be split).
    QHash<QString, PlanWorkOrder> workOrders;
    QHash<QString, PlanQueue> queues;
    QHash<QString, QString> userNames; // id → name
    // id → the labels of the server's roles the user holds (GET /roles/{id}/users); empty when
    // the server does not say (no roles, or no role:read)
    QHash<QString, QStringList> userRoles;
    PaceWindow pace;
    // The days the charts show (kHistoryDays, the pace's days among them); empty: none.
    PaceWindow history;
};

// How far back the charts look (the burn-up; daily completions show the last 14 of them).
inline constexpr int kHistoryDays = 30;

// --- results -----------------------------------------------------------------------------

struct QueueFigures
{
    QString queueId;
    QString label;
    Niagara::SortKey priority;
    qint64 activeCycles = 0;
    qint64 blockedCycles = 0;
    int batches = 0;
    double pacePerDay = 0;
    std::optional<double> backlogDays;  // null when the pace is 0
    QDateTime earliestDue;              // among its unfinished work orders; null: none
    std::optional<double> daysLeft;     // from now to earliestDue
    bool overloaded = false;
    bool loadKnown = true; // false without any pace data: neither overloaded nor OK
    std::optional<QStringList> technicianIds; // who can work it, when known
    QStringList workOrderIds;                 // with batches in the queue
};

struct WorkOrderFigures
{
    QString workOrderId;
    QString label;
    QDateTime dueDate;
    qint64 cyclesNeeded = 0;
    qint64 cyclesBatched = 0;
    qint64 cyclesComplete = 0;
    qint64 cyclesRemaining = 0;
    double pacePerDay = 0;
    QDateTime projectedFinish;        // null when the pace is 0; now when nothing remains
    std::optional<double> slackDays;  // due − projected finish, in days; null without both
    Risk risk = Risk::OnTrack;
    QStringList queueIds;             // where its batches are
    QStringList technicianIds;        // on its batches
};

struct TechnicianFigures
{
    QString userId;
    QString name;
    double openCycles = 0; // a batch's active cycles shared equally among its technicians
    int batches = 0;       // with active cycles
    QStringList queueIds;  // of those batches
    double pacePerDay = 0;
    std::optional<double> loadDays; // null when the pace is 0
    bool overloaded = false;
    bool loadKnown = true; // false without any pace data: neither overloaded nor OK
    QStringList workOrderIds;
};

struct PlanningFigures
{
    QDateTime generatedAt;
    int paceWindowDays = 7;
    double overloadThresholdDays = 5;
    int paceDays = 0;        // covered days of the window
    int ownHistoryDays = 0;  // of which from the app's own history
    int serverMetricDays = 0;
    std::vector<QueueFigures> queues;          // by priority, then label
    std::vector<WorkOrderFigures> workOrders;  // worst first: severity, slack, due date
    std::vector<TechnicianFigures> technicians; // highest load first
    QHash<QString, QString> userNames;          // id → name, for the queues' technicians
    QHash<QString, QStringList> userRoles;      // id → role labels, when the server says
    std::vector<DayCompletions> history;        // the charts' days, oldest first

    static PlanningFigures compute(const PlanInput &input);
};

// Pending + in progress + verifying + blocked (saturating): the one definition of "active" (or
// "open") cycles for the desk, the wizards' load warnings and the CLI.
qint64 activeCycles(const Niagara::CycleCounts &cycles);

// The risk rule on its own (the tests' tables speak to it directly).
// `paceKnown`: some day of the pace window has data (else NoPace, unless done or late).
Risk riskOf(qint64 remaining, const QDateTime &due, const QDateTime &now, double pacePerDay,
            const QDateTime &projectedFinish, bool paceKnown = true);
// now + remaining / pace days, in exact seconds (UTC: a daylight-saving change is no day
// shorter); null when the pace is 0 (even when nothing remains: the definition).
QDateTime projectedFinish(const QDateTime &now, qint64 remaining, double pacePerDay);
double daysBetween(const QDateTime &from, const QDateTime &to);

} // namespace BatchDesk
