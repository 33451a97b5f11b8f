#pragma once

// The demo workspace's server: BatchDesk starts its own niagara-sim on a loopback port with
// the demo seed and OAuth auto-approval. Signing in is not this class's business: the demo is
// a saved server like any other and signs in through the same OAuth code path
// (WorkspaceConnector, SignInBrowser). No token passes through here, and the child does not
// inherit NIAGARA_TOKEN.
//
// The demo belongs to the user who started it: its folder is 0700 (the sim keeps its database
// 0600), and the sim approves sign-ins only for requests that carry a one-time approval secret,
// made here for each start and handed to the sim on its stdin (never argv or the environment,
// which other local users can read). The pipe stays open: when the app dies, the sim sees its
// stdin end and stops.
//
// Everything is asynchronous (the GUI never waits on the child): the "listening on" line is
// read as it arrives.

#include <QByteArray>
#include <QObject>
#include <QProcess>
#include <QUrl>

#include <memory>

class QNetworkRequest;
class QTimer;

namespace BatchDesk::App {

class DemoWorkspace final : public QObject
{
    Q_OBJECT

public:
    explicit DemoWorkspace(QObject *parent = nullptr);
    ~DemoWorkspace() override; // stops the sim

    // Where the demo data lives; default <AppDataLocation>/demo.sqlite.
    void setDatabasePath(const QString &path) { m_databasePath = path; }
    QString databasePath() const;
    void setSimulateWorkSeconds(double seconds) { m_simulateWork = seconds; }

    // niagara-sim next to the binary: ../sim/niagara-sim in the build tree, niagara-sim in the
    // same directory when installed, then the build path compiled in. Empty if none exists.
    static QString findSimulator();

    void start();
    // The arguments and environment the sim is started with (also for tests that check that
    // no secret reaches the child).
    QStringList arguments() const;
    static QProcessEnvironment childEnvironment();
    qint64 processId() const;
    QUrl baseUrl() const { return m_ready ? m_baseUrl : QUrl(); }
    // Adds the approval secret to `request` if it goes to this demo's running sim (same scheme,
    // host and port); leaves any other request alone. Returns whether it did.
    bool addApproval(QNetworkRequest &request) const;
    // For the user's own browser, which cannot send that header: adds to an authorization URL of
    // this demo's running sim the proof of the secret bound to the URL's own client_id,
    // redirect_uri, state and code_challenge (sim_approval, sim/README.md); the secret itself
    // never leaves the app. Leaves any other URL alone; returns whether it added the proof.
    bool addApprovalProof(QUrl &authorizeUrl) const;
    // SIGTERM, then SIGKILL if the sim has not exited after `timeoutMs`; waits (shutdown only).
    void stop(int timeoutMs = 3000);
    bool isRunning() const;

Q_SIGNALS:
    void ready(const QUrl &baseUrl);
    void failed(const QString &message);

private:
    void onStandardOutput();
    void fail(const QString &message);
    void abandonProcess();
    bool isOwnSim(const QUrl &url) const;

    std::unique_ptr<QProcess> m_process;
    QTimer *m_startTimeout = nullptr;
    QString m_databasePath;
    QUrl m_baseUrl;
    QByteArray m_stdout;
    QByteArray m_stderrTail;
    QByteArray m_approvalSecret; // of the running sim; never logged, shown or saved
    double m_simulateWork = 5;
    bool m_ready = false;
    bool m_stopping = false;
};

} // namespace BatchDesk::App
