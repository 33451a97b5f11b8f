// Fuzz target: every page decoder of client/decode.h and the single-item decoders. The first
// byte chooses the decoder, the rest is the body, so one corpus holds all of them (seed files
// start with the selector character, e.g. "b{...}" for a batch page; see fuzz/README.md).
//
// Beyond "does not crash", it uses what it decoded the way the board does (totals, needed
// cycles, sort keys as text and compared), because a decoder that accepts a value the rest of
// the app cannot handle is a decoder bug too.

#include "client/decode.h"
#include "fuzzsupport.h"

#include <cmath>
#include <cstddef>
#include <cstdint>
#include <string_view>

using namespace Niagara;

namespace {

void use(const CycleCounts &counts)
{
    const qint64 total = counts.total();
    BATCHDESK_FUZZ_CHECK(total >= 0); // every count is checked to be >= 0
    CycleCounts sum;
    sum += counts;
    BATCHDESK_FUZZ_CHECK(sum == counts);
}

void use(const SortKey &key, const SortKey &previous)
{
    (void)key.toString();
    (void)(key <=> previous);
    BATCHDESK_FUZZ_CHECK(key == key);
}

void use(const WorkOrder &workOrder)
{
    BATCHDESK_FUZZ_CHECK(workOrder.cyclesNeeded() >= 0);
    for (const WorkOrderCycles &c : workOrder.cycles)
        use(c.counts);
}

void use(const Queue &queue, const SortKey &previous)
{
    use(queue.priority, previous);
    if (queue.totalWorkOrders)
        use(*queue.totalWorkOrders);
}

void use(const Batch &batch, const SortKey &previous)
{
    use(batch.order, previous);
    use(batch.cycles);
    use(batch.workOrder);
    use(batch.queue, SortKey());
}

template <typename T>
void checkPage(const Decode::Result<Page<T>> &result)
{
    if (!result) {
        BATCHDESK_FUZZ_CHECK(result.error.path.startsWith(QLatin1Char('$')));
        return;
    }
    const Page<T> &page = *result.value;
    BATCHDESK_FUZZ_CHECK(page.totalCount >= 0 && page.limit >= 0);
    const qsizetype itemsSeen = page.items.size() + page.skipped.size();
    for (const DecodeIssue &issue : page.skipped) {
        BATCHDESK_FUZZ_CHECK(issue.index >= 0 && issue.index < itemsSeen);
        BATCHDESK_FUZZ_CHECK(issue.path.startsWith(QLatin1Char('$')));
    }
}

// A metric report: like a page, a bad row is skipped with its index among the rows sent; every
// row kept has what the planning view counts with (a finite value on a valid UTC date).
void checkMetricReport(const Decode::Result<MetricReport> &result)
{
    if (!result) {
        BATCHDESK_FUZZ_CHECK(result.error.path.startsWith(QLatin1Char('$')));
        return;
    }
    const MetricReport &report = *result.value;
    const qsizetype rowsSeen = report.rows.size() + report.skipped.size();
    for (const DecodeIssue &issue : report.skipped) {
        BATCHDESK_FUZZ_CHECK(issue.index >= 0 && issue.index < rowsSeen);
        BATCHDESK_FUZZ_CHECK(issue.path.startsWith(QStringLiteral("$.metrics[")));
    }
    for (const MetricRow &row : report.rows) {
        BATCHDESK_FUZZ_CHECK(std::isfinite(row.value));
        BATCHDESK_FUZZ_CHECK(row.date.isValid() && row.date.timeSpec() == Qt::UTC);
        for (const MetricDimension &d : row.dimensions)
            (void)row.dimension(d.key);
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    if (size == 0)
        return 0;
    const char selector = static_cast<char>(data[0]);
    const std::string_view json(reinterpret_cast<const char *>(data + 1), size - 1);

    switch (selector) {
    case 'b': {
        const auto result = Decode::batchPage(json);
        checkPage(result);
        // simdjson in front of the decoder, or nlohmann's lexer alone: the same page, or the
        // same error (client/json/fastsax.h).
        Decode::setFastLexerEnabled(false);
        const auto slow = Decode::batchPage(json);
        Decode::setFastLexerEnabled(true);
        BATCHDESK_FUZZ_CHECK(bool(result) == bool(slow));
        if (result) {
            BATCHDESK_FUZZ_CHECK(result.value->items == slow.value->items);
            BATCHDESK_FUZZ_CHECK(result.value->skipped == slow.value->skipped);
        } else {
            BATCHDESK_FUZZ_CHECK(result.error == slow.error);
        }
        if (result) {
            SortKey previous;
            for (const Batch &b : result.value->items) {
                use(b, previous);
                previous = b.order;
            }
        }
        break;
    }
    case 'q': {
        const auto result = Decode::queuePage(json);
        checkPage(result);
        if (result) {
            SortKey previous;
            for (const Queue &q : result.value->items) {
                use(q, previous);
                previous = q.priority;
            }
        }
        break;
    }
    case 'w': {
        const auto result = Decode::workOrderPage(json);
        checkPage(result);
        if (result) {
            for (const WorkOrder &w : result.value->items)
                use(w);
        }
        break;
    }
    case 'u': checkPage(Decode::userPage(json)); break;
    case 'r': checkPage(Decode::relationPage(json)); break;
    case 'B':
        if (const auto result = Decode::batch(json))
            use(*result.value, SortKey());
        break;
    case 'R': (void)Decode::relation(json); break;
    case 'M': (void)Decode::me(json); break;
    case 'm': checkMetricReport(Decode::metricReport(json)); break;
    default: break; // not a selector: nothing to decode (keeps the dispatch unambiguous)
    }
    return 0;
}
