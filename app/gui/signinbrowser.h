#pragma once

// Where Session::authorizeUrl goes. For a real server: the user's web browser
// (QDesktopServices), which signs in and sends the answer to the session's loopback handler.
//
// The demo workspace's own sign-in (signInDemo(): at start, and again once after its sign-in
// expired) has nobody to click "Sign in": this class plays the browser — one GET of the
// authorization URL through the app's QNetworkAccessManager, carrying the demo sim's approval
// secret (DemoWorkspace::addApproval); niagara-sim, run with --oauth-auto-approve, answers with
// a redirect to the loopback handler, which this class then follows itself (without the
// secret, which goes to the sim and nowhere else), and the session's OAuth flow completes
// exactly as after a real browser (state check, PKCE, code exchange). It signs in as the
// demo user (the seeded production manager, or --demo-user).
//
// A sign-in the user starts on the demo ("Sign in with browser") opens the user's browser at
// the sim's own sign-in page, as a real identity provider would, where any seeded user can be
// chosen: the URL carries a proof of the approval secret bound to this request
// (DemoWorkspace::addApprovalProof) and no login_hint, so the sim shows its chooser.

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

    // Who the demo signs in as by itself (--demo-user); the seeded manager unless chosen.
    // Compared case-insensitively by the sim; one that is no seeded user ends in failed().
    void setDemoUser(const QString &email) { m_demoUser = email.trimmed(); }
    QString demoUser() const;
    bool demoUserChosen() const { return !m_demoUser.isEmpty(); }

    // The demo's own sign-in, played here without a browser window (the session's current
    // server must be the demo workspace).
    void signInDemo();

    void open(const QUrl &authorizeUrl);

Q_SIGNALS:
    // Translated; the session's sign-in has been cancelled.
    void failed(const QString &message);

private:
    void playBrowser(QUrl url);

    QNetworkAccessManager *m_network;
    QPointer<Session> m_session;
    QPointer<const DemoWorkspace> m_demo;
    QString m_demoUser;
    // True only while signInDemo() starts the session's flow (it asks for its URL at once):
    // every other authorization URL is the user's and goes to the user's browser.
    bool m_playing = false;
};

} // namespace BatchDesk::App
