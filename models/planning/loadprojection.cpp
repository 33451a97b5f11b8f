#include "models/planning/loadprojection.h"

#include "models/planning/splitplan.h"

#include <algorithm>
#include <cmath>

namespace BatchDesk::LoadProjection {

namespace {

// Far below a cycle: shares of thirds must not count as "something added" after they cancel.
constexpr double kEpsilon = 1e-9;

void share(QHash<QString, double> &into, double cycles, const QStringList &ids, double sign)
{
    if (ids.isEmpty() || cycles <= 0)
        return;
    const double each = cycles / static_cast<double>(ids.size());
    for (const QString &id : ids)
        into[id] += sign * each;
}

QStringList unique(const QStringList &ids)
{
    QStringList out;
    for (const QString &id : ids) {
        if (!id.isEmpty() && !out.contains(id))
            out << id;
    }
    return out;
}

} // namespace

QHash<QString, double> splitChange(const QList<PlannedBatch> &batches)
{
    QHash<QString, double> out;
    for (const PlannedBatch &b : batches)
        share(out, static_cast<double>(b.numberCycles), unique(b.technicianIds), 1.0);
    return out;
}

QHash<QString, double> assignmentChange(const QList<StaffedBatch> &batches, const QStringList &chosen, bool replace)
{
    QHash<QString, double> out;
    const QStringList picked = unique(chosen);
    for (const StaffedBatch &b : batches) {
        const QStringList before = unique(b.technicianIds);
        QStringList after = replace ? picked : before;
        if (!replace) {
            for (const QString &id : picked) {
                if (!after.contains(id))
                    after << id;
            }
        }
        const double open = static_cast<double>(b.openCycles);
        share(out, open, before, -1.0);
        share(out, open, after, 1.0);
    }
    for (auto it = out.begin(); it != out.end();) {
        if (std::abs(it.value()) < kEpsilon)
            it = out.erase(it);
        else
            ++it;
    }
    return out;
}

std::vector<ProjectedLoad> project(const std::vector<TechnicianFigures> &figures, const QHash<QString, double> &change,
                                   double thresholdDays, const QHash<QString, QString> &names)
{
    QHash<QString, const TechnicianFigures *> byId;
    for (const TechnicianFigures &t : figures)
        byId.insert(t.userId, &t);
    std::vector<ProjectedLoad> out;
    for (const auto &[userId, added] : change.asKeyValueRange()) {
        if (added <= kEpsilon)
            continue;
        ProjectedLoad p;
        p.userId = userId;
        p.change = added;
        if (const TechnicianFigures *t = byId.value(userId)) {
            p.name = t->name;
            p.openCycles = t->openCycles;
            p.pacePerDay = t->pacePerDay;
        }
        if (p.name.isEmpty() || p.name == userId)
            p.name = names.value(userId, userId);
        const double open = std::max(0.0, p.openCycles + p.change);
        if (p.pacePerDay > 0) {
            p.loadDays = open / p.pacePerDay;
            p.overloaded = *p.loadDays > thresholdDays;
        } else {
            p.overloaded = open > 0;
        }
        out.push_back(std::move(p));
    }
    // Highest load first; pace 0 (no load to compare) before everyone; then by name.
    std::sort(out.begin(), out.end(), [](const ProjectedLoad &a, const ProjectedLoad &b) {
        if (a.loadDays.has_value() != b.loadDays.has_value())
            return !a.loadDays.has_value();
        if (a.loadDays && *a.loadDays != *b.loadDays)
            return *a.loadDays > *b.loadDays;
        return a.name < b.name;
    });
    return out;
}

std::vector<ProjectedLoad> overloaded(const std::vector<TechnicianFigures> &figures, const QHash<QString, double> &change,
                                      double thresholdDays, const QHash<QString, QString> &names)
{
    std::vector<ProjectedLoad> all = project(figures, change, thresholdDays, names);
    std::erase_if(all, [](const ProjectedLoad &p) { return !p.overloaded; });
    return all;
}

} // namespace BatchDesk::LoadProjection
