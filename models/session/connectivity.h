#pragma once
// Whether the server can be reached, and when to try it again. No network code: the client
// reports what it observed (NiagaraClient::reachabilityObserved — any HTTP answer, or a request
// that finally failed without one), and attemptDue() tells the app when to ask the server
// again (a board load; the session's identification when it never got one).
//
// Offline, retries back off exponentially with jitter (5 s, 10 s, 20 s … up to 5 minutes,
// each drawn between half and all of that), so fifty desktops that lost the same server do not
// come back in lockstep. "Try now" asks at once and does not reset the backoff.

#include <QDateTime>
#include <QObject>

#include <chrono>
#include <functional>

class QTimer;

namespace BatchDesk {

class Connectivity final : public QObject
{
    Q_OBJECT

public:
    explicit Connectivity(QObject *parent = nullptr);

    void observe(bool reachable);
    bool isOffline() const { return m_offline; }
    QDateTime offlineSince() const { return m_offlineSince; }
    // When the next attempt is due (invalid while online or while an attempt runs).
    QDateTime nextAttemptAt() const { return m_nextAttempt; }
    int secondsToNextAttempt() const;
    // The attempts made since the server was lost (the backoff's exponent).
    int failedAttempts() const { return m_attempts; }

    void tryNow();
    // Another server: online until told otherwise, no backoff.
    void reset();

    void setBackoff(std::chrono::milliseconds base, std::chrono::milliseconds cap);
    // For tests: the jitter in [0, 1) (default: QRandomGenerator).
    void setJitterSource(std::function<double()> source) { m_jitter = std::move(source); }
    // The delay before attempt n (1 = the first after the loss), jitter included.
    std::chrono::milliseconds delayBefore(int attempt) const;

Q_SIGNALS:
    void offlineChanged(bool offline);
    // Time to ask the server again.
    void attemptDue();
    // Once a second while offline, for a countdown.
    void tick();

private:
    void scheduleNext();

    bool m_offline = false;
    bool m_attempting = false;
    QDateTime m_offlineSince;
    QDateTime m_nextAttempt;
    int m_attempts = 0;
    std::chrono::milliseconds m_base{5000};
    std::chrono::milliseconds m_cap{300000};
    std::function<double()> m_jitter;
    QTimer *m_attemptTimer;
    QTimer *m_tickTimer;
};

} // namespace BatchDesk
