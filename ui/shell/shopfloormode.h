#pragma once

// Shop-floor mode: the bench screen is read from a step away and worked with gloves. On: the
// window goes full screen, type is 1.5× larger, and rows and touch targets (buttons, fields,
// tabs, check boxes, table rows) are at least 48 px high. A high-contrast palette is a choice
// of its own (it helps under bright hall lights with or without the mode).
//
// The minimum heights come from one proxy style over the platform's (QStyle::sizeFromContents
// is where every item delegate and button asks for its size), so no widget needs to know the
// mode; fonts follow from the application font. Tables size their rows from their vertical
// header, which is set here too.

#include <QFont>
#include <QPalette>
#include <QPointer>
#include <QProxyStyle>

class QMainWindow;
class QTableView;

namespace BatchDesk::Ui {

class ShopFloorStyle final : public QProxyStyle
{
    Q_OBJECT

public:
    using QProxyStyle::QProxyStyle;

    // 0: the platform's sizes.
    void setMinimumTarget(int pixels) { m_minimum = pixels; }
    int minimumTarget() const { return m_minimum; }

    QSize sizeFromContents(ContentsType type, const QStyleOption *option, const QSize &size,
                           const QWidget *widget) const override;

private:
    int m_minimum = 0;
};

class ShopFloorMode final : public QObject
{
    Q_OBJECT

public:
    static constexpr double kFontScale = 1.5;
    static constexpr int kMinimumTarget = 48;

    // Installs the proxy style for the application (sizes unchanged while the mode is off).
    explicit ShopFloorMode(QMainWindow *window, QObject *parent = nullptr);

    void setEnabled(bool on);
    bool isEnabled() const { return m_enabled; }
    // Without going full screen (tests and screenshots at a fixed window size).
    void setFullScreenAllowed(bool allowed) { m_fullScreenAllowed = allowed; }
    void setHighContrast(bool on);
    bool highContrast() const { return m_highContrast; }

    // Black ground, white text, yellow selection: WCAG AAA contrast for text and focus.
    static QPalette highContrastPalette();

Q_SIGNALS:
    void changed();

protected:
    // Tables made while the mode is on (a dialog opened later) get the taller rows too.
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void relayoutViews();
    void sizeTableRows(QTableView *table) const;

    QPointer<QMainWindow> m_window;
    ShopFloorStyle *m_style = nullptr;
    QFont m_baseFont;
    QPalette m_basePalette;
    bool m_enabled = false;
    bool m_highContrast = false;
    bool m_fullScreenAllowed = true;
    bool m_wasMaximized = false;
};

} // namespace BatchDesk::Ui
