#pragma once

// Sign-in to the current server, over BatchDesk::Session: who is signed in (or why nobody
// is), "Sign in with browser", a personal token pasted into a masked field, "Sign out", the
// session's messages inline, and a plain warning when the system keychain cannot be used.
// The panel only calls the session and shows what it says; opening the browser for
// Session::authorizeUrl is the app's business.

#include <QPointer>
#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;

namespace BatchDesk {
class Session;
}

namespace BatchDesk::Ui {

class SignInPanel final : public QWidget
{
    Q_OBJECT

public:
    // `session` must outlive the panel (or be deleted with it).
    explicit SignInPanel(Session *session, QWidget *parent = nullptr);

    QString stateText() const;
    QString messageText() const;
    bool isKeychainWarningVisible() const;

    // For tests: the widgets a user interacts with.
    QPushButton *browserButton() const { return m_browser; }
    QPushButton *tokenButton() const { return m_tokenToggle; }
    QLineEdit *tokenField() const { return m_token; }
    QPushButton *tokenSubmitButton() const { return m_tokenSubmit; }
    QPushButton *signOutButton() const { return m_signOut; }
    QPushButton *cancelButton() const { return m_cancel; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void update();
    void showMessage(const QString &text);
    void submitToken();

    QPointer<Session> m_session;
    QLabel *m_title = nullptr;
    QLabel *m_state = nullptr;
    QLabel *m_message = nullptr;
    QLabel *m_keychainWarning = nullptr;
    QLabel *m_keychainIcon = nullptr;
    QPushButton *m_browser = nullptr;
    QPushButton *m_tokenToggle = nullptr;
    QPushButton *m_signOut = nullptr;
    QPushButton *m_cancel = nullptr;
    QWidget *m_tokenRow = nullptr;
    QLineEdit *m_token = nullptr;
    QPushButton *m_tokenSubmit = nullptr;
};

} // namespace BatchDesk::Ui
