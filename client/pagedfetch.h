#pragma once

#include "client/transport_guard.h"

#include "client/apierror.h"
#include "client/domain.h"
#include "client/niagaraclient.h"

#include <QObject>
#include <QPointer>
#include <QSet>

namespace Niagara {

// Walks every page of GET /batches by following the cursor each body returns.
//
// It never assumes the server honoured the limit it asked for: it stops only when the body's
// offset is null. A cursor the server already handed out once ends the walk with an error
// instead of looping forever. Items are passed on page by page as they arrive; removing
// duplicates (a batch on two pages after cursor drift) is the receiver's job, since only it
// knows what it already holds.
class BatchPageWalker final : public QObject
{
    Q_OBJECT

public:
    explicit BatchPageWalker(NiagaraClient *client, QObject *parent = nullptr);
    ~BatchPageWalker() override;

    void setPageSize(int limit) { m_pageSize = limit; }
    int pageSize() const { return m_pageSize; }

    // Starts from the first page; a walk already running is cancelled first.
    void start();
    void cancel();
    bool isRunning() const { return m_request != 0; }

    qint64 itemsSeen() const { return m_itemsSeen; }
    qint64 totalCount() const { return m_totalCount; }
    int pagesLoaded() const { return m_pages; }

Q_SIGNALS:
    void pageLoaded(const Niagara::Page<Niagara::Batch> &page);
    // Items received so far (including duplicates and skipped ones) against the server's latest
    // total, which is never less than what was received (a total that shrinks mid-walk).
    void progress(qint64 received, qint64 total);
    void finished();
    void failed(const Niagara::ApiError &error);

private:
    void fetch(const QString &cursor);

    QPointer<NiagaraClient> m_client;
    int m_pageSize = 100;
    RequestId m_request = 0;
    QSet<QString> m_cursorsSeen;
    qint64 m_itemsSeen = 0;
    qint64 m_totalCount = 0;
    int m_pages = 0;
};

} // namespace Niagara

Q_DECLARE_METATYPE(Niagara::Page<Niagara::Batch>)
