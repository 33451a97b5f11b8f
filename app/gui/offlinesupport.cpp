#include "app/gui/offlinesupport.h"

#include "client/niagaraclient.h"
#include "models/batchstore.h"
#include "models/requestqueue.h"
#include "models/session/session.h"

namespace BatchDesk::App {

OfflineSupport::OfflineSupport(Niagara::NiagaraClient *client, RequestQueue *requests, Session *session,
                               BatchStore *store, const QString &dataDir, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_dataDir(dataDir)
    , m_cache(store)
{
    connect(client, &Niagara::NiagaraClient::reachabilityObserved, &m_connectivity, &Connectivity::observe);
    // A 429 or 503 slows every background activity together (Retry-After honoured); what the
    // user does goes at once.
    connect(client, &Niagara::NiagaraClient::serverBusy, requests, &RequestQueue::holdBackground);
    connect(&m_connectivity, &Connectivity::offlineChanged, requests, [requests, session](bool offline) {
        requests->setBackgroundPaused(offline);
        session->permissions()->setOffline(offline);
    });
    // Back (any answer from the server, not only a try's): read what changed meanwhile. Not
    // while a load runs (it is what brought the answer), nor while the user is identified.
    connect(&m_connectivity, &Connectivity::offlineChanged, this, [this, store](bool offline) {
        if (offline)
            return;
        if (!m_session->reidentify() && !store->isLoading())
            Q_EMIT reloadDue();
    });
    connect(&m_connectivity, &Connectivity::attemptDue, this, [this] {
        // Signed in while the server was away: asking who the user is comes first, and its
        // signedIn reloads the board. Otherwise the board's pages are the question.
        if (!m_session->reidentify())
            Q_EMIT reloadDue();
    });
    connect(session, &Session::currentProfileChanged, &m_connectivity, &Connectivity::reset);
    // Their own batches' technicians are read first (servers that do not embed them).
    connect(session, &Session::signedIn, store, [store](const Niagara::User &user) { store->setCurrentUserId(user.id); });
    connect(session, &Session::currentProfileChanged, this, &OfflineSupport::followIdentity);
    connect(session, &Session::signedIn, this, &OfflineSupport::followIdentity);
}

void OfflineSupport::followIdentity()
{
    const auto profile = m_session->currentProfile();
    const QString profileId = profile ? profile->id : m_session->directory().currentId();
    const QString user = m_session->credentials().userEmail.isEmpty() ? m_session->directory().lastUser(profileId)
                                                                      : m_session->credentials().userEmail;
    m_cache.setIdentity(m_dataDir, profileId, user);
}

void OfflineSupport::startFromCache()
{
    followIdentity();
    m_cache.restore();
}

} // namespace BatchDesk::App
