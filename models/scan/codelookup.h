#pragma once

// What a code — scanned by a keyboard-wedge scanner or typed into "Go to batch" — refers to.
// A code is tried, in this order, as a batch id, as the payload of a printed traveler
// ("BATCH-<id>", models/travelers/travelerpayload.h), as a batch label and as a unit's label.
// Ids come first because they are unique; labels are whatever people typed on the server, so
// two batches may share one (the match is then ambiguous and the person chooses). Units are
// known only once their batch's units were read (UnitLabelIndex): the board does not list them.

#include "client/domain.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <utility>

namespace BatchDesk {

class BatchStore;

// The units read this session, by label, so a unit's serial number scanned anywhere finds its
// batch. Fed by whoever reads units (the My work desk's units pane); a batch's units replace
// what was remembered of it.
class UnitLabelIndex final
{
public:
    void remember(const QString &batchId, const QList<Niagara::Cycle> &cycles);
    void forget(const QString &batchId);
    void clear() { m_units.clear(); }
    bool isEmpty() const { return m_units.isEmpty(); }

    // (batchId, cycleId) of every unit labelled `label`, ordered by batch id, then cycle id
    // (a stable order whatever the hash does).
    QList<std::pair<QString, QString>> find(const QString &label,
                                            Qt::CaseSensitivity cs = Qt::CaseSensitive) const;

private:
    struct Unit
    {
        QString label;
        QString cycleId;
    };
    QHash<QString, QList<Unit>> m_units; // by batch id
};

struct CodeMatch
{
    enum class Kind { None, BatchId, TravelerPayload, BatchLabel, UnitLabel };
    Kind kind = Kind::None;
    // The batches the code names: one, or several when a label is shared (sorted by batch
    // label, then id).
    QStringList batchIds;
    // The unit, when a unit label names exactly one unit; empty otherwise (also when a unit
    // and its retries share the label: the batch opens without choosing one of them).
    QString cycleId;

    bool ambiguous() const { return batchIds.size() > 1; }
};

// Looks `code` up (trimmed; empty matches nothing). `units` may be null (no unit labels).
CodeMatch lookupCode(const BatchStore &store, const QString &code, const UnitLabelIndex *units);

// What to tell the person about a match that opens nothing by itself: no match, or several
// batches to choose from. Empty for a unique match.
QString codeMatchProblem(const CodeMatch &match, const QString &code);

} // namespace BatchDesk
