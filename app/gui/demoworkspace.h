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
//
// Supervised: once it has run, a sim that exits without being asked to (a crash, SIGKILL, the
// OOM killer) is started again on the same database with the same arguments (--port 0: the
// system picks the port again) and a fresh approval secret, as at the first start, after a
// back-off of 0.5 s doubling up to 30 s; a sim that ran for 30 s before it ended starts the
// back-off again. After kMaxQuickRestarts restarts in a row whose sim did not run that long,
// it gives up (failed). Only stop() (or start()) ends the supervision; the first start is not
// retried.

#include <QByteArray>
#include <QElapsedTimer>
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
    // Restarts in a row whose sim ran less than kStableRunMs before it gives up.
    static constexpr int kMaxQuickRestarts = 5;
    static constexpr int kFirstRestartDelayMs = 500;
    static constexpr int kMaxRestartDelayMs = 30000;
    static constexpr int kStableRunMs = 30000;

    explicit DemoWorkspace(QObject *parent = nullptr);
    ~DemoWorkspace() override; // stops the sim

    // Where the demo data lives; default <AppDataLocation>/demo.sqlite.
    void setDatabasePath(const QString &path) { m_databasePath = path; }
    QString databasePath() const;
    void setSimulateWorkSeconds(double seconds) { m_simulateWork = seconds; }

    // niagara-sim next to the binary: ../sim/niagara-sim in the build tree, niagara-sim in the
    // same directory when installed, then the build path compiled in. Empty if none exists.
    static QString findSimulator();

    // Starts the sim (again, if it ran) and its supervision.
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
    // Ends the supervision: nothing is restarted after it, and a pending restart is dropped.
    void stop(int timeoutMs = 3000);
    bool isRunning() const;
    // Between an unexpected exit and the restarted sim's "listening on" line.
    bool isRestarting() const;

Q_SIGNALS:
    // The sim of start() listens (once per start()).
    void ready(const QUrl &baseUrl);
    // The sim exited without being asked to (`reason`, translated); it is started again in
    // `restartInMs`. baseUrl() is empty until then.
    void interrupted(const QString &reason, int restartInMs);
    // The sim started again after an unexpected exit listens: same database, new address (and
    // approval secret). `exitCodeOrSignal`: the exit code of the last sim that ended, or the
    // signal that ended it (Unix; a crash).
    void restarted(const QUrl &baseUrl, int exitCodeOrSignal);
    // It could not be started, or kept stopping and was given up (translated).
    void failed(const QString &message);

private:
    void launch();
    void onStandardOutput();
    // The sim ended or could not be started: restarted while supervised, else failed.
    void processFailed(const QString &message);
    void fail(const QString &message);
    void abandonProcess();
    bool isOwnSim(const QUrl &url) const;

    std::unique_ptr<QProcess> m_process;
    QTimer *m_startTimeout = nullptr;
    QTimer *m_restartTimer = nullptr;
    QElapsedTimer m_runClock;     // since the running sim was launched
    int m_quickRestarts = 0;      // in a row, each after a run shorter than kStableRunMs
    int m_nextRestartDelayMs = kFirstRestartDelayMs;
    int m_lastExit = 0;           // of the sim that ended unexpectedly
    bool m_supervising = false;   // the sim of this start() has run: restart it when it ends
    bool m_restarting = false;    // the launched sim is a restart: it announces restarted()
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
