#pragma once

// The set-up the client's tests against a ScriptedServer share: one QNetworkAccessManager, a
// listening ScriptedServer and a NiagaraClient on it with a token and a quick retry policy,
// made anew for every test function (call setUpClient() from init(), tearDownClient() from
// cleanup()).

#include "client/niagaraclient.h"
#include "common/scriptedserver.h"

#include <QNetworkAccessManager>
#include <QObject>
#include <QTest>

#include <chrono>

namespace TestSupport {

class ScriptedClientTest : public QObject
{
public:
    using QObject::QObject;

protected:
    static Niagara::RetryPolicy fastPolicy(int attempts = 4)
    {
        using namespace std::chrono_literals;
        Niagara::RetryPolicy p;
        p.maxAttempts = attempts;
        p.baseDelay = 20ms;
        p.maxDelay = 2000ms;
        p.attemptTimeout = 3000ms;
        return p;
    }

    // False (and a failed test) when the server cannot listen.
    bool setUpClient()
    {
        m_nam = new QNetworkAccessManager(this);
        m_server = new ScriptedServer(this);
        if (!m_server->listen()) {
            QTest::qFail("the scripted server could not listen", __FILE__, __LINE__);
            return false;
        }
        m_client = new Niagara::NiagaraClient(m_nam, this);
        m_client->setBaseUrl(m_server->baseUrl());
        m_client->setBearerToken(QStringLiteral("secret-token-123"));
        m_client->setRetryPolicy(fastPolicy());
        return true;
    }
    void tearDownClient()
    {
        delete m_client;
        delete m_server;
        delete m_nam;
        m_client = nullptr;
        m_server = nullptr;
        m_nam = nullptr;
    }

    QNetworkAccessManager *m_nam = nullptr;
    ScriptedServer *m_server = nullptr;
    Niagara::NiagaraClient *m_client = nullptr;
};

} // namespace TestSupport
