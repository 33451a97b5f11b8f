#pragma once
// The desktop app's offline work, wired once for main() and the tests: whether the server
// answers (Connectivity, fed by the client), what an outage changes (background work paused,
// writes refused up front with the reason, a try again on a backoff that re-identifies the
// user or reloads the board), how a busy server slows background work (429/503 → the request
// queue's hold), whose technicians are read first, and the board's local cache (the last-known
// board of this server and user, shown at start and written after each live load).

#include "models/cache/boardcachekeeper.h"
#include "models/session/connectivity.h"

#include <QObject>
#include <QString>

namespace Niagara {
class NiagaraClient;
}

namespace BatchDesk {
class BatchStore;
class RequestQueue;
class Session;
} // namespace BatchDesk

namespace BatchDesk::App {

class OfflineSupport final : public QObject
{
    Q_OBJECT

public:
    OfflineSupport(Niagara::NiagaraClient *client, RequestQueue *requests, Session *session, BatchStore *store,
                   const QString &dataDir, QObject *parent = nullptr);

    Connectivity *connectivity() { return &m_connectivity; }
    BoardCacheKeeper *boardCache() { return &m_cache; }
    // Reads the cache of the current server and its last user and shows it (before the
    // session has asked the server anything).
    void startFromCache();

Q_SIGNALS:
    // A try while offline, with the sign-in confirmed: the board should load its pages.
    void reloadDue();

private:
    void followIdentity();

    Session *m_session;
    QString m_dataDir;
    Connectivity m_connectivity;
    BoardCacheKeeper m_cache;
};

} // namespace BatchDesk::App
