#pragma once

// RequestQueue: the one bound on what BatchDesk asks the server at the same time. The board's
// store (its page walk and the technician relation fetches), the planning service (census,
// assignment targets, the wizards' catalogs, the detail pane's relations) and the write runs
// all put their requests in one queue, so that at most maxInFlight() (4) are under way
// together, whoever sends them. No network code here: a job is a function that starts one
// request and says when it is answered.

#include <QHash>
#include <QObject>
#include <QPointer>

class QTimer;

#include <algorithm>
#include <chrono>
#include <deque>
#include <functional>
#include <memory>

namespace BatchDesk {

class RequestQueue final : public QObject
{
    Q_OBJECT

public:
    static constexpr int kDefaultMaxInFlight = 4;

    // Foreground jobs start before any background job still waiting; FIFO within each.
    // Foreground: what the user waits for (the board's pages, a wizard's reads, a run's writes).
    // Background: detail that fills in later (the technicians of every batch after a load),
    // so that a Split or Assign is not stuck behind thousands of relation reads. Background
    // jobs also take at most half the slots (backgroundLimit()): a started request cannot be
    // pre-empted, so the user's first requests find a free slot instead of waiting for a
    // background answer.
    enum class Priority : quint8 { Background, Foreground };

    using JobId = quint64;

    // Handed to a job when it starts: call it once the request is answered (or failed, or was
    // cancelled) to give the slot back. Copyable; only the first call counts, later ones and
    // calls after the owner died do nothing.
    class Done
    {
    public:
        Done() = default;
        void operator()() const;
        bool isPending() const;

    private:
        friend class RequestQueue;
        struct Ticket;
        std::shared_ptr<Ticket> m_ticket;
    };

    // Starts one request (or a strictly sequential chain, such as a page walk, never two at
    // once) and arranges for `done` to be called when it ends.
    using Job = std::function<void(Done done)>;

    explicit RequestQueue(QObject *parent = nullptr);
    ~RequestQueue() override;

    void setMaxInFlight(int n);
    int maxInFlight() const { return m_maxInFlight; }
    int backgroundLimit() const { return std::max(1, m_maxInFlight / 2); }

    // Queues a job for `owner` (required): it never starts once `owner` is destroyed, and a
    // running job of a destroyed owner gives its slot back then (the client drops the callbacks
    // of a dead context, so `done` would never come). Starts at once when a slot is free.
    JobId enqueue(QObject *owner, Job job, Priority priority = Priority::Foreground);
    // Drops a job that has not started yet; false when it already started or is unknown.
    bool cancel(JobId id);
    // Drops every job of `owner` that has not started yet (a cancelled run, a server switch);
    // returns how many. Jobs already running end through their requests' cancellation.
    int cancelQueued(const QObject *owner);

    // A 429 or 503 to any request (NiagaraClient::serverBusy): every background job waits,
    // whoever queued it, for the server's Retry-After or, when it gave none, for a backoff that
    // doubles with each such answer in a row (2 s, 4 s … 2 min; the streak ends after a quiet
    // minute). Foreground jobs are never held: the user's own actions go at once.
    void holdBackground(std::chrono::milliseconds retryAfter);
    // While offline (the connectivity monitor) no background job starts at all.
    void setBackgroundPaused(bool paused);
    bool isBackgroundHeld() const;
    // When a hold for a busy server ends (ms since the epoch; 0 when none).
    qint64 backgroundHeldUntilMs() const { return m_heldUntilMs; }
    // Background jobs started since construction (tests of the hold).
    qint64 backgroundStarted() const { return m_backgroundStarted; }

    int inFlight() const { return static_cast<int>(m_running.size()); }
    int queued() const { return static_cast<int>(m_foreground.size() + m_background.size()); }
    int queued(const QObject *owner) const;
    int running(const QObject *owner) const;
    // The most jobs that ran at the same time since construction or resetPeak().
    int peakInFlight() const { return m_peak; }
    void resetPeak() { m_peak = inFlight(); }

Q_SIGNALS:
    void inFlightChanged(int inFlight);
    void backgroundHeldChanged(bool held);

private:
    struct Entry
    {
        JobId id = 0;
        QPointer<QObject> owner;
        const QObject *ownerKey = nullptr; // identity only, never dereferenced
        Job job;
        bool background = false;
    };

    void pump();
    void release(JobId id);
    void watch(QObject *owner);
    void unwatchIfIdle(const QObject *owner);
    void ownerDestroyed(const QObject *owner);

    int m_maxInFlight = kDefaultMaxInFlight;
    JobId m_nextId = 1;
    std::deque<Entry> m_foreground;
    std::deque<Entry> m_background;
    struct Running
    {
        const QObject *owner = nullptr; // identity only
        bool background = false;
    };
    QHash<JobId, Running> m_running;
    int m_runningBackground = 0;
    QHash<const QObject *, QMetaObject::Connection> m_watched;
    int m_peak = 0;
    qint64 m_heldUntilMs = 0;
    qint64 m_lastBusyMs = 0;
    int m_busyStreak = 0;
    bool m_paused = false;
    bool m_heldAnnounced = false;
    QTimer *m_holdTimer = nullptr;
    qint64 m_backgroundStarted = 0;
    void updateHold();
    bool m_pumping = false;
    bool m_pumpAgain = false;
};

} // namespace BatchDesk
