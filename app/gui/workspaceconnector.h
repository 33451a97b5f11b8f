#pragma once

// Gets the current server signed in when BatchDesk starts and when the user switches servers.
//
// - `--server URL` selects the saved server with that address, or saves a new one (useServer).
// - At start the current server's sign-in is restored from the keychain (Session::restore).
// - The demo workspace is a saved server (demo = true) whose address is http://127.0.0.1:<port>
//   of the niagara-sim this run started; the port changes per run, so the profile is updated
//   as soon as the sim is up. When nothing is saved for it (or its saved sign-in is no longer
//   valid), it signs in by itself through the same OAuth code path as any server — the
//   authorization URL is answered by SignInBrowser (SignInBrowser::signInDemo). With a chosen
//   demo user (--demo-user) a restored sign-in of someone else is replaced by that user's, once.
// - Another server with nothing saved asks the user (signInNeeded: the app opens the
//   connection dialog).
// - When the demo's sim stopped unexpectedly and DemoWorkspace started it again (same database,
//   new port), the demo profile follows the new address and the sign-in is checked there: the
//   sim keeps its tokens in its database, so the one held is restored (Session::restore, which
//   announces signedIn and makes the board reload); without a keychain, or when that no longer
//   works, the demo signs in by itself as at start. statusMessage says what happened.

#include <QObject>
#include <QPointer>
#include <QUrl>

#include <optional>

namespace Niagara {
struct ServerProfile;
}

namespace BatchDesk {
class Session;
}

namespace BatchDesk::App {

class DemoWorkspace;
class SignInBrowser;

class WorkspaceConnector final : public QObject
{
    Q_OBJECT

public:
    // `session`, `demo` and `browser` must outlive the connector.
    WorkspaceConnector(Session *session, DemoWorkspace *demo, SignInBrowser *browser, QObject *parent = nullptr);

    // Makes the saved server for `url` current, saving a new one if there is none; the
    // transport rule's refusal (translated) if `url` may not be used.
    std::optional<QString> useServer(const QUrl &url);
    // Restores the current server's sign-in; the demo workspace (current when nothing else is)
    // starts its server first.
    void start();

    // The demo workspace's saved server, if it has been saved yet.
    std::optional<Niagara::ServerProfile> demoProfile() const;

Q_SIGNALS:
    // What the connection is doing before the session can say it ("Starting the demo…").
    void status(const QString &text);
    // The current (non-demo) server has no saved sign-in: the user has to sign in.
    void signInNeeded();
    // Something the user should notice in passing (translated, for the status bar): the demo
    // server stopped unexpectedly, and was started again.
    void statusMessage(const QString &text);

private:
    void onDemoReady(const QUrl &url);
    void onDemoInterrupted();
    void onDemoRestarted(const QUrl &url);
    // Saves the demo profile at `url` (a new one the first time); nullopt when refused.
    std::optional<Niagara::ServerProfile> saveDemoProfile(const QUrl &url);
    // After a restart of the current demo's sim: signed in again at its new address.
    void recoverDemoSignIn();
    void onCurrentProfileChanged();
    void onStateChanged();
    void scheduleSettle();
    void settle();
    void signInDemo();
    bool currentIsDemo() const;

    QPointer<Session> m_session;
    QPointer<DemoWorkspace> m_demo;
    QPointer<SignInBrowser> m_browser;
    bool m_demoReady = false;
    bool m_demoStarting = false;
    bool m_switchWhenDemoReady = false;
    bool m_settlePending = false;
    // Between a restore and its outcome: what happens when it ends without a sign-in.
    bool m_watching = false;
    // The demo signs itself in again once after its sign-in expired, not in a loop.
    bool m_demoRetried = false;
    // The chosen demo user replaced a restored sign-in of someone else (once per run).
    bool m_demoUserApplied = false;
    // The demo's sim restarted while a sign-in was under way: recover once it has ended.
    bool m_recoverWhenSettled = false;
};

} // namespace BatchDesk::App
