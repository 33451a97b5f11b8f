#include "client/pagedfetch.h"

#include "client/logging.h"

#include <QThreadPool>

#include <algorithm>
#include <utility>

namespace Niagara {

BatchPageWalker::BatchPageWalker(NiagaraClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{
}

BatchPageWalker::~BatchPageWalker()
{
    cancel();
}

void BatchPageWalker::start()
{
    cancel();
    m_cursorsSeen.clear();
    m_itemsSeen = 0;
    m_totalCount = 0;
    m_pages = 0;
    fetch(QString());
}

void BatchPageWalker::setHeld(bool held)
{
    if (m_held == held)
        return;
    m_held = held;
    if (held || !m_parked)
        return;
    auto ready = std::make_shared<Outcome<Page<Batch>>>(std::move(*m_parked));
    m_parked.reset();
    const RequestId current = m_request;
    QMetaObject::invokeMethod(this, [this, current, ready] { onPage(current, std::move(*ready)); }, Qt::QueuedConnection);
}

void BatchPageWalker::cancel()
{
    m_parked.reset();
    dropAhead();
    if (m_request == 0 || !m_client)
        return;
    const RequestId request = m_request;
    m_request = 0;
    m_client->cancel(request); // its callback sees m_request != request and stays silent
}

void BatchPageWalker::dropAhead()
{
    std::deque<Early> doomed;
    doomed.swap(m_ahead);
    for (const Early &early : doomed) {
        if (m_client)
            m_client->cancel(early.id);
    }
}

QString BatchPageWalker::scanCursor(const QByteArray &body)
{
    // A page's own fields come before or after _embedded (servers write them either way);
    // only the first and last few kilobytes are looked at, never the whole body. Whatever
    // this finds is checked against the decoded cursor.
    constexpr qsizetype kWindow = 4096;
    const QByteArrayView key("\"offset\"");
    const auto valueAt = [&body, &key](qsizetype at) -> QString {
        qsizetype i = at + key.size();
        const auto skipSpace = [&] {
            while (i < body.size() && (body.at(i) == ' ' || body.at(i) == '\n' || body.at(i) == '\r' || body.at(i) == '\t'))
                ++i;
        };
        skipSpace();
        if (i >= body.size() || body.at(i) != ':')
            return {};
        ++i;
        skipSpace();
        if (i >= body.size() || body.at(i) != '"')
            return {}; // null (the last page) or not a string
        const qsizetype end = body.indexOf('"', i + 1);
        if (end < 0)
            return {};
        const QByteArrayView value(body.constData() + i + 1, end - i - 1);
        if (value.isEmpty() || value.contains('\\'))
            return {};
        return QString::fromUtf8(value);
    };
    const QByteArrayView all(body);
    const qsizetype tailFrom = std::max<qsizetype>(0, body.size() - kWindow);
    const qsizetype inTail = all.sliced(tailFrom).lastIndexOf(key);
    if (inTail >= 0)
        return valueAt(tailFrom + inTail);
    const qsizetype inHead = all.first(std::min(body.size(), kWindow)).indexOf(key);
    return inHead >= 0 ? valueAt(inHead) : QString();
}

RequestId BatchPageWalker::request(const QString &cursor)
{
    PageRequest page;
    page.limit = m_pageSize;
    page.offset = cursor;
    // The id is only known once listBatches returns, and neither callback can run before that.
    auto requestId = std::make_shared<RequestId>(0);
    *requestId = m_client->listBatches(
        page, this, [this, requestId](Outcome<Page<Batch>> outcome) { onPage(*requestId, std::move(outcome)); },
        [this, requestId](const QByteArray &body) { onBody(*requestId, body); });
    return *requestId;
}

void BatchPageWalker::fetch(const QString &cursor)
{
    m_currentNext.clear();
    m_currentBodySeen = false;
    m_request = request(cursor);
}

void BatchPageWalker::onBody(RequestId id, const QByteArray &body)
{
    if (!m_readAhead)
        return;
    if (id == m_request) {
        m_currentNext = scanCursor(body);
        m_currentBodySeen = true;
    } else {
        const auto it = std::find_if(m_ahead.begin(), m_ahead.end(), [id](const Early &e) { return e.id == id; });
        if (it == m_ahead.end())
            return;
        it->next = scanCursor(body);
        it->bodySeen = true;
    }
    extendAhead();
}

// Asks for the page after the last one asked for, when its cursor is known and the chain is
// shorter than kReadAhead.
void BatchPageWalker::extendAhead()
{
    while (m_readAhead && m_request != 0 && static_cast<int>(m_ahead.size()) < kReadAhead) {
        const bool fromCurrent = m_ahead.empty();
        if (fromCurrent ? !m_currentBodySeen : !m_ahead.back().bodySeen)
            return;
        const QString cursor = fromCurrent ? m_currentNext : m_ahead.back().next;
        if (cursor.isEmpty() || m_cursorsSeen.contains(cursor)
            || std::any_of(m_ahead.cbegin(), m_ahead.cend(), [&cursor](const Early &e) { return e.cursor == cursor; }))
            return;
        Early early;
        early.cursor = cursor;
        m_ahead.push_back(std::move(early));
        m_ahead.back().id = request(cursor);
    }
}

void BatchPageWalker::onPage(RequestId id, Outcome<Page<Batch>> outcome)
{
    if (id == 0)
        return;
    if (id != m_request) {
        const auto it = std::find_if(m_ahead.begin(), m_ahead.end(), [id](const Early &e) { return e.id == id; });
        if (it != m_ahead.end())
            it->outcome = std::move(outcome); // early: kept until its page is the current one
        return; // or cancelled, superseded
    }
    if (m_held) {
        m_parked = std::move(outcome);
        return;
    }
    m_request = 0;
    if (!outcome.ok()) {
        dropAhead();
        Q_EMIT failed(outcome.error);
        return;
    }
    Page<Batch> &result = *outcome.value;
    ++m_pages;
    m_itemsSeen += result.items.size() + result.skipped.size();
    // total_count is the server's count at the time of each page, and it may change while
    // we walk (batches created or deleted meanwhile). What we received is certain: never
    // report more received than the total, which would read as more than 100 %.
    m_totalCount = std::max(result.totalCount, m_itemsSeen);
    qCDebug(lcNiagaraPaging) << "page" << m_pages << "items" << result.items.size() << "skipped"
                             << result.skipped.size() << "total" << result.totalCount;
    Q_EMIT pageLoaded(result);
    Q_EMIT progress(m_itemsSeen, m_totalCount);
    const std::optional<QString> next = result.offset;
    // Freeing a page of 100 decoded batches takes ~1 ms: release our reference off the calling
    // (GUI) thread. A receiver that kept a copy (BatchStore queues pages) frees it the same way.
    QThreadPool::globalInstance()->start([doomed = std::move(result)]() mutable { doomed = {}; });

    if (!next || next->isEmpty()) {
        m_aheadWasted += static_cast<int>(m_ahead.size());
        dropAhead();
        Q_EMIT finished();
        return;
    }
    if (m_cursorsSeen.contains(*next)) {
        dropAhead();
        ApiError loop = ApiError::invalidResponse(Operation::ListBatches, ApiError::ResponseFault::RepeatedPage);
        loop.setTechnicalDetail(QStringLiteral("the server repeated a paging cursor"));
        qCWarning(lcNiagaraPaging) << "paging cursor repeated after" << m_pages << "pages; stopping";
        Q_EMIT failed(loop);
        return;
    }
    m_cursorsSeen.insert(*next);
    if (m_ahead.empty() || m_ahead.front().cursor != *next) {
        // The scan was wrong (or there was none): the decoded cursor is the one to follow.
        m_aheadWasted += static_cast<int>(m_ahead.size());
        dropAhead();
        fetch(*next);
        return;
    }
    // The page asked for early is the next one: it becomes the current request.
    ++m_aheadUsed;
    Early early = std::move(m_ahead.front());
    m_ahead.pop_front();
    m_request = early.id;
    m_currentNext = early.next;
    m_currentBodySeen = early.bodySeen;
    extendAhead();
    if (early.outcome) {
        // Its answer is in already: deliver it on the next turn (not from inside this one).
        auto ready = std::make_shared<Outcome<Page<Batch>>>(std::move(*early.outcome));
        const RequestId current = m_request;
        QMetaObject::invokeMethod(this, [this, current, ready] { onPage(current, std::move(*ready)); }, Qt::QueuedConnection);
    }
}

} // namespace Niagara
