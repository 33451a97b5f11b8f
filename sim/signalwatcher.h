#pragma once

// Turns SIGTERM/SIGINT into a Qt signal through a self-pipe, so the event loop ends normally,
// the database is closed and the process exits 0 (tests stop the sim with QProcess::terminate()).
// With watchParent() it also reports the death of the process that started the sim.

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
    // The sim's stdin is a pipe from the app that started it (--oauth-auto-approve). When that
    // app dies, however it dies, the pipe reaches end of file: parentGone() then. On Linux the
    // kernel also sends SIGTERM at once (PR_SET_PDEATHSIG), which ends up in
    // terminationRequested().
    void watchParent();

Q_SIGNALS:
    void terminationRequested(int signalNumber);
    void parentGone();

private:
    void onReadable();
    void onStdinReadable();

    QSocketNotifier *m_notifier = nullptr;
    QSocketNotifier *m_stdinNotifier = nullptr;
};

} // namespace sim
