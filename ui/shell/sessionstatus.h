#pragma once

// What the shell shows of the session: the server switcher and Connection… in the toolbar, the
// server and user in the status bar, and the banner that asks to sign in again. It decides
// nothing about servers or tokens: it calls the Session and shows what it says; the session is
// the only source of who is signed in.

#include "client/domain.h"

#include <QObject>
#include <QPointer>

class QAction;
class QComboBox;
class QLabel;
class QToolBar;
class QWidget;

namespace BatchDesk {
class Session;
}

namespace BatchDesk::Ui {

class ConnectionDialog;
class ErrorBanner;

class SessionStatus final : public QObject
{
    Q_OBJECT

public:
    // The widgets are children of `window` (the dialog too).
    explicit SessionStatus(QWidget *window);

    void setSession(Session *session);
    Session *session() const;
    // Appends the server switcher and Connection… to `toolbar` (shown only with a session).
    void addToToolBar(QToolBar *toolbar);
    void setConnectionStatus(const QString &text);
    // Asks to sign in again (SignInRequired, or a load's 401 with a session).
    void showSignInBanner();
    ConnectionDialog *openConnectionDialog();
    void retranslate();

    QComboBox *serverSwitcher() const { return m_serverSwitcher; }
    QAction *connectionAction() const { return m_connection; }
    QLabel *connectionLabel() const { return m_connectionLabel; }
    ErrorBanner *signInBanner() const { return m_signInBanner; }

Q_SIGNALS:
    // A session message worth the error banner (not while the dialog or the sign-in banner
    // says it already).
    void message(const QString &text);

private:
    void onServerSwitched();
    void onStateChanged();
    void onSessionMessage(const QString &text);
    void setUserName(const Niagara::User &user);
    void updateServerSwitcher();
    void updateConnectionLabel();
    void signInAgain();

    QWidget *m_window;
    QPointer<Session> m_session;
    QPointer<ConnectionDialog> m_connectionDialog;
    QLabel *m_serverLabel = nullptr;
    QComboBox *m_serverSwitcher = nullptr;
    QAction *m_connection = nullptr;
    QList<QAction *> m_toolActions;
    QLabel *m_connectionLabel = nullptr;
    ErrorBanner *m_signInBanner = nullptr; // the sign-in expired; kept apart from load errors
    QString m_userName;
};

} // namespace BatchDesk::Ui
