#pragma once

// Turns SIGTERM/SIGINT into a Qt signal through a self-pipe, so the event loop ends normally,
// the database is closed and the process exits 0 (tests stop the sim with QProcess::terminate()).

#include <QObject>

class QSocketNotifier;

namespace sim {

class SignalWatcher final : public QObject
{
    Q_OBJECT
public:
    explicit SignalWatcher(QObject *parent = nullptr);
    ~SignalWatcher() override;
    bool isValid() const { return m_notifier != nullptr; }

Q_SIGNALS:
    void terminationRequested(int signalNumber);

private:
    void onReadable();

    QSocketNotifier *m_notifier = nullptr;
};

} // namespace sim
