#pragma once

// Starts niagara-sim as a child process on a free loopback port with its own temporary
// database and dev-token file, so that integration tests speak real HTTP to it.
//
// With --oauth-auto-approve among the arguments it plays the app that owns the sim: it hands
// the sim a fresh approval secret on stdin (kept open while the sim runs); requests to
// /oauth/authorize must carry it in the kApprovalHeader header to be approved (approvalHeaders(),
// or approvalSecretFor() for code that only has the URL, such as BrowserPlayer).

#include <QHash>
#include <QProcess>
#include <QStringList>
#include <QTemporaryDir>
#include <QUrl>

#include <memory>
#include <utility>

namespace TestSupport {

inline constexpr char kApprovalHeader[] = "X-Niagara-Sim-Approval";

// Seeded identities every seed (demo and empty) contains; see sim/README.md.
inline constexpr char kManagerEmail[] = "dana.whitfield@demo.batchdesk.test";
inline constexpr char kSecondManagerEmail[] = "marcus.ortega@demo.batchdesk.test";
inline constexpr char kTechnicianEmail[] = "priya.natarajan@demo.batchdesk.test";

class SimProcess final
{
public:
    SimProcess();
    ~SimProcess();
    SimProcess(const SimProcess &) = delete;
    SimProcess &operator=(const SimProcess &) = delete;

    // Starts the sim with `--seed seed` and the given extra arguments and waits (at most
    // 60 s) for its "listening on" line. Returns false and fills *error on failure.
    bool start(const QString &seed, const QStringList &extraArgs = {}, QString *error = nullptr);
    // Restarts on the same database (to test persistence); the port may change.
    bool restart(const QStringList &extraArgs = {}, QString *error = nullptr);
    // The same, but the personal tokens issued at the last start stay valid (no new ones are
    // issued): a server that went away and came back, as clients see it.
    bool restartKeepingTokens(const QStringList &extraArgs = {}, QString *error = nullptr);
    void stop();

    QUrl baseUrl() const { return m_baseUrl; }
    QString databasePath() const;
    QString tokenFor(const QString &email) const { return m_tokens.value(email); }
    QString managerToken() const { return tokenFor(QString::fromLatin1(kManagerEmail)); }
    QString technicianToken() const { return tokenFor(QString::fromLatin1(kTechnicianEmail)); }
    QHash<QString, QString> tokens() const { return m_tokens; }
    QByteArray standardError() const { return m_stderr; }
    QString devTokensPath() const;
    qint64 processId() const { return m_process ? m_process->processId() : 0; }

    // The approval secret of a sim started with --oauth-auto-approve (empty otherwise), and
    // the request header that carries it.
    QByteArray approvalSecret() const { return m_approvalSecret; }
    QList<std::pair<QByteArray, QByteArray>> approvalHeaders() const;
    // The secret of the running SimProcess that listens at `url`'s host and port, or empty.
    static QByteArray approvalSecretFor(const QUrl &url);

private:
    bool launch(const QStringList &args, QString *error, bool keepTokens = false);

    QTemporaryDir m_dir;
    std::unique_ptr<QProcess> m_process;
    QString m_seed;
    QUrl m_baseUrl;
    QHash<QString, QString> m_tokens;
    QByteArray m_stderr;
    QByteArray m_approvalSecret;
};

} // namespace TestSupport
