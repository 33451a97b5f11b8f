#include "models/session/connectivity.h"

#include <QLoggingCategory>
#include <QRandomGenerator>
#include <QTimer>

#include <algorithm>
#include <cmath>

Q_LOGGING_CATEGORY(lcConnectivity, "batchdesk.models.connectivity", QtInfoMsg)

namespace BatchDesk {

Connectivity::Connectivity(QObject *parent)
    : QObject(parent)
    , m_jitter([] { return QRandomGenerator::global()->generateDouble(); })
    , m_attemptTimer(new QTimer(this))
    , m_tickTimer(new QTimer(this))
{
    m_attemptTimer->setSingleShot(true);
    connect(m_attemptTimer, &QTimer::timeout, this, &Connectivity::tryNow);
    m_tickTimer->setInterval(1000);
    connect(m_tickTimer, &QTimer::timeout, this, &Connectivity::tick);
}

void Connectivity::setBackoff(std::chrono::milliseconds base, std::chrono::milliseconds cap)
{
    m_base = std::max(base, std::chrono::milliseconds{1});
    m_cap = std::max(cap, m_base);
}

std::chrono::milliseconds Connectivity::delayBefore(int attempt) const
{
    // base · 2^(attempt-1), capped; then between half and all of it.
    const double full = std::min<double>(double(m_cap.count()), double(m_base.count()) * std::pow(2.0, std::max(0, attempt - 1)));
    const double jitter = std::clamp(m_jitter ? m_jitter() : 0.5, 0.0, 1.0);
    return std::chrono::milliseconds(static_cast<qint64>(full * (0.5 + 0.5 * jitter)));
}

int Connectivity::secondsToNextAttempt() const
{
    if (!m_nextAttempt.isValid())
        return 0;
    const qint64 ms = QDateTime::currentDateTimeUtc().msecsTo(m_nextAttempt);
    return static_cast<int>(std::max<qint64>(0, (ms + 999) / 1000));
}

void Connectivity::observe(bool reachable)
{
    if (reachable) {
        m_attempting = false;
        if (!m_offline)
            return;
        qCInfo(lcConnectivity) << "server reachable again after" << m_attempts << "attempts";
        m_offline = false;
        m_attempts = 0;
        m_offlineSince = QDateTime();
        m_nextAttempt = QDateTime();
        m_attemptTimer->stop();
        m_tickTimer->stop();
        Q_EMIT offlineChanged(false);
        return;
    }
    if (!m_offline) {
        qCInfo(lcConnectivity) << "server unreachable";
        m_offline = true;
        m_offlineSince = QDateTime::currentDateTimeUtc();
        m_attempts = 0;
        m_attempting = false;
        m_tickTimer->start();
        scheduleNext();
        Q_EMIT offlineChanged(true);
        return;
    }
    // Another failure while offline: only the end of an attempt moves the backoff on (the
    // other requests that fail meanwhile are the same outage, not new attempts).
    if (m_attempting) {
        m_attempting = false;
        scheduleNext();
    }
}

void Connectivity::scheduleNext()
{
    ++m_attempts;
    const std::chrono::milliseconds delay = delayBefore(m_attempts);
    m_nextAttempt = QDateTime::currentDateTimeUtc().addMSecs(delay.count());
    m_attemptTimer->start(static_cast<int>(delay.count()));
    Q_EMIT tick();
}

void Connectivity::tryNow()
{
    if (!m_offline) {
        Q_EMIT attemptDue();
        return;
    }
    m_attemptTimer->stop();
    m_attempting = true;
    m_nextAttempt = QDateTime();
    // An attempt that sends nothing (nobody signed in yet) or never ends must not end the
    // retries: after a minute without an answer the next one is scheduled.
    const int attempts = m_attempts;
    QTimer::singleShot(60000, this, [this, attempts] {
        if (m_offline && m_attempting && m_attempts == attempts) {
            m_attempting = false;
            scheduleNext();
        }
    });
    Q_EMIT tick();
    Q_EMIT attemptDue();
}

void Connectivity::reset()
{
    m_attemptTimer->stop();
    m_tickTimer->stop();
    m_attempting = false;
    m_attempts = 0;
    m_nextAttempt = QDateTime();
    m_offlineSince = QDateTime();
    if (m_offline) {
        m_offline = false;
        Q_EMIT offlineChanged(false);
    }
}

} // namespace BatchDesk
