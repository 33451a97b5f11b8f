#pragma once

#include "client/transport_guard.h"

#include "client/apierror.h"
#include "client/domain.h"
#include "client/niagaraclient.h"

#include <QObject>
#include <QPointer>
#include <QSet>

#include <deque>
#include <optional>

namespace Niagara {

// Walks every page of GET /batches by following the cursor each body returns.
//
// It never assumes the server honoured the limit it asked for: it stops only when the body's
// offset is null. A cursor the server already handed out once ends the walk with an error
// instead of looping forever. Items are passed on page by page as they arrive; removing
// duplicates (a batch on two pages after cursor drift) is the receiver's job, since only it
// knows what it already holds.
//
// Pages ahead: as soon as a page's bytes arrive, the cursor is read from them (a scan of the
// body's first and last few kilobytes for "offset") and the next page is asked for while this
// one is decoded on the decode pool — up to kReadAhead pages ahead of the one being decoded.
// The decoded cursor decides: when it differs from the scanned one (the scan found some other
// "offset", or none), the early requests are cancelled and the right page is asked for. So the
// walk still follows only the cursors the server gave, page after page, with at most
// 1 + kReadAhead of its requests in flight.
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
    static constexpr int kReadAhead = 2;
    // Ask for the next pages while this one is decoded (default on).
    void setReadAhead(bool on) { m_readAhead = on; }
    // Back pressure from a receiver that applies pages slower than they arrive (the board's
    // store, in slices per event-loop turn). While held, the page that arrives is kept, not
    // delivered, and the walk goes no further: at most it, and the kReadAhead pages already
    // asked for, wait decoded in memory. Releasing delivers it on the next turn.
    void setHeld(bool held);
    bool isHeld() const { return m_held; }
    // Early requests whose page was used, and those cancelled because the cursor differed.
    int readAheadUsed() const { return m_aheadUsed; }
    int readAheadWasted() const { return m_aheadWasted; }
    // The cursor a body ends with, read from the raw bytes (empty: none found, null, or one
    // with escapes, which only the decoder reads right).
    static QString scanCursor(const QByteArray &body);

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
    RequestId request(const QString &cursor);
    void fetch(const QString &cursor);
    void onBody(RequestId id, const QByteArray &body);
    void onPage(RequestId id, Outcome<Page<Batch>> outcome);
    void extendAhead();
    void dropAhead();

    QPointer<NiagaraClient> m_client;
    int m_pageSize = 100;
    RequestId m_request = 0;
    // Pages asked for early, in walk order: the cursor, the answer if it came before it was
    // wanted, and the cursor scanned from its own body (what follows it).
    struct Early
    {
        RequestId id = 0;
        QString cursor;
        std::optional<Outcome<Page<Batch>>> outcome;
        QString next;
        bool bodySeen = false;
    };
    std::deque<Early> m_ahead;
    bool m_held = false;
    std::optional<Outcome<Page<Batch>>> m_parked; // the current page, arrived while held
    QString m_currentNext; // scanned from the current page's body
    bool m_currentBodySeen = false;
    bool m_readAhead = true;
    int m_aheadUsed = 0;
    int m_aheadWasted = 0;
    QSet<QString> m_cursorsSeen;
    qint64 m_itemsSeen = 0;
    qint64 m_totalCount = 0;
    int m_pages = 0;
};

} // namespace Niagara

Q_DECLARE_METATYPE(Niagara::Page<Niagara::Batch>)
