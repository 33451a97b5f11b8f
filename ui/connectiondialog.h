#pragma once

// "Servers and sign-in": the saved servers (the demo workspace among them, marked and not
// removable), a form to add or edit one, switching the current server without a restart, and
// the sign-in to the current server (SignInPanel). Everything it does goes through
// BatchDesk::Session: saveProfile (whose transport-rule refusal is shown inline and blocks
// saving), removeProfile, switchTo. The dialog itself decides nothing about servers or tokens.

#include <QDialog>
#include <QPointer>

class QGroupBox;
class QLabel;
class QListWidget;
class QListWidgetItem;
class QPushButton;

namespace BatchDesk {
class Session;
}

namespace BatchDesk::Ui {

class ServerForm;
class SignInPanel;

class ConnectionDialog final : public QDialog
{
    Q_OBJECT

public:
    // Item data roles of the server list.
    enum Role { ProfileIdRole = Qt::UserRole + 1, DemoRole, CurrentRole };

    // `session` must outlive the dialog (or be deleted with it).
    explicit ConnectionDialog(Session *session, QWidget *parent = nullptr);

    // Shows `profileId` in the form (the current server when empty).
    void selectProfile(const QString &profileId);
    // Starts a new, empty server in the form.
    void addServer();
    // What the form shows: a saved server's id, or empty for a new one not saved yet.
    QString selectedProfileId() const;

    // For tests: the widgets a user interacts with.
    QListWidget *serverList() const { return m_list; }
    ServerForm *form() const { return m_form; }
    SignInPanel *signInPanel() const { return m_signIn; }
    QPushButton *addButton() const { return m_add; }
    QPushButton *removeButton() const { return m_remove; }
    QPushButton *saveButton() const { return m_save; }
    QPushButton *connectButton() const { return m_connect; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void rebuildList();
    void showSelected();
    void save();
    void confirmRemove();
    void updateButtons();
    QListWidgetItem *itemFor(const QString &profileId) const;

    QPointer<Session> m_session;
    QListWidget *m_list = nullptr;
    QGroupBox *m_listBox = nullptr;
    QGroupBox *m_serverBox = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_remove = nullptr;
    ServerForm *m_form = nullptr;
    QLabel *m_demoNote = nullptr;
    QLabel *m_saved = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_connect = nullptr;
    SignInPanel *m_signIn = nullptr;
    bool m_rebuilding = false;
};

} // namespace BatchDesk::Ui
