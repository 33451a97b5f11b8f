#include "common/simprocess.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>

namespace TestSupport {

namespace {

// Running sims with an approval secret, by "host:port".
QHash<QString, QByteArray> &approvalRegistry()
{
    static QHash<QString, QByteArray> registry;
    return registry;
}

QString originKey(const QUrl &url)
{
    return url.host() + QLatin1Char(':') + QString::number(url.port());
}

QByteArray newApprovalSecret()
{
    QByteArray raw(32, '\0');
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(raw.data()), raw.size() / 4);
    return raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

} // namespace

SimProcess::SimProcess() = default;

SimProcess::~SimProcess()
{
    stop();
}

QString SimProcess::databasePath() const
{
    return m_dir.filePath(QStringLiteral("niagara-sim.sqlite"));
}

QString SimProcess::devTokensPath() const
{
    return m_dir.filePath(QStringLiteral("dev-tokens.json"));
}

QList<std::pair<QByteArray, QByteArray>> SimProcess::approvalHeaders() const
{
    if (m_approvalSecret.isEmpty())
        return {};
    return {{QByteArray(kApprovalHeader), m_approvalSecret}};
}

QByteArray SimProcess::approvalSecretFor(const QUrl &url)
{
    return approvalRegistry().value(originKey(url));
}

bool SimProcess::start(const QString &seed, const QStringList &extraArgs, QString *error)
{
    m_seed = seed;
    return launch(QStringList{QStringLiteral("--seed"), seed} + extraArgs, error);
}

bool SimProcess::restart(const QStringList &extraArgs, QString *error)
{
    stop();
    // No --seed on restart: the sim keeps what the database holds.
    return launch(extraArgs, error);
}

bool SimProcess::restartKeepingTokens(const QStringList &extraArgs, QString *error)
{
    stop();
    return launch(extraArgs, error, true);
}

bool SimProcess::launch(const QStringList &args, QString *error, bool keepTokens)
{
    auto fail = [error](const QString &why) {
        if (error)
            *error = why;
        return false;
    };
    if (!m_dir.isValid())
        return fail(QStringLiteral("no temporary directory"));

    const QString tokensPath = devTokensPath();
    QStringList arguments{QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--database"), databasePath()};
    if (!keepTokens) {
        QFile::remove(tokensPath);
        arguments << QStringLiteral("--dev-tokens") << tokensPath;
    }
    m_process = std::make_unique<QProcess>();
    m_process->setProgram(QStringLiteral(NIAGARA_SIM_PATH));
    m_process->setArguments(arguments + args);
    m_process->setProcessChannelMode(QProcess::SeparateChannels);
    // In the sanitizer build the sim is every integration test's peer and allocates a lot per
    // page: a smaller quarantine, shorter allocation stacks and no malloc fill halve its time
    // per request. Its memory errors are still found; the reports just show fewer frames.
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    const QString asan = environment.value(QStringLiteral("ASAN_OPTIONS"));
    environment.insert(QStringLiteral("ASAN_OPTIONS"),
                       (asan.isEmpty() ? QString() : asan + QLatin1Char(':'))
                           + QStringLiteral("quarantine_size_mb=16:malloc_context_size=8:max_malloc_fill_size=0"));
    m_process->setProcessEnvironment(environment);
    m_process->start();
    if (!m_process->waitForStarted(10000))
        return fail(QStringLiteral("niagara-sim did not start: ") + m_process->errorString());
    // A new secret for each start, as the app makes one; the sim reads it before it listens.
    m_approvalSecret.clear();
    if (args.contains(QStringLiteral("--oauth-auto-approve"))) {
        m_approvalSecret = newApprovalSecret();
        m_process->write(m_approvalSecret + '\n');
    }

    // The first stdout line announces the address; a sanitizer build seeds the demo slowly.
    QByteArray out;
    QDeadlineTimer deadline(60000);
    while (!out.contains('\n') && !deadline.hasExpired()) {
        if (m_process->state() != QProcess::Running)
            break;
        m_process->waitForReadyRead(200);
        out += m_process->readAllStandardOutput();
    }
    m_stderr = m_process->readAllStandardError();
    const QByteArray firstLine = out.left(out.indexOf('\n')).trimmed();
    const QByteArray prefix = "listening on ";
    if (!firstLine.startsWith(prefix))
        return fail(QStringLiteral("unexpected first line from niagara-sim: ")
                    + QString::fromUtf8(firstLine) + QStringLiteral(" stderr: ")
                    + QString::fromUtf8(m_stderr));
    m_baseUrl = QUrl(QString::fromUtf8(firstLine.mid(prefix.size())));
    if (!m_approvalSecret.isEmpty())
        approvalRegistry().insert(originKey(m_baseUrl), m_approvalSecret);

    if (keepTokens)
        return true;
    QFile tokens(tokensPath);
    if (!tokens.open(QIODevice::ReadOnly))
        return fail(QStringLiteral("no dev-tokens file"));
    const QJsonObject obj = QJsonDocument::fromJson(tokens.readAll()).object();
    m_tokens.clear();
    for (auto it = obj.begin(); it != obj.end(); ++it)
        m_tokens.insert(it.key(), it.value().toString());
    return true;
}

void SimProcess::stop()
{
    if (!m_process)
        return;
    if (!m_approvalSecret.isEmpty())
        approvalRegistry().remove(originKey(m_baseUrl));
    if (m_process->state() != QProcess::NotRunning) {
        m_process->terminate();
        if (!m_process->waitForFinished(10000)) {
            m_process->kill();
            m_process->waitForFinished(5000);
        }
    }
    m_stderr += m_process->readAllStandardError();
    m_process.reset();
}

} // namespace TestSupport
