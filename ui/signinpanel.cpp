#include "ui/signinpanel.h"

#include "models/displaytext.h"
#include "models/session/session.h"
#include "ui/plaintext.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStyle>
#include <QTimer>
#include <QVBoxLayout>

namespace BatchDesk::Ui {

SignInPanel::SignInPanel(Session *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
{
    m_title = plainLabel(this);
    m_title->setObjectName(QStringLiteral("SignInTitle"));
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);

    m_state = plainLabel(this);
    m_state->setObjectName(QStringLiteral("SignInState"));
    m_state->setWordWrap(true);
    m_state->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_browser = new QPushButton(this);
    m_browser->setObjectName(QStringLiteral("SignInBrowserButton"));
    m_tokenToggle = new QPushButton(this);
    m_tokenToggle->setObjectName(QStringLiteral("PersonalTokenButton"));
    m_tokenToggle->setCheckable(true);
    m_signOut = new QPushButton(this);
    m_signOut->setObjectName(QStringLiteral("SignOutButton"));
    m_cancel = new QPushButton(this);
    m_cancel->setObjectName(QStringLiteral("CancelSignInButton"));

    auto *buttons = new QHBoxLayout;
    buttons->setContentsMargins(0, 0, 0, 0);
    buttons->addWidget(m_browser);
    buttons->addWidget(m_tokenToggle);
    buttons->addWidget(m_cancel);
    buttons->addStretch(1);
    buttons->addWidget(m_signOut);

    // The pasted token: masked, never echoed back, cleared as soon as it is handed over.
    m_tokenRow = new QWidget(this);
    m_token = new QLineEdit(m_tokenRow);
    m_token->setObjectName(QStringLiteral("PersonalTokenField"));
    m_token->setEchoMode(QLineEdit::Password);
    m_token->setClearButtonEnabled(true);
    m_tokenSubmit = new QPushButton(m_tokenRow);
    m_tokenSubmit->setObjectName(QStringLiteral("PersonalTokenSubmit"));
    auto *tokenLayout = new QHBoxLayout(m_tokenRow);
    tokenLayout->setContentsMargins(0, 0, 0, 0);
    tokenLayout->addWidget(m_token, 1);
    tokenLayout->addWidget(m_tokenSubmit);
    m_tokenRow->hide();

    m_message = plainLabel(this);
    m_message->setObjectName(QStringLiteral("SignInMessage"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->hide();

    m_keychainWarning = plainLabel(this);
    m_keychainWarning->setObjectName(QStringLiteral("KeychainWarning"));
    m_keychainWarning->setWordWrap(true);
    const int iconSize = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    m_keychainIcon = new QLabel(this);
    m_keychainIcon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning, nullptr, this).pixmap(iconSize, iconSize));
    m_keychainIcon->setAlignment(Qt::AlignTop);
    auto *warningRow = new QHBoxLayout;
    warningRow->setContentsMargins(0, 0, 0, 0);
    warningRow->addWidget(m_keychainIcon);
    warningRow->addWidget(m_keychainWarning, 1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addWidget(m_state);
    layout->addLayout(buttons);
    layout->addWidget(m_tokenRow);
    layout->addWidget(m_message);
    layout->addLayout(warningRow);

    connect(m_browser, &QPushButton::clicked, this, [this] {
        if (!m_session)
            return;
        showMessage(QString());
        m_session->signInWithBrowser();
    });
    connect(m_tokenToggle, &QPushButton::toggled, this, [this](bool on) {
        m_tokenRow->setVisible(on);
        if (on)
            m_token->setFocus(Qt::OtherFocusReason);
        else
            m_token->clear();
    });
    connect(m_token, &QLineEdit::returnPressed, this, &SignInPanel::submitToken);
    connect(m_tokenSubmit, &QPushButton::clicked, this, &SignInPanel::submitToken);
    connect(m_signOut, &QPushButton::clicked, this, [this] {
        if (!m_session)
            return;
        showMessage(QString());
        m_session->signOut();
    });
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        if (m_session)
            m_session->cancelSignIn();
    });

    if (session) {
        connect(session, &Session::stateChanged, this, &SignInPanel::update);
        connect(session, &Session::currentProfileChanged, this, [this] {
            // Another server: what was said about the last one no longer applies.
            showMessage(QString());
            update();
        });
        connect(session, &Session::profilesChanged, this, &SignInPanel::update);
        connect(session, &Session::signedIn, this, [this] {
            m_tokenToggle->setChecked(false);
            showMessage(QString());
            update();
        });
        connect(session, &Session::signedOut, this, &SignInPanel::update);
        connect(session, &Session::message, this, [this](const QString &text) {
            showMessage(text);
            // The keychain's availability changes with some messages, and the session records
            // it only after saying so: look once the signal has returned. If this message was
            // the keychain's, the plain warning says it; the backend's words go to its tooltip.
            const bool wasAvailable = m_session->keychainAvailable();
            QTimer::singleShot(0, this, [this, wasAvailable, text] {
                if (m_session && wasAvailable && !m_session->keychainAvailable()) {
                    m_keychainWarning->setToolTip(plainToolTip(text));
                    if (m_message->text() == text)
                        showMessage(QString());
                }
                update();
            });
        });
    }
    retranslateUi();
}

void SignInPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void SignInPanel::retranslateUi()
{
    m_browser->setToolTip(tr("Opens the server's sign-in page in your web browser; BatchDesk receives the "
                             "answer on this computer only."));
    m_tokenToggle->setText(tr("Use a personal token…"));
    m_signOut->setText(tr("Sign out"));
    m_signOut->setToolTip(tr("Revokes the sign-in on the server and removes it from this computer's keychain."));
    m_cancel->setText(tr("Cancel sign-in"));
    m_token->setPlaceholderText(tr("Paste your personal token"));
    m_tokenSubmit->setText(tr("Check and use"));
    m_tokenSubmit->setToolTip(tr("The token is checked with the server before it is kept."));
    m_keychainWarning->setText(tr("The system keychain is not available, so this sign-in lasts only until BatchDesk "
                                  "closes. It is not saved anywhere; you will sign in again after restarting "
                                  "BatchDesk."));
    update(); // the title, the state and the browser button's text depend on the session
}

void SignInPanel::submitToken()
{
    if (!m_session)
        return;
    const QString token = m_token->text();
    // Out of the widget at once: the session checks it with GET /me and keeps it, or not.
    m_token->clear();
    showMessage(QString());
    m_session->usePersonalToken(token);
}

void SignInPanel::showMessage(const QString &text)
{
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
}

QString SignInPanel::stateText() const
{
    return m_state->text();
}

QString SignInPanel::messageText() const
{
    return m_message->isHidden() ? QString() : m_message->text();
}

bool SignInPanel::isKeychainWarningVisible() const
{
    return !m_keychainWarning->isHidden();
}

void SignInPanel::update()
{
    const auto profile = m_session ? m_session->currentProfile() : std::nullopt;
    const Session::State state = m_session ? m_session->state() : Session::State::SignedOut;
    m_title->setText(profile ? tr("Sign-in to %1").arg(profile->name) : tr("Sign-in"));

    QString text;
    switch (state) {
    case Session::State::SignedOut:
        text = profile ? tr("Not signed in.") : tr("Choose a server first.");
        break;
    case Session::State::SigningIn:
        text = tr("Signing in… If the browser opened, finish there.");
        break;
    case Session::State::SignedIn: {
        const Niagara::User user = m_session->user();
        const QString who = DisplayText::userName(user);
        if (who.isEmpty())
            text = tr("Signed in.");
        else if (user.email.isEmpty() || user.email == who)
            text = tr("Signed in as %1.").arg(who);
        else
            text = tr("Signed in as %1 (%2).").arg(who, user.email);
        if (m_session->credentials().kind == Niagara::Credentials::Kind::PersonalToken)
            text += QLatin1Char(' ') + tr("With a personal token.");
        break;
    }
    case Session::State::SignInRequired:
        text = tr("Your sign-in expired. Sign in again; nothing on screen is lost.");
        break;
    }
    m_state->setText(text);

    const bool haveServer = profile.has_value();
    const bool busy = state == Session::State::SigningIn;
    m_browser->setEnabled(haveServer && !busy);
    m_browser->setText(state == Session::State::SignInRequired ? tr("Sign in again") : tr("Sign in with browser"));
    m_tokenToggle->setEnabled(haveServer && !busy);
    m_tokenSubmit->setEnabled(haveServer && !busy);
    m_cancel->setVisible(busy);
    m_signOut->setEnabled(haveServer && (state == Session::State::SignedIn || state == Session::State::SignInRequired));

    const bool warn = m_session && !m_session->keychainAvailable();
    m_keychainWarning->setVisible(warn);
    m_keychainIcon->setVisible(warn);
}

} // namespace BatchDesk::Ui
