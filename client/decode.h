#pragma once

#include "client/transport_guard.h"

// Decoding of Niagara API bodies into domain types.
//
// Pages are decoded with nlohmann's SAX interface into the domain structs directly, never
// through a DOM of the whole page. Each decoder checks what the contract states (required
// fields, id patterns, enums, minimums, date-times) and accepts both revisions of the contract
// (see docs/contract-notes.md). A malformed item never sinks its page: it is skipped and
// reported in Page::skipped with its index and the JSON path of its first problem.
//
// Every function is reentrant and thread-safe: call them from a worker thread.

#include "client/domain.h"

#include <QByteArray>
#include <QFuture>

QT_BEGIN_NAMESPACE
class QThreadPool;
QT_END_NAMESPACE

#include <optional>
#include <string_view>

namespace Niagara::Decode {

// Why a whole body could not be used: not JSON, or the page envelope / single item is invalid.
struct Error
{
    QString path;    // JSON path of the problem ("$" for a syntax error)
    QString message; // developer-facing English diagnostic
    bool tooDeep = false; // nested deeper than kMaxDepth: the parse was stopped there
    bool truncated = false; // the body ended in the middle of the JSON
    bool operator==(const Error &) const = default;
};

// The deepest nesting of objects and arrays any decoder accepts. Real bodies nest about 15
// levels (a page, a batch, its work order, a workflow's steps); anything far deeper is hostile
// and is refused before it costs memory or time.
inline constexpr std::size_t kMaxDepth = 256;

template <typename T>
struct Result
{
    std::optional<T> value;
    Error error; // meaningful only when !value
    explicit operator bool() const { return value.has_value(); }
};

Result<Page<Batch>> batchPage(std::string_view json);
Result<Page<Queue>> queuePage(std::string_view json);
Result<Page<WorkOrder>> workOrderPage(std::string_view json);
Result<Page<User>> userPage(std::string_view json);
Result<Page<Relation>> relationPage(std::string_view json);
Result<Page<Role>> rolePage(std::string_view json); // _embedded["nter:roles"]
Result<Page<Cycle>> cyclePage(std::string_view json); // _embedded["nter:work-order-cycles"]

Result<Batch> batch(std::string_view json);
Result<Relation> relation(std::string_view json);
Result<Me> me(std::string_view json);
Result<Role> role(std::string_view json);
// POST /metrics: a bad row is skipped and reported in MetricReport::skipped, like a page item.
Result<MetricReport> metricReport(std::string_view json);

// RFC 7807 body; nullopt when the body is not a problem document.
std::optional<Problem> problem(std::string_view json);

// The pool page bodies are decoded on. Its threads run at idle priority (SCHED_IDLE on Linux):
// on a 2-core machine two decoders would otherwise preempt the GUI thread mid-update.
QThreadPool *decodePool();
// One thread at normal priority for the first page of a listing: the board is empty until it
// is decoded, and at idle priority a busy machine (a build, a video call) could hold it back
// for seconds. Later pages arrive while the user already sees rows: they use decodePool().
QThreadPool *firstPageDecodePool();

// simdjson reads the bodies in front of the decoders' SAX handlers (client/json/fastsax.h);
// on by default. Off: nlohmann's own lexer reads everything — what bench_scale and bench_decode
// compare against (--lexer nlohmann) and tst_fastsax checks agreement with. Process-wide.
void setFastLexerEnabled(bool enabled);
bool fastLexerEnabled();

// Runs batchPage() on decodePool(); the future resolves on that thread.
QFuture<Result<Page<Batch>>> batchPageAsync(QByteArray json);

} // namespace Niagara::Decode
