// Loading a 10,000-batch board: 100 pages of 100 seed-revision batches (about 0.8 MB each,
// from pagegen.cpp), spread over 6 queues and 40 work orders.
//
//   batchdesk  pages decoded by Decode::batchPageAsync on the global thread pool, a few pages
//              ahead; the GUI thread only runs BatchStore::ingest, which drives BatchTreeModel
//              and a BatchSortProxy on top (dynamic sorting, as the app has it). The proxy's
//              rows are materialised like MainWindow::restoreExpansion does when rows arrive.
//   baseline   what a plain implementation does, all on the GUI thread: QJsonDocument::fromJson
//              per page, then a QStandardItemModel with the same grouping (queue → work order →
//              batch), the same 8 text columns and group rows whose aggregated counts are
//              updated once per page, under a QSortFilterProxyModel with dynamic sorting.
//   refresh    the batchdesk load, then a second full load of the same 100 pages in which 100
//              batches (1%) have new cycle counts: GUI-thread work of that refresh and the
//              dataChanged signals the model emits.
//
// Without --variant the binary runs each variant --repeat times, each in a child process of
// its own (so that resident memory does not mix), and prints medians and ratios to the
// baseline measured in the same run. See docs/performance.md.

#include "client/decode.h"
#include "models/batchproxies.h"
#include "models/batchroles.h"
#include "models/batchstore.h"
#include "models/batchtreemodel.h"

#include "pagegen.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QGuiApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QMap>
#include <QProcess>
#include <QSet>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QThreadPool>

#include <malloc.h>
#include <sys/resource.h>
#include <time.h>

#include <algorithm>
#include <cstdio>
#include <deque>
#include <memory>
#include <vector>

using namespace BatchDesk;

namespace {

struct Options
{
    QString variant;
    int batches = 10000;
    int changed = 100;
    int repeat = 3;
    bool verbose = false; // per-page GUI-thread times on stderr
    int decodeThreads = 0; // size of the global QThreadPool that decodes pages; 0: Qt's default
};

// ----------------------------------------------------------------------------- measuring

qint64 rssKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

// CPU time of the calling thread: unlike the wall clock, it does not count the time the thread
// waited for a core, so it stays meaningful on a busy machine.
double threadCpuMs()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return static_cast<double>(ts.tv_sec) * 1e3 + static_cast<double>(ts.tv_nsec) / 1e6;
}

// Minor page faults of the calling thread (fresh memory the kernel maps on first touch).
long threadMinorFaults()
{
    rusage usage{};
    getrusage(RUSAGE_THREAD, &usage);
    return usage.ru_minflt;
}

// Context switches of the calling thread: voluntary (it blocked, e.g. on a lock or a page
// fault's I/O) and involuntary (the scheduler preempted it). They tell why a slice's wall time
// exceeds its CPU time.
std::pair<long, long> threadContextSwitches()
{
    rusage usage{};
    getrusage(RUSAGE_THREAD, &usage);
    return {usage.ru_nvcsw, usage.ru_nivcsw};
}

double ms(const QElapsedTimer &timer)
{
    return static_cast<double>(timer.nsecsElapsed()) / 1e6;
}

double median(std::vector<double> v)
{
    if (v.empty())
        return 0;
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}

double maxOf(const std::vector<double> &v)
{
    return v.empty() ? 0 : *std::max_element(v.begin(), v.end());
}

double sumOf(const std::vector<double> &v)
{
    double s = 0;
    for (double x : v)
        s += x;
    return s;
}

// "RESULT key=value" lines are what the parent reads back from a child.
void result(const char *key, double value)
{
    std::printf("RESULT %s=%.6f\n", key, value);
}

struct LoadTiming
{
    double wallMs = 0;
    std::vector<double> ingestMs;     // per page: the GUI thread's BatchStore::ingest call
    std::vector<double> ingestCpuMs;  // the same, in thread CPU time
    std::vector<long> ingestFaults;   // minor page faults during the call
    std::vector<double> pageFreeMs;   // per page: handing the decoded page to the pool that frees it (as the app does)
    std::vector<double> sliceMs;      // per slice (one event-loop turn in the app): ingestSlice
    std::vector<double> sliceCpuMs;   // the same, in thread CPU time
    std::vector<long> sliceVoluntary;   // voluntary context switches during the slice
    std::vector<long> sliceInvoluntary; // involuntary ones (preemption)
    double endLoadMs = 0;
    qsizetype items = 0;
};

// ----------------------------------------------------------------------------- BatchDesk

// What MainWindow::restoreExpansion does on the sort proxy's rowsInserted, minus the view:
// read each new row's level and open (materialise the proxy mapping of) every group.
void materialise(const QAbstractItemModel &proxy, const QModelIndex &parent, int first, int last)
{
    for (int row = first; row <= last; ++row) {
        const QModelIndex index = proxy.index(row, 0, parent);
        if (static_cast<TreeLevel>(index.data(BatchRoles::LevelRole).toInt()) == TreeLevel::Batch)
            continue;
        const int children = proxy.rowCount(index);
        if (children > 0)
            materialise(proxy, index, 0, children - 1);
    }
}

LoadTiming loadBatchDesk(BatchStore &store, const std::vector<QByteArray> &pages)
{
    using PageResult = Niagara::Decode::Result<Niagara::Page<Niagara::Batch>>;
    LoadTiming t;
    QElapsedTimer wall;
    wall.start();
    store.beginLoad();
    // Decoding runs ahead on the pool (as the client does when the network is faster than the
    // GUI); the GUI thread takes each page as it is ready.
    constexpr std::size_t ahead = 4;
    std::deque<QFuture<PageResult>> inFlight;
    std::size_t next = 0;
    auto submit = [&] {
        while (inFlight.size() < ahead && next < pages.size())
            inFlight.push_back(Niagara::Decode::batchPageAsync(pages[next++]));
    };
    submit();
    for (std::size_t i = 0; i < pages.size(); ++i) {
        QFuture<PageResult> future = std::move(inFlight.front());
        inFlight.pop_front();
        future.waitForFinished();
        auto decoded = std::make_unique<PageResult>(future.takeResult());
        submit();
        if (!*decoded || !decoded->value->skipped.isEmpty()) {
            std::fprintf(stderr, "page %zu does not decode: %s %s\n", i, qPrintable(decoded->error.path),
                         qPrintable(decoded->error.message));
            std::exit(2);
        }
        t.items += decoded->value->items.size();
        // As BatchStore::reload() does: a page is applied in slices of kSliceSize batches, one
        // per event-loop turn; a "stall" is the longest slice, the page total is also kept.
        double pageMs = 0;
        double pageCpu = 0;
        long pageFaults = 0;
        for (qsizetype from = 0; from < decoded->value->items.size(); from += BatchStore::kSliceSize) {
            QElapsedTimer gui;
            const double cpu = threadCpuMs();
            const long faults = threadMinorFaults();
            const auto switches = threadContextSwitches();
            gui.start();
            store.ingestSlice(*decoded->value, from, BatchStore::kSliceSize);
            const double sliceMs = ms(gui);
            const double sliceCpu = threadCpuMs() - cpu;
            const auto switchesAfter = threadContextSwitches();
            t.sliceVoluntary.push_back(switchesAfter.first - switches.first);
            t.sliceInvoluntary.push_back(switchesAfter.second - switches.second);
            t.sliceMs.push_back(sliceMs);
            t.sliceCpuMs.push_back(sliceCpu);
            pageMs += sliceMs;
            pageCpu += sliceCpu;
            pageFaults += threadMinorFaults() - faults;
        }
        t.ingestMs.push_back(pageMs);
        t.ingestCpuMs.push_back(pageCpu);
        t.ingestFaults.push_back(pageFaults);
        // As BatchStore::pump() does: the decoded page is freed on the thread pool, not here,
        // and every kPagesPerRelease pages malloc's free memory goes back to the system there.
        // What the GUI thread pays is the hand-over.
        QElapsedTimer gui;
        gui.start();
        std::shared_ptr<PageResult> doomed(decoded.release());
        const bool release = (i + 1) % BatchStore::kPagesPerRelease == 0;
        QThreadPool::globalInstance()->start([doomed, release]() mutable {
            doomed.reset();
            if (release)
                BatchStore::releaseFreeMemory();
        });
        t.pageFreeMs.push_back(ms(gui));
    }
    QElapsedTimer gui;
    gui.start();
    store.endLoad();
    t.endLoadMs = ms(gui);
    t.wallMs = ms(wall);
    return t;
}

int countRows(const QAbstractItemModel &model, const QModelIndex &parent = {})
{
    int n = model.rowCount(parent);
    int total = n;
    for (int r = 0; r < n; ++r)
        total += countRows(model, model.index(r, 0, parent));
    return total;
}

int runBatchDesk(const Options &o, bool refresh)
{
    BenchPages::Board board({o.batches, 100, 40, 6});
    const std::vector<QByteArray> pages = board.allPages();
    std::vector<QByteArray> refreshPages;
    if (refresh) {
        board.changeCycles(o.changed);
        refreshPages = board.allPages();
    }
    double megabytes = 0;
    for (const QByteArray &p : pages)
        megabytes += static_cast<double>(p.size()) / (1024.0 * 1024.0);
    // The pages stay allocated through both RSS readings, so they cancel out; what the
    // generator freed is handed back to the kernel first.
    malloc_trim(0);
    const qint64 rssBefore = rssKiB();

    auto store = std::make_unique<BatchStore>();
    auto model = std::make_unique<BatchTreeModel>(store.get());
    auto proxy = std::make_unique<BatchSortProxy>();
    proxy->setSourceModel(model.get());
    QObject::connect(proxy.get(), &QAbstractItemModel::rowsInserted, proxy.get(),
                     [p = proxy.get()](const QModelIndex &parent, int first, int last) { materialise(*p, parent, first, last); });
    qint64 modelDataChanged = 0, proxyDataChanged = 0, proxyLayoutChanged = 0, batchChanges = 0;
    QObject::connect(model.get(), &QAbstractItemModel::dataChanged, model.get(), [&] { ++modelDataChanged; });
    QObject::connect(proxy.get(), &QAbstractItemModel::dataChanged, proxy.get(), [&] { ++proxyDataChanged; });
    QObject::connect(proxy.get(), &QAbstractItemModel::layoutChanged, proxy.get(), [&] { ++proxyLayoutChanged; });
    QObject::connect(store.get(), &BatchStore::batchesChanged, store.get(),
                     [&](const QList<BatchChange> &changes) { batchChanges += changes.size(); });

    const LoadTiming load = loadBatchDesk(*store, pages);
    const qint64 rssAfter = rssKiB();
    malloc_trim(0);
    const qint64 rssAfterTrim = rssKiB();

    const auto interned = store->internCounts();
    const int proxyRows = countRows(*proxy);
    if (store->size() != o.batches || load.items != o.batches) {
        std::fprintf(stderr, "store holds %lld batches, expected %d\n", static_cast<long long>(store->size()), o.batches);
        return 2;
    }
    std::printf("INFO store: %lld batches, %lld queues, %lld work orders, %lld projects, %lld programs, %lld customers, "
                "%lld locations, %lld statuses; proxy rows %d\n",
                static_cast<long long>(store->size()), static_cast<long long>(interned.queues),
                static_cast<long long>(interned.workOrders), static_cast<long long>(interned.projects),
                static_cast<long long>(interned.programs), static_cast<long long>(interned.customers),
                static_cast<long long>(interned.locations), static_cast<long long>(interned.statuses), proxyRows);

    if (o.verbose) {
        for (std::size_t i = 0; i < load.ingestMs.size(); ++i)
            std::fprintf(stderr, "page %3zu ingest %7.2f ms (CPU %7.2f ms), free %6.2f ms, %5ld page faults\n", i,
                         load.ingestMs[i], load.ingestCpuMs[i], load.pageFreeMs[i], load.ingestFaults[i]);
    }
    const auto slowest = std::max_element(load.ingestMs.begin(), load.ingestMs.end()) - load.ingestMs.begin();
    result("page_max_index", static_cast<double>(slowest));
    result("page_cpu_median_ms", median(load.ingestCpuMs));
    result("page_cpu_max_ms", maxOf(load.ingestCpuMs));
    result("turn_max_ms", maxOf(load.sliceMs));
    result("turn_cpu_max_ms", maxOf(load.sliceCpuMs));
    {
        const auto worst = std::max_element(load.sliceMs.begin(), load.sliceMs.end()) - load.sliceMs.begin();
        long voluntary = 0;
        long involuntary = 0;
        for (std::size_t i = 0; i < load.sliceMs.size(); ++i) {
            voluntary += load.sliceVoluntary[i];
            involuntary += load.sliceInvoluntary[i];
        }
        std::fprintf(stderr, "INFO slowest turn: %.2f ms wall, %.2f ms CPU, %ld voluntary / %ld involuntary switches; "
                             "all turns: %ld voluntary / %ld involuntary\n",
                     load.sliceMs[static_cast<std::size_t>(worst)], load.sliceCpuMs[static_cast<std::size_t>(worst)],
                     load.sliceVoluntary[static_cast<std::size_t>(worst)], load.sliceInvoluntary[static_cast<std::size_t>(worst)],
                     voluntary, involuntary);
    }
    result("page_max_after_first_ms", maxOf(std::vector<double>(load.ingestMs.begin() + 1, load.ingestMs.end())));
    result("pages", static_cast<double>(pages.size()));
    result("megabytes", megabytes);
    result("wall_ms", load.wallMs);
    result("gui_sum_ms", sumOf(load.ingestMs) + load.endLoadMs);
    result("page_median_ms", median(load.ingestMs));
    result("page_max_ms", maxOf(load.ingestMs));
    std::vector<double> withFree;
    for (std::size_t i = 0; i < load.ingestMs.size(); ++i)
        withFree.push_back(load.ingestMs[i] + load.pageFreeMs[i]);
    result("page_free_max_ms", maxOf(load.pageFreeMs));
    result("page_with_free_max_ms", maxOf(withFree));
    result("page_with_free_median_ms", median(withFree));
    result("endload_ms", load.endLoadMs);
    result("rss_before_kib", static_cast<double>(rssBefore));
    result("rss_after_kib", static_cast<double>(rssAfter));
    result("rss_after_trim_kib", static_cast<double>(rssAfterTrim));
    result("rss_per_batch_bytes", static_cast<double>(rssAfter - rssBefore) * 1024.0 / o.batches);
    result("rss_trim_per_batch_bytes", static_cast<double>(rssAfterTrim - rssBefore) * 1024.0 / o.batches);

    if (refresh) {
        modelDataChanged = proxyDataChanged = proxyLayoutChanged = batchChanges = 0;
        const LoadTiming again = loadBatchDesk(*store, refreshPages);
        if (store->size() != o.batches || countRows(*proxy) != proxyRows) {
            std::fprintf(stderr, "refresh changed the board's shape\n");
            return 2;
        }
        result("refresh_wall_ms", again.wallMs);
        result("refresh_gui_ms", sumOf(again.ingestMs) + again.endLoadMs);
        result("refresh_ingest_sum_ms", sumOf(again.ingestMs));
        result("refresh_endload_ms", again.endLoadMs);
        result("refresh_page_max_ms", maxOf(again.ingestMs));
        result("refresh_page_median_ms", median(again.ingestMs));
        result("refresh_page_cpu_max_ms", maxOf(again.ingestCpuMs));
        result("refresh_gui_cpu_ms", sumOf(again.ingestCpuMs));
        result("refresh_page_free_sum_ms", sumOf(again.pageFreeMs));
        result("refresh_batch_changes", static_cast<double>(batchChanges));
        result("refresh_model_datachanged", static_cast<double>(modelDataChanged));
        result("refresh_proxy_datachanged", static_cast<double>(proxyDataChanged));
        result("refresh_proxy_layoutchanged", static_cast<double>(proxyLayoutChanged));
    }
    return 0;
}

// ----------------------------------------------------------------------------- baseline

// The plain implementation: DOM per page, one QStandardItem per cell, text computed up front.
class PlainBoard
{
public:
    PlainBoard()
        : m_model(0, ColumnCount)
    {
        m_proxy.setSortRole(SortRole);
        m_proxy.setDynamicSortFilter(true);
        m_proxy.setSourceModel(&m_model);
        m_proxy.sort(0, Qt::AscendingOrder);
        // As the app's view would: open every group when it arrives (not its batch rows).
        QObject::connect(&m_proxy, &QAbstractItemModel::rowsInserted, &m_proxy,
                         [this](const QModelIndex &parent, int first, int last) { materialise(parent, first, last); });
    }

    void ingest(const QByteArray &json)
    {
        const QJsonDocument doc = QJsonDocument::fromJson(json);
        const QJsonArray items = doc.object().value(QLatin1String("_embedded")).toObject().value(QLatin1String("nter:batches")).toArray();
        QSet<Group *> touched;
        for (const QJsonValue &value : items) {
            const QJsonObject batch = value.toObject();
            Group *queue = queueGroup(batch.value(QLatin1String("queue")).toObject());
            Group *wo = workOrderGroup(queue, batch.value(QLatin1String("work_order")).toObject());
            const QJsonObject cycleObject = batch.value(QLatin1String("cycles")).toObject();
            std::array<qint64, 6> cycles{};
            for (std::size_t c = 0; c < 6; ++c)
                cycles[c] = cycleObject.value(QLatin1String(kCountKeys[c])).toInteger();
            const qint64 numberCycles = batch.value(QLatin1String("number_cycles")).toInteger();
            const QJsonValue status = batch.value(QLatin1String("current_status"));
            const double order = batch.value(QLatin1String("order")).toDouble();

            QList<QStandardItem *> row;
            auto *label = new QStandardItem(batch.value(QLatin1String("label")).toString());
            label->setData(order, SortRole);
            label->setData(batch.value(QLatin1String("batch_id")).toString(), IdRole);
            row << label;
            row << new QStandardItem(status.isObject() ? status.toObject().value(QLatin1String("status")).toString() : QString());
            row << new QStandardItem(progressText(cycles[3], numberCycles));
            row << new QStandardItem(QLocale().toString(numberCycles));
            row << new QStandardItem(percentText(cycles[3], numberCycles));
            row << new QStandardItem(wo->dueText);
            row << new QStandardItem(QString()); // technicians: absent in the seed revision
            row << new QStandardItem(QLocale().toString(order));
            wo->items[0]->appendRow(row);

            for (Group *g : {wo, queue}) {
                for (std::size_t c = 0; c < 6; ++c)
                    g->cycles[c] += cycles[c];
                g->numberCycles += numberCycles;
                ++g->batches;
                touched.insert(g);
            }
        }
        for (Group *g : std::as_const(touched)) {
            g->items[StatusColumn]->setText(QStringLiteral("%1 batches").arg(QLocale().toString(g->batches)));
            g->items[CyclesColumn]->setText(progressText(g->cycles[3], g->numberCycles));
            g->items[NumberCyclesColumn]->setText(QLocale().toString(g->numberCycles));
            g->items[PercentColumn]->setText(percentText(g->cycles[3], g->numberCycles));
        }
    }

    const QAbstractItemModel &proxy() const { return m_proxy; }
    qsizetype groups() const { return m_groups.size(); }

private:
    static constexpr int SortRole = Qt::UserRole + 1;
    static constexpr int IdRole = Qt::UserRole + 2;
    static constexpr const char *kCountKeys[6] = {"pending", "in_progress", "verifying", "complete", "blocked", "cancelled"};

    struct Group
    {
        QString id;
        QList<QStandardItem *> items;
        QString dueText;
        std::array<qint64, 6> cycles{};
        qint64 numberCycles = 0;
        qint64 batches = 0;
    };

    static QString progressText(qint64 complete, qint64 total)
    {
        return QStringLiteral("%1 / %2").arg(QLocale().toString(complete), QLocale().toString(total));
    }
    static QString percentText(qint64 complete, qint64 total)
    {
        const double percent = total > 0 ? 100.0 * static_cast<double>(complete) / static_cast<double>(total) : 0.0;
        return QLocale().toString(percent, 'f', 0) + QLatin1Char('%');
    }

    static QList<QStandardItem *> groupRow(const QString &label, const QVariant &sortKey, const QString &due)
    {
        QList<QStandardItem *> row;
        for (int c = 0; c < ColumnCount; ++c)
            row << new QStandardItem();
        row[LabelColumn]->setText(label);
        row[LabelColumn]->setData(sortKey, SortRole);
        row[DueDateColumn]->setText(due);
        return row;
    }

    Group *queueGroup(const QJsonObject &queue)
    {
        const QString id = queue.value(QLatin1String("queue_id")).toString();
        if (Group *g = m_groups.value(id))
            return g;
        auto group = std::make_unique<Group>();
        group->id = id;
        group->items = groupRow(queue.value(QLatin1String("label")).toString(), queue.value(QLatin1String("priority")).toDouble(), {});
        Group *g = group.get();
        m_groups.insert(id, g);
        m_owned.push_back(std::move(group));
        m_model.appendRow(g->items);
        return g;
    }

    Group *workOrderGroup(Group *queue, const QJsonObject &wo)
    {
        const QString key = queue->id + QChar(0x1f) + wo.value(QLatin1String("work_order_id")).toString();
        if (Group *g = m_groups.value(key))
            return g;
        const QDateTime due = QDateTime::fromString(wo.value(QLatin1String("due_date")).toString(), Qt::ISODateWithMs);
        auto group = std::make_unique<Group>();
        group->dueText = due.isValid() ? QLocale().toString(due.toLocalTime().date(), QLocale::ShortFormat) : QString();
        group->items = groupRow(wo.value(QLatin1String("label")).toString(), due.toMSecsSinceEpoch(), group->dueText);
        Group *g = group.get();
        m_groups.insert(key, g);
        m_owned.push_back(std::move(group));
        queue->items[0]->appendRow(g->items);
        return g;
    }

    void materialise(const QModelIndex &parent, int first, int last)
    {
        // Children of a work order are batches; they have no rows to open.
        if (parent.isValid() && parent.parent().isValid())
            return;
        for (int row = first; row <= last; ++row) {
            const QModelIndex index = m_proxy.index(row, 0, parent);
            const int children = m_proxy.rowCount(index);
            if (children > 0)
                materialise(index, 0, children - 1);
        }
    }

    QStandardItemModel m_model;
    QSortFilterProxyModel m_proxy;
    QHash<QString, Group *> m_groups;
    std::vector<std::unique_ptr<Group>> m_owned;
};

int runBaseline(const Options &o)
{
    BenchPages::Board board({o.batches, 100, 40, 6});
    const std::vector<QByteArray> pages = board.allPages();
    double megabytes = 0;
    for (const QByteArray &p : pages)
        megabytes += static_cast<double>(p.size()) / (1024.0 * 1024.0);
    malloc_trim(0);
    const qint64 rssBefore = rssKiB();

    auto plain = std::make_unique<PlainBoard>();
    std::vector<double> pageMs, pageCpuMs;
    QElapsedTimer wall;
    wall.start();
    for (const QByteArray &page : pages) {
        QElapsedTimer gui;
        const double cpu = threadCpuMs();
        gui.start();
        plain->ingest(page);
        pageMs.push_back(ms(gui));
        pageCpuMs.push_back(threadCpuMs() - cpu);
    }
    const double wallMs = ms(wall);
    const qint64 rssAfter = rssKiB();
    malloc_trim(0);
    const qint64 rssAfterTrim = rssKiB();

    if (o.verbose) {
        for (std::size_t i = 0; i < pageMs.size(); ++i)
            std::fprintf(stderr, "page %3zu %7.2f ms (CPU %7.2f ms)\n", i, pageMs[i], pageCpuMs[i]);
    }
    const int proxyRows = countRows(plain->proxy());
    std::printf("INFO baseline: %lld groups, proxy rows %d\n", static_cast<long long>(plain->groups()), proxyRows);
    if (proxyRows != o.batches + plain->groups()) {
        std::fprintf(stderr, "baseline holds %d rows, expected %lld\n", proxyRows, static_cast<long long>(o.batches + plain->groups()));
        return 2;
    }
    result("page_max_index", static_cast<double>(std::max_element(pageMs.begin(), pageMs.end()) - pageMs.begin()));
    result("page_max_after_first_ms", maxOf(std::vector<double>(pageMs.begin() + 1, pageMs.end())));
    result("page_cpu_median_ms", median(pageCpuMs));
    result("page_cpu_max_ms", maxOf(pageCpuMs));
    // A plain implementation applies a page in one event-loop turn.
    result("turn_max_ms", maxOf(pageMs));
    result("turn_cpu_max_ms", maxOf(pageCpuMs));
    result("pages", static_cast<double>(pages.size()));
    result("megabytes", megabytes);
    result("wall_ms", wallMs);
    result("gui_sum_ms", sumOf(pageMs));
    result("page_median_ms", median(pageMs));
    result("page_max_ms", maxOf(pageMs));
    result("page_with_free_max_ms", maxOf(pageMs));
    result("page_with_free_median_ms", median(pageMs));
    result("rss_before_kib", static_cast<double>(rssBefore));
    result("rss_after_kib", static_cast<double>(rssAfter));
    result("rss_after_trim_kib", static_cast<double>(rssAfterTrim));
    result("rss_per_batch_bytes", static_cast<double>(rssAfter - rssBefore) * 1024.0 / o.batches);
    result("rss_trim_per_batch_bytes", static_cast<double>(rssAfterTrim - rssBefore) * 1024.0 / o.batches);
    return 0;
}

// ----------------------------------------------------------------------------- parent

using Figures = QMap<QString, double>;

bool runChild(const Options &o, const QString &variant, Figures *out)
{
    QProcess child;
    child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    child.start(QCoreApplication::applicationFilePath(),
                {QStringLiteral("--variant"), variant, QStringLiteral("--batches"), QString::number(o.batches),
                 QStringLiteral("--changed"), QString::number(o.changed), QStringLiteral("--decode-threads"),
                 QString::number(o.decodeThreads)});
    if (!child.waitForFinished(600000) || child.exitStatus() != QProcess::NormalExit || child.exitCode() != 0) {
        std::fprintf(stderr, "variant %s failed (exit %d)\n", qPrintable(variant), child.exitCode());
        return false;
    }
    for (const QByteArray &line : child.readAllStandardOutput().split('\n')) {
        if (line.startsWith("RESULT ")) {
            const QList<QByteArray> kv = line.mid(7).split('=');
            out->insert(QString::fromLatin1(kv.value(0)), kv.value(1).toDouble());
        } else if (line.startsWith("INFO ")) {
            static QSet<QByteArray> shown;
            if (!shown.contains(line.left(14))) {
                shown.insert(line.left(14));
                std::printf("%s\n", line.constData() + 5);
            }
        }
    }
    return true;
}

int runParent(const Options &o)
{
    const QStringList variants{QStringLiteral("baseline"), QStringLiteral("batchdesk"), QStringLiteral("refresh")};
    QMap<QString, QList<Figures>> runs;
    for (int r = 0; r < o.repeat; ++r) {
        for (const QString &variant : variants) {
            Figures f;
            if (!runChild(o, variant, &f))
                return 1;
            runs[variant].append(f);
            if (variant == QLatin1String("refresh"))
                std::printf("run %d %-9s refresh GUI %.1f ms (max page %.2f ms), %g dataChanged\n", r + 1, qPrintable(variant),
                            f.value(QStringLiteral("refresh_gui_ms")), f.value(QStringLiteral("refresh_page_max_ms")),
                            f.value(QStringLiteral("refresh_model_datachanged")));
            else
                std::printf("run %d %-9s wall %.0f ms, page median %.2f / max %.2f ms, RSS %.0f B/batch\n", r + 1,
                            qPrintable(variant), f.value(QStringLiteral("wall_ms")), f.value(QStringLiteral("page_median_ms")),
                            f.value(QStringLiteral("page_max_ms")), f.value(QStringLiteral("rss_per_batch_bytes")));
            std::fflush(stdout);
        }
    }
    auto med = [&](const QString &variant, const char *key) {
        std::vector<double> v;
        for (const Figures &f : runs.value(variant))
            v.push_back(f.value(QString::fromLatin1(key)));
        return median(v);
    };
    const QString base = QStringLiteral("baseline"), desk = QStringLiteral("batchdesk"), refresh = QStringLiteral("refresh");
    const double mb = med(desk, "megabytes");
    std::printf("\n%d batches in %g pages, %.1f MB of JSON (%.2f MB/page); median of %d runs per variant; "
                "%d decoding threads\n",
                o.batches, med(desk, "pages"), mb, mb / med(desk, "pages"), o.repeat, Niagara::Decode::decodePool()->maxThreadCount());
    std::printf("%-44s %12s %12s %9s   %s\n", "", "baseline", "BatchDesk", "ratio", "target");
    auto row = [&](const char *name, const char *key, const char *fmt, const char *target) {
        const double b = med(base, key), d = med(desk, key);
        char bs[32], ds[32];
        std::snprintf(bs, sizeof bs, fmt, b);
        std::snprintf(ds, sizeof ds, fmt, d);
        std::printf("%-44s %12s %12s %8.2fx   %s\n", name, bs, ds, d / b, target);
    };
    row("ingest wall time, decode + GUI (ms)", "wall_ms", "%.0f", "<= 0.70x");
    {
        const double b = mb / (med(base, "wall_ms") / 1000), d = mb / (med(desk, "wall_ms") / 1000);
        std::printf("%-44s %12.1f %12.1f %8.2fx\n", "throughput (MB/s)", b, d, d / b);
    }
    row("GUI-thread work, sum over pages (ms)", "gui_sum_ms", "%.0f", "");
    row("RSS per batch (bytes)", "rss_per_batch_bytes", "%.0f", "<= 0.60x");
    row("RSS per batch after malloc_trim (bytes)", "rss_trim_per_batch_bytes", "%.0f", "");
    row("GUI-thread time per page, median (ms)", "page_median_ms", "%.2f", "");
    row("longest GUI-thread stall, one turn (ms)", "turn_max_ms", "%.2f", "<= 4 ms");
    row("  same, thread CPU time (ms)", "turn_cpu_max_ms", "%.2f", "");
    row("GUI-thread time per page, longest (ms)", "page_max_ms", "%.2f", "");
    row("  same, thread CPU time (ms)", "page_cpu_max_ms", "%.2f", "");
    row("  same, excluding the first page (ms)", "page_max_after_first_ms", "%.2f", "");
    row("  same, incl. freeing the decoded page (ms)", "page_with_free_max_ms", "%.2f", "");
    row("GUI-thread CPU time per page, median (ms)", "page_cpu_median_ms", "%.2f", "");
    std::printf("\nrefresh: same %g pages again, %d batches (1%%) with new cycle counts\n", med(refresh, "pages"), o.changed);
    std::printf("%-44s %12.1f   target <= 50 ms\n", "GUI-thread work: ingests + endLoad (ms)", med(refresh, "refresh_gui_ms"));
    std::printf("%-44s %12.1f\n", "  of which endLoad (ms)", med(refresh, "refresh_endload_ms"));
    std::printf("%-44s %12.2f   target <= 4 ms\n", "longest GUI-thread time per page (ms)", med(refresh, "refresh_page_max_ms"));
    std::printf("%-44s %12.2f\n", "  same, thread CPU time (ms)", med(refresh, "refresh_page_cpu_max_ms"));
    std::printf("%-44s %12.2f\n", "median GUI-thread time per page (ms)", med(refresh, "refresh_page_median_ms"));
    std::printf("%-44s %12.1f\n", "GUI-thread work, thread CPU time (ms)", med(refresh, "refresh_gui_cpu_ms"));
    std::printf("%-44s %12.1f\n", "freeing the decoded pages, sum (ms)", med(refresh, "refresh_page_free_sum_ms"));
    std::printf("%-44s %12.1f\n", "wall time, decode + GUI (ms)", med(refresh, "refresh_wall_ms"));
    std::printf("%-44s %12.0f\n", "batches reported changed by the store", med(refresh, "refresh_batch_changes"));
    std::printf("%-44s %12.0f\n", "dataChanged signals from BatchTreeModel", med(refresh, "refresh_model_datachanged"));
    std::printf("%-44s %12.0f\n", "dataChanged signals from BatchSortProxy", med(refresh, "refresh_proxy_datachanged"));
    std::printf("%-44s %12.0f\n", "layoutChanged signals from BatchSortProxy", med(refresh, "refresh_proxy_layoutchanged"));
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);

    Options o;
    const QStringList args = QCoreApplication::arguments();
    for (qsizetype i = 1; i < args.size(); ++i) {
        const QString &a = args[i];
        const QString value = args.value(i + 1);
        if (a == QLatin1String("--variant"))
            o.variant = value, ++i;
        else if (a == QLatin1String("--batches"))
            o.batches = value.toInt(), ++i;
        else if (a == QLatin1String("--changed"))
            o.changed = value.toInt(), ++i;
        else if (a == QLatin1String("--repeat"))
            o.repeat = value.toInt(), ++i;
        else if (a == QLatin1String("--verbose"))
            o.verbose = true;
        else if (a == QLatin1String("--decode-threads"))
            o.decodeThreads = value.toInt(), ++i;
        else {
            std::fprintf(stderr, "usage: bench_ingest [--repeat N] [--batches N] [--changed N] [--decode-threads N]\n"
                         "                    [--variant baseline|batchdesk|refresh] [--verbose]\n");
            return 1;
        }
    }
    if (o.decodeThreads > 0)
        Niagara::Decode::decodePool()->setMaxThreadCount(o.decodeThreads);
    if (o.variant.isEmpty())
        return runParent(o);
    if (o.variant == QLatin1String("baseline"))
        return runBaseline(o);
    if (o.variant == QLatin1String("batchdesk"))
        return runBatchDesk(o, false);
    if (o.variant == QLatin1String("refresh"))
        return runBatchDesk(o, true);
    std::fprintf(stderr, "unknown variant %s\n", qPrintable(o.variant));
    return 1;
}
