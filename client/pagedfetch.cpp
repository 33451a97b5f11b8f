#include "client/pagedfetch.h"

#include "client/logging.h"

#include <QThreadPool>

#include <algorithm>

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

void BatchPageWalker::cancel()
{
    if (m_request == 0 || !m_client)
        return;
    const RequestId request = m_request;
    m_request = 0;
    m_client->cancel(request); // its callback sees m_request != request and stays silent
}

void BatchPageWalker::fetch(const QString &cursor)
{
    PageRequest page;
    page.limit = m_pageSize;
    page.offset = cursor;
    // The id is only known once listBatches returns, and the callback can't run before that.
    auto requestId = std::make_shared<RequestId>(0);
    *requestId = m_client->listBatches(page, this, [this, requestId](Outcome<Page<Batch>> outcome) {
        if (m_request != *requestId)
            return; // cancelled or superseded
        m_request = 0;
        if (!outcome.ok()) {
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
            Q_EMIT finished();
            return;
        }
        if (m_cursorsSeen.contains(*next)) {
            ApiError loop = ApiError::invalidResponse(Operation::ListBatches, ApiError::ResponseFault::RepeatedPage);
            loop.setTechnicalDetail(QStringLiteral("the server repeated a paging cursor"));
            qCWarning(lcNiagaraPaging) << "paging cursor repeated after" << m_pages << "pages; stopping";
            Q_EMIT failed(loop);
            return;
        }
        m_cursorsSeen.insert(*next);
        fetch(*next);
    });
    m_request = *requestId;
}

} // namespace Niagara
