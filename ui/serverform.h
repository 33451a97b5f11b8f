#pragma once

// The fields of one saved server: name, server URL, OAuth client id, authorization and token
// URLs. Empty OAuth fields mean the reference's defaults, which the fields show as their
// placeholders (<server URL>/oauth/authorize, <server URL>/oauth/token, batchdesk-desktop), so
// a user who knows nothing of OAuth only types the address. The form checks nothing itself:
// the session's transport rule decides, and the form shows its verdict inline (setError).

#include "client/auth/serverprofile.h"

#include <QList>
#include <QWidget>

class QLabel;
class QLineEdit;

namespace BatchDesk::Ui {

class ServerForm final : public QWidget
{
    Q_OBJECT

public:
    explicit ServerForm(QWidget *parent = nullptr);

    // Shows `profile`; its id (and demo flag) come back unchanged from profile().
    void setProfile(const Niagara::ServerProfile &profile);
    // What the fields say; empty OAuth fields stay empty (= the defaults).
    Niagara::ServerProfile profile() const;
    // The demo workspace's address is set by the app on every start: shown, not edited.
    void setReadOnly(bool readOnly);
    // A refusal (translated) under the fields, or nothing.
    void setError(const QString &message);
    QString error() const;
    bool isErrorVisible() const;

    QLineEdit *nameField() const { return m_name; }
    QLineEdit *urlField() const { return m_url; }
    QLineEdit *clientIdField() const { return m_clientId; }
    QLineEdit *authorizationUrlField() const { return m_authorizationUrl; }
    QLineEdit *tokenUrlField() const { return m_tokenUrl; }

Q_SIGNALS:
    void edited();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void updatePlaceholders();
    QUrl typedBaseUrl() const;

    Niagara::ServerProfile m_profile;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_url = nullptr;
    QLineEdit *m_clientId = nullptr;
    QLineEdit *m_authorizationUrl = nullptr;
    QLineEdit *m_tokenUrl = nullptr;
    QLabel *m_error = nullptr;
    QLabel *m_hint = nullptr;
    QList<QLabel *> m_labels; // the form's captions, in field order
};

} // namespace BatchDesk::Ui
