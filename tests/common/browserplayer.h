#pragma once

// Plays the user's browser for a session's OAuth sign-in in headless tests: every
// authorization URL the session asks to open is fetched with a plain GET, carrying the approval
// secret of the SimProcess that listens there (as the app's SignInBrowser does for its demo);
// niagara-sim, run with --oauth-auto-approve, answers with a 302 to the session's loopback
// handler, which Qt follows, and the flow completes as after a real browser. When the URL
// names nobody (login_hint), the player is the user who picks `defaultUser` on the sign-in page.

#include "common/simprocess.h"
#include "models/session/session.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QObject>
#include <QUrl>
#include <QUrlQuery>

#include <memory>

namespace TestSupport {

class BrowserPlayer final
{
public:
    explicit BrowserPlayer(BatchDesk::Session *session,
                           const QString &defaultUser = QStringLiteral("dana.whitfield@demo.batchdesk.test"))
    {
        QObject::connect(session, &BatchDesk::Session::authorizeUrl, &m_network, [this, defaultUser](const QUrl &url) {
            m_urls.append(url);
            QUrl chosen = url;
            QUrlQuery query(url);
            if (!query.hasQueryItem(QStringLiteral("login_hint"))) {
                query.addQueryItem(QStringLiteral("login_hint"), defaultUser);
                chosen.setQuery(query);
            }
            QNetworkRequest request(chosen);
            request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::NoLessSafeRedirectPolicy);
            if (const QByteArray secret = SimProcess::approvalSecretFor(url); !secret.isEmpty())
                request.setRawHeader(kApprovalHeader, secret);
            QNetworkReply *reply = m_network.get(request);
            QObject::connect(reply, &QNetworkReply::finished, reply, &QObject::deleteLater);
        });
    }

    // Every authorization URL opened so far.
    const QList<QUrl> &urls() const { return m_urls; }

private:
    QNetworkAccessManager m_network; // its own, like a browser: no cookies or headers shared
    QList<QUrl> m_urls;
};

} // namespace TestSupport
