#pragma once

// Runs batchdesk-cli as a user would: a child process with NIAGARA_TOKEN in its environment
// (a null token removes it) and no NIAGARA_SERVER, so only --server picks the server.

#include <QList>
#include <QProcess>
#include <QStringList>
#include <QTest>

#include <algorithm>
#include <optional>

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
    // The event loop runs meanwhile, so a ScriptedServer in the test process can answer the CLI.
    if (!QTest::qWaitFor([&cli] { return cli.state() == QProcess::NotRunning; }, 120000))
        qFatal("batchdesk-cli did not finish");
    return {cli.exitStatus() == QProcess::NormalExit ? cli.exitCode() : -1, cli.readAllStandardOutput(),
            cli.readAllStandardError()};
}

// Empty when `out` holds no character a terminal acts on; otherwise where the first one is,
// with its context in hex (the message must not carry it to the log's terminal either).
// Looked for: C0 controls except those in `allowed`, DEL, C1 controls (UTF-8 C2 80 to C2 9F)
// and the bidirectional controls U+061C, U+200E, U+200F, U+202A-U+202E, U+2066-U+2069.
inline QString controlCharacterIn(const QByteArray &out, const QByteArray &allowed = QByteArrayLiteral("\n"))
{
    const auto context = [&out](qsizetype i) {
        return QString::fromLatin1(out.mid(std::max<qsizetype>(0, i - 16), 32).toHex(' '));
    };
    for (qsizetype i = 0; i < out.size(); ++i) {
        const auto b = static_cast<unsigned char>(out.at(i));
        const auto next = i + 1 < out.size() ? static_cast<unsigned char>(out.at(i + 1)) : 0;
        if ((b < 0x20 && !allowed.contains(static_cast<char>(b))) || b == 0x7F || (b == 0xC2 && next >= 0x80 && next <= 0x9F))
            return QStringLiteral("control character at byte %1: %2").arg(i).arg(context(i));
    }
    const QString text = QString::fromUtf8(out);
    for (const char16_t c : {u'\u061C', u'\u200E', u'\u200F', u'\u202A', u'\u202B', u'\u202C', u'\u202D', u'\u202E',
                             u'\u2066', u'\u2067', u'\u2068', u'\u2069'}) {
        if (text.contains(QChar(c)))
            return QStringLiteral("bidirectional control U+%1").arg(uint(c), 4, 16, QLatin1Char('0'));
    }
    return {};
}

// A strict RFC 4180 reader: fields separated by ',', every record ended by CRLF, a quoted
// field may hold ',', '"' (doubled), CR and LF. nullopt for anything else (a bare LF between
// records, a quote inside an unquoted field, text after a closing quote, no final CRLF).
inline std::optional<QList<QStringList>> parseCsv(const QByteArray &data)
{
    const QString text = QString::fromUtf8(data);
    const qsizetype n = text.size();
    QList<QStringList> records;
    QStringList record;
    qsizetype i = 0;
    while (i < n) {
        QString field;
        if (text.at(i) == u'"') {
            ++i;
            for (;;) {
                if (i >= n)
                    return std::nullopt;
                if (text.at(i) == u'"') {
                    if (i + 1 < n && text.at(i + 1) == u'"') {
                        field += u'"';
                        i += 2;
                        continue;
                    }
                    ++i;
                    break;
                }
                field += text.at(i++);
            }
        } else {
            while (i < n && text.at(i) != u',' && text.at(i) != u'\r' && text.at(i) != u'\n') {
                if (text.at(i) == u'"')
                    return std::nullopt;
                field += text.at(i++);
            }
        }
        record << field;
        if (i < n && text.at(i) == u',') {
            ++i;
            if (i == n)
                return std::nullopt;
            continue;
        }
        if (i + 1 < n && text.at(i) == u'\r' && text.at(i + 1) == u'\n') {
            i += 2;
            records << record;
            record.clear();
            continue;
        }
        return std::nullopt;
    }
    return records;
}

} // namespace TestSupport
