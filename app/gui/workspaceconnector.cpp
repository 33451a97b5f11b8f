#include "app/gui/workspaceconnector.h"

#include "app/gui/demoworkspace.h"
#include "app/gui/signinbrowser.h"
#include "client/auth/serverprofile.h"
#include "models/session/session.h"

#include <QTimer>
#include <QUuid>

namespace BatchDesk::App {

WorkspaceConnector::WorkspaceConnector(Session *session, DemoWorkspace *demo, SignInBrowser *browser, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_demo(demo)
    , m_browser(browser)
{
    connect(demo, &DemoWorkspace::ready, this, &WorkspaceConnector::onDemoReady);
    connect(demo, &DemoWorkspace::interrupted, this, &WorkspaceConnector::onDemoInterrupted);
    connect(demo, &DemoWorkspace::restarted, this, &WorkspaceConnector::onDemoRestarted);
    connect(demo, &DemoWorkspace::failed, this, [this] {
        m_demoStarting = false;
        m_demoReady = false;
        m_recoverWhenSettled = false;
    });
    connect(session, &Session::currentProfileChanged, this, &WorkspaceConnector::onCurrentProfileChanged);
    connect(session, &Session::stateChanged, this, &WorkspaceConnector::onStateChanged);
    connect(session, &Session::signedIn, this, [this] { m_demoRetried = false; });
}

std::optional<Niagara::ServerProfile> WorkspaceConnector::demoProfile() const
{
    for (const Niagara::ServerProfile &p : m_session->directory().profiles()) {
        if (p.demo)
            return p;
    }
    return std::nullopt;
}

bool WorkspaceConnector::currentIsDemo() const
{
    const auto current = m_session->currentProfile();
    return current && current->demo;
}

std::optional<QString> WorkspaceConnector::useServer(const QUrl &given)
{
    // "https://host/" and "https://host" are the same server.
    QUrl url = given;
    if (url.path() == QLatin1String("/"))
        url.setPath(QString());
    ServerDirectory &directory = m_session->directory();
    if (const auto saved = directory.profileForUrl(url)) {
        directory.setCurrentId(saved->id);
        return std::nullopt;
    }
    Niagara::ServerProfile profile;
    profile.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    profile.name = url.host();
    profile.baseUrl = url;
    if (auto refused = m_session->saveProfile(profile))
        return refused;
    directory.setCurrentId(profile.id);
    return std::nullopt;
}

void WorkspaceConnector::start()
{
    const ServerDirectory &directory = m_session->directory();
    const auto current = directory.profile(directory.currentId());
    if (current && !current->demo) {
        m_session->restore();
        scheduleSettle();
        return;
    }
    // The demo: its address is only known once its server runs.
    m_demoStarting = true;
    Q_EMIT status(tr("Starting the demo workspace…"));
    m_demo->start();
}

std::optional<Niagara::ServerProfile> WorkspaceConnector::saveDemoProfile(const QUrl &url)
{
    Niagara::ServerProfile profile;
    if (const auto saved = demoProfile()) {
        profile = *saved;
    } else {
        profile.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        profile.name = tr("Demo workspace");
        profile.demo = true;
    }
    profile.baseUrl = url;
    // A loopback address always passes the transport rule. Saving the current server's
    // profile also points the client at the new address.
    if (const auto refused = m_session->saveProfile(profile)) {
        Q_EMIT status(*refused);
        return std::nullopt;
    }
    return profile;
}

void WorkspaceConnector::onDemoReady(const QUrl &url)
{
    m_demoStarting = false;
    m_demoReady = true;
    const auto saved = saveDemoProfile(url);
    if (!saved)
        return;
    const Niagara::ServerProfile &profile = *saved;
    ServerDirectory &directory = m_session->directory();
    if (!directory.profile(directory.currentId()))
        directory.setCurrentId(profile.id);
    if (directory.currentId() != profile.id)
        return; // another server was chosen meanwhile; the demo is ready when switched to

    if (!m_session->currentProfile()) {
        // Start-up: nothing restored yet.
        m_session->restore();
        scheduleSettle();
    } else if (m_switchWhenDemoReady) {
        // The user switched to the demo before its server ran: begin again at the right
        // address (a new switch also drops whatever the old address answered).
        m_switchWhenDemoReady = false;
        m_session->switchTo(profile.id);
    }
}

void WorkspaceConnector::onDemoInterrupted()
{
    // Down until DemoWorkspace has started it again: a switch to the demo meanwhile waits for
    // that (onCurrentProfileChanged) instead of starting another one.
    m_demoReady = false;
    m_demoStarting = true;
    if (currentIsDemo())
        Q_EMIT statusMessage(tr("The demo server stopped unexpectedly; starting it again…"));
}

void WorkspaceConnector::onDemoRestarted(const QUrl &url)
{
    m_demoStarting = false;
    m_demoReady = true;
    // The profile follows the new port whether or not the demo is the current server.
    const auto saved = saveDemoProfile(url);
    if (!saved || m_session->directory().currentId() != saved->id)
        return;
    Q_EMIT statusMessage(tr("The demo server stopped unexpectedly and was restarted."));
    if (m_switchWhenDemoReady) {
        // The user switched to the demo while it was down: begin again at the new address.
        m_switchWhenDemoReady = false;
        m_session->switchTo(saved->id);
        return;
    }
    if (!m_session->currentProfile()) {
        // It went down before the first restore began: start-up as usual.
        m_session->restore();
        scheduleSettle();
        return;
    }
    recoverDemoSignIn();
}

void WorkspaceConnector::recoverDemoSignIn()
{
    m_recoverWhenSettled = false;
    switch (m_session->state()) {
    case Session::State::SignedIn:
        if (m_session->keychainAvailable()) {
            // Same database, same tokens: the saved sign-in is good at the new address.
            // Restoring it asks the server who this is (at the new address) and announces
            // signedIn, on which the board reloads what the dead sim left half loaded. If it
            // is not good after all, settle() and onStateChanged sign the demo in by itself.
            m_session->restore();
            scheduleSettle();
        } else {
            // Nothing to restore from: sign in again as at start (signedIn, the board reloads).
            signInDemo();
        }
        return;
    case Session::State::SigningIn:
        // Under way against the old address (a restore, a renewal, a sign-in): judge once
        // it has ended (onStateChanged).
        m_recoverWhenSettled = true;
        return;
    case Session::State::SignInRequired:
        m_demoRetried = true;
        signInDemo();
        return;
    case Session::State::SignedOut:
        signInDemo();
        return;
    }
}

void WorkspaceConnector::onCurrentProfileChanged()
{
    if (currentIsDemo() && !m_demoReady) {
        m_switchWhenDemoReady = true;
        if (!m_demoStarting) {
            m_demoStarting = true;
            Q_EMIT status(tr("Starting the demo workspace…"));
            m_demo->start();
        }
        return;
    }
    // switchTo() restores right after announcing the new server: judge once that has begun.
    scheduleSettle();
}

void WorkspaceConnector::scheduleSettle()
{
    if (m_settlePending)
        return;
    m_settlePending = true;
    QTimer::singleShot(0, this, [this] {
        m_settlePending = false;
        m_watching = true;
        settle();
    });
}

void WorkspaceConnector::onStateChanged()
{
    if (m_recoverWhenSettled && m_session->state() != Session::State::SigningIn) {
        if (currentIsDemo() && m_demoReady) {
            recoverDemoSignIn();
            return;
        }
        m_recoverWhenSettled = false;
    }
    if (m_session->state() == Session::State::SignInRequired && currentIsDemo() && m_demoReady && !m_demoRetried) {
        // Nobody has to type anything for the demo: sign in again at once (a new demo
        // database does not know the saved tokens).
        m_demoRetried = true;
        m_watching = false;
        signInDemo();
        return;
    }
    settle();
}

void WorkspaceConnector::settle()
{
    if (!m_watching || !m_session)
        return;
    const auto current = m_session->currentProfile();
    if (!current) {
        m_watching = false;
        return;
    }
    switch (m_session->state()) {
    case Session::State::SigningIn:
        return; // the keychain or the server has not answered yet
    case Session::State::SignedIn:
        m_watching = false;
        // --demo-user: the keychain had someone else's sign-in for the demo; the run was asked
        // to be that user's.
        if (current->demo && m_demoReady && m_browser && m_browser->demoUserChosen() && !m_demoUserApplied
            && m_session->user().email.compare(m_browser->demoUser(), Qt::CaseInsensitive) != 0) {
            m_demoUserApplied = true;
            signInDemo();
        }
        return;
    case Session::State::SignInRequired:
        m_watching = false; // the demo was handled in onStateChanged; others see the banner
        return;
    case Session::State::SignedOut:
        m_watching = false;
        if (current->demo) {
            if (m_demoReady)
                signInDemo();
        } else {
            Q_EMIT signInNeeded();
        }
        return;
    }
}

void WorkspaceConnector::signInDemo()
{
    if (m_browser)
        m_browser->signInDemo();
}

} // namespace BatchDesk::App
