// Loading 100,000 batches from a real niagara-sim (a child process, HTTP on 127.0.0.1) through
// the board's own path: Session signs in (personal token, GET /me), its signedIn starts
// BatchStore::reload() as MainWindow::onSignedIn does, the store walks every page through
// NiagaraClient (decoded on Decode::decodePool()), and BatchTreeModel feeds the main window's
// proxy chain (text → category → mine → overdue → sort) under a shown QTreeView (offscreen),
// whose queues open on the first load as MainWindow::restoreExpansion opens them.
//
//   load       the above: time to the first row, time to loadFinished, peak RSS, the longest
//              GUI-thread stall (a 1 ms heartbeat timer on the main thread), and the relation
//              fetches for technicians the store starts after the load (rate over a few seconds).
//   baseline   the same pages over the same loopback with a bare QNetworkAccessManager: one
//              GET per page following the body's cursor, the body's bytes read and dropped (no
//              decoding, no store, no model, no view), with the same heartbeat.
//
// Without --variant the binary makes sure the sim database holds --batches batches (PATCH
// /batches, 500 per request, on a `--seed empty` database kept between runs), starts one sim
// on it (--warm-up: one discarded baseline walk first), then runs both variants --repeat times,
// alternating, each in a child process of its own (resident memory does not mix) and prints
// medians with the ratios to the baseline. See docs/performance.md, "Scale: 100,000 batches".

#include "client/auth/credentialstore.h"
#include "client/auth/serverprofile.h"
#include "client/decode.h"
#include "client/niagaraclient.h"
#include "models/batchproxies.h"
#include "models/batchroles.h"
#include "models/batchstore.h"
#include "models/batchtreemodel.h"
#include "models/cache/boardcachekeeper.h"
#include "models/requestqueue.h"
#include "models/session/session.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QHeaderView>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QProcess>
#include <QSettings>
#include <QTemporaryDir>
#include <QTimer>
#include <QTreeView>
#include <QUrlQuery>

#include <malloc.h>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <vector>

using namespace BatchDesk;

namespace {

struct Options
{
    QString variant;
    int batches = 100000;
    int repeat = 3;
    int pageSize = 100;
    double technicianSeconds = 5;
    QString database;
    QString sim = QStringLiteral(NIAGARA_SIM_PATH);
    QUrl url;            // children: the sim's address (the token comes on stdin)
    bool noView = false; // the models without a QTreeView on top
    bool nlohmannLexer = false; // --lexer nlohmann: simdjson off (Decode::setFastLexerEnabled)
    bool warmUp = false; // one discarded baseline walk first
    QString cacheDir;           // the budget's board is cached here, then started from
    int budgetBatches = 10000;  // the request budget's board
    QString budgetRevision = QStringLiteral("seed"); // the budget sim's --api-revision
    QString apiRevision;        // this sim's --api-revision (empty: the sim's default, seed)
    double budgetSeconds = 60;  // how long its steady state is counted (0: not at all)
};

// ----------------------------------------------------------------------------- measuring

// From the top of main(): started before QApplication.
QElapsedTimer &mainClock()
{
    static QElapsedTimer clock;
    return clock;
}

// How long this process has existed, in ms (its start time from /proc, 10 ms resolution):
// what a user waits from the click, dynamic loading included.
double processAgeMs()
{
    QFile stat(QStringLiteral("/proc/self/stat"));
    QFile uptime(QStringLiteral("/proc/uptime"));
    if (!stat.open(QIODevice::ReadOnly) || !uptime.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray line = stat.readAll();
    // Field 22 (starttime, clock ticks since boot) counts from after the ")" that ends field 2.
    const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
    const double startTicks = fields.value(19).toDouble();
    const double upSeconds = uptime.readAll().split(' ').value(0).toDouble();
    return (upSeconds - startTicks / 100.0) * 1000.0;
}

// VmRSS and VmHWM (peak) of this process, in KiB.
std::pair<qint64, qint64> memoryKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return {-1, -1};
    qint64 rss = -1;
    qint64 hwm = -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        const auto value = [&line] { return line.mid(6).trimmed().split(' ').value(0).toLongLong(); };
        if (line.startsWith("VmRSS:"))
            rss = value();
        else if (line.startsWith("VmHWM:"))
            hwm = value();
    }
    return {rss, hwm};
}

double ms(const QElapsedTimer &timer)
{
    return static_cast<double>(timer.nsecsElapsed()) / 1e6;
}

// "RESULT key=value" lines are what the parent reads back from a child.
void result(const char *key, double value)
{
    std::printf("RESULT %s=%.3f\n", key, value);
    std::fflush(stdout);
}

// A 1 ms timer on the GUI thread: the largest gap between two of its ticks is the longest time
// the event loop did not get round to it, i.e. the longest stall a user would feel. (A stall
// shorter than a tick cannot be seen; the timer's own precision is about 1 ms.)
class Heartbeat final
{
public:
    Heartbeat()
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(1);
        QObject::connect(&m_timer, &QTimer::timeout, &m_timer, [this] { tick(); });
    }

    void start(const QElapsedTimer *clock)
    {
        m_clock = clock;
        m_last = ms(*m_clock);
        m_longest = 0;
        m_longestAt = 0;
        m_over16 = 0;
        m_over8 = 0;
        m_timer.start();
    }
    void stop()
    {
        tick(); // a stall still running when the phase ends counts too
        m_timer.stop();
    }

    double longestMs() const { return m_longest; }
    double longestAtMs() const { return m_longestAt; }
    int over16() const { return m_over16; }
    int over8() const { return m_over8; }

private:
    void tick()
    {
        const double now = ms(*m_clock);
        const double gap = now - m_last;
        m_last = now;
        if (gap > m_longest) {
            m_longest = gap;
            m_longestAt = now;
        }
        if (gap > 16)
            ++m_over16;
        if (gap > 8)
            ++m_over8;
    }

    QTimer m_timer;
    const QElapsedTimer *m_clock = nullptr;
    double m_last = 0;
    double m_longest = 0;
    double m_longestAt = 0;
    int m_over16 = 0;
    int m_over8 = 0;
};

// Runs the event loop until `done` holds or `timeoutMs` passes; false on timeout.
bool waitFor(const std::function<bool()> &done, int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    while (!done()) {
        if (timer.elapsed() > timeoutMs)
            return false;
        QEventLoop loop;
        QTimer::singleShot(5, &loop, &QEventLoop::quit);
        loop.exec();
    }
    return true;
}

QByteArray cursorOf(const QByteArray &body)
{
    // nlohmann (the sim's JSON) writes object keys sorted, so the top-level "offset" comes after
    // "_embedded" and is the last one in the body; no batch field is called offset.
    const qsizetype at = body.lastIndexOf("\"offset\":");
    if (at < 0)
        return {};
    qsizetype i = at + 9;
    while (i < body.size() && body.at(i) == ' ')
        ++i;
    if (i >= body.size() || body.at(i) != '"')
        return {}; // null: the last page
    const qsizetype end = body.indexOf('"', i + 1);
    return end < 0 ? QByteArray() : body.mid(i + 1, end - i - 1);
}

// MainWindow's chain over the store: source → text → category → mine → overdue → sort.
struct BoardChain
{
    explicit BoardChain(BatchStore *store)
        : model(store)
    {
        text.setSourceModel(&model);
        category.setSourceModel(&text);
        mine.setSourceModel(&category);
        overdue.setSourceModel(&mine);
        sort.setSourceModel(&overdue);
    }
    BatchTreeModel model;
    TextFilterProxy text;
    CategoryFilterProxy category;
    AssignedToUserProxy mine;
    OverdueFilterProxy overdue;
    BatchSortProxy sort;
};

// ----------------------------------------------------------------------------- baseline

int runBaseline(const Options &options, const QString &token)
{
    QNetworkAccessManager network;
    const auto [rssBefore, hwmBefore] = memoryKiB();
    Q_UNUSED(hwmBefore);
    QElapsedTimer clock;
    clock.start();
    Heartbeat heartbeat;
    heartbeat.start(&clock);

    double firstPageMs = -1;
    qint64 bytes = 0;
    int pages = 0;
    bool finished = false;
    bool failed = false;
    std::function<void(const QByteArray &)> fetch = [&](const QByteArray &cursor) {
        QUrl url = options.url;
        url.setPath(QStringLiteral("/batches"));
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("limit"), QString::number(options.pageSize));
        if (!cursor.isEmpty())
            query.addQueryItem(QStringLiteral("offset"), QString::fromUtf8(cursor));
        url.setQuery(query);
        QNetworkRequest request(url);
        request.setRawHeader("Accept", "application/json, application/problem+json");
        request.setRawHeader("Authorization", "Bearer " + token.toUtf8());
        QNetworkReply *reply = network.get(request);
        QObject::connect(reply, &QNetworkReply::finished, reply, [&, reply] {
            reply->deleteLater();
            const QByteArray body = reply->readAll();
            if (reply->error() != QNetworkReply::NoError) {
                std::fprintf(stderr, "baseline: page %d failed: %s\n", pages + 1, qPrintable(reply->errorString()));
                failed = true;
                return;
            }
            if (firstPageMs < 0)
                firstPageMs = ms(clock);
            bytes += body.size();
            ++pages;
            const QByteArray next = cursorOf(body);
            if (next.isEmpty())
                finished = true;
            else
                fetch(next);
        });
    };
    fetch({});
    if (!waitFor([&] { return finished || failed; }, 30 * 60 * 1000) || failed)
        return 1;
    const double totalMs = ms(clock);
    heartbeat.stop();
    const auto [rssAfter, hwmAfter] = memoryKiB();

    result("first_row_ms", firstPageMs);
    result("total_ms", totalMs);
    result("pages", pages);
    result("mb", static_cast<double>(bytes) / 1e6);
    result("rss_before_mb", static_cast<double>(rssBefore) / 1024);
    result("rss_after_mb", static_cast<double>(rssAfter) / 1024);
    result("peak_rss_mb", static_cast<double>(hwmAfter) / 1024);
    result("stall_ms", heartbeat.longestMs());
    result("stall_at_ms", heartbeat.longestAtMs());
    result("stalls_over_16", heartbeat.over16());
    result("stalls_over_8", heartbeat.over8());
    return 0;
}

// ----------------------------------------------------------------------------- BatchDesk

int runLoad(const Options &options, const QString &token)
{
    // What app/gui/main.cpp creates, in the same order, on throw-away settings.
    QTemporaryDir dir;
    QSettings settings(dir.filePath(QStringLiteral("batchdesk.ini")), QSettings::IniFormat);
    QNetworkAccessManager network;
    Niagara::NiagaraClient client(&network);
    Niagara::CredentialStore credentials;
    Session session(&network, &client, &credentials, &settings);
    BatchStore store;
    store.setClient(&client);
    store.setPageSize(options.pageSize);

    // MainWindow's chain: source → text → category → mine → overdue → sort → view.
    BoardChain chain(&store);
    BatchTreeModel &model = chain.model;
    AssignedToUserProxy &mineProxy = chain.mine;
    BatchSortProxy &sortProxy = chain.sort;
    std::unique_ptr<QTreeView> tree;
    if (!options.noView) {
        tree = std::make_unique<QTreeView>();
        tree->setModel(&sortProxy);
        tree->setUniformRowHeights(true);
        tree->setSortingEnabled(false);
        tree->resize(1280, 800);
        tree->show();
    }
    // MainWindow::restoreExpansion on the first load without a saved layout: every queue opens,
    // and every new group's proxy rows are read (its mapping materialised).
    const std::function<void(const QModelIndex &, int, int)> restoreExpansion =
        [&](const QModelIndex &parent, int first, int last) {
            for (int row = first; row <= last; ++row) {
                const QModelIndex index = sortProxy.index(row, 0, parent);
                const auto level = static_cast<TreeLevel>(index.data(BatchRoles::LevelRole).toInt());
                if (level == TreeLevel::Batch)
                    continue;
                if (level == TreeLevel::Queue && tree)
                    tree->expand(index);
                const int children = sortProxy.rowCount(index);
                if (children > 0)
                    restoreExpansion(index, 0, children - 1);
            }
        };
    QObject::connect(&sortProxy, &QAbstractItemModel::rowsInserted, &sortProxy, restoreExpansion);

    Niagara::ServerProfile profile;
    profile.name = QStringLiteral("bench");
    profile.baseUrl = options.url;
    if (const auto refused = session.saveProfile(profile)) {
        std::fprintf(stderr, "profile refused: %s\n", qPrintable(*refused));
        return 1;
    }
    session.switchTo(session.directory().profiles().value(0).id);
    // Nothing saved in the keychain for this user: restore() settles on SignedOut.
    if (!waitFor([&] { return session.state() != Session::State::SigningIn; }, 60000))
        return 1;
    QApplication::processEvents();

    QElapsedTimer clock;
    double signedInMs = -1;
    double loadStartedMs = -1;
    double firstPageMs = -1;
    double firstModelRowMs = -1;
    double firstViewRowMs = -1;
    double loadFinishedMs = -1;
    bool failed = false;
    QObject::connect(&session, &Session::signedIn, &store, [&](const Niagara::User &user) {
        signedInMs = ms(clock);
        mineProxy.setUserId(user.id); // MainWindow::adoptUser
        store.reload();               // MainWindow::onSignedIn → refresh()
    });
    QObject::connect(&store, &BatchStore::loadStarted, &store, [&] { loadStartedMs = ms(clock); });
    QObject::connect(&store, &BatchStore::loadProgress, &store, [&] {
        if (firstPageMs < 0)
            firstPageMs = ms(clock);
    });
    QObject::connect(&model, &QAbstractItemModel::rowsInserted, &model, [&] {
        if (firstModelRowMs < 0)
            firstModelRowMs = ms(clock);
    });
    QObject::connect(&sortProxy, &QAbstractItemModel::rowsInserted, &sortProxy, [&] {
        if (firstViewRowMs < 0)
            firstViewRowMs = ms(clock);
    });
    QObject::connect(&store, &BatchStore::loadFinished, &store, [&] { loadFinishedMs = ms(clock); });
    QObject::connect(&store, &BatchStore::loadFailed, &store, [&](const Niagara::ApiError &error) {
        std::fprintf(stderr, "load failed: %s\n", qPrintable(error.technicalDetail()));
        failed = true;
    });
    QObject::connect(&session, &Session::message, &session,
                     [](const QString &text) { std::fprintf(stderr, "session: %s\n", qPrintable(text)); });

    const auto [rssBefore, hwmBefore] = memoryKiB();
    Heartbeat heartbeat;
    clock.start();
    heartbeat.start(&clock);
    session.usePersonalToken(token);
    if (!waitFor([&] { return loadFinishedMs >= 0 || failed; }, 60 * 60 * 1000) || failed)
        return 1;
    heartbeat.stop();
    const auto [rssAfter, hwmAfter] = memoryKiB();

    // After the load the store asks for the technicians of every batch the seed revision does
    // not embed them for, four requests at a time: measured for a while, not to the end.
    const int pendingAtEnd = store.pendingTechnicianFetches();
    Heartbeat afterHeartbeat;
    QElapsedTimer afterClock;
    afterClock.start();
    afterHeartbeat.start(&afterClock);
    waitFor([&] { return store.pendingTechnicianFetches() == 0; }, static_cast<int>(options.technicianSeconds * 1000));
    const double afterMs = ms(afterClock);
    afterHeartbeat.stop();
    const int fetched = pendingAtEnd - store.pendingTechnicianFetches();

    int batchRows = 0;
    for (int q = 0; q < model.rowCount(); ++q) {
        const QModelIndex queue = model.index(q, 0);
        for (int w = 0; w < model.rowCount(queue); ++w)
            batchRows += model.rowCount(model.index(w, 0, queue));
    }
    if (batchRows != options.batches || store.size() != options.batches)
        std::fprintf(stderr, "warning: %d batch rows, %lld in the store, expected %d\n", batchRows,
                     static_cast<long long>(store.size()), options.batches);

    result("sign_in_ms", signedInMs);
    result("load_started_ms", loadStartedMs - signedInMs);
    result("first_page_ms", firstPageMs - signedInMs);
    result("first_model_row_ms", firstModelRowMs - signedInMs);
    result("first_row_ms", firstViewRowMs - signedInMs);
    result("total_ms", loadFinishedMs - signedInMs);
    result("batches", batchRows);
    result("rss_before_mb", static_cast<double>(rssBefore) / 1024);
    result("rss_after_mb", static_cast<double>(rssAfter) / 1024);
    result("peak_rss_mb", static_cast<double>(hwmAfter) / 1024);
    // What malloc hands out against what the process holds: the difference is free memory the
    // allocator keeps (per-thread arenas, fragmentation), not data.
    const struct mallinfo2 heap = mallinfo2();
    result("heap_in_use_mb", static_cast<double>(heap.uordblks + heap.hblkhd) / (1024.0 * 1024.0));
    result("heap_free_kept_mb", static_cast<double>(heap.fordblks) / (1024.0 * 1024.0));
    if (qEnvironmentVariableIsSet("BENCH_MALLOC_STATS")) {
        malloc_stats();
        // Resident memory per mapping ([heap] is malloc's main arena; anonymous 64 MB
        // mappings are the other arenas, smaller ones large blocks of their own).
        QFile smaps(QStringLiteral("/proc/self/smaps"));
        if (smaps.open(QIODevice::ReadOnly)) {
            QByteArray header;
            for (const QByteArray &line : smaps.readAll().split('\n')) {
                if (!line.isEmpty() && !line.contains(':'))
                    continue;
                if (line.contains('-') && line.indexOf(' ') > 0 && !line.startsWith("Rss") && line.split(' ').size() > 4) {
                    header = line;
                    continue;
                }
                if (line.startsWith("Rss:")) {
                    const qint64 kib = line.mid(4).trimmed().split(' ').value(0).toLongLong();
                    if (kib >= 1024)
                        std::fprintf(stderr, "smaps %7.1f MB  %s\n", static_cast<double>(kib) / 1024, header.constData());
                }
            }
        }
    }
    result("stall_ms", heartbeat.longestMs());
    result("stall_at_ms", heartbeat.longestAtMs() - signedInMs);
    result("stalls_over_16", heartbeat.over16());
    result("stalls_over_8", heartbeat.over8());
    result("technicians_pending", pendingAtEnd);
    result("technicians_per_s", afterMs > 0 ? fetched * 1000.0 / afterMs : 0);
    result("technicians_stall_ms", afterHeartbeat.longestMs());
    std::fflush(stdout);
    // Tearing down 100,000 records, nodes and mappings is not what is measured.
    std::_Exit(0);
}

// ----------------------------------------------------------------------------- the budget

// What one desktop costs the server in the steady state beyond its page loads, counted at the
// sim (/_sim/requests): a board of --budget-batches in the seed revision (technicians only from
// relations) loads, reads every batch's technicians once, then refreshes its pages every 30 s
// (the board's default) for --budget-seconds. The worst case: technicians count as stale after
// 1 s (instead of 5 minutes), so every batch still being worked wants a refresh all the time
// and only the budget holds them back.
QJsonObject simRequests(QNetworkAccessManager &network, const QUrl &base, const QByteArray &verb)
{
    QUrl url = base;
    url.setPath(QStringLiteral("/_sim/requests"));
    QNetworkRequest request(url);
    QNetworkReply *reply = network.sendCustomRequest(request, verb);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    reply->deleteLater();
    return QJsonDocument::fromJson(reply->readAll()).object();
}

int runBudget(const Options &options, const QString &token)
{
    QNetworkAccessManager network;
    Niagara::NiagaraClient client(&network);
    client.setBaseUrl(options.url);
    client.setBearerToken(token);
    RequestQueue requests;
    QObject::connect(&client, &Niagara::NiagaraClient::serverBusy, &requests, &RequestQueue::holdBackground);
    BatchStore store;
    store.setClient(&client);
    store.setRequestQueue(&requests);
    store.setTechnicianRefreshInterval(std::chrono::seconds(1));
    // The board is kept in the local cache as the app keeps it: the "cache" child starts from it.
    BoardCacheKeeper cache(&store);
    cache.setIdentity(options.cacheDir, QStringLiteral("bench"), QStringLiteral("bench@bench.invalid"));
    bool cached = false;
    QObject::connect(&cache, &BoardCacheKeeper::saved, &cache, [&] { cached = true; });
    bool failed = false;
    QObject::connect(&store, &BatchStore::loadFailed, &store, [&](const Niagara::ApiError &) { failed = true; });
    QElapsedTimer clock;
    clock.start();
    store.reload();
    if (!waitFor([&] { return failed || (!store.isLoading() && store.size() > 0 && store.pendingTechnicianFetches() == 0); },
                 30 * 60 * 1000) || failed)
        return 1;
    const double firstReadsMs = ms(clock);
    if (!options.cacheDir.isEmpty() && !waitFor([&] { return cached; }, 120000))
        return 1;
    const qint64 firstReads = store.technicianFetchCounts().firstReads;

    simRequests(network, options.url, "DELETE");
    QElapsedTimer window;
    window.start();
    while (window.elapsed() < static_cast<qint64>(options.budgetSeconds * 1000)) {
        const qint64 nextReload = (window.elapsed() / 30000 + 1) * 30000;
        waitFor([&] { return window.elapsed() >= std::min<qint64>(nextReload, static_cast<qint64>(options.budgetSeconds * 1000)); },
                31000);
        if (window.elapsed() < static_cast<qint64>(options.budgetSeconds * 1000) && !store.isLoading())
            store.reload();
    }
    const double minutes = ms(window) / 60000.0;
    const QJsonObject counts = simRequests(network, options.url, "GET").value(QStringLiteral("endpoints")).toObject();
    double pages = 0;
    double relations = 0;
    double others = 0;
    for (auto it = counts.begin(); it != counts.end(); ++it) {
        const double n = it.value().toObject().value(QStringLiteral("count")).toDouble();
        if (it.key() == QLatin1String("GET /batches"))
            pages += n;
        else if (it.key() == QLatin1String("GET /batches/{batch_id}/relations"))
            relations += n;
        else
            others += n;
    }
    result("budget_batches", static_cast<double>(store.size()));
    result("budget_first_reads", static_cast<double>(firstReads));
    result("budget_first_reads_s", firstReadsMs / 1000);
    result("budget_minutes", minutes);
    result("budget_pages_per_min", pages / minutes);
    result("budget_relations_per_min", relations / minutes);
    result("budget_other_per_min", others / minutes);
    result("budget_beyond_pages_per_min", (relations + others) / minutes);
    result("budget_limit_per_min", store.technicianRefreshBudget());
    std::fflush(stdout);
    std::_Exit(0);
}

// Start from the cache with the server unreachable: the board of --budget-batches the budget
// child cached, the client pointed at a port nobody listens on. First row as the user sees it:
// from the process's start (and from main()) to the first rowsInserted of the view's model.
int runCache(const Options &options)
{
    QNetworkAccessManager network;
    Niagara::NiagaraClient client(&network);
    client.setBaseUrl(options.url);
    BatchStore store;
    store.setClient(&client);
    BoardChain chain(&store);
    BatchSortProxy &sortProxy = chain.sort;
    QTreeView tree;
    tree.setModel(&sortProxy);
    tree.setUniformRowHeights(true);
    tree.resize(1280, 800);
    tree.show();
    double firstRowAge = -1;
    double firstRowMain = -1;
    double restoredMain = -1;
    QObject::connect(&sortProxy, &QAbstractItemModel::rowsInserted, &sortProxy, [&] {
        if (firstRowAge < 0) {
            firstRowAge = processAgeMs();
            firstRowMain = ms(mainClock());
        }
    });
    BoardCacheKeeper cache(&store);
    bool loadFailed = false;
    QObject::connect(&store, &BatchStore::loadFailed, &store, [&] { loadFailed = true; });
    QObject::connect(&store, &BatchStore::cacheRestored, &store, [&] {
        restoredMain = ms(mainClock());
        store.reload(); // as after a sign-in: the unreachable server fails, nothing is removed
    });
    cache.setIdentity(options.cacheDir, QStringLiteral("bench"), QStringLiteral("bench@bench.invalid"));
    cache.restore();
    if (!waitFor([&] { return restoredMain >= 0 && loadFailed; }, 120000))
        return 1;
    if (store.size() != options.budgetBatches)
        std::fprintf(stderr, "warning: %lld cached batches shown, expected %d\n", static_cast<long long>(store.size()),
                     options.budgetBatches);
    result("cache_first_row_process_ms", firstRowAge);
    result("cache_first_row_main_ms", firstRowMain);
    result("cache_all_rows_main_ms", restoredMain);
    result("cache_batches", static_cast<double>(store.size()));
    std::fflush(stdout);
    std::_Exit(0);
}

// ----------------------------------------------------------------------------- the sim

class Sim final
{
public:
    ~Sim() { stop(); }

    bool start(const Options &options, bool seedEmpty)
    {
        QStringList args{QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--database"),
                         options.database, QStringLiteral("--dev-tokens"), m_dir.filePath(QStringLiteral("tokens.json"))};
        if (seedEmpty)
            args << QStringLiteral("--seed") << QStringLiteral("empty");
        args << QStringLiteral("--test-admin"); // /_sim/requests for the budget
        if (!options.apiRevision.isEmpty())
            args << QStringLiteral("--api-revision") << options.apiRevision;
        m_process.setProgram(options.sim);
        m_process.setArguments(args);
        // The sim logs every request on stderr: kept in a file, shown only when it fails.
        m_process.setStandardErrorFile(m_dir.filePath(QStringLiteral("sim.log")));
        m_process.start();
        if (!m_process.waitForStarted(10000))
            return false;
        QByteArray out;
        while (!out.contains('\n') && m_process.state() == QProcess::Running)
            if (m_process.waitForReadyRead(60000))
                out += m_process.readAllStandardOutput();
        const QByteArray prefix = "listening on ";
        const QByteArray line = out.left(out.indexOf('\n')).trimmed();
        if (!line.startsWith(prefix)) {
            QFile log(m_dir.filePath(QStringLiteral("sim.log")));
            if (log.open(QIODevice::ReadOnly))
                std::fprintf(stderr, "niagara-sim: %s\n", log.readAll().constData());
            return false;
        }
        m_url = QUrl(QString::fromUtf8(line.mid(prefix.size())));
        QFile tokens(m_dir.filePath(QStringLiteral("tokens.json")));
        if (!tokens.open(QIODevice::ReadOnly))
            return false;
        m_token = QJsonDocument::fromJson(tokens.readAll()).object().value(QStringLiteral("dana.whitfield@demo.batchdesk.test")).toString();
        return !m_token.isEmpty();
    }
    void stop()
    {
        if (m_process.state() == QProcess::NotRunning)
            return;
        m_process.terminate();
        if (!m_process.waitForFinished(10000))
            m_process.kill();
        m_process.waitForFinished(5000);
    }
    QUrl url() const { return m_url; }
    QString token() const { return m_token; }

private:
    QTemporaryDir m_dir;
    QProcess m_process;
    QUrl m_url;
    QString m_token;
};

// One request through a local event loop (the parent does nothing else meanwhile).
std::pair<int, QByteArray> request(QNetworkAccessManager &network, const QByteArray &verb, const QUrl &url,
                                   const QString &token, const QByteArray &body = {})
{
    QNetworkRequest req(url);
    req.setRawHeader("Authorization", "Bearer " + token.toUtf8());
    req.setRawHeader("Accept", "application/json");
    if (!body.isEmpty())
        req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    QNetworkReply *reply = network.sendCustomRequest(req, verb, body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    reply->deleteLater();
    return {reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), reply->readAll()};
}

qint64 batchCount(QNetworkAccessManager &network, const Sim &sim)
{
    QUrl url = sim.url();
    url.setPath(QStringLiteral("/batches"));
    url.setQuery(QStringLiteral("limit=1"));
    const auto [status, body] = request(network, "GET", url, sim.token());
    if (status != 200)
        return -1;
    return QJsonDocument::fromJson(body).object().value(QStringLiteral("total_count")).toInteger(-1);
}

// Fills the `--seed empty` workspace up to `target` batches: PATCH /batches, 500 a request,
// round the two queues and three work orders (6 groups), 1–50 cycles each.
bool populate(const Sim &sim, int target)
{
    QNetworkAccessManager network;
    qint64 have = batchCount(network, sim);
    if (have < 0)
        return false;
    if (have > target) {
        std::fprintf(stderr, "the database holds %lld batches, more than %d: use another --database\n",
                     static_cast<long long>(have), target);
        return false;
    }
    if (have == target)
        return true;
    const char *queues[] = {"queue-fast-lane", "queue-rework"};
    const char *workOrders[] = {"wo-ipad-500", "wo-chromebook-120", "wo-macbook-40"};
    QElapsedTimer timer;
    timer.start();
    QUrl url = sim.url();
    url.setPath(QStringLiteral("/batches"));
    for (int request_ = 0; have < target; ++request_) {
        const qint64 total = std::min<qint64>(500, target - have);
        const QJsonObject body{
            {QStringLiteral("total"), total},
            {QStringLiteral("queue"), QJsonObject{{QStringLiteral("queue_id"), QLatin1String(queues[request_ % 2])}}},
            {QStringLiteral("work_order"),
             QJsonObject{{QStringLiteral("work_order_id"), QLatin1String(workOrders[(request_ / 2) % 3])}}},
            {QStringLiteral("number_cycles"), 1 + (request_ * 7) % 50},
        };
        const auto [status, answer] = request(network, "PATCH", url, sim.token(), QJsonDocument(body).toJson(QJsonDocument::Compact));
        if (status != 204) {
            std::fprintf(stderr, "PATCH /batches: %d %s\n", status, answer.constData());
            return false;
        }
        have += total;
    }
    std::fprintf(stderr, "populated to %d batches in %.1f s\n", target, ms(timer) / 1e3);
    return batchCount(network, sim) == target;
}

std::map<QString, double> runChild(const Options &options, const QString &variant, const Sim &sim)
{
    const int batches = variant == QLatin1String("budget") ? options.budgetBatches : options.batches;
    QProcess child;
    child.setProgram(QCoreApplication::applicationFilePath());
    QStringList args{QStringLiteral("--variant"), variant, QStringLiteral("--url"), sim.url().toString(),
                     QStringLiteral("--batches"), QString::number(batches),
                     QStringLiteral("--budget-seconds"), QString::number(options.budgetSeconds),
                     QStringLiteral("--cache-dir"), options.cacheDir,
                     QStringLiteral("--page-size"), QString::number(options.pageSize),
                     QStringLiteral("--technician-seconds"), QString::number(options.technicianSeconds)};
    if (options.noView)
        args << QStringLiteral("--no-view");
    if (options.nlohmannLexer)
        args << QStringLiteral("--lexer") << QStringLiteral("nlohmann");
    // BENCH_PROFILE_LOAD="heaptrack -o /tmp/load" (or "perf record -g -o ..."): the load child
    // runs under that profiler (docs/performance.md, "How the memory was found").
    const QString profiler = qEnvironmentVariable("BENCH_PROFILE_LOAD");
    if (variant == QLatin1String("load") && !profiler.isEmpty()) {
        QStringList wrapper = profiler.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        args.prepend(child.program());
        child.setProgram(wrapper.takeFirst());
        args = wrapper + args;
    }
    child.setArguments(args);
    child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    child.start();
    // The token goes on stdin: not on a command line.
    child.write(sim.token().toUtf8() + '\n');
    child.closeWriteChannel();
    child.waitForFinished(-1);
    std::map<QString, double> values;
    for (const QByteArray &line : child.readAllStandardOutput().split('\n')) {
        if (!line.startsWith("RESULT "))
            continue;
        const QList<QByteArray> kv = line.mid(7).split('=');
        values[QString::fromUtf8(kv.value(0))] = kv.value(1).toDouble();
    }
    if (child.exitCode() != 0 || values.empty()) {
        std::fprintf(stderr, "%s child failed (exit %d)\n", qPrintable(variant), child.exitCode());
        std::exit(1);
    }
    return values;
}

double median(std::vector<double> v)
{
    if (v.empty())
        return 0;
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}

int runParent(const Options &options)
{
    const bool fresh = !QFileInfo::exists(options.database);
    {
        Sim sim;
        if (!sim.start(options, fresh) || !populate(sim, options.batches)) {
            std::fprintf(stderr, "could not start or populate niagara-sim on %s\n", qPrintable(options.database));
            return 1;
        }
    }
    Sim sim;
    if (!sim.start(options, false))
        return 1;
    std::fprintf(stderr, "niagara-sim at %s, %d batches in %s\n", qPrintable(sim.url().toString()), options.batches,
                 qPrintable(options.database));
    if (options.warmUp)
        runChild(options, QStringLiteral("baseline"), sim); // SQLite's and the kernel's caches

    // The request budget, on a board of its own size (its own database, populated once).
    std::map<QString, double> budget;
    if (options.budgetSeconds > 0) {
        Options small = options;
        small.batches = options.budgetBatches;
        small.database = QFileInfo(options.database).dir().filePath(QStringLiteral("bench_scale-budget-%1.sqlite").arg(options.budgetBatches));
        const bool freshSmall = !QFileInfo::exists(small.database);
        {
            Sim filler;
            if (!filler.start(small, freshSmall) || !populate(filler, small.batches))
                return 1;
        }
        Sim budgetSim;
        small.apiRevision = options.budgetRevision;
        if (!budgetSim.start(small, false))
            return 1;
        budget = runChild(options, QStringLiteral("budget"), budgetSim);
        budgetSim.stop();
        // The same board from the cache, the server gone (its port now closed).
        for (int r = 0; r < options.repeat; ++r) {
            for (const auto &[key, value] : runChild(options, QStringLiteral("cache"), budgetSim))
                budget[key + QStringLiteral("_") + QString::number(r)] = value;
        }
    }

    std::map<QString, std::vector<double>> baseline;
    std::map<QString, std::vector<double>> load;
    for (int r = 0; r < options.repeat; ++r) {
        const bool baselineFirst = r % 2 == 0;
        for (int i = 0; i < 2; ++i) {
            const bool isBaseline = (i == 0) == baselineFirst;
            const auto values = runChild(options, isBaseline ? QStringLiteral("baseline") : QStringLiteral("load"), sim);
            std::fprintf(stderr, "run %d %s:", r + 1, isBaseline ? "baseline" : "load");
            for (const auto &[key, value] : values) {
                (isBaseline ? baseline : load)[key].push_back(value);
                std::fprintf(stderr, " %s=%.1f", qPrintable(key), value);
            }
            std::fprintf(stderr, "\n");
        }
    }
    const auto med = [](std::map<QString, std::vector<double>> &m, const char *key) {
        return median(m[QString::fromLatin1(key)]);
    };
    std::printf("\n%d batches, %d runs (medians), JSON read by %s; baseline: the same pages through a bare QNetworkAccessManager\n",
                options.batches, options.repeat, options.nlohmannLexer ? "nlohmann" : "simdjson + nlohmann SAX");
    std::printf("%-44s %12s %12s %8s\n", "", "baseline", "BatchDesk", "ratio");
    const auto row = [&](const char *label, const char *key, const char *unit, const char *target) {
        const double b = med(baseline, key);
        const double l = med(load, key);
        std::printf("%-44s %9.1f %-2s %9.1f %-2s %7.2fx  %s\n", label, b, unit, l, unit, b > 0 ? l / b : 0.0, target);
    };
    row("time to first row (baseline: first page)", "first_row_ms", "ms", "target <= 300 ms");
    row("total load time", "total_ms", "ms", "target <= 2.0x");
    row("RSS before the load", "rss_before_mb", "MB", "");
    row("RSS after the load", "rss_after_mb", "MB", "");
    row("peak RSS (VmHWM)", "peak_rss_mb", "MB", "target <= 120 MB");
    row("longest GUI-thread stall (1 ms heartbeat)", "stall_ms", "ms", "target <= 16 ms");
    row("heartbeat gaps over 16 ms", "stalls_over_16", "", "");
    row("heartbeat gaps over 8 ms", "stalls_over_8", "", "");
    std::printf("BatchDesk breakdown (medians, from signedIn): sign-in (GET /me) %.1f ms before; load started %.1f ms;"
                " first page decoded %.1f ms; first model row %.1f ms; first view row %.1f ms\n",
                med(load, "sign_in_ms"), med(load, "load_started_ms"), med(load, "first_page_ms"),
                med(load, "first_model_row_ms"), med(load, "first_row_ms"));
    std::printf("BatchDesk heap after the load: %.1f MB in use, %.1f MB free but kept by malloc\n",
                med(load, "heap_in_use_mb"), med(load, "heap_free_kept_mb"));
    std::printf("baseline: %.0f pages, %.1f MB; BatchDesk rows: %.0f\n", med(baseline, "pages"), med(baseline, "mb"),
                med(load, "batches"));
    std::printf("after the load: %.0f technician relation fetches pending, %.1f per second (%.0f s to go), longest stall"
                " meanwhile %.1f ms\n",
                med(load, "technicians_pending"), med(load, "technicians_per_s"),
                med(load, "technicians_per_s") > 0 ? med(load, "technicians_pending") / med(load, "technicians_per_s") : 0.0,
                med(load, "technicians_stall_ms"));
    if (!budget.empty()) {
        std::vector<double> age;
        std::vector<double> fromMain;
        std::vector<double> all;
        for (int r = 0; r < options.repeat; ++r) {
            age.push_back(budget[QStringLiteral("cache_first_row_process_ms_") + QString::number(r)]);
            fromMain.push_back(budget[QStringLiteral("cache_first_row_main_ms_") + QString::number(r)]);
            all.push_back(budget[QStringLiteral("cache_all_rows_main_ms_") + QString::number(r)]);
        }
        std::printf("start from the cache, %.0f batches, server unreachable (median of %d): first row %.1f ms after the"
                    " process started (%.1f ms after main()); every cached row %.1f ms after main(); target first row <= 300 ms\n",
                    budget[QStringLiteral("cache_batches_0")], options.repeat, median(age), median(fromMain), median(all));
        std::printf("request budget, %.0f batches (%s), technicians stale after 1 s,"
                    " pages every 30 s for %.1f min: first reads %.0f in %.1f s; then %.1f requests/min beyond page loads"
                    " (relations %.1f, other %.1f; pages %.1f/min); refresh budget %.0f/min; target <= 60/min\n",
                    budget[QStringLiteral("budget_batches")],
                    options.budgetRevision == QLatin1String("later") ? "later revision: assigned_users embedded"
                                                                      : "seed revision: technicians from relations",
                    budget[QStringLiteral("budget_minutes")],
                    budget[QStringLiteral("budget_first_reads")], budget[QStringLiteral("budget_first_reads_s")],
                    budget[QStringLiteral("budget_beyond_pages_per_min")], budget[QStringLiteral("budget_relations_per_min")],
                    budget[QStringLiteral("budget_other_per_min")], budget[QStringLiteral("budget_pages_per_min")],
                    budget[QStringLiteral("budget_limit_per_min")]);
    }
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    // The children show a QTreeView; the parent only starts processes and sends requests.
    mainClock().start();
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption variant(QStringLiteral("variant"), QStringLiteral("internal: load or baseline"), QStringLiteral("name"));
    const QCommandLineOption url(QStringLiteral("url"), QStringLiteral("internal: the sim's address"), QStringLiteral("url"));
    const QCommandLineOption batches(QStringLiteral("batches"), QStringLiteral("batches to load (default 100000)"), QStringLiteral("n"));
    const QCommandLineOption repeat(QStringLiteral("repeat"), QStringLiteral("runs per variant (default 3)"), QStringLiteral("n"));
    const QCommandLineOption pageSize(QStringLiteral("page-size"), QStringLiteral("limit per page (default 100)"), QStringLiteral("n"));
    const QCommandLineOption technicianSeconds(QStringLiteral("technician-seconds"),
                                               QStringLiteral("how long to watch the technician fetches after the load (default 5)"),
                                               QStringLiteral("s"));
    const QCommandLineOption database(QStringLiteral("database"),
                                      QStringLiteral("sim database, populated once and reused (default: <tmp>/bench_scale-<batches>.sqlite)"),
                                      QStringLiteral("file"));
    const QCommandLineOption sim(QStringLiteral("sim"), QStringLiteral("niagara-sim binary"), QStringLiteral("path"));
    const QCommandLineOption noView(QStringLiteral("no-view"), QStringLiteral("models only, no QTreeView"));
    const QCommandLineOption lexer(QStringLiteral("lexer"),
                                   QStringLiteral("simdjson (default) or nlohmann: what reads the JSON in front of the decoders"),
                                   QStringLiteral("name"));
    const QCommandLineOption warmUp(QStringLiteral("warm-up"), QStringLiteral("one discarded baseline walk before the runs"));
    const QCommandLineOption budgetBatches(QStringLiteral("budget-batches"),
                                           QStringLiteral("batches of the request budget's board (default 10000)"), QStringLiteral("n"));
    const QCommandLineOption budgetSeconds(QStringLiteral("budget-seconds"),
                                           QStringLiteral("how long the budget's steady state is counted (default 60; 0: not at all)"),
                                           QStringLiteral("s"));
    const QCommandLineOption budgetRevision(QStringLiteral("budget-revision"),
                                           QStringLiteral("the budget's server: seed (default; technicians from relations) or later (assigned_users embedded)"),
                                           QStringLiteral("seed|later"));
    const QCommandLineOption cacheDir(QStringLiteral("cache-dir"), QStringLiteral("internal: where the budget's board is cached"),
                                      QStringLiteral("dir"));
    parser.addOptions({variant, url, batches, repeat, pageSize, technicianSeconds, database, sim, noView, lexer, warmUp,
                       budgetBatches, budgetSeconds, budgetRevision, cacheDir});
    parser.process(app);

    Options options;
    options.variant = parser.value(variant);
    options.url = QUrl(parser.value(url));
    if (parser.isSet(batches))
        options.batches = parser.value(batches).toInt();
    if (parser.isSet(repeat))
        options.repeat = std::max(1, parser.value(repeat).toInt());
    if (parser.isSet(pageSize))
        options.pageSize = parser.value(pageSize).toInt();
    if (parser.isSet(technicianSeconds))
        options.technicianSeconds = parser.value(technicianSeconds).toDouble();
    options.database = parser.isSet(database)
                           ? parser.value(database)
                           : QDir::temp().filePath(QStringLiteral("bench_scale-%1.sqlite").arg(options.batches));
    if (parser.isSet(sim))
        options.sim = parser.value(sim);
    options.noView = parser.isSet(noView);
    options.nlohmannLexer = parser.value(lexer) == QLatin1String("nlohmann");
    Niagara::Decode::setFastLexerEnabled(!options.nlohmannLexer);
    if (parser.isSet(budgetBatches))
        options.budgetBatches = parser.value(budgetBatches).toInt();
    if (parser.isSet(budgetRevision))
        options.budgetRevision = parser.value(budgetRevision);
    if (parser.isSet(budgetSeconds))
        options.budgetSeconds = parser.value(budgetSeconds).toDouble();
    // The parent makes one cache folder for the run; children are told where it is.
    QTemporaryDir runCacheDir;
    options.cacheDir = parser.isSet(cacheDir) ? parser.value(cacheDir) : runCacheDir.path();
    options.warmUp = parser.isSet(warmUp);

    if (options.variant.isEmpty())
        return runParent(options);
    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly))
        return 1;
    const QString token = QString::fromUtf8(in.readLine().trimmed());
    if (options.variant == QLatin1String("baseline"))
        return runBaseline(options, token);
    if (options.variant == QLatin1String("load"))
        return runLoad(options, token);
    if (options.variant == QLatin1String("budget"))
        return runBudget(options, token);
    if (options.variant == QLatin1String("cache"))
        return runCache(options);
    std::fprintf(stderr, "unknown --variant\n");
    return 2;
}
