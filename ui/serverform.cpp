#include "ui/serverform.h"

#include "ui/plaintext.h"
#include "ui/statuspalette.h"

#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QStyle>
#include <QVBoxLayout>

namespace BatchDesk::Ui {

namespace {

// What an empty OAuth field stands for, from the reference (oas_auth.md) via ServerProfile.
const Niagara::ServerProfile kDefaults;

QUrl urlFromField(const QLineEdit *field)
{
    const QString text = field->text().trimmed();
    // fromUserInput turns "api.example.com" into http://api.example.com, which the transport
    // rule then refuses with a message that says why (https), instead of "not an address".
    return text.isEmpty() ? QUrl() : QUrl::fromUserInput(text);
}

} // namespace

ServerForm::ServerForm(QWidget *parent)
    : QWidget(parent)
{
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("ServerName"));
    m_url = new QLineEdit(this);
    m_url->setObjectName(QStringLiteral("ServerUrl"));
    m_clientId = new QLineEdit(this);
    m_clientId->setObjectName(QStringLiteral("ServerClientId"));
    m_clientId->setPlaceholderText(kDefaults.clientId);
    m_authorizationUrl = new QLineEdit(this);
    m_authorizationUrl->setObjectName(QStringLiteral("ServerAuthorizationUrl"));
    m_tokenUrl = new QLineEdit(this);
    m_tokenUrl->setObjectName(QStringLiteral("ServerTokenUrl"));

    m_error = plainLabel(this); // quotes what was typed
    m_error->setObjectName(QStringLiteral("ServerFormError"));
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // Qt 6.4's palette has no "negative text" role: a red that reads on light and on dark
    // windows.
    QPalette pal = m_error->palette();
    pal.setColor(QPalette::WindowText, StatusPalette::isDark(pal) ? QColor(0xff, 0x8a, 0x80) : QColor(0xb0, 0x1c, 0x10));
    m_error->setPalette(pal);
    m_error->hide();

    auto *form = new QFormLayout;
    form->setContentsMargins(0, 0, 0, 0);
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    for (QLineEdit *field : {m_name, m_url, m_clientId, m_authorizationUrl, m_tokenUrl}) {
        auto *label = plainLabel(this);
        label->setBuddy(field);
        form->addRow(label, field);
        m_labels.append(label);
    }

    auto *hint = plainLabel(this);
    m_hint = hint;
    hint->setWordWrap(true);
    hint->setForegroundRole(QPalette::PlaceholderText);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(form);
    layout->addWidget(hint);
    layout->addWidget(m_error);

    for (QLineEdit *field : {m_name, m_url, m_clientId, m_authorizationUrl, m_tokenUrl}) {
        connect(field, &QLineEdit::textEdited, this, [this] {
            // A refusal is about what was typed; typing again makes it stale.
            setError(QString());
            updatePlaceholders();
            Q_EMIT edited();
        });
    }
    retranslateUi();
}

void ServerForm::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void ServerForm::retranslateUi()
{
    m_name->setPlaceholderText(tr("e.g. Albany production"));
    m_url->setPlaceholderText(tr("https://api.example.com"));
    // In the order the fields were added.
    const QString labels[] = {tr("&Name:"), tr("Server &URL:"), tr("OAuth &client id:"), tr("&Authorization URL:"),
                              tr("&Token URL:")};
    for (qsizetype i = 0; i < m_labels.size(); ++i)
        m_labels[i]->setText(labels[i]);
    m_hint->setText(tr("Leave the OAuth fields empty to use the server's standard sign-in addresses."));
    updatePlaceholders();
}

void ServerForm::setProfile(const Niagara::ServerProfile &profile)
{
    m_profile = profile;
    m_name->setText(profile.name);
    m_url->setText(profile.baseUrl.toDisplayString());
    // The default shows as the placeholder; a stored default reads as "not customised".
    m_clientId->setText(profile.clientId == kDefaults.clientId ? QString() : profile.clientId);
    m_authorizationUrl->setText(profile.authorizationUrl.toDisplayString());
    m_tokenUrl->setText(profile.tokenUrl.toDisplayString());
    setError(QString());
    updatePlaceholders();
}

Niagara::ServerProfile ServerForm::profile() const
{
    Niagara::ServerProfile p = m_profile;
    p.name = m_name->text().trimmed();
    p.baseUrl = typedBaseUrl();
    const QString clientId = m_clientId->text().trimmed();
    p.clientId = clientId.isEmpty() ? kDefaults.clientId : clientId;
    p.authorizationUrl = urlFromField(m_authorizationUrl);
    p.tokenUrl = urlFromField(m_tokenUrl);
    return p;
}

QUrl ServerForm::typedBaseUrl() const
{
    return urlFromField(m_url);
}

void ServerForm::setReadOnly(bool readOnly)
{
    for (QLineEdit *field : {m_name, m_url, m_clientId, m_authorizationUrl, m_tokenUrl})
        field->setReadOnly(readOnly);
}

void ServerForm::setError(const QString &message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

QString ServerForm::error() const
{
    return m_error->text();
}

bool ServerForm::isErrorVisible() const
{
    return !m_error->isHidden() && !m_error->text().isEmpty();
}

void ServerForm::updatePlaceholders()
{
    Niagara::ServerProfile typed;
    typed.baseUrl = typedBaseUrl();
    if (typed.baseUrl.isEmpty()) {
        m_authorizationUrl->setPlaceholderText(tr("<server URL>/oauth/authorize"));
        m_tokenUrl->setPlaceholderText(tr("<server URL>/oauth/token"));
        return;
    }
    m_authorizationUrl->setPlaceholderText(typed.effectiveAuthorizationUrl().toDisplayString());
    m_tokenUrl->setPlaceholderText(typed.effectiveTokenUrl().toDisplayString());
}

} // namespace BatchDesk::Ui
