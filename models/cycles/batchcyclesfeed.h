#pragma once

// Reads one batch's units (GET /batches/{id}/cycles, every page) into a CycleListModel, with
// the state of the read: Idle (no batch or no server), Loading, Loaded, Failed (the error's
// message), NoAccess (403), Gone (404, and the batch is gone too) and NotOffered (404 while the
// batch itself is there: a server of the seed revision, which does not list units). setBatch()
// drops the units of another batch at once; an answer for a batch no longer shown is dropped.
// refresh() keeps the rows until the new ones are applied (differences only).

#include "models/cycles/cyclelistmodel.h"

#include <QObject>
#include <QPointer>

namespace Niagara {
class NiagaraClient;
}

namespace BatchDesk {

class PlanningService;

class BatchCyclesFeed final : public QObject
{
    Q_OBJECT

public:
    enum class State : quint8 { Idle, Loading, Loaded, Failed, NoAccess, Gone, NotOffered };
    Q_ENUM(State)

    BatchCyclesFeed(Niagara::NiagaraClient *client, CycleListModel *model, QObject *parent = nullptr);
    // Through the planning service's client and request queue (the app).
    BatchCyclesFeed(PlanningService *service, CycleListModel *model, QObject *parent = nullptr);
    ~BatchCyclesFeed() override;

    static constexpr int kPageSize = 100;

    void setBatch(const QString &batchId);
    QString batchId() const { return m_batchId; }
    void refresh();

    State state() const { return m_state; }
    // The translated reason while Failed, NoAccess, Gone or NotOffered.
    QString errorText() const { return m_error; }
    CycleListModel *model() const { return m_model; }

Q_SIGNALS:
    void stateChanged(BatchDesk::BatchCyclesFeed::State state);
    // A read ended (Loaded, Failed, NoAccess, Gone or NotOffered).
    void settled();

private:
    void load();
    void read(quint64 generation, const std::function<void()> &done);
    void tellNotFound(quint64 generation);
    void setState(State state, const QString &error = {});

    QPointer<Niagara::NiagaraClient> m_client;
    QPointer<PlanningService> m_service;
    QPointer<CycleListModel> m_model;
    QString m_batchId;
    State m_state = State::Idle;
    QString m_error;
    quint64 m_generation = 0;
};

} // namespace BatchDesk
