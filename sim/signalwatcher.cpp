#include "signalwatcher.h"

#include "logging.h"

#include <QSocketNotifier>

#ifdef Q_OS_UNIX

#include <cerrno>
#include <csignal>
#include <fcntl.h>
#include <sys/socket.h>
#include <unistd.h>
#ifdef Q_OS_LINUX
#include <sys/prctl.h>
#endif

namespace sim {

namespace {
int g_fds[2] = {-1, -1};

extern "C" void onSignal(int signalNumber)
{
    // Only async-signal-safe work here: one write to the pipe.
    const unsigned char byte = static_cast<unsigned char>(signalNumber);
    [[maybe_unused]] const ssize_t n = ::write(g_fds[0], &byte, 1);
}
} // namespace

SignalWatcher::SignalWatcher(QObject *parent)
    : QObject(parent)
{
    if (::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, g_fds) != 0) {
        qCWarning(lcSim) << "socketpair failed; SIGTERM will not shut down cleanly";
        return;
    }
    m_notifier = new QSocketNotifier(g_fds[1], QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, &SignalWatcher::onReadable);

    struct sigaction sa = {};
    sa.sa_handler = onSignal;
    sigemptyset(&sa.sa_mask);
    sa.sa_flags = SA_RESTART;
    ::sigaction(SIGTERM, &sa, nullptr);
    ::sigaction(SIGINT, &sa, nullptr);
}

SignalWatcher::~SignalWatcher()
{
    struct sigaction sa = {};
    sa.sa_handler = SIG_DFL;
    sigemptyset(&sa.sa_mask);
    ::sigaction(SIGTERM, &sa, nullptr);
    ::sigaction(SIGINT, &sa, nullptr);
    delete m_notifier;
    m_notifier = nullptr;
    for (int &fd : g_fds) {
        if (fd >= 0)
            ::close(fd);
        fd = -1;
    }
}

void SignalWatcher::onReadable()
{
    unsigned char byte = 0;
    if (::read(g_fds[1], &byte, 1) == 1)
        Q_EMIT terminationRequested(byte);
}

void SignalWatcher::watchParent()
{
    if (m_stdinNotifier)
        return;
#ifdef Q_OS_LINUX
    // SIGTERM when the parent (the thread that started us) ends. Had it died before this call,
    // nothing would come; the end of file on stdin below covers that race too.
    if (::prctl(PR_SET_PDEATHSIG, SIGTERM) != 0)
        qCWarning(lcSim) << "PR_SET_PDEATHSIG failed; relying on stdin to notice the parent's end";
#endif
    m_stdinNotifier = new QSocketNotifier(STDIN_FILENO, QSocketNotifier::Read, this);
    connect(m_stdinNotifier, &QSocketNotifier::activated, this, &SignalWatcher::onStdinReadable);
}

void SignalWatcher::onStdinReadable()
{
    char buffer[256];
    const ssize_t n = ::read(STDIN_FILENO, buffer, sizeof(buffer));
    if (n > 0 || (n < 0 && (errno == EINTR || errno == EAGAIN)))
        return; // anything after the approval secret is read and ignored
    m_stdinNotifier->setEnabled(false);
    qCInfo(lcSim) << "stdin closed: the process that started the sim is gone";
    Q_EMIT parentGone();
}

} // namespace sim

#else // !Q_OS_UNIX

// Windows has no SIGTERM to turn into a Qt signal: QProcess::terminate() is a WM_CLOSE, which a
// console process does not get, and the parent (the desktop app's demo workspace) falls back to
// kill(). The watcher is there but invalid.
//
// The parent's end is noticed as the end of stdin by a reader thread, which blocks in the read
// and so cannot be joined: it only sets a flag it shares with the watcher, which a timer checks.

#include <QTimer>

#include <atomic>
#include <cstdio>
#include <memory>
#include <thread>

namespace sim {

SignalWatcher::SignalWatcher(QObject *parent)
    : QObject(parent)
{
}

SignalWatcher::~SignalWatcher() = default;

void SignalWatcher::onReadable() {}

void SignalWatcher::onStdinReadable() {}

void SignalWatcher::watchParent()
{
    auto ended = std::make_shared<std::atomic<bool>>(false);
    std::thread([ended] {
        char buffer[256];
        while (std::fread(buffer, 1, sizeof(buffer), stdin) > 0) {
        }
        ended->store(true);
    }).detach();
    auto *timer = new QTimer(this);
    connect(timer, &QTimer::timeout, this, [this, timer, ended] {
        if (!ended->load())
            return;
        timer->stop();
        qCInfo(lcSim) << "stdin closed: the process that started the sim is gone";
        Q_EMIT parentGone();
    });
    timer->start(250);
}

} // namespace sim

#endif // Q_OS_UNIX
