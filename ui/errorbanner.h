#pragma once

// A non-modal strip above the board that says what went wrong (ApiError::message(), a demo
// server that would not start, ...) and offers Retry where retrying makes sense. Errors never
// block the window: the board keeps showing the last good data underneath.

#include <QFrame>

#include <functional>

class QLabel;
class QPushButton;

namespace BatchDesk::Ui {

class ErrorBanner final : public QFrame
{
    Q_OBJECT

public:
    explicit ErrorBanner(QWidget *parent = nullptr);

    // Shows `message`; with a `retry` action the Retry button is offered and runs it once.
    // A second error replaces the first: the newest is what the user can act on.
    // `actionText` names the button when it does something other than retry ("Sign in again").
    void showError(const QString &message, std::function<void()> retry = {}, const QString &actionText = {});
    void dismiss();
    QString message() const;
    bool hasRetry() const { return static_cast<bool>(m_retry); }
    // For tests: the action button (Retry, or what actionText named it).
    QPushButton *actionButton() const { return m_retryButton; }

Q_SIGNALS:
    void dismissed();

protected:
    void changeEvent(QEvent *event) override;

private:
    void applyColours();
    void retranslate();

    QLabel *m_icon = nullptr;
    QLabel *m_message = nullptr;
    QPushButton *m_retryButton = nullptr;
    QPushButton *m_dismissButton = nullptr;
    std::function<void()> m_retry;
    QString m_actionText;
};

} // namespace BatchDesk::Ui
