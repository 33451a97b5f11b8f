// niagara-sim: a local, Niagara-API-compatible HTTP server for demos and integration tests.
// See sim/README.md for the options, the seeds and the interpretations of the contract.

#include "auth.h"
#include "faults.h"
#include "logging.h"
#include "renderer.h"
#include "seeder.h"
#include "server.h"
#include "signalwatcher.h"
#include "store.h"
#include "worksimulator.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHostAddress>
#include <QSaveFile>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTimeZone>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <map>
#include <memory>
#include <optional>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <unistd.h>
#endif

namespace {

int fail(const QString &message)
{
    qCCritical(lcSim).noquote() << message;
    return 1;
}

// A malformed --fail-writes is a usage error: exit code 2, so that a test can tell it apart.
int usageError(const QString &message)
{
    qCCritical(lcSim).noquote() << message;
    return 2;
}

// The first line of stdin, without its line break; nullopt at end of file before any line
// or when it is longer than `maxLength`. Byte by byte on Unix, so that nothing after the line
// is taken from the pipe (its end of file is watched afterwards).
std::optional<std::string> readStdinLine(std::size_t maxLength)
{
    std::string line;
#ifdef Q_OS_UNIX
    for (;;) {
        char c = 0;
        const ssize_t n = ::read(STDIN_FILENO, &c, 1);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return std::nullopt;
        if (c == '\n')
            break;
        line += c;
        if (line.size() > maxLength)
            return std::nullopt;
    }
#else
    std::vector<char> buffer(maxLength + 3, '\0');
    if (!std::fgets(buffer.data(), static_cast<int>(buffer.size()), stdin))
        return std::nullopt;
    line = buffer.data();
    if (line.empty() || line.back() != '\n' || line.size() > maxLength + 1)
        return std::nullopt;
    line.pop_back();
#endif
    if (!line.empty() && line.back() == '\r')
        line.pop_back();
    return line;
}

// At least 128 bits written as base64 or hex, no blanks: a secret, not a typo.
bool plausibleSecret(const std::string &secret)
{
    return secret.size() >= 22 && std::all_of(secret.begin(), secret.end(), [](char c) { return c > ' ' && c < 127; });
}

// { "email": "token", ... } for every user, so that tests and demos can log in as anyone.
// The database keeps only hashes, so the tokens are new ones, issued now: those of an earlier
// start stop working.
bool writeDevTokens(const QString &path, sim::Store &store, QString *error)
{
    std::vector<const sim::User *> users;
    for (const auto &[id, user] : store.catalog().users)
        users.push_back(&user);
    std::sort(users.begin(), users.end(), [](const sim::User *a, const sim::User *b) { return a->seq < b->seq; });
    sim::Json tokens = sim::Json::object();
    std::map<std::string, std::string> hashes;
    for (const sim::User *u : users) {
        const std::string token = sim::newPersonalToken();
        tokens[u->email] = token;
        hashes.emplace(u->id, sim::secretHash(token));
    }
    if (!store.replacePersonalTokens(hashes, error))
        return false;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = file.errorString();
        return false;
    }
    // The file holds credentials: readable by the owner only.
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    file.write(QByteArray::fromStdString(tokens.dump(2)) + '\n');
    if (!file.commit()) {
        *error = file.errorString();
        return false;
    }
    return true;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    sim::silenceQtRequestLogging();
    QCoreApplication::setApplicationName(QStringLiteral("niagara-sim"));
    QCoreApplication::setOrganizationName(QStringLiteral("BatchDesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(BATCHDESK_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Local Niagara-API-compatible server (BatchDesk demo and test peer)"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption portOption(QStringLiteral("port"), QStringLiteral("TCP port on 127.0.0.1 (0 picks a free one)."),
                                        QStringLiteral("N"), QStringLiteral("0"));
    const QCommandLineOption databaseOption(QStringLiteral("database"), QStringLiteral("SQLite database file."),
                                            QStringLiteral("FILE"));
    const QCommandLineOption seedOption(QStringLiteral("seed"), QStringLiteral("Seed for a new database: demo or empty."),
                                        QStringLiteral("demo|empty"), QStringLiteral("demo"));
    const QCommandLineOption seedDateOption(
        QStringLiteral("seed-date"),
        QStringLiteral("Date the seeded data of a new database relative to DATE 08:00:00 UTC instead of the "
                       "current time (the data is otherwise the same). For tests and reproducible demos."),
        QStringLiteral("YYYY-MM-DD"));
    const QCommandLineOption tokensOption(QStringLiteral("dev-tokens"),
                                          QStringLiteral("Issue every user a new personal token and write "
                                                         "{email: bearer token} to FILE (mode 0600)."),
                                          QStringLiteral("FILE"));
    const QCommandLineOption revisionOption(QStringLiteral("api-revision"),
                                            QStringLiteral("Response shapes: seed (batches.md) or later (oas_batch.md)."),
                                            QStringLiteral("seed|later"), QStringLiteral("seed"));
    const QCommandLineOption workOption(QStringLiteral("simulate-work"),
                                        QStringLiteral("Every SECONDS (fractions allowed), move some cycles forward "
                                                       "through the status categories; 0 = off."),
                                        QStringLiteral("SECONDS"), QStringLiteral("0"));
    const QCommandLineOption failWritesOption(
        QStringLiteral("fail-writes"),
        QStringLiteral("Inject faults into write requests (POST, PATCH, PUT, DELETE), counted from 1 since start: "
                       "comma-separated N:KIND, KIND one of 503, 500 (answered, not carried out), lost (carried "
                       "out, connection aborted), hang (carried out, never answered). Example: 2:503,4:lost."),
        QStringLiteral("SPEC"));
    const QCommandLineOption faultsOption(
        QStringLiteral("faults"),
        QStringLiteral("Inject faults into a share of all API requests (not /oauth): comma-separated KEY=VALUE. "
                       "latency=MS, jitter=MS (added to every response); 500, 502, 503, 429 (refused, not carried "
                       "out; 503/429 with Retry-After), 423 (DELETE refused as locked), expire (the OAuth access "
                       "token expires now), reset (carried out, connection dropped mid-response), truncate (carried "
                       "out, JSON body cut), lost (carried out, no response) = share 0..1; retry-after=SECONDS; "
                       "methods=GET|POST|PATCH|PUT|DELETE; seed=N. Example: latency=20,jitter=30,503=0.05,lost=0.01."),
        QStringLiteral("SPEC"));
    const QCommandLineOption testAdminOption(QStringLiteral("test-admin"),
                                             QStringLiteral("Serve GET/PUT /_sim/faults (re-arm --fail-writes and "
                                                            "--faults at run time), /_sim/work (pause or resume "
                                                            "--simulate-work), GET/DELETE /_sim/stats (requests in "
                                                            "flight) and /_sim/requests (requests per endpoint and "
                                                            "status); no token needed. For tests only."));
    const QCommandLineOption autoApproveOption(
        QStringLiteral("oauth-auto-approve"),
        QStringLiteral("Read a one-time approval secret (the first line of stdin) before listening; then GET "
                       "/oauth/authorize carrying it in the X-Niagara-Sim-Approval header, with login_hint=<email of "
                       "a seeded user>, redirects with a code at once; a browser's request with a proof of it "
                       "(sim_approval, see sim/README.md) gets the sign-in page, once. Requests with neither get no "
                       "code. The sim ends when stdin closes (its parent died). For the embedded demo and tests."));
    const QCommandLineOption tokenTtlOption(QStringLiteral("token-ttl"),
                                            QStringLiteral("Lifetime of OAuth access tokens in seconds (1..2592000)."),
                                            QStringLiteral("SECONDS"), QStringLiteral("3600"));
    QCommandLineOption codeTtlOption(QStringLiteral("oauth-code-ttl"),
                                     QStringLiteral("Lifetime of OAuth authorization codes in seconds (1..3600). "
                                                    "For tests only."),
                                     QStringLiteral("SECONDS"), QStringLiteral("60"));
    codeTtlOption.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOptions({portOption, databaseOption, seedOption, seedDateOption, tokensOption, revisionOption, workOption,
                       failWritesOption, faultsOption, testAdminOption, autoApproveOption, tokenTtlOption, codeTtlOption});
    parser.process(app);

    bool portOk = false;
    const uint port = parser.value(portOption).toUInt(&portOk);
    if (!portOk || port > 65535)
        return fail(QStringLiteral("--port must be 0..65535"));
    const QString seedName = parser.value(seedOption);
    if (seedName != QLatin1String("demo") && seedName != QLatin1String("empty"))
        return fail(QStringLiteral("--seed must be demo or empty"));
    // The instant the seeded dates are relative to: by default the creation moment (to the
    // minute), so that a demo created today is current today.
    QDateTime seedAnchor = QDateTime::currentDateTimeUtc();
    seedAnchor = QDateTime(seedAnchor.date(), QTime(seedAnchor.time().hour(), seedAnchor.time().minute()), QTimeZone::utc());
    if (parser.isSet(seedDateOption)) {
        static const QRegularExpression pattern(QStringLiteral("^[0-9]{4}-[0-9]{2}-[0-9]{2}$"));
        const QString text = parser.value(seedDateOption);
        const QDate date = QDate::fromString(text, Qt::ISODate);
        if (!pattern.match(text).hasMatch() || !date.isValid())
            return usageError(QStringLiteral("--seed-date must be a date YYYY-MM-DD, e.g. 2026-11-29: ") + text);
        seedAnchor = QDateTime(date, QTime(8, 0), QTimeZone::utc());
    }
    const QString revisionName = parser.value(revisionOption);
    if (revisionName != QLatin1String("seed") && revisionName != QLatin1String("later"))
        return fail(QStringLiteral("--api-revision must be seed or later"));
    const sim::ApiRevision revision =
        revisionName == QLatin1String("later") ? sim::ApiRevision::Later : sim::ApiRevision::Seed;
    bool workOk = false;
    const double workSeconds = parser.value(workOption).toDouble(&workOk);
    // 0 is off; otherwise 10 ms .. 1 day, so that a typo cannot make a busy loop.
    if (!workOk || !std::isfinite(workSeconds) || workSeconds < 0 || (workSeconds > 0 && workSeconds < 0.01)
        || workSeconds > 86400)
        return fail(QStringLiteral("--simulate-work must be 0 (off) or 0.01..86400 seconds"));
    std::string faultError;
    std::optional<sim::FaultPlan> faults = sim::FaultPlan::parse(parser.value(failWritesOption).toStdString(), &faultError);
    if (!faults)
        return usageError(QStringLiteral("--fail-writes must be N:KIND[,N:KIND...] with N >= 1 and KIND 503, 500, "
                                         "lost or hang: ")
                          + QString::fromStdString(faultError));
    std::optional<sim::FaultProfile> profile =
        sim::FaultProfile::parse(parser.value(faultsOption).toStdString(), &faultError);
    if (!profile)
        return usageError(QStringLiteral("--faults must be KEY=VALUE[,KEY=VALUE...] (see --help): ")
                          + QString::fromStdString(faultError));

    sim::OAuthOptions oauth;
    oauth.autoApprove = parser.isSet(autoApproveOption);
    if (oauth.autoApprove) {
        // Through stdin, never argv or the environment: other local users can read those.
        const std::optional<std::string> secret = readStdinLine(1024);
        if (!secret || !plausibleSecret(*secret))
            return fail(QStringLiteral("--oauth-auto-approve needs the approval secret as the first line of stdin "
                                       "(at least 22 characters, no blanks)"));
        oauth.approvalSecret = *secret;
    }
    bool ttlOk = false;
    oauth.accessTokenTtl = parser.value(tokenTtlOption).toInt(&ttlOk);
    if (!ttlOk || oauth.accessTokenTtl < 1 || oauth.accessTokenTtl > 2592000)
        return fail(QStringLiteral("--token-ttl must be 1..2592000 seconds"));
    oauth.codeTtl = parser.value(codeTtlOption).toInt(&ttlOk);
    if (!ttlOk || oauth.codeTtl < 1 || oauth.codeTtl > 3600)
        return fail(QStringLiteral("--oauth-code-ttl must be 1..3600 seconds"));

    QString databasePath = parser.value(databaseOption);
    if (databasePath.isEmpty()) {
        const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
        QDir().mkpath(dir);
        databasePath = QDir(dir).filePath(QStringLiteral("niagara-sim.sqlite"));
    }

    sim::SignalWatcher signals_;
    QObject::connect(&signals_, &sim::SignalWatcher::terminationRequested, &app, [](int signalNumber) {
        qCInfo(lcSim) << "signal" << signalNumber << "received, shutting down";
        QCoreApplication::quit();
    });
    // The approval secret came from the app that started us: the sim is that app's and must
    // not outlive it (nor serve its data to anyone after it).
    QObject::connect(&signals_, &sim::SignalWatcher::parentGone, &app, [] {
        qCInfo(lcSim) << "the process that started the sim has ended, shutting down";
        QCoreApplication::quit();
    });
    if (oauth.autoApprove)
        signals_.watchParent();

    sim::Store store;
    QString error;
    if (!store.open(databasePath, &error))
        return fail(QStringLiteral("cannot open database %1: %2").arg(databasePath, error));
    if (!store.hasSchema()) {
        // A new database: create it and seed it. An existing one keeps its data (--seed ignored).
        if (!store.createSchema(&error))
            return fail(QStringLiteral("cannot create schema: ") + error);
        sim::Seeder seeder(store, seedAnchor);
        if (!seeder.seed(seedName == QLatin1String("empty") ? sim::SeedKind::Empty : sim::SeedKind::Demo, &error))
            return fail(QStringLiteral("seeding failed: ") + error);
    } else {
        qCInfo(lcSim).noquote() << "using existing database" << databasePath << "(seed"
                                << QString::fromStdString(store.meta("seed")) << "dated"
                                << QString::fromStdString(store.meta("seed_anchor")) << "); --seed and --seed-date ignored";
    }
    if (!store.ensureOAuthSchema(&error))
        return fail(QStringLiteral("cannot create the OAuth tables: ") + error);
    if (!store.ensureHistorySchema(&error))
        return fail(QStringLiteral("cannot create the completion history: ") + error);
    if (!store.ensureUnitsSchema(&error))
        return fail(QStringLiteral("cannot create the units table: ") + error);
    if (!store.hashPlainPersonalTokens(&error))
        return fail(QStringLiteral("cannot hash the personal tokens: ") + error);
    if (!store.loadCatalog(&error))
        return fail(QStringLiteral("cannot load database: ") + error);

    if (parser.isSet(tokensOption) && !writeDevTokens(parser.value(tokensOption), store, &error))
        return fail(QStringLiteral("cannot write dev tokens: ") + error);

    auto server = std::make_unique<sim::Server>(store, revision);
    const std::string armedFaults = faults->spec();
    server->armFaults(std::move(*faults));
    const std::string profileSpec = profile->spec();
    server->armFaultProfile(std::move(*profile));
    server->setTestAdmin(parser.isSet(testAdminOption));
    server->setOAuthOptions(oauth);
    const quint16 actualPort = server->listen(QHostAddress(QHostAddress::LocalHost), static_cast<quint16>(port));
    if (actualPort == 0)
        return fail(QStringLiteral("cannot listen on 127.0.0.1:%1").arg(port));

    std::unique_ptr<sim::WorkSimulator> work;
    if (workSeconds > 0) {
        work = std::make_unique<sim::WorkSimulator>(store, static_cast<int>(std::lround(workSeconds * 1000.0)));
        work->start();
        server->setWorkSimulator(work.get());
    }

    // The first stdout line is the contract with whoever started us (tests wait for it).
    std::printf("listening on http://127.0.0.1:%u\n", static_cast<unsigned>(actualPort));
    std::fflush(stdout);
    qCInfo(lcSim).noquote() << "serving" << databasePath << "with the" << revisionName << "API revision";
    if (work)
        qCInfo(lcSim) << "simulating work every" << workSeconds << "s";
    if (!armedFaults.empty())
        qCInfo(lcSim).noquote() << "injecting write faults:" << QString::fromStdString(armedFaults);
    if (!profileSpec.empty())
        qCInfo(lcSim).noquote() << "injecting faults:" << QString::fromStdString(profileSpec);
    if (parser.isSet(testAdminOption))
        qCInfo(lcSim) << "test admin endpoints /_sim/faults, /_sim/work and /_sim/stats enabled";
    qCInfo(lcSim).noquote() << QStringLiteral("OAuth client %1: access tokens last %2 s, codes %3 s%4")
                                   .arg(QLatin1String(sim::kOAuthClientId))
                                   .arg(oauth.accessTokenTtl)
                                   .arg(oauth.codeTtl)
                                   .arg(oauth.autoApprove ? QStringLiteral(", auto-approve on") : QString());

    const int rc = app.exec();
    server->setWorkSimulator(nullptr);
    work.reset();   // no tick after this point
    server.reset(); // close the sockets before the database
    store.close();
    qCInfo(lcSim) << "stopped";
    return rc;
}
