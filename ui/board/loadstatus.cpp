#include "ui/board/loadstatus.h"

#include "ui/board/trcontext.h"
#include "ui/plaintext.h"

#include <QCoreApplication>
#include <QLabel>
#include <QLocale>

namespace BatchDesk::Ui {

namespace {
const char *const kBatches = QT_TRANSLATE_N_NOOP("BatchDesk::Ui::MainWindow", "%Ln batch(es)");
} // namespace

LoadStatus::LoadStatus(QWidget *parent)
    : QObject(parent)
{
    m_refreshedLabel = plainLabel(parent);
    m_refreshedLabel->setObjectName(QStringLiteral("RefreshedLabel"));
    m_progressLabel = plainLabel(parent);
    m_progressLabel->setObjectName(QStringLiteral("LoadProgressLabel"));
    // Status bar labels sit close together by default; give each its own room.
    for (QLabel *label : {m_refreshedLabel, m_progressLabel})
        label->setContentsMargins(4, 0, 12, 0);
}

void LoadStatus::loading()
{
    m_state = State::Loading;
    show();
}

void LoadStatus::progress(qint64 received, qint64 total)
{
    m_state = State::Progress;
    m_received = received;
    m_total = total;
    show();
}

void LoadStatus::loaded(qint64 batches)
{
    m_state = State::Loaded;
    m_total = batches;
    m_lastRefresh = QTime::currentTime();
    show();
}

void LoadStatus::failed()
{
    m_state = State::Failed;
    show();
}

void LoadStatus::clear()
{
    m_state = State::Idle;
    m_lastRefresh = QTime();
    show();
}

void LoadStatus::setCounts(const QString &text)
{
    if (text == m_counts)
        return;
    m_counts = text;
    show();
}

void LoadStatus::retranslate()
{
    show();
}

void LoadStatus::show()
{
    const QLocale locale;
    switch (m_state) {
    case State::Idle: m_progressLabel->setText(m_counts); break;
    case State::Loading: m_progressLabel->setText(QCoreApplication::translate("BatchDesk::Ui::MainWindow", "Loading…")); break;
    case State::Progress:
        m_progressLabel->setText(QCoreApplication::translate("BatchDesk::Ui::MainWindow", "Loaded %1 of %2").arg(locale.toString(m_received), locale.toString(m_total)));
        break;
    case State::Loaded:
        m_progressLabel->setText(m_counts.isEmpty() ? QCoreApplication::translate(kBoardTrContext, kBatches, nullptr, static_cast<int>(m_total))
                                                    : m_counts);
        break;
    case State::Failed: m_progressLabel->setText(QCoreApplication::translate("BatchDesk::Ui::MainWindow", "Load failed")); break;
    }
    if (!m_lastRefresh.isValid()) {
        m_refreshedLabel->clear();
        return;
    }
    // The locale's own time format, with seconds (the board refreshes every 30 s) but without
    // the time zone.
    QString format = locale.timeFormat(QLocale::LongFormat);
    format.remove(QLatin1Char('t'));
    m_refreshedLabel->setText(QCoreApplication::translate("BatchDesk::Ui::MainWindow", "Refreshed %1").arg(locale.toString(m_lastRefresh, format.trimmed())));
}

} // namespace BatchDesk::Ui
