#include "models/scan/codelookup.h"

#include "models/batchstore.h"
#include "models/travelers/travelerpayload.h"

#include <QCoreApplication>

#include <algorithm>

namespace BatchDesk {

void UnitLabelIndex::remember(const QString &batchId, const QList<Niagara::Cycle> &cycles)
{
    QList<Unit> units;
    units.reserve(cycles.size());
    for (const Niagara::Cycle &cycle : cycles) {
        // A unit without a label cannot be scanned; it would only match an empty code.
        if (!cycle.label.isEmpty())
            units.append(Unit{cycle.label, cycle.id});
    }
    if (units.isEmpty())
        m_units.remove(batchId);
    else
        m_units.insert(batchId, units);
}

void UnitLabelIndex::forget(const QString &batchId)
{
    m_units.remove(batchId);
}

QList<std::pair<QString, QString>> UnitLabelIndex::find(const QString &label, Qt::CaseSensitivity cs) const
{
    QList<std::pair<QString, QString>> found;
    for (auto it = m_units.cbegin(); it != m_units.cend(); ++it) {
        for (const Unit &unit : it.value()) {
            if (unit.label.compare(label, cs) == 0)
                found.append({it.key(), unit.cycleId});
        }
    }
    std::sort(found.begin(), found.end());
    return found;
}

namespace {

// Batch ids ordered by label, then id: the order candidates are offered in, the same on every
// run (the store's arrival order depends on paging).
void sortCodeLookupCandidates(const BatchStore &store, QStringList &ids)
{
    auto labelOf = [&store](const QString &id) {
        const BatchRecord *record = store.batch(id);
        return record ? record->label : QString();
    };
    std::sort(ids.begin(), ids.end(), [&labelOf](const QString &a, const QString &b) {
        const QString la = labelOf(a);
        const QString lb = labelOf(b);
        return la != lb ? la < lb : a < b;
    });
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
}

QStringList codeLookupBatchesLabelled(const BatchStore &store, const QString &label, Qt::CaseSensitivity cs)
{
    QStringList ids;
    store.forEach([&](const BatchRecord &record) {
        if (record.label.compare(label, cs) == 0)
            ids.append(record.id);
    });
    sortCodeLookupCandidates(store, ids);
    return ids;
}

CodeMatch codeLookupUnitMatch(const BatchStore &store, const QList<std::pair<QString, QString>> &units)
{
    CodeMatch match;
    QStringList cycles;
    for (const auto &[batchId, cycleId] : units) {
        // Units of a batch no longer on the board cannot be opened.
        if (store.batch(batchId)) {
            match.batchIds.append(batchId);
            cycles.append(cycleId);
        }
    }
    if (match.batchIds.isEmpty())
        return match;
    match.kind = CodeMatch::Kind::UnitLabel;
    if (cycles.size() == 1)
        match.cycleId = cycles.constFirst();
    sortCodeLookupCandidates(store, match.batchIds);
    return match;
}

} // namespace

CodeMatch lookupCode(const BatchStore &store, const QString &code, const UnitLabelIndex *units)
{
    const QString trimmed = code.trimmed();
    CodeMatch match;
    if (trimmed.isEmpty())
        return match;

    if (store.batch(trimmed)) {
        match.kind = CodeMatch::Kind::BatchId;
        match.batchIds = {trimmed};
        return match;
    }
    if (const std::optional<QString> id = batchIdFromTravelerPayload(trimmed); id && store.batch(*id)) {
        match.kind = CodeMatch::Kind::TravelerPayload;
        match.batchIds = {*id};
        return match;
    }
    // Labels are typed by people: a scanner set to capitals, or a label read aloud and typed,
    // still finds the batch when no label matches exactly.
    for (const Qt::CaseSensitivity cs : {Qt::CaseSensitive, Qt::CaseInsensitive}) {
        match.batchIds = codeLookupBatchesLabelled(store, trimmed, cs);
        if (!match.batchIds.isEmpty()) {
            match.kind = CodeMatch::Kind::BatchLabel;
            return match;
        }
    }
    if (units) {
        for (const Qt::CaseSensitivity cs : {Qt::CaseSensitive, Qt::CaseInsensitive}) {
            match = codeLookupUnitMatch(store, units->find(trimmed, cs));
            if (match.kind != CodeMatch::Kind::None)
                return match;
        }
    }
    return CodeMatch{};
}

QString codeMatchProblem(const CodeMatch &match, const QString &code)
{
    const QString shown = code.trimmed();
    if (match.kind == CodeMatch::Kind::None)
        return QCoreApplication::translate("BatchDesk::CodeLookup", "No batch or unit matches “%1”.").arg(shown);
    if (!match.ambiguous())
        return QString();
    const int count = static_cast<int>(match.batchIds.size());
    if (match.kind == CodeMatch::Kind::UnitLabel) {
        return QCoreApplication::translate("BatchDesk::CodeLookup", "%n batches hold a unit labelled “%1”: choose one.",
                                           nullptr, count)
            .arg(shown);
    }
    return QCoreApplication::translate("BatchDesk::CodeLookup", "%n batches are labelled “%1”: choose one.", nullptr, count)
        .arg(shown);
}

} // namespace BatchDesk
