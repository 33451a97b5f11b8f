#include "models/mywork/myworkplan.h"

#include <QCoreApplication>

#include <algorithm>

namespace BatchDesk {

QString workSectionWireName(WorkSection section)
{
    switch (section) {
    case WorkSection::Blocked: return QStringLiteral("blocked");
    case WorkSection::InProgress: return QStringLiteral("in_progress");
    case WorkSection::Next: return QStringLiteral("next");
    case WorkSection::DoneToday: return QStringLiteral("done_today");
    }
    return {};
}

QString workSectionTitle(WorkSection section)
{
    switch (section) {
    case WorkSection::Blocked:
        return QCoreApplication::translate("BatchDesk::MyWork", "Blocked", "my work section");
    case WorkSection::InProgress:
        return QCoreApplication::translate("BatchDesk::MyWork", "In progress", "my work section");
    case WorkSection::Next:
        return QCoreApplication::translate("BatchDesk::MyWork", "Next", "my work section");
    case WorkSection::DoneToday:
        return QCoreApplication::translate("BatchDesk::MyWork", "Done today", "my work section");
    }
    return {};
}

std::optional<WorkSection> workSectionOf(const BatchRecord &batch, const QDateTime &now, const QTimeZone &zone)
{
    using C = Niagara::StatusCategory;
    const Niagara::CycleCounts &c = batch.cycles;
    if (c[C::Blocked] > 0)
        return WorkSection::Blocked;
    if (c[C::InProgress] > 0 || c[C::Verifying] > 0)
        return WorkSection::InProgress;
    if (c[C::Pending] > 0)
        return WorkSection::Next;
    // Nothing open: finished. Today's only (local time), so the list does not grow for ever.
    if (batch.updated.isValid() && batch.updated.toTimeZone(zone).date() == now.toTimeZone(zone).date())
        return WorkSection::DoneToday;
    return std::nullopt;
}

int naturalCompare(const QString &a, const QString &b)
{
    qsizetype i = 0;
    qsizetype j = 0;
    while (i < a.size() && j < b.size()) {
        if (a.at(i).isDigit() && b.at(j).isDigit()) {
            // Compare the digit runs as numbers: skip leading zeros, longer is bigger, then digits.
            qsizetype si = i;
            qsizetype sj = j;
            while (si < a.size() && a.at(si) == QLatin1Char('0'))
                ++si;
            while (sj < b.size() && b.at(sj) == QLatin1Char('0'))
                ++sj;
            qsizetype ei = si;
            qsizetype ej = sj;
            while (ei < a.size() && a.at(ei).isDigit())
                ++ei;
            while (ej < b.size() && b.at(ej).isDigit())
                ++ej;
            if (ei - si != ej - sj)
                return ei - si < ej - sj ? -1 : 1;
            for (qsizetype k = 0; k < ei - si; ++k) {
                if (a.at(si + k) != b.at(sj + k))
                    return a.at(si + k) < b.at(sj + k) ? -1 : 1;
            }
            i = ei;
            j = ej;
            continue;
        }
        if (a.at(i) != b.at(j))
            return a.at(i) < b.at(j) ? -1 : 1;
        ++i;
        ++j;
    }
    if (i < a.size())
        return 1;
    if (j < b.size())
        return -1;
    return 0;
}

namespace {

// <0, 0, >0 for two sort keys: numbers numerically and before text, text naturally, unset last.
int compareOrder(const Niagara::SortKey &a, const Niagara::SortKey &b)
{
    if (a.isValid() != b.isValid())
        return a.isValid() ? -1 : 1;
    if (!a.isValid())
        return 0;
    if (a.isNumber() != b.isNumber())
        return a.isNumber() ? -1 : 1;
    if (a.isNumber())
        return a.number() < b.number() ? -1 : (b.number() < a.number() ? 1 : 0);
    return naturalCompare(a.toString(), b.toString());
}

bool workBefore(const BatchRecord *a, const BatchRecord *b, const MyWorkContext &context)
{
    const Niagara::SortKey none;
    if (const int c = compareOrder(context.queuePriority.value(a->queueId, none),
                                   context.queuePriority.value(b->queueId, none));
        c != 0)
        return c < 0;
    if (const int c = compareOrder(a->order, b->order); c != 0)
        return c < 0;
    const QDateTime dueA = context.workOrderDue.value(a->workOrderId);
    const QDateTime dueB = context.workOrderDue.value(b->workOrderId);
    if (dueA.isValid() != dueB.isValid())
        return dueA.isValid();
    if (dueA != dueB)
        return dueA < dueB;
    if (const int c = naturalCompare(a->label, b->label); c != 0)
        return c < 0;
    return a->id < b->id;
}

} // namespace

std::array<MyWorkSection, 4> planMyWork(const QList<const BatchRecord *> &batches, const MyWorkContext &context)
{
    std::array<MyWorkSection, 4> sections{{{WorkSection::Blocked, {}},
                                           {WorkSection::InProgress, {}},
                                           {WorkSection::Next, {}},
                                           {WorkSection::DoneToday, {}}}};
    for (const BatchRecord *b : batches) {
        if (!b)
            continue;
        if (const auto section = workSectionOf(*b, context.now, context.zone))
            sections[static_cast<std::size_t>(*section)].batches.append(b);
    }
    for (MyWorkSection &s : sections) {
        std::stable_sort(s.batches.begin(), s.batches.end(),
                         [&context](const BatchRecord *a, const BatchRecord *b) { return workBefore(a, b, context); });
    }
    return sections;
}

MyWorkContext myWorkContext(const BatchStore &store, const QString &userId, const QDateTime &now, const QTimeZone &zone)
{
    MyWorkContext context;
    context.userId = userId;
    context.now = now;
    context.zone = zone;
    store.forEach([&store, &context](const BatchRecord &r) {
        if (!context.queuePriority.contains(r.queueId)) {
            if (const Niagara::Queue *q = store.queue(r.queueId))
                context.queuePriority.insert(r.queueId, q->priority);
        }
        if (!context.workOrderDue.contains(r.workOrderId)) {
            if (const Niagara::WorkOrder *w = store.workOrder(r.workOrderId))
                context.workOrderDue.insert(r.workOrderId, w->dueDate);
        }
    });
    return context;
}

QList<const BatchRecord *> batchesOf(const BatchStore &store, const QString &userId)
{
    QList<const BatchRecord *> out;
    if (userId.isEmpty())
        return out;
    store.forEach([&out, &userId](const BatchRecord &r) {
        for (const Niagara::User &u : r.technicians) {
            if (u.id == userId) {
                out.append(&r);
                return;
            }
        }
    });
    return out;
}

} // namespace BatchDesk
