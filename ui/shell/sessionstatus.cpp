#include "ui/shell/sessionstatus.h"

#include "models/displaytext.h"
#include "models/session/session.h"
#include "ui/connectiondialog.h"
#include "ui/errorbanner.h"
#include "ui/plaintext.h"

#include <QAction>
#include <QCoreApplication>
#include <QComboBox>
#include <QLabel>
#include <QStyle>
#include <QToolBar>

// The texts keep MainWindow's translation context: they were its own before it became a shell,
// and so their translations carry over.
namespace BatchDesk::Ui {

SessionStatus::SessionStatus(QWidget *window)
    : QObject(window)
    , m_window(window)
{
    m_serverLabel = plainLabel(window);
    m_serverLabel->setContentsMargins(0, 0, 4, 0);
    m_serverSwitcher = new QComboBox(window);
    m_serverSwitcher->setObjectName(QStringLiteral("ServerSwitcher"));
    m_serverSwitcher->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_serverSwitcher->setMinimumContentsLength(14);
    m_serverSwitcher->setEnabled(false);
    m_serverLabel->setBuddy(m_serverSwitcher);
    connect(m_serverSwitcher, &QComboBox::activated, this, [this](int index) {
        const QString id = m_serverSwitcher->itemData(index).toString();
        const auto current = m_session ? m_session->currentProfile() : std::nullopt;
        if (m_session && !id.isEmpty() && (!current || current->id != id))
            m_session->switchTo(id);
    });
    m_connection = new QAction(window->style()->standardIcon(QStyle::SP_DriveNetIcon), QString(), window);
    m_connection->setObjectName(QStringLiteral("ConnectionAction"));
    m_connection->setEnabled(false);
    connect(m_connection, &QAction::triggered, this, [this] { openConnectionDialog(); });

    m_connectionLabel = plainLabel(window);
    m_connectionLabel->setObjectName(QStringLiteral("ConnectionLabel"));
    m_connectionLabel->setContentsMargins(4, 0, 12, 0);

    m_signInBanner = new ErrorBanner(window);
    m_signInBanner->setObjectName(QStringLiteral("SignInBanner"));
}

Session *SessionStatus::session() const
{
    return m_session;
}

void SessionStatus::addToToolBar(QToolBar *toolbar)
{
    // Shown only with a session (a window over a bare client has no servers to choose).
    m_toolActions << toolbar->addWidget(m_serverLabel) << toolbar->addWidget(m_serverSwitcher);
    toolbar->addAction(m_connection);
    m_toolActions << m_connection;
    for (QAction *action : std::as_const(m_toolActions))
        action->setVisible(m_session != nullptr);
}

void SessionStatus::retranslate()
{
    m_serverLabel->setText(QCoreApplication::translate("BatchDesk::Ui::MainWindow", "Server:"));
    m_serverSwitcher->setToolTip(QCoreApplication::translate("BatchDesk::Ui::MainWindow", "The server the board shows; switching reloads the board from it"));
    m_connection->setText(QCoreApplication::translate("BatchDesk::Ui::MainWindow", "Connection…"));
    m_connection->setToolTip(QCoreApplication::translate("BatchDesk::Ui::MainWindow", "Servers and sign-in: add a server, sign in or out, switch servers"));
    if (m_session) {
        updateServerSwitcher();
        updateConnectionLabel();
    } else {
        m_connectionLabel->setText(QCoreApplication::translate("BatchDesk::Ui::MainWindow", "Not connected"));
    }
}

void SessionStatus::setSession(Session *session)
{
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = session;
    m_serverSwitcher->setEnabled(session != nullptr);
    m_connection->setEnabled(session != nullptr);
    for (QAction *action : std::as_const(m_toolActions))
        action->setVisible(session != nullptr);
    if (session) {
        connect(session, &Session::currentProfileChanged, this, &SessionStatus::onServerSwitched);
        connect(session, &Session::profilesChanged, this, &SessionStatus::updateServerSwitcher);
        connect(session, &Session::stateChanged, this, &SessionStatus::onStateChanged);
        connect(session, &Session::signedIn, this, [this](const Niagara::User &user) {
            m_signInBanner->dismiss();
            setUserName(user);
            updateConnectionLabel();
        });
        connect(session, &Session::signedOut, this, [this] {
            m_signInBanner->dismiss();
            setUserName(Niagara::User{});
            updateConnectionLabel();
        });
        connect(session, &Session::message, this, &SessionStatus::onSessionMessage);
    }
    updateServerSwitcher();
    updateConnectionLabel();
}

void SessionStatus::setConnectionStatus(const QString &text)
{
    m_connectionLabel->setText(text);
}

void SessionStatus::setUserName(const Niagara::User &user)
{
    m_userName = DisplayText::userName(user);
}

ConnectionDialog *SessionStatus::openConnectionDialog()
{
    if (!m_session)
        return nullptr;
    if (!m_connectionDialog) {
        // Not modal: the board stays usable, and the dialog shows sign-ins as they happen.
        m_connectionDialog = new ConnectionDialog(m_session, m_window);
    }
    m_connectionDialog->show();
    m_connectionDialog->raise();
    m_connectionDialog->activateWindow();
    return m_connectionDialog;
}

void SessionStatus::onServerSwitched()
{
    m_signInBanner->dismiss();
    setUserName(Niagara::User{});
    updateServerSwitcher();
    updateConnectionLabel();
}

void SessionStatus::onStateChanged()
{
    updateConnectionLabel();
    if (m_session && m_session->state() == Session::State::SignInRequired)
        showSignInBanner();
}

void SessionStatus::onSessionMessage(const QString &text)
{
    if (!m_session || text.isEmpty())
        return;
    // The sign-in banner already says it, in fewer words, with the button that helps.
    if (m_session->state() == Session::State::SignInRequired)
        return;
    // The dialog shows the session's messages next to what the user just did there.
    if (m_connectionDialog && m_connectionDialog->isVisible())
        return;
    Q_EMIT message(text);
}

void SessionStatus::updateServerSwitcher()
{
    const QSignalBlocker blocker(m_serverSwitcher);
    m_serverSwitcher->clear();
    if (!m_session)
        return;
    const auto current = m_session->currentProfile();
    for (const Niagara::ServerProfile &p : m_session->directory().profiles()) {
        m_serverSwitcher->addItem(p.demo ? QCoreApplication::translate("BatchDesk::Ui::MainWindow", "%1 (demo)").arg(p.name) : p.name, p.id);
        m_serverSwitcher->setItemData(m_serverSwitcher->count() - 1, plainToolTip(p.baseUrl.toDisplayString()),
                                      Qt::ToolTipRole);
    }
    m_serverSwitcher->setCurrentIndex(current ? m_serverSwitcher->findData(current->id) : -1);
}

void SessionStatus::updateConnectionLabel()
{
    if (!m_session)
        return;
    const auto profile = m_session->currentProfile();
    if (!profile) {
        m_connectionLabel->setText(QCoreApplication::translate("BatchDesk::Ui::MainWindow", "No server chosen"));
        m_connectionLabel->setToolTip(QString());
        return;
    }
    const QString server = profile->name;
    QString text;
    switch (m_session->state()) {
    case Session::State::SignedOut: text = QCoreApplication::translate("BatchDesk::Ui::MainWindow", "%1 — not signed in").arg(server); break;
    case Session::State::SigningIn: text = QCoreApplication::translate("BatchDesk::Ui::MainWindow", "%1 — signing in…").arg(server); break;
    case Session::State::SignedIn:
        text = m_userName.isEmpty() ? QCoreApplication::translate("BatchDesk::Ui::MainWindow", "%1 — signed in").arg(server) : QCoreApplication::translate("BatchDesk::Ui::MainWindow", "%1 — signed in as %2").arg(server, m_userName);
        break;
    case Session::State::SignInRequired: text = QCoreApplication::translate("BatchDesk::Ui::MainWindow", "%1 — sign-in expired").arg(server); break;
    }
    m_connectionLabel->setText(text);
    const QString email = m_session->user().email;
    m_connectionLabel->setToolTip(plainToolTip(email.isEmpty() ? profile->baseUrl.toDisplayString()
                                                               : profile->baseUrl.toDisplayString() + QLatin1Char('\n') + email));
}

void SessionStatus::showSignInBanner()
{
    if (!m_session)
        return;
    const auto profile = m_session->currentProfile();
    const QString text = profile ? QCoreApplication::translate("BatchDesk::Ui::MainWindow", "Your sign-in to %1 expired — sign in again. Nothing on screen is lost.").arg(profile->name)
                                 : QCoreApplication::translate("BatchDesk::Ui::MainWindow", "Your sign-in expired — sign in again. Nothing on screen is lost.");
    m_signInBanner->showError(text, [this] { signInAgain(); }, QCoreApplication::translate("BatchDesk::Ui::MainWindow", "Sign in again"));
}

void SessionStatus::signInAgain()
{
    if (!m_session)
        return;
    // A pasted token cannot be renewed through the browser: the dialog takes a new one.
    if (m_session->credentials().kind == Niagara::Credentials::Kind::PersonalToken) {
        openConnectionDialog();
        return;
    }
    // The same person as before (the hint fills in the sign-in page); the board, the
    // selection and any open wizard stay as they are meanwhile.
    QString email = m_session->user().email;
    if (email.isEmpty())
        email = m_session->credentials().userEmail;
    if (email.isEmpty() && m_session->currentProfile())
        email = m_session->directory().lastUser(m_session->currentProfile()->id);
    m_session->signInWithBrowser(email);
}

} // namespace BatchDesk::Ui
