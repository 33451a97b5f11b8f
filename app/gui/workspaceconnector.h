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

private:
    void onDemoReady(const QUrl &url);
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
};

} // namespace BatchDesk::App
