#pragma once

// "What do I work on next": a technician's batches in four sections, in the order to work
// them. One implementation for the My work desk and `batchdesk-cli batches mine`.
//
// Sections (the first that holds):
//   Blocked     any cycle blocked;
//   InProgress  cycles in progress or verifying;
//   Next        only pending cycles left (with or without finished ones);
//   DoneToday   every cycle complete or cancelled, and the batch last updated today (local);
// a batch finished on an earlier day is in none. Within a section: queue priority (lowest
// first), then the batch's order (numbers numerically, text in natural order: "B2" before
// "B10"), then the work order's due date (none last), then the label, then the id.

#include "client/domain.h"
#include "models/batchstore.h"

#include <QDateTime>
#include <QHash>
#include <QTimeZone>

#include <array>
#include <optional>

namespace BatchDesk {

enum class WorkSection : quint8 { Blocked, InProgress, Next, DoneToday };
inline constexpr std::array<WorkSection, 4> kAllWorkSections{WorkSection::Blocked, WorkSection::InProgress,
                                                             WorkSection::Next, WorkSection::DoneToday};

// "blocked", "in_progress", "next", "done_today" (the CLI's JSON).
QString workSectionWireName(WorkSection section);
// Translated: "Blocked", "In progress", "Next", "Done today".
QString workSectionTitle(WorkSection section);

// What the ordering needs beyond the batches themselves.
struct MyWorkContext
{
    QString userId;
    QDateTime now;                                      // "today" is now's date in `zone`
    QTimeZone zone = QTimeZone::systemTimeZone();
    QHash<QString, Niagara::SortKey> queuePriority;     // queue id → priority (unknown: last)
    QHash<QString, QDateTime> workOrderDue;             // work order id → due date (none: last)
};

std::optional<WorkSection> workSectionOf(const BatchRecord &batch, const QDateTime &now, const QTimeZone &zone);

// The user's batches (those with `userId` among their technicians), sectioned and ordered.
struct MyWorkSection
{
    WorkSection section;
    QList<const BatchRecord *> batches;
};
std::array<MyWorkSection, 4> planMyWork(const QList<const BatchRecord *> &batches, const MyWorkContext &context);

// The context from a loaded store: its queues' priorities and its work orders' due dates.
MyWorkContext myWorkContext(const BatchStore &store, const QString &userId, const QDateTime &now,
                            const QTimeZone &zone = QTimeZone::systemTimeZone());
// The store's batches assigned to `userId`.
QList<const BatchRecord *> batchesOf(const BatchStore &store, const QString &userId);

// Natural order of two texts: runs of digits compare as numbers ("B2" < "B10"), the rest by
// Unicode code point. <0, 0, >0.
int naturalCompare(const QString &a, const QString &b);

} // namespace BatchDesk
