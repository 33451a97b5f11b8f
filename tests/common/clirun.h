#pragma once

// Runs batchdesk-cli as a user would: a child process with NIAGARA_TOKEN in its environment
// (a null token removes it) and no NIAGARA_SERVER, so only --server picks the server.

#include <QProcess>
#include <QStringList>

namespace TestSupport {

struct CliResult
{
    int exitCode = -1; // -1 when it crashed
    QByteArray out;
    QByteArray err;
};

// `extraEnv` adds to (or overrides) the environment, e.g. XDG_CONFIG_HOME for the settings the
// CLI reads its saved sign-in from.
inline CliResult runCli(const QString &program, const QStringList &args, const QString &token,
                        const QProcessEnvironment &extraEnv = {})
{
    QProcess cli;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const QString &key : extraEnv.keys())
        env.insert(key, extraEnv.value(key));
    env.remove(QStringLiteral("NIAGARA_SERVER"));
    if (token.isNull())
        env.remove(QStringLiteral("NIAGARA_TOKEN"));
    else
        env.insert(QStringLiteral("NIAGARA_TOKEN"), token);
    cli.setProcessEnvironment(env);
    cli.start(program, args);
    if (!cli.waitForFinished(120000))
        qFatal("batchdesk-cli did not finish");
    return {cli.exitStatus() == QProcess::NormalExit ? cli.exitCode() : -1, cli.readAllStandardOutput(),
            cli.readAllStandardError()};
}

} // namespace TestSupport
