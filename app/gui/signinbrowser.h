#pragma once

// Where Session::authorizeUrl goes. For a real server: the user's web browser
// (QDesktopServices), which signs in and sends the answer to the session's loopback handler.
// For the demo workspace there is nobody to click "Sign in": this class plays the browser —
// one GET of the authorization URL through the app's QNetworkAccessManager, carrying the demo
// sim's approval secret (DemoWorkspace::addApproval); niagara-sim, run with
// --oauth-auto-approve, answers with a redirect to the loopback handler, which this class then
// follows itself (without the secret, which goes to the sim and nowhere else), and the
// session's OAuth flow completes exactly as after a real browser (state check, PKCE, code
// exchange). The demo signs in as the seeded production manager unless the URL already names
// someone (login_hint).

#include <QObject>
#include <QPointer>
#include <QUrl>

QT_BEGIN_NAMESPACE
class QNetworkAccessManager;
QT_END_NAMESPACE

namespace BatchDesk {
class Session;
}

namespace BatchDesk::App {

class DemoWorkspace;

class SignInBrowser final : public QObject
{
    Q_OBJECT

public:
    // The seeded production manager (sim/README.md): the demo signs in as a planner.
    static constexpr char kDemoUserEmail[] = "dana.whitfield@demo.batchdesk.test";

    // Follows `session`'s authorizeUrl from now on. All three must outlive this object; `demo`
    // approves the demo's sign-in.
    SignInBrowser(QNetworkAccessManager *network, Session *session, const DemoWorkspace *demo,
                  QObject *parent = nullptr);

    void open(const QUrl &authorizeUrl);

Q_SIGNALS:
    // Translated; the session's sign-in has been cancelled.
    void failed(const QString &message);

private:
    void playBrowser(QUrl url);

    QNetworkAccessManager *m_network;
    QPointer<Session> m_session;
    QPointer<const DemoWorkspace> m_demo;
};

} // namespace BatchDesk::App
