#include "app/gui/signinbrowser.h"

#include "app/gui/demoworkspace.h"
#include "client/auth/serverprofile.h"
#include "models/session/session.h"

#include <QDesktopServices>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QScopedValueRollback>
#include <QUrlQuery>

namespace BatchDesk::App {

SignInBrowser::SignInBrowser(QNetworkAccessManager *network, Session *session, const DemoWorkspace *demo,
                             QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_session(session)
    , m_demo(demo)
{
    connect(session, &Session::authorizeUrl, this, &SignInBrowser::open);
}

QString SignInBrowser::demoUser() const
{
    return m_demoUser.isEmpty() ? QString::fromLatin1(kDemoUserEmail) : m_demoUser;
}

void SignInBrowser::signInDemo()
{
    if (!m_session)
        return;
    // The session's flow emits its authorization URL before signInWithBrowser() returns.
    const QScopedValueRollback<bool> playing(m_playing, true);
    m_session->signInWithBrowser(demoUser());
}

void SignInBrowser::open(const QUrl &authorizeUrl)
{
    const auto profile = m_session ? m_session->currentProfile() : std::nullopt;
    QUrl url = authorizeUrl;
    if (profile && profile->demo) {
        if (m_playing) {
            playBrowser(url);
            return;
        }
        // The user's own sign-in: the sim's chooser in the user's browser. No login_hint (the
        // page asks who you are); the proof instead of the secret, which stays in the app.
        QUrlQuery query(url);
        query.removeAllQueryItems(QStringLiteral("login_hint"));
        url.setQuery(query);
        if (!m_demo || !m_demo->addApprovalProof(url)) {
            if (m_session)
                m_session->cancelSignIn();
            Q_EMIT failed(tr("The demo workspace could not sign in: its server is not running."));
            return;
        }
    }
    if (!QDesktopServices::openUrl(url)) {
        if (m_session)
            m_session->cancelSignIn();
        Q_EMIT failed(tr("No web browser could be opened for signing in. Use a personal token instead, or set a "
                         "default browser."));
    }
}

void SignInBrowser::playBrowser(QUrl url)
{
    QUrlQuery query(url);
    if (!query.hasQueryItem(QStringLiteral("login_hint"))) {
        query.addQueryItem(QStringLiteral("login_hint"), demoUser());
        url.setQuery(query);
    }
    const QString email = query.queryItemValue(QStringLiteral("login_hint"), QUrl::FullyDecoded);
    QNetworkRequest request(url);
    // The redirect is followed below, by hand: the approval secret goes to the sim only.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    if (m_demo)
        m_demo->addApproval(request);
    QNetworkReply *reply = m_network->get(request);
    connect(reply, &QNetworkReply::finished, this, [this, reply, url, email] {
        reply->deleteLater();
        // The sim's answer is a 302 to http://127.0.0.1:<port>/?code=…&state=…, the session's
        // loopback handler: a browser follows it, and so does this class. From there the
        // session's flow takes over (granted or refused), however the handler answers us.
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QUrl target = url.resolved(reply->header(QNetworkRequest::LocationHeader).toUrl());
        const bool toHandler = (status == 302 || status == 303) && target.isValid()
                               && target.adjusted(QUrl::RemoveQuery) != url.adjusted(QUrl::RemoveQuery)
                               && Niagara::TransportPolicy::isLoopback(target);
        if (toHandler) {
            QNetworkReply *handler = m_network->get(QNetworkRequest(target));
            connect(handler, &QNetworkReply::finished, handler, &QObject::deleteLater);
            return;
        }
        // A sign-in page instead of the redirect (the approved sim approves at once only a
        // seeded user: a --demo-user that names nobody), a refusal (a sim that does not know our
        // approval secret), or no answer at all: nothing will ever reach the handler, so stop
        // waiting for it. Not errorString(): it quotes the URL, and a message is no place for
        // the request's state and challenge.
        const QString why = status == 0 ? tr("the demo server could not be reached")
            : reply->error() != QNetworkReply::NoError
            ? tr("the demo server answered HTTP %1").arg(status)
            : tr("it has no user with the email address “%1”").arg(email);
        if (m_session)
            m_session->cancelSignIn();
        Q_EMIT failed(tr("The demo workspace could not sign in: %1").arg(why));
    });
}

} // namespace BatchDesk::App
