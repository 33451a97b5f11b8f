#pragma once

// The demo workspace: when no server is configured, BatchDesk starts its own niagara-sim on a
// loopback port with the demo seed and signs in as the seeded production manager.
//
// Everything is asynchronous (the GUI never waits on the child): the "listening on" line is
// read as it arrives, then the manager's token is read from the sim's dev-tokens file, which
// lives in a private temporary directory and is deleted at once; the token stays in memory.

#include <QObject>
#include <QProcess>
#include <QUrl>

#include <memory>

class QTemporaryDir;
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
    // SIGTERM, then SIGKILL if the sim has not exited after `timeoutMs`; waits (shutdown only).
    void stop(int timeoutMs = 3000);
    bool isRunning() const;

Q_SIGNALS:
    void ready(const QUrl &baseUrl, const QString &token);
    void failed(const QString &message);

private:
    void onStandardOutput();
    void onStarted(const QUrl &url);
    void fail(const QString &message);
    void abandonProcess();

    std::unique_ptr<QProcess> m_process;
    std::unique_ptr<QTemporaryDir> m_tokenDir;
    QTimer *m_startTimeout = nullptr;
    QString m_databasePath;
    QByteArray m_stdout;
    QByteArray m_stderrTail;
    double m_simulateWork = 5;
    bool m_ready = false;
    bool m_stopping = false;
};

} // namespace BatchDesk::App
