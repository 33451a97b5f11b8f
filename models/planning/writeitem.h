#pragma once

// The units of a bulk write (a split, an assignment, or the undo of either): every item ends
// created/removed, failed with the server's message, or not attempted. Items are plain values;
// WriteRun owns and updates them.

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace BatchDesk {

enum class ItemState : quint8 {
    NotAttempted, // not sent (yet, or the run was cancelled first)
    Running,      // its request is in flight
    Succeeded,    // the server holds the result
    Failed,       // with the server's (translated) message; "Retry failed" tries it again
};

struct WriteItem
{
    enum class Action : quint8 {
        CreateBatch,      // PATCH /batches (with its size group) or POST /batches
        AddTechnician,    // POST /batches/{id}/relations, or carried by the PATCH's users
        RemoveTechnician, // DELETE /batches/{id}/relations/{relation_id}
        DeleteBatch,      // DELETE /batches/{id} (undo of a split)
    };

    Action action = Action::CreateBatch;
    QString batchId;     // known for existing batches; learnt after creation for new ones
    QString batchLabel;  // the planned or current label
    qint64 numberCycles = 0;
    QString queueId;
    QString queueLabel;
    QString workOrderId;
    qint64 order = 0;    // planned queue order (CreateBatch)
    int plannedIndex = -1; // CreateBatch: index in the split plan; AddTechnician in a split:
                           // the index of the CreateBatch item whose batch it needs
    QString userId;      // technician items
    QString userName;
    QString relationId;  // RemoveTechnician: the relation to delete; AddTechnician: once created

    ItemState state = ItemState::NotAttempted;
    QString message;     // why it failed, or how success was established ("found on the server")

    // One-line translated description: "Create batch “iPad 3/50” (10 cycles)".
    QString description() const;
    bool isDone() const { return state == ItemState::Succeeded; }

    Q_DECLARE_TR_FUNCTIONS(BatchDesk::WriteItem) // last: the macro ends in "private:"
};

// One HTTP request a run will make, as the review page lists it.
struct PlannedRequest
{
    QString method; // PATCH, POST, DELETE
    QString path;   // /batches, /batches/{id}/relations ...
    QString summary; // translated: "Create 50 batches of 10 cycles with 3 technicians each"
    QList<int> items; // the items it carries
};

} // namespace BatchDesk
