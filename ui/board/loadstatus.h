#pragma once

// The board's load in the status bar: "Loading…", "Loaded 200 of 900", "900 batches" or
// "Load failed", and when the board was last refreshed. Kept as data, so it can be said again
// in another language.

#include <QObject>
#include <QTime>

class QLabel;
class QWidget;

namespace BatchDesk::Ui {

class LoadStatus final : public QObject
{
    Q_OBJECT

public:
    // The labels are children of `parent` until the status bar takes them.
    explicit LoadStatus(QWidget *parent);

    void loading();
    void progress(qint64 received, qint64 total);
    void loaded(qint64 batches);
    void failed();
    void clear();
    // "6 of 102 batches" (the filters' count), shown when no load is under way; empty: the
    // number of batches loaded.
    void setCounts(const QString &text);
    void retranslate();

    QLabel *refreshedLabel() const { return m_refreshedLabel; }
    QLabel *progressLabel() const { return m_progressLabel; }

private:
    enum class State : quint8 { Idle, Loading, Progress, Loaded, Failed };
    void show();

    QLabel *m_refreshedLabel = nullptr;
    QLabel *m_progressLabel = nullptr;
    QString m_counts;
    State m_state = State::Idle;
    qint64 m_received = 0;
    qint64 m_total = 0;
    QTime m_lastRefresh;
};

} // namespace BatchDesk::Ui
