#pragma once

// What the planning desk's charts draw (issue 16), as plain values computed from the figures,
// so that the charts' widgets only draw and the arithmetic is tested without a display.
//  - Burn-up of a work order: cycles complete at the end of each day of the history window
//    (today's count minus what was completed after that day; a day no source covers leaves a
//    gap), a projection from now to the projected finish at the needed count, the due date.
//  - Daily completions per queue over the last 14 days.
// Each comes with a text alternative for screen readers.

#include "models/planning/planningfigures.h"

#include <QDateTime>
#include <QList>
#include <QPointF>
#include <QString>

#include <optional>

namespace BatchDesk {

struct BurnUpPoint
{
    QDateTime at; // the end of the day (00:00 UTC of the next), or now
    double complete = 0;
};

struct BurnUp
{
    QString workOrderId;
    QString label;
    qint64 needed = 0;
    QList<QList<BurnUpPoint>> segments; // the covered days up to now (one segment: the walk stops at a gap)
    QList<BurnUpPoint> projection;      // now → projected finish; empty at pace 0
    QDateTime dueDate;
    QDateTime now;

    static std::optional<BurnUp> of(const PlanningFigures &figures, const QString &workOrderId);
    // "Provision 500 iPad: 210 of 500 cycles complete; 12 a day over the last 7 days; finish
    // projected for 14 Jan 2027, due 10 Jan 2027." (translated)
    QString textAlternative() const;
};

struct DailyQueueCompletions
{
    QList<QDate> days;                  // oldest first
    QList<QString> queueIds;            // the figures' queue order
    QList<QString> queueLabels;
    QList<QList<double>> values;        // [queue][day]; a day no source covers: 0
    QList<bool> covered;                // per day

    static DailyQueueCompletions of(const PlanningFigures &figures, int lastDays = 14);
    double maxDayTotal() const;
    QString textAlternative() const;
};

} // namespace BatchDesk
