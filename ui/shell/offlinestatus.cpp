#include "ui/shell/offlinestatus.h"

#include "models/batchstore.h"
#include "models/session/connectivity.h"
#include "ui/errorbanner.h"
#include "ui/plaintext.h"

#include <QLabel>
#include <QLocale>

namespace BatchDesk::Ui {

namespace {

QString shortTime(const QDateTime &when)
{
    return QLocale().toString(when.toLocalTime().time(), QLocale::ShortFormat);
}

} // namespace

OfflineStatus::OfflineStatus(BatchStore *store, QWidget *parent)
    : QObject(parent)
    , m_store(store)
    , m_banner(new ErrorBanner(parent))
    , m_asOfLabel(plainLabel(parent))
{
    m_banner->setObjectName(QStringLiteral("OfflineBanner"));
    m_asOfLabel->setObjectName(QStringLiteral("AsOfLabel"));
    m_asOfLabel->setContentsMargins(4, 0, 12, 0);
    m_asOfLabel->hide();
    connect(m_banner, &ErrorBanner::dismissed, this, [this] { m_dismissed = true; });
    if (store) {
        connect(store, &BatchStore::cacheRestored, this, &OfflineStatus::update);
        connect(store, &BatchStore::loadFinished, this, &OfflineStatus::update);
        connect(store, &BatchStore::generationEnded, this, &OfflineStatus::update);
    }
    update();
}

void OfflineStatus::setConnectivity(Connectivity *connectivity)
{
    if (m_connectivity)
        disconnect(m_connectivity, nullptr, this, nullptr);
    m_connectivity = connectivity;
    if (connectivity) {
        connect(connectivity, &Connectivity::tick, this, &OfflineStatus::update);
        connect(connectivity, &Connectivity::offlineChanged, this, [this] {
            m_dismissed = false; // a new outage is news again
            update();
        });
    }
    update();
}

QString OfflineStatus::offlineText(const QDateTime &since, int secondsToRetry, bool attempting)
{
    // An outage that started on another day says which.
    const bool today = since.toLocalTime().date() == QDate::currentDate();
    const QString when = today ? shortTime(since) : QLocale().toString(since.toLocalTime(), QLocale::ShortFormat);
    if (attempting || secondsToRetry <= 0)
        //: Banner while the server cannot be reached. %1: when it was lost (a time, or a date and time).
        return tr("Offline since %1 — trying again now…").arg(when);
    if (secondsToRetry >= 90) {
        // Retries back off to minutes apart: "in 563 s" reads worse than "in 10 min".
        const int minutes = (secondsToRetry + 59) / 60;
        //: Banner while the server cannot be reached. %1: when it was lost (a time, or a date and time);
        //: %Ln: minutes until the next try (rounded up).
        return tr("Offline since %1 — trying again in %Ln min. Showing the last-known data; changes are disabled.",
                  nullptr, minutes)
            .arg(when);
    }
    //: Banner while the server cannot be reached. %1: when it was lost (a time, or a date and time);
    //: %Ln: seconds until the next try.
    return tr("Offline since %1 — trying again in %Ln s. Showing the last-known data; changes are disabled.", nullptr,
              secondsToRetry)
        .arg(when);
}

void OfflineStatus::retranslate()
{
    update();
}

void OfflineStatus::update()
{
    const bool offline = m_connectivity && m_connectivity->isOffline();
    if (!offline) {
        if (m_banner->isVisibleTo(m_banner->parentWidget()))
            m_banner->dismiss();
        m_dismissed = false;
    } else if (!m_dismissed) {
        const QString text = offlineText(m_connectivity->offlineSince(), m_connectivity->secondsToNextAttempt(),
                                         !m_connectivity->nextAttemptAt().isValid());
        if (text != m_banner->message() || !m_banner->isVisibleTo(m_banner->parentWidget())) {
            QPointer<Connectivity> connectivity = m_connectivity;
            m_banner->showError(text, [connectivity] {
                if (connectivity)
                    connectivity->tryNow();
            }, tr("Try now"));
        }
    }
    const QDateTime asOf = m_store ? m_store->cachedAsOf() : QDateTime();
    if (asOf.isValid()) {
        const QLocale locale;
        const bool today = asOf.toLocalTime().date() == QDate::currentDate();
        //: Status bar: the board shows the copy kept on this computer. %1: when it was current (a
        //: time today, else a date and time).
        m_asOfLabel->setText(tr("As of %1").arg(today ? shortTime(asOf)
                                                        : locale.toString(asOf.toLocalTime(), QLocale::ShortFormat)));
        m_asOfLabel->setToolTip(tr("The board shows the copy kept on this computer until the server's answer replaces it."));
        m_asOfLabel->show();
    } else {
        m_asOfLabel->hide();
        m_asOfLabel->clear();
    }
}

} // namespace BatchDesk::Ui
