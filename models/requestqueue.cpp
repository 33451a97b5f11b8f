#include "models/requestqueue.h"

#include <QDateTime>
#include <QTimer>

#include <algorithm>

namespace BatchDesk {

struct RequestQueue::Done::Ticket
{
    QPointer<RequestQueue> queue;
    JobId id = 0;
    bool released = false;
};

void RequestQueue::Done::operator()() const
{
    if (!m_ticket || m_ticket->released)
        return;
    m_ticket->released = true;
    if (m_ticket->queue)
        m_ticket->queue->release(m_ticket->id);
}

bool RequestQueue::Done::isPending() const
{
    return m_ticket && !m_ticket->released;
}

RequestQueue::RequestQueue(QObject *parent)
    : QObject(parent)
    , m_holdTimer(new QTimer(this))
{
    m_holdTimer->setSingleShot(true);
    connect(m_holdTimer, &QTimer::timeout, this, [this] {
        updateHold();
        pump();
    });
}

void RequestQueue::holdBackground(std::chrono::milliseconds retryAfter)
{
    using namespace std::chrono;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    if (now - m_lastBusyMs > 60'000)
        m_busyStreak = 0;
    m_lastBusyMs = now;
    ++m_busyStreak;
    const qint64 backoff = std::min<qint64>(qint64(2000) << std::min(m_busyStreak - 1, 6), 120'000);
    const qint64 wait = retryAfter.count() > 0 ? std::min<qint64>(retryAfter.count(), 600'000) : backoff;
    m_heldUntilMs = std::max(m_heldUntilMs, now + wait);
    updateHold();
}

void RequestQueue::setBackgroundPaused(bool paused)
{
    if (m_paused == paused)
        return;
    m_paused = paused;
    updateHold();
    pump();
}

bool RequestQueue::isBackgroundHeld() const
{
    return m_paused || m_heldUntilMs > QDateTime::currentMSecsSinceEpoch();
}

void RequestQueue::updateHold()
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    if (m_heldUntilMs > now)
        m_holdTimer->start(static_cast<int>(std::min<qint64>(m_heldUntilMs - now + 1, 600'000)));
    else
        m_heldUntilMs = 0;
    const bool held = isBackgroundHeld();
    if (held != m_heldAnnounced) {
        m_heldAnnounced = held;
        Q_EMIT backgroundHeldChanged(held);
    }
}

RequestQueue::~RequestQueue() = default;

void RequestQueue::setMaxInFlight(int n)
{
    m_maxInFlight = std::max(1, n);
    pump();
}

RequestQueue::JobId RequestQueue::enqueue(QObject *owner, Job job, Priority priority)
{
    Q_ASSERT(owner);
    const JobId id = m_nextId++;
    if (!owner || !job)
        return id; // nobody to run it for: it never runs
    watch(owner);
    Entry entry{id, owner, owner, std::move(job), priority == Priority::Background};
    (priority == Priority::Foreground ? m_foreground : m_background).push_back(std::move(entry));
    pump();
    return id;
}

bool RequestQueue::cancel(JobId id)
{
    for (std::deque<Entry> *waiting : {&m_foreground, &m_background}) {
        const auto it = std::find_if(waiting->begin(), waiting->end(), [id](const Entry &e) { return e.id == id; });
        if (it == waiting->end())
            continue;
        const QObject *owner = it->ownerKey;
        waiting->erase(it);
        unwatchIfIdle(owner);
        return true;
    }
    return false;
}

int RequestQueue::cancelQueued(const QObject *owner)
{
    int dropped = 0;
    for (std::deque<Entry> *waiting : {&m_foreground, &m_background}) {
        const auto from = std::remove_if(waiting->begin(), waiting->end(),
                                         [owner](const Entry &e) { return e.ownerKey == owner; });
        dropped += static_cast<int>(std::distance(from, waiting->end()));
        waiting->erase(from, waiting->end());
    }
    unwatchIfIdle(owner);
    return dropped;
}

int RequestQueue::queued(const QObject *owner) const
{
    const auto mine = [owner](const Entry &e) { return e.ownerKey == owner; };
    return static_cast<int>(std::count_if(m_foreground.cbegin(), m_foreground.cend(), mine)
                            + std::count_if(m_background.cbegin(), m_background.cend(), mine));
}

int RequestQueue::running(const QObject *owner) const
{
    int n = 0;
    for (const Running &r : m_running)
        n += r.owner == owner ? 1 : 0;
    return n;
}

void RequestQueue::pump()
{
    // A job may answer at once (calling done inside pump): the outer loop goes on instead of
    // recursing once per job.
    if (m_pumping) {
        m_pumpAgain = true;
        return;
    }
    m_pumping = true;
    do {
        m_pumpAgain = false;
        while (inFlight() < m_maxInFlight) {
            const bool background = m_foreground.empty();
            std::deque<Entry> &waiting = background ? m_background : m_foreground;
            if (waiting.empty() || (background && (m_runningBackground >= backgroundLimit() || isBackgroundHeld())))
                break;
            Entry entry = std::move(waiting.front());
            waiting.pop_front();
            if (!entry.owner) {
                unwatchIfIdle(entry.ownerKey); // its owner is going: it never runs
                continue;
            }
            m_running.insert(entry.id, Running{entry.ownerKey, entry.background});
            m_runningBackground += entry.background ? 1 : 0;
            m_backgroundStarted += entry.background ? 1 : 0;
            m_peak = std::max(m_peak, inFlight());
            Q_EMIT inFlightChanged(inFlight());
            Done done;
            done.m_ticket = std::make_shared<Done::Ticket>();
            done.m_ticket->queue = this;
            done.m_ticket->id = entry.id;
            entry.job(std::move(done));
        }
    } while (m_pumpAgain);
    m_pumping = false;
}

void RequestQueue::release(JobId id)
{
    const auto it = m_running.constFind(id);
    if (it == m_running.cend())
        return; // its owner died first and gave the slot back then
    const QObject *owner = it->owner;
    m_runningBackground -= it->background ? 1 : 0;
    m_running.erase(it);
    unwatchIfIdle(owner);
    Q_EMIT inFlightChanged(inFlight());
    pump();
}

void RequestQueue::watch(QObject *owner)
{
    if (m_watched.contains(owner))
        return;
    const QObject *key = owner;
    m_watched.insert(key, connect(owner, &QObject::destroyed, this, [this, key] { ownerDestroyed(key); }));
}

void RequestQueue::unwatchIfIdle(const QObject *owner)
{
    if (!m_watched.contains(owner) || running(owner) > 0)
        return;
    const auto mine = [owner](const Entry &e) { return e.ownerKey == owner; };
    if (std::any_of(m_foreground.cbegin(), m_foreground.cend(), mine)
        || std::any_of(m_background.cbegin(), m_background.cend(), mine))
        return;
    disconnect(m_watched.take(owner));
}

void RequestQueue::ownerDestroyed(const QObject *owner)
{
    m_watched.remove(owner);
    const auto mine = [owner](const Entry &e) { return e.ownerKey == owner; };
    for (std::deque<Entry> *waiting : {&m_foreground, &m_background})
        waiting->erase(std::remove_if(waiting->begin(), waiting->end(), mine), waiting->end());
    const auto before = m_running.size();
    m_running.removeIf([owner](const auto &it) { return it.value().owner == owner; });
    m_runningBackground = static_cast<int>(
        std::count_if(m_running.cbegin(), m_running.cend(), [](const Running &r) { return r.background; }));
    if (m_running.size() == before)
        return;
    Q_EMIT inFlightChanged(inFlight());
    // Not from inside the owner's destructor: the next jobs start on the next turn.
    QMetaObject::invokeMethod(this, &RequestQueue::pump, Qt::QueuedConnection);
}

} // namespace BatchDesk
