// The board's local cache at start-up: loading a 10,000-batch snapshot (6 queues, 40 work
// orders, two technicians a batch as the seed revision's relations give them) from its SQLite
// file with BoardCache::load(), against decoding the same batches' JSON pages (100 pages of
// 100, from pagegen.cpp) with Decode::batchPage on one thread, in the same run.
//
//   json     Decode::batchPage over every page, one after another (what the first live load
//            costs in decoding alone, before any network time)
//   load     BoardCache::load(): open, quick_check, meta, every blob's digest and decode
//   decode   SnapshotCodec::decodeBlob over the same blobs already in memory (load minus
//            SQLite, the digests and the checks)
//   save     BoardCache::save() of the snapshot (on a worker in the app)
//
// Prints medians over --repeat runs and load's ratio to json. The file is in the page cache
// (just written): a cold start adds the disk's read of the file, whose size is printed too.
//   cmake --build --preset release --target bench_cache && build/release/bench/bench_cache

#include "client/decode.h"
#include "models/cache/boardcache.h"
#include "models/cache/snapshotcodec.h"

#include "pagegen.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QHash>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <span>
#include <vector>

using namespace BatchDesk;

namespace {

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v.empty() ? 0 : v[v.size() / 2];
}

double msSince(const QElapsedTimer &timer)
{
    return static_cast<double>(timer.nsecsElapsed()) / 1e6;
}

// The snapshot the app would write after loading these pages: batches deduplicated in
// arrival order, each queue and work order once, technicians as relations give them.
BoardSnapshot snapshotOf(const std::vector<Niagara::Page<Niagara::Batch>> &pages)
{
    BoardSnapshot s;
    s.serverKey = QStringLiteral("profile-bench");
    s.userEmail = QStringLiteral("bench@example.com");
    s.asOf = QDateTime::currentDateTimeUtc();
    QHash<QString, bool> seen;
    QHash<QString, bool> queues;
    QHash<QString, bool> workOrders;
    QList<Niagara::User> people;
    for (int i = 0; i < 25; ++i) {
        Niagara::User u;
        u.id = QStringLiteral("user-%1").arg(i, 4, 10, QLatin1Char('0'));
        u.name = QStringLiteral("Technician %1").arg(i);
        u.email = QStringLiteral("technician%1@example.com").arg(i);
        people.append(u);
    }
    for (const auto &page : pages) {
        s.serverTotal = page.totalCount;
        for (const Niagara::Batch &b : page.items) {
            if (seen.contains(b.id))
                continue;
            seen.insert(b.id, true);
            if (!queues.contains(b.queue.id)) {
                queues.insert(b.queue.id, true);
                s.queues.push_back(b.queue);
            }
            if (!workOrders.contains(b.workOrder.id)) {
                workOrders.insert(b.workOrder.id, true);
                s.workOrders.push_back(b.workOrder);
            }
            CachedBatch c;
            c.record = BatchRecord{b.id,     b.label,    b.created,      b.updated,
                                   b.order,  SharedStatus::from(b.currentStatus), b.numberCycles,
                                   b.cycles, b.queue.id, b.workOrder.id, b.assignedUsers};
            const auto n = static_cast<qsizetype>(s.batches.size());
            c.record.technicians = {people[n % people.size()], people[(n * 7 + 3) % people.size()]};
            c.techniciansFromRelations = true;
            c.techniciansReadAtMs = s.asOf.toMSecsSinceEpoch();
            s.batches.push_back(std::move(c));
        }
    }
    return s;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption batchesOption(QStringLiteral("batches"), QStringLiteral("batches (default 10000)"),
                                           QStringLiteral("n"), QStringLiteral("10000"));
    const QCommandLineOption repeatOption(QStringLiteral("repeat"), QStringLiteral("runs (default 7)"), QStringLiteral("n"),
                                          QStringLiteral("7"));
    // For a profiler: only loads, as many as --repeat says, nothing else measured.
    const QCommandLineOption loadsOnlyOption(QStringLiteral("loads-only"), QStringLiteral("only load the cache, --repeat times"));
    parser.addOptions({batchesOption, repeatOption, loadsOnlyOption});
    parser.process(app);
    const int batches = parser.value(batchesOption).toInt();
    const int repeat = std::max(1, parser.value(repeatOption).toInt());

    BenchPages::Board board({batches, 100, 40, 6});
    const std::vector<QByteArray> json = board.allPages();
    std::vector<Niagara::Page<Niagara::Batch>> pages;
    for (const QByteArray &page : json) {
        auto decoded = Niagara::Decode::batchPage(std::string_view(page.constData(), static_cast<std::size_t>(page.size())));
        if (!decoded)
            qFatal("a generated page did not decode");
        pages.push_back(std::move(*decoded.value));
    }
    const BoardSnapshot snapshot = snapshotOf(pages);
    pages.clear();

    QTemporaryDir dir;
    const BoardCache cache(BoardCache::pathFor(dir.path(), snapshot.serverKey, snapshot.userEmail));
    std::vector<double> jsonMs, loadMs, decodeMs, saveMs;
    qint64 fileBytes = 0;
    qsizetype jsonBytes = 0;
    for (const QByteArray &page : json)
        jsonBytes += page.size();
    if (parser.isSet(loadsOnlyOption)) {
        if (!cache.save(snapshot))
            qFatal("save failed");
        for (int r = 0; r < repeat; ++r) {
            BoardSnapshot loaded;
            if (cache.load(snapshot.serverKey, snapshot.userEmail, loaded) != BoardCache::LoadResult::Loaded)
                qFatal("load failed");
        }
        return 0;
    }

    for (int r = 0; r < repeat; ++r) {
        QElapsedTimer timer;
        timer.start();
        qsizetype decodedItems = 0;
        for (const QByteArray &page : json) {
            auto decoded = Niagara::Decode::batchPage(std::string_view(page.constData(), static_cast<std::size_t>(page.size())));
            decodedItems += decoded ? decoded.value->items.size() : 0;
        }
        jsonMs.push_back(msSince(timer));

        timer.start();
        QString error;
        if (!cache.save(snapshot, &error))
            qFatal("save failed: %s", qPrintable(error));
        saveMs.push_back(msSince(timer));
        fileBytes = QFileInfo(cache.path()).size();

        timer.start();
        BoardSnapshot loaded;
        if (cache.load(snapshot.serverKey, snapshot.userEmail, loaded) != BoardCache::LoadResult::Loaded)
            qFatal("load failed");
        loadMs.push_back(msSince(timer));
        if (!(loaded == snapshot) || decodedItems != static_cast<qsizetype>(snapshot.batches.size()))
            qFatal("the loaded snapshot differs");

        // The codec alone, over blobs cut as the cache cuts them.
        std::vector<QByteArray> blobs;
        for (std::size_t from = 0; from < snapshot.batches.size(); from += BoardCache::kBatchesPerBlob) {
            const std::size_t count = std::min<std::size_t>(BoardCache::kBatchesPerBlob, snapshot.batches.size() - from);
            blobs.push_back(SnapshotCodec::encodeBlob(std::span<const CachedBatch>(snapshot.batches.data() + from, count)));
        }
        timer.start();
        std::vector<CachedBatch> decoded;
        for (const QByteArray &blob : blobs) {
            if (!SnapshotCodec::decodeBlob(blob, decoded))
                qFatal("decode failed");
        }
        decodeMs.push_back(msSince(timer));
        std::fprintf(stderr, "run %d: json %.1f ms, load %.1f ms, decode %.1f ms, save %.1f ms\n", r + 1, jsonMs.back(),
                     loadMs.back(), decodeMs.back(), saveMs.back());
    }

    std::printf("\n%zu batches, %zu queues, %zu work orders; %d runs (medians)\n", snapshot.batches.size(),
                snapshot.queues.size(), snapshot.workOrders.size(), repeat);
    std::printf("JSON pages: %.1f MB; cache file: %.1f MB\n", static_cast<double>(jsonBytes) / 1e6,
                static_cast<double>(fileBytes) / 1e6);
    const double base = std::max(0.01, median(jsonMs));
    // The best run too: noise from other processes only ever adds.
    const double bestBase = std::max(0.01, *std::min_element(jsonMs.begin(), jsonMs.end()));
    const auto row = [&](const char *what, const std::vector<double> &v) {
        const double best = *std::min_element(v.begin(), v.end());
        std::printf("%-62s %8.1f ms %7.3f %8.1f ms %7.3f\n", what, median(v), median(v) / base, best, best / bestBase);
    };
    std::printf("%-62s %11s %7s %11s %7s\n", "", "median", "ratio", "best", "ratio");
    row("json: Decode::batchPage of every page, one thread (baseline)", jsonMs);
    row("load: BoardCache::load (SQLite, quick_check, digests, decode)", loadMs);
    row("decode: SnapshotCodec::decodeBlob of the blobs in memory", decodeMs);
    row("save: BoardCache::save (on a worker in the app)", saveMs);
    return 0;
}
