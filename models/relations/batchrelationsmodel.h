#pragma once

// One batch's relations (GET /batches/{id}/relations, first page), as a list model with the
// state of its load: Idle (no batch, or no server), Loading, Loaded, Failed (the error's
// message), NoAccess (403: the batch exists, the user may not read its relations) and Gone
// (404: the batch no longer exists). setBatch() cancels the load under way; an answer for a
// batch no longer shown is dropped. refresh() keeps the rows while it reloads and then
// applies the differences (rows removed, changed in place, appended): never a reset.
// The detail pane shows it; it never sees the client.

#include "client/domain.h"
#include "models/requestqueue.h"

#include <QAbstractListModel>

#include <QPointer>

namespace Niagara {
class NiagaraClient;
}

namespace BatchDesk {

class PlanningService;

class BatchRelationsModel final : public QAbstractListModel
{
    Q_OBJECT

public:
    enum class State : quint8 { Idle, Loading, Loaded, Failed, NoAccess, Gone };
    Q_ENUM(State)

    enum Role {
        RelationIdRole = Qt::UserRole + 1,
        RelationRole,    // e.g. "technician"
        LabelRole,       // the relation's label
        DirectionRole,   // INWARD | OUTWARD
        EntityTypeRole,  // e.g. USER
        EntityIdRole,
        EntityLabelRole, // the related entity's label (remote text: show as plain text)
    };

    explicit BatchRelationsModel(Niagara::NiagaraClient *client, QObject *parent = nullptr);
    // Through the planning service's client (the app: one client, never handed to widgets).
    explicit BatchRelationsModel(PlanningService *service, QObject *parent = nullptr);
    ~BatchRelationsModel() override;

    static constexpr int kPageSize = 100; // one page; totalCount() tells how many there are

    // Shows `batchId` ("" = none): drops the rows of another batch, cancels its load, loads.
    void setBatch(const QString &batchId);
    QString batchId() const { return m_batchId; }
    // Loads the same batch again; the rows stay until the answer is applied.
    void refresh();
    void clear() { setBatch({}); }

    State state() const { return m_state; }
    // The translated reason while Failed, NoAccess or Gone.
    QString errorText() const { return m_error; }
    // How many relations the server has (may exceed rowCount(): only the first page is read).
    qint64 totalCount() const { return m_total; }
    const QList<Niagara::Relation> &relations() const { return m_rows; }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

Q_SIGNALS:
    void stateChanged(BatchDesk::BatchRelationsModel::State state);
    // A load ended (Loaded, Failed, NoAccess or Gone); not after a cancellation.
    void settled();

private:
    void load();
    void send(quint64 generation, const RequestQueue::Done &done);
    void cancel();
    void setState(State state, const QString &error = {});
    void apply(const QList<Niagara::Relation> &relations);
    void removeAll();

    QPointer<Niagara::NiagaraClient> m_client;
    // Through the service: its request queue, the app's one bound on requests in flight.
    QPointer<PlanningService> m_service;
    QString m_batchId;
    QList<Niagara::Relation> m_rows;
    qint64 m_total = 0;
    State m_state = State::Idle;
    QString m_error;
    quint64 m_request = 0;
    quint64 m_generation = 0; // answers of an older generation are dropped
};

} // namespace BatchDesk
