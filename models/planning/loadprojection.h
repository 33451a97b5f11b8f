#pragma once

// What a plan does to the technicians' load (issue 16): the split and assign wizards warn
// before sending when a plan would put someone over the planning desk's threshold. Pure: the
// figures the desk computed (open cycles and pace per technician) plus the cycles the plan
// gives or takes, shared as the desk shares them (a batch's open cycles equally among its
// technicians). No Qt objects, so the tests' tables speak to it directly.
//
// projected load = (open cycles + change) / pace; over when it exceeds the threshold, and
// always over at pace 0 when the plan adds work (the desk's rule: load unknown, work waiting).

#include "models/planning/planningfigures.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace BatchDesk {

struct PlannedBatch;

// One batch an assignment touches: its open (active) cycles and the technicians it has now.
struct StaffedBatch
{
    qint64 openCycles = 0;
    QStringList technicianIds;
};

struct ProjectedLoad
{
    QString userId;
    QString name;
    double openCycles = 0;  // now (0 when the desk's figures do not name them)
    double change = 0;      // what the plan adds (negative: takes off)
    double pacePerDay = 0;
    std::optional<double> loadDays; // after the plan; null at pace 0
    bool overloaded = false;        // after the plan

    bool operator==(const ProjectedLoad &) const = default;
};

namespace LoadProjection {

// New batches: every planned batch's cycles are open, shared equally among its technicians.
QHash<QString, double> splitChange(const QList<PlannedBatch> &batches);

// Technicians set on batches: a batch's open cycles move from the old sharing to the new
// one (`replace`: the chosen become its only technicians; otherwise they join those it has).
QHash<QString, double> assignmentChange(const QList<StaffedBatch> &batches, const QStringList &chosen, bool replace);

// Every technician the plan gives work (change > 0), with the load it leaves them, highest
// first. `figures` are the desk's technicians; someone they do not name has nothing open and
// pace 0. `names`: for those, when known.
std::vector<ProjectedLoad> project(const std::vector<TechnicianFigures> &figures, const QHash<QString, double> &change,
                                   double thresholdDays, const QHash<QString, QString> &names = {});

// Of project(), those over the threshold.
std::vector<ProjectedLoad> overloaded(const std::vector<TechnicianFigures> &figures, const QHash<QString, double> &change,
                                      double thresholdDays, const QHash<QString, QString> &names = {});

} // namespace LoadProjection

} // namespace BatchDesk
