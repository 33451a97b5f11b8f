#include "app/gui/demoworkspace.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QMessageAuthenticationCode>
#include <QNetworkRequest>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTimer>
#include <QUrlQuery>

#include <algorithm>
#include <array>
#include <utility>

namespace BatchDesk::App {

namespace {

Q_LOGGING_CATEGORY(lcDemoWorkspace, "batchdesk.demo", QtInfoMsg)

constexpr char kListeningPrefix[] = "listening on ";
// A sanitizer build seeds 1,200 batches slowly; a real failure shows up long before this.
constexpr int kStartTimeoutMs = 60000;
constexpr qsizetype kStderrTailBytes = 2000;
// niagara-sim's header for the approval secret of --oauth-auto-approve (sim/README.md).
constexpr char kApprovalHeader[] = "X-Niagara-Sim-Approval";
// …and its authorize parameter for a proof of it, which a browser can carry in the URL.
constexpr char kApprovalProofParam[] = "sim_approval";
constexpr QFile::Permissions kOwnerOnlyFolder = QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner;

// 256 bits from the system CSPRNG, base64url: the sim's one-time approval secret.
QByteArray newApprovalSecret()
{
    std::array<quint32, 8> words{};
    QRandomGenerator::system()->fillRange(words.data(), static_cast<qsizetype>(words.size()));
    return QByteArray(reinterpret_cast<const char *>(words.data()), static_cast<qsizetype>(sizeof(words)))
        .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

// Creates `path` and any missing parents readable by the owner only. An existing folder is
// tightened only when `tightenExisting` (the default location, which is ours; a folder the user
// named may be shared, such as /tmp, and is left as it is).
bool makePrivateFolder(const QString &path, bool tightenExisting)
{
    const QFileInfo info(path);
    if (info.isDir())
        return !tightenExisting || QFile::setPermissions(path, kOwnerOnlyFolder);
    const QString parent = info.absolutePath();
    if (parent != info.absoluteFilePath() && !QFileInfo(parent).isDir() && !makePrivateFolder(parent, false))
        return false;
    return QDir().mkdir(path, kOwnerOnlyFolder);
}

} // namespace

DemoWorkspace::DemoWorkspace(QObject *parent)
    : QObject(parent)
{
    m_startTimeout = new QTimer(this);
    m_startTimeout->setSingleShot(true);
    m_startTimeout->setInterval(kStartTimeoutMs);
    connect(m_startTimeout, &QTimer::timeout, this, [this] {
        processFailed(tr("The demo server did not start within %1 seconds.").arg(kStartTimeoutMs / 1000));
    });
    m_restartTimer = new QTimer(this);
    m_restartTimer->setSingleShot(true);
    connect(m_restartTimer, &QTimer::timeout, this, [this] {
        m_restarting = true;
        launch();
    });
}

DemoWorkspace::~DemoWorkspace()
{
    stop();
}

QString DemoWorkspace::databasePath() const
{
    if (!m_databasePath.isEmpty())
        return m_databasePath;
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/demo.sqlite");
}

QString DemoWorkspace::findSimulator()
{
    // The build tree has it in sim/ beside app/; installed, it is next to batchdesk: bin/ on
    // Linux and Windows, Contents/MacOS inside the macOS bundle (packaging/AppBundle.cmake).
#ifdef Q_OS_WIN
    const QString name = QStringLiteral("niagara-sim.exe");
#else
    const QString name = QStringLiteral("niagara-sim");
#endif
    const QString dir = QCoreApplication::applicationDirPath();
    QStringList candidates{dir + QStringLiteral("/../sim/") + name, dir + QLatin1Char('/') + name};
#ifdef BATCHDESK_SIM_BUILD_PATH
    candidates << QStringLiteral(BATCHDESK_SIM_BUILD_PATH);
#endif
    for (const QString &candidate : std::as_const(candidates)) {
        const QFileInfo info(candidate);
        if (info.isFile() && info.isExecutable())
            return info.canonicalFilePath();
    }
    return {};
}

bool DemoWorkspace::isRunning() const
{
    return m_process && m_process->state() != QProcess::NotRunning;
}

bool DemoWorkspace::isRestarting() const
{
    return m_restartTimer->isActive() || m_restarting;
}

void DemoWorkspace::start()
{
    m_restartTimer->stop();
    m_supervising = false;
    m_restarting = false;
    m_quickRestarts = 0;
    m_nextRestartDelayMs = kFirstRestartDelayMs;
    launch();
}

void DemoWorkspace::launch()
{
    abandonProcess();
    m_ready = false;
    m_stopping = false;
    m_stdout.clear();
    m_stderrTail.clear();

    const QString program = findSimulator();
    if (program.isEmpty()) {
        fail(tr("The demo server (niagara-sim) was not found next to BatchDesk in %1.")
                 .arg(QDir::toNativeSeparators(QCoreApplication::applicationDirPath())));
        return;
    }
    const QString database = databasePath();
    if (!makePrivateFolder(QFileInfo(database).absolutePath(), m_databasePath.isEmpty())) {
        fail(tr("Could not create the folder for the demo data: %1").arg(QDir::toNativeSeparators(database)));
        return;
    }
    m_process = std::make_unique<QProcess>();
    m_process->setProgram(program);
    m_process->setArguments(arguments());
    m_process->setProcessEnvironment(childEnvironment());
    m_process->setProcessChannelMode(QProcess::SeparateChannels);
    connect(m_process.get(), &QProcess::readyReadStandardOutput, this, &DemoWorkspace::onStandardOutput);
    connect(m_process.get(), &QProcess::readyReadStandardError, this, [this] {
        m_stderrTail += m_process->readAllStandardError();
        if (m_stderrTail.size() > kStderrTailBytes)
            m_stderrTail = m_stderrTail.right(kStderrTailBytes);
    });
    connect(m_process.get(), &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart)
            processFailed(tr("The demo server could not be started: %1").arg(m_process->errorString()));
    });
    connect(m_process.get(), &QProcess::finished, this, [this](int exitCode, QProcess::ExitStatus status) {
        if (m_stopping)
            return;
        // On Unix QProcess gives the signal that ended a crashed process as its exit code.
        m_lastExit = exitCode;
        const QString why = status == QProcess::CrashExit ? tr("it crashed") : tr("exit code %1").arg(exitCode);
        QString message = m_ready ? tr("The demo server stopped unexpectedly (%1).").arg(why)
                                  : tr("The demo server stopped while starting (%1).").arg(why);
        const QString detail = QString::fromLocal8Bit(m_stderrTail).trimmed().section(QLatin1Char('\n'), -1);
        if (!detail.isEmpty())
            message += QLatin1Char(' ') + detail;
        processFailed(message);
    });
    m_runClock.start();
    m_startTimeout->start();
    m_approvalSecret = newApprovalSecret();
    m_process->start();
    // Buffered until the sim runs; it reads this one line before it listens. The pipe then
    // stays open for as long as the app lives.
    m_process->write(m_approvalSecret + '\n');
}

bool DemoWorkspace::isOwnSim(const QUrl &url) const
{
    return m_ready && !m_approvalSecret.isEmpty() && url.scheme() == m_baseUrl.scheme() && url.host() == m_baseUrl.host()
           && url.port() == m_baseUrl.port();
}

bool DemoWorkspace::addApproval(QNetworkRequest &request) const
{
    if (!isOwnSim(request.url()))
        return false;
    request.setRawHeader(kApprovalHeader, m_approvalSecret);
    return true;
}

bool DemoWorkspace::addApprovalProof(QUrl &authorizeUrl) const
{
    if (!isOwnSim(authorizeUrl))
        return false;
    QUrlQuery query(authorizeUrl);
    // The values as the sim reads them (decoded as QUrlQuery does). Bound to the redirect, the
    // state and the PKCE challenge: whoever sees this URL (browser history, the process list
    // of the browser's launcher) can use it for this one sign-in only, whose code only this
    // app can redeem.
    const auto field = [&query](const char *name) {
        return query.queryItemValue(QString::fromLatin1(name), QUrl::FullyDecoded).toUtf8();
    };
    const QByteArray message = field("client_id") + '\n' + field("redirect_uri") + '\n' + field("state") + '\n'
                               + field("code_challenge");
    const QByteArray proof = QMessageAuthenticationCode::hash(message, m_approvalSecret, QCryptographicHash::Sha256)
                                 .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    query.removeAllQueryItems(QString::fromLatin1(kApprovalProofParam));
    query.addQueryItem(QString::fromLatin1(kApprovalProofParam), QString::fromLatin1(proof));
    authorizeUrl.setQuery(query);
    return true;
}

void DemoWorkspace::onStandardOutput()
{
    m_stdout += m_process->readAllStandardOutput();
    if (m_ready)
        return; // after the first line the sim's stdout carries nothing we need
    const qsizetype newline = m_stdout.indexOf('\n');
    if (newline < 0)
        return;
    const QByteArray line = m_stdout.left(newline).trimmed();
    m_stdout.clear();
    if (!line.startsWith(kListeningPrefix)) {
        processFailed(tr("The demo server answered unexpectedly: %1").arg(QString::fromLocal8Bit(line)));
        return;
    }
    const QUrl url(QString::fromLatin1(line.mid(qsizetype(sizeof(kListeningPrefix)) - 1)));
    if (!url.isValid() || url.port() <= 0) {
        processFailed(tr("The demo server reported an invalid address: %1").arg(QString::fromLocal8Bit(line)));
        return;
    }
    m_startTimeout->stop();
    m_baseUrl = url;
    m_ready = true;
    m_supervising = true;
    if (std::exchange(m_restarting, false))
        Q_EMIT restarted(url, m_lastExit);
    else
        Q_EMIT ready(url);
}

QStringList DemoWorkspace::arguments() const
{
    // --oauth-auto-approve: the sim answers an authorization request that names a seeded user
    // (login_hint) and carries the approval secret (read from stdin) with the redirect at once,
    // so the app can sign in without a browser window while still going through the whole
    // OAuth code flow (PKCE, state, token exchange).
    return {QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--database"), databasePath(),
            QStringLiteral("--seed"), QStringLiteral("demo"), QStringLiteral("--oauth-auto-approve"),
            QStringLiteral("--simulate-work"), QString::number(m_simulateWork)};
}

QProcessEnvironment DemoWorkspace::childEnvironment()
{
    // The user's own bearer token (set for the CLI) is none of the demo server's business.
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("NIAGARA_TOKEN"));
    return env;
}

qint64 DemoWorkspace::processId() const
{
    return m_process ? m_process->processId() : 0;
}

void DemoWorkspace::processFailed(const QString &message)
{
    if (!m_supervising) {
        // The first start: nothing has worked yet that a restart would bring back.
        fail(message);
        return;
    }
    // A sim that ran a while before it ended is a new incident; quick ends in a row are one.
    if (m_runClock.isValid() && m_runClock.elapsed() >= kStableRunMs) {
        m_quickRestarts = 0;
        m_nextRestartDelayMs = kFirstRestartDelayMs;
    }
    if (m_quickRestarts >= kMaxQuickRestarts) {
        fail(tr("The demo server keeps stopping and was not started again. %1").arg(message));
        return;
    }
    ++m_quickRestarts;
    m_startTimeout->stop();
    abandonProcess();
    m_ready = false;
    m_restarting = false;
    m_approvalSecret.clear();
    const int delay = m_nextRestartDelayMs;
    m_nextRestartDelayMs = std::min(2 * m_nextRestartDelayMs, kMaxRestartDelayMs);
    m_restartTimer->start(delay);
    qCWarning(lcDemoWorkspace) << "the demo server ended unexpectedly; restarting it in" << delay << "ms, attempt"
                               << m_quickRestarts;
    Q_EMIT interrupted(message, delay);
}

void DemoWorkspace::fail(const QString &message)
{
    m_startTimeout->stop();
    m_restartTimer->stop();
    m_supervising = false;
    m_restarting = false;
    abandonProcess();
    m_ready = false;
    m_approvalSecret.clear();
    Q_EMIT failed(message);
}

void DemoWorkspace::abandonProcess()
{
    if (!m_process)
        return;
    m_stopping = true;
    // Asynchronous, unlike stop(): this runs with the window up, which must not freeze.
    QProcess *process = m_process.release();
    process->disconnect(this);
    process->setParent(this); // destroyed with the workspace at the latest (QProcess kills then)
    if (process->state() == QProcess::NotRunning) {
        process->deleteLater();
        return;
    }
    connect(process, &QProcess::finished, process, &QObject::deleteLater);
    QTimer::singleShot(3000, process, [process] { process->kill(); });
    process->terminate();
}

void DemoWorkspace::stop(int timeoutMs)
{
    m_startTimeout->stop();
    // Asked to stop: whatever ends now is not restarted.
    m_restartTimer->stop();
    m_supervising = false;
    m_restarting = false;
    if (!m_process)
        return;
    m_stopping = true;
    if (m_process->state() != QProcess::NotRunning) {
        m_process->terminate();
        // Blocking on purpose: stop() runs at shutdown, when the event loop is gone and the
        // sim must not outlive the app. SIGTERM normally ends it in milliseconds.
        if (!m_process->waitForFinished(timeoutMs)) {
            m_process->kill();
            m_process->waitForFinished(1000);
        }
    }
    m_process->disconnect(this);
    m_process.reset();
    m_ready = false;
    m_approvalSecret.clear();
}

} // namespace BatchDesk::App
