#include "ui/connectiondialog.h"

#include "models/session/session.h"
#include "ui/plaintext.h"
#include "ui/serverform.h"
#include "ui/signinpanel.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QStyle>
#include <QUuid>
#include <QVBoxLayout>

namespace BatchDesk::Ui {

ConnectionDialog::ConnectionDialog(Session *session, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("ConnectionDialog"));

    // --- the saved servers
    auto *listBox = new QGroupBox(this);
    m_listBox = listBox;
    m_list = new QListWidget(listBox);
    m_list->setObjectName(QStringLiteral("ServerList"));
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setUniformItemSizes(false);
    m_list->setSpacing(2);
    m_add = new QPushButton(listBox);
    m_add->setObjectName(QStringLiteral("AddServerButton"));
    m_remove = new QPushButton(listBox);
    m_remove->setObjectName(QStringLiteral("RemoveServerButton"));
    auto *listButtons = new QHBoxLayout;
    listButtons->addWidget(m_add);
    listButtons->addWidget(m_remove);
    listButtons->addStretch(1);
    auto *listLayout = new QVBoxLayout(listBox);
    listLayout->addWidget(m_list, 1);
    listLayout->addLayout(listButtons);

    // --- one server's fields
    auto *serverBox = new QGroupBox(this);
    m_serverBox = serverBox;
    m_form = new ServerForm(serverBox);
    m_demoNote = plainLabel(serverBox);
    m_demoNote->setObjectName(QStringLiteral("DemoNote"));
    m_demoNote->setWordWrap(true);
    m_demoNote->hide();
    m_saved = plainLabel(serverBox);
    m_saved->setObjectName(QStringLiteral("SavedNote"));
    m_save = new QPushButton(serverBox);
    m_save->setObjectName(QStringLiteral("SaveServerButton"));
    m_connect = new QPushButton(serverBox);
    m_connect->setObjectName(QStringLiteral("ConnectServerButton"));
    auto *serverButtons = new QHBoxLayout;
    serverButtons->addWidget(m_saved, 1);
    serverButtons->addWidget(m_save);
    serverButtons->addWidget(m_connect);
    auto *serverLayout = new QVBoxLayout(serverBox);
    serverLayout->addWidget(m_form);
    serverLayout->addWidget(m_demoNote);
    serverLayout->addLayout(serverButtons);
    serverLayout->addStretch(1);

    // --- sign-in to the current server
    auto *signInBox = new QGroupBox(this);
    m_signIn = new SignInPanel(session, signInBox);
    auto *signInLayout = new QVBoxLayout(signInBox);
    signInLayout->addWidget(m_signIn);

    auto *closeBox = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(closeBox, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *right = new QVBoxLayout;
    right->addWidget(serverBox);
    right->addWidget(signInBox);
    right->addStretch(1);
    auto *columns = new QHBoxLayout;
    columns->addWidget(listBox, 2);
    columns->addLayout(right, 3);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(columns, 1);
    layout->addWidget(closeBox);

    connect(m_list, &QListWidget::currentItemChanged, this, [this] {
        if (!m_rebuilding)
            showSelected();
    });
    connect(m_add, &QPushButton::clicked, this, &ConnectionDialog::addServer);
    connect(m_remove, &QPushButton::clicked, this, &ConnectionDialog::confirmRemove);
    connect(m_save, &QPushButton::clicked, this, &ConnectionDialog::save);
    connect(m_connect, &QPushButton::clicked, this, [this] {
        const QString id = selectedProfileId();
        if (m_session && !id.isEmpty())
            m_session->switchTo(id);
    });
    connect(m_form, &ServerForm::edited, this, [this] {
        m_saved->clear();
        updateButtons();
    });
    if (session) {
        connect(session, &Session::profilesChanged, this, &ConnectionDialog::rebuildList);
        connect(session, &Session::currentProfileChanged, this, &ConnectionDialog::rebuildList);
    }

    retranslateUi();
    selectProfile(QString());
    // As tall as the fields need: extra height would only be empty group boxes.
    resize(860, sizeHint().height());
}

void ConnectionDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void ConnectionDialog::retranslateUi()
{
    setWindowTitle(tr("Servers and sign-in"));
    m_listBox->setTitle(tr("Servers"));
    m_add->setText(tr("Add server"));
    m_remove->setText(tr("Remove"));
    m_serverBox->setTitle(tr("Server"));
    m_demoNote->setText(tr("The demo workspace runs on this computer. BatchDesk starts it and sets its address "
                           "on every start."));
    m_save->setText(tr("Save"));
    m_connect->setText(tr("Connect to this server"));
    m_connect->setToolTip(tr("Make this the current server; the board reloads from it."));
    // The list's "(demo)" and "— current" and the buttons' tooltips.
    rebuildList();
    updateButtons();
}

QString ConnectionDialog::selectedProfileId() const
{
    const QListWidgetItem *item = m_list->currentItem();
    return item != nullptr ? item->data(ProfileIdRole).toString() : QString();
}

QListWidgetItem *ConnectionDialog::itemFor(const QString &profileId) const
{
    for (int row = 0; row < m_list->count(); ++row) {
        if (m_list->item(row)->data(ProfileIdRole).toString() == profileId)
            return m_list->item(row);
    }
    return nullptr;
}

void ConnectionDialog::rebuildList()
{
    if (!m_session)
        return;
    const QString selected = selectedProfileId();
    const auto current = m_session->currentProfile();
    m_rebuilding = true;
    m_list->clear();
    const QIcon demoIcon = style()->standardIcon(QStyle::SP_ComputerIcon);
    const QIcon serverIcon = style()->standardIcon(QStyle::SP_DriveNetIcon);
    for (const Niagara::ServerProfile &p : m_session->directory().profiles()) {
        const bool isCurrent = current && current->id == p.id;
        QString title = p.demo ? tr("%1 (demo)").arg(p.name) : p.name;
        if (isCurrent)
            title = tr("%1 — current").arg(title);
        auto *item = new QListWidgetItem(p.demo ? demoIcon : serverIcon,
                                         title + QLatin1Char('\n') + p.baseUrl.toDisplayString(), m_list);
        item->setData(ProfileIdRole, p.id);
        item->setData(DemoRole, p.demo);
        item->setData(CurrentRole, isCurrent);
        item->setToolTip(p.demo ? tr("The demo workspace on this computer; it cannot be removed.")
                                : plainToolTip(p.baseUrl.toDisplayString()));
        if (isCurrent) {
            QFont font = item->font();
            font.setBold(true);
            item->setFont(font);
        }
    }
    m_rebuilding = false;
    // A new server being typed stays in the form; otherwise keep (or find) the selection.
    if (!selected.isEmpty() || m_list->count() > 0) {
        if (QListWidgetItem *item = itemFor(selected)) {
            m_rebuilding = true;
            m_list->setCurrentItem(item);
            m_rebuilding = false;
        }
    }
    updateButtons();
}

void ConnectionDialog::selectProfile(const QString &profileId)
{
    QString id = profileId;
    if (id.isEmpty() && m_session && m_session->currentProfile())
        id = m_session->currentProfile()->id;
    QListWidgetItem *item = itemFor(id);
    if (item == nullptr && m_list->count() > 0)
        item = m_list->item(0);
    if (item == nullptr) {
        addServer(); // nothing saved yet: start with a new one
        return;
    }
    m_list->setCurrentItem(item);
    showSelected();
}

void ConnectionDialog::showSelected()
{
    m_saved->clear();
    const QString id = selectedProfileId();
    const auto profile = m_session && !id.isEmpty() ? m_session->directory().profile(id) : std::nullopt;
    if (!profile) {
        updateButtons();
        return;
    }
    m_form->setProfile(*profile);
    m_form->setReadOnly(profile->demo);
    m_demoNote->setVisible(profile->demo);
    updateButtons();
}

void ConnectionDialog::addServer()
{
    m_rebuilding = true;
    m_list->setCurrentItem(nullptr);
    m_list->clearSelection();
    m_rebuilding = false;
    Niagara::ServerProfile fresh;
    // The id is chosen here so that the dialog can find the new server after saving it; it is
    // only a key, never shown.
    fresh.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    m_form->setProfile(fresh);
    m_form->setReadOnly(false);
    m_demoNote->hide();
    m_saved->clear();
    m_form->nameField()->setFocus(Qt::OtherFocusReason);
    updateButtons();
}

void ConnectionDialog::save()
{
    if (!m_session)
        return;
    Niagara::ServerProfile profile = m_form->profile();
    if (profile.demo)
        return;
    // A sign-in belongs to the addresses it was made with: it must never be sent to a server
    // the user has just typed in instead. When they change under a saved sign-in, the edited
    // server is saved as a new one and the old one removed — which signs out of it (revoked
    // at the old address) and deletes its keychain entry.
    const auto before = m_session->directory().profile(profile.id);
    const auto current = m_session->currentProfile();
    const bool wasCurrent = current && current->id == profile.id;
    const bool addressesChanged = before
        && (before->baseUrl != profile.baseUrl || before->effectiveAuthorizationUrl() != profile.effectiveAuthorizationUrl()
            || before->effectiveTokenUrl() != profile.effectiveTokenUrl() || before->clientId != profile.clientId);
    const bool signedIn = !m_session->directory().lastUser(profile.id).isEmpty()
        || (wasCurrent && m_session->credentials().isValid());
    const QString oldId = profile.id;
    if (addressesChanged && signedIn)
        profile.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    if (const std::optional<QString> refused = m_session->saveProfile(profile)) {
        m_form->setError(*refused);
        m_saved->clear();
        return;
    }
    m_form->setError(QString());
    if (profile.id != oldId) {
        m_session->removeProfile(oldId);
        if (wasCurrent)
            m_session->switchTo(profile.id);
    }
    selectProfile(profile.id);
    m_saved->setText(profile.id != oldId ? tr("Saved. The address changed, so you were signed out of this server.")
                                         : tr("Saved."));
}

void ConnectionDialog::confirmRemove()
{
    const QString id = selectedProfileId();
    if (!m_session || id.isEmpty())
        return;
    const auto profile = m_session->directory().profile(id);
    if (!profile || profile->demo)
        return;
    // Window-modal, answered through a signal: no nested event loop.
    auto *box = new QMessageBox(QMessageBox::Question, tr("Remove server"), tr("Remove the server “%1”?").arg(profile->name),
                                QMessageBox::NoButton, this);
    box->setObjectName(QStringLiteral("RemoveServerConfirmation"));
    makePlain(box); // the name is whatever was typed
    box->setInformativeText(tr("Its saved sign-in is removed from this computer's keychain as well."));
    QPushButton *remove = box->addButton(tr("Remove"), QMessageBox::DestructiveRole);
    box->addButton(QMessageBox::Cancel);
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::buttonClicked, this, [this, id, remove](QAbstractButton *button) {
        if (button != remove || !m_session)
            return;
        const auto current = m_session->currentProfile();
        const bool wasCurrent = current && current->id == id;
        m_session->removeProfile(id);
        if (wasCurrent) {
            // The board needs some server: the demo workspace is always there.
            for (const Niagara::ServerProfile &p : m_session->directory().profiles()) {
                if (p.demo) {
                    m_session->switchTo(p.id);
                    break;
                }
            }
        }
        selectProfile(QString());
    });
    box->open();
}

void ConnectionDialog::updateButtons()
{
    const QString id = selectedProfileId();
    const bool demo = m_list->currentItem() != nullptr && m_list->currentItem()->data(DemoRole).toBool();
    const bool current = m_list->currentItem() != nullptr && m_list->currentItem()->data(CurrentRole).toBool();
    m_remove->setEnabled(!id.isEmpty() && !demo);
    m_remove->setToolTip(demo ? tr("The demo workspace cannot be removed.") : QString());
    m_save->setEnabled(!demo);
    // Only a saved server can become the current one; unsaved edits are saved first.
    m_connect->setEnabled(!id.isEmpty() && !current);
}

} // namespace BatchDesk::Ui
