#include "ui/errorbanner.h"

#include "ui/plaintext.h"
#include "ui/statuspalette.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>

#include <utility>

namespace BatchDesk::Ui {

ErrorBanner::ErrorBanner(QWidget *parent)
    : QFrame(parent)
{
    setObjectName(QStringLiteral("ErrorBanner"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);

    m_icon = new QLabel(this);
    const int iconSize = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    m_icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning, nullptr, this).pixmap(iconSize, iconSize));
    m_icon->setAlignment(Qt::AlignTop);

    m_message = plainLabel(this); // server messages quote what was sent
    m_message->setObjectName(QStringLiteral("ErrorBannerMessage"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);

    m_retryButton = new QPushButton(this);
    m_dismissButton = new QPushButton(this);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 6, 8, 6);
    layout->addWidget(m_icon);
    layout->addWidget(m_message, 1);
    layout->addWidget(m_retryButton);
    layout->addWidget(m_dismissButton);

    connect(m_retryButton, &QPushButton::clicked, this, [this] {
        // Taken out first: the retry may fail at once and install a new one.
        std::function<void()> retry = std::exchange(m_retry, {});
        hide();
        if (retry)
            retry();
    });
    connect(m_dismissButton, &QPushButton::clicked, this, &ErrorBanner::dismiss);

    applyColours();
    retranslate();
    hide();
}

void ErrorBanner::retranslate()
{
    // A caller's own action text ("Sign in again") is theirs to translate.
    if (m_actionText.isEmpty())
        m_retryButton->setText(tr("Retry"));
    m_dismissButton->setText(tr("Dismiss"));
}

void ErrorBanner::showError(const QString &message, std::function<void()> retry, const QString &actionText)
{
    m_message->setText(message);
    m_actionText = actionText;
    if (!actionText.isEmpty())
        m_retryButton->setText(actionText);
    retranslate();
    m_retry = std::move(retry);
    m_retryButton->setVisible(static_cast<bool>(m_retry));
    show();
}

void ErrorBanner::dismiss()
{
    m_retry = {};
    const bool wasVisible = !isHidden();
    hide();
    if (wasVisible)
        Q_EMIT dismissed();
}

QString ErrorBanner::message() const
{
    return isHidden() ? QString() : m_message->text();
}

void ErrorBanner::changeEvent(QEvent *event)
{
    QFrame::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange)
        applyColours();
    else if (event->type() == QEvent::LanguageChange)
        retranslate();
}

void ErrorBanner::applyColours()
{
    // A warm tint of the window colour rather than a fixed red: it must stay readable in both
    // light and dark palettes, with the palette's own text colour.
    QPalette pal = palette();
    const bool dark = StatusPalette::isDark(pal);
    const QColor tint = dark ? QColor(0x5a, 0x24, 0x1c) : QColor(0xfd, 0xe7, 0xe3);
    if (pal.color(QPalette::Window) == tint)
        return;
    pal.setColor(QPalette::Window, tint);
    setPalette(pal);
}

} // namespace BatchDesk::Ui
