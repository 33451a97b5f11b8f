#pragma once
// What the window says about the connection to the server beyond who is signed in:
//  - offline: a banner "Offline since 10:42 — trying again in 20 s" with Try now, counting
//    down (the Connectivity model decides when; this only shows it);
//  - the board shown from the local cache: "As of 10:42" in the status bar until a live load
//    has replaced it.
// No logic of its own: Connectivity and BatchStore say what is true.

#include "models/batchstore.h"
#include "models/session/connectivity.h"

#include <QObject>
#include <QPointer>

class QLabel;

namespace BatchDesk::Ui {

class ErrorBanner;

class OfflineStatus final : public QObject
{
    Q_OBJECT

public:
    OfflineStatus(BatchStore *store, QWidget *parent);

    void setConnectivity(Connectivity *connectivity);
    ErrorBanner *banner() const { return m_banner; }
    QLabel *asOfLabel() const { return m_asOfLabel; }
    void retranslate();

    // The banner's text for these values (tests compare it).
    static QString offlineText(const QDateTime &since, int secondsToRetry, bool attempting);

private:
    void update();

    QPointer<BatchStore> m_store;
    QPointer<Connectivity> m_connectivity;
    ErrorBanner *m_banner;
    QLabel *m_asOfLabel;
    bool m_dismissed = false;
};

} // namespace BatchDesk::Ui
