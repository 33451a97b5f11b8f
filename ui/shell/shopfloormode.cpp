#include "ui/shell/shopfloormode.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QEvent>
#include <QHeaderView>
#include <QMainWindow>
#include <QStyleFactory>
#include <QTableView>

namespace BatchDesk::Ui {

namespace {

// A table's own row height before the mode changed it (restored when it goes).
constexpr char kBaseRowHeightProperty[] = "batchdesk_baseRowHeight";

} // namespace

QSize ShopFloorStyle::sizeFromContents(ContentsType type, const QStyleOption *option, const QSize &size,
                                       const QWidget *widget) const
{
    QSize result = QProxyStyle::sizeFromContents(type, option, size, widget);
    if (m_minimum <= 0)
        return result;
    switch (type) {
    case CT_ItemViewItem:
    case CT_PushButton:
    case CT_ToolButton:
    case CT_ComboBox:
    case CT_LineEdit:
    case CT_SpinBox:
    case CT_TabBarTab:
    case CT_CheckBox:
    case CT_RadioButton:
    case CT_HeaderSection:
        result.setHeight(std::max(result.height(), m_minimum));
        break;
    default:
        break;
    }
    return result;
}

ShopFloorMode::ShopFloorMode(QMainWindow *window, QObject *parent)
    : QObject(parent)
    , m_window(window)
{
    QStyle *base = QStyleFactory::create(QApplication::style()->name());
    m_style = new ShopFloorStyle(base);
    QApplication::setStyle(m_style); // the application owns it
    m_baseFont = QApplication::font();
    m_basePalette = QApplication::palette();
    qApp->installEventFilter(this);
}

bool ShopFloorMode::eventFilter(QObject *watched, QEvent *event)
{
    if (m_enabled && event->type() == QEvent::Polish) {
        if (auto *table = qobject_cast<QTableView *>(watched))
            sizeTableRows(table);
    }
    return QObject::eventFilter(watched, event);
}

void ShopFloorMode::sizeTableRows(QTableView *table) const
{
    QHeaderView *rows = table->verticalHeader();
    if (!rows->property(kBaseRowHeightProperty).isValid())
        rows->setProperty(kBaseRowHeightProperty, rows->defaultSectionSize());
    const int base = rows->property(kBaseRowHeightProperty).toInt();
    const int scaled = m_enabled ? std::max(kMinimumTarget, static_cast<int>(base * kFontScale)) : base;
    rows->setMinimumSectionSize(std::min(rows->minimumSectionSize(), scaled));
    rows->setDefaultSectionSize(scaled);
}

void ShopFloorMode::setEnabled(bool on)
{
    if (on == m_enabled)
        return;
    m_enabled = on;
    m_style->setMinimumTarget(on ? kMinimumTarget : 0);
    QFont font = m_baseFont;
    if (on)
        font.setPointSizeF(m_baseFont.pointSizeF() * kFontScale);
    QApplication::setFont(font);
    if (m_window && m_fullScreenAllowed) {
        if (on) {
            m_wasMaximized = m_window->isMaximized();
            m_window->showFullScreen();
        } else if (m_window->isFullScreen()) {
            if (m_wasMaximized)
                m_window->showMaximized();
            else
                m_window->showNormal();
        }
    }
    relayoutViews();
    Q_EMIT changed();
}

void ShopFloorMode::setHighContrast(bool on)
{
    if (on == m_highContrast)
        return;
    m_highContrast = on;
    QApplication::setPalette(on ? highContrastPalette() : m_basePalette);
    Q_EMIT changed();
}

QPalette ShopFloorMode::highContrastPalette()
{
    QPalette p;
    const QColor black(Qt::black);
    const QColor white(Qt::white);
    const QColor yellow(0xff, 0xeb, 0x3b);
    const QColor grey(0x9e, 0x9e, 0x9e);
    for (QPalette::ColorGroup group : {QPalette::Active, QPalette::Inactive}) {
        p.setColor(group, QPalette::Window, black);
        p.setColor(group, QPalette::WindowText, white);
        p.setColor(group, QPalette::Base, black);
        p.setColor(group, QPalette::AlternateBase, QColor(0x1c, 0x1c, 0x1c));
        p.setColor(group, QPalette::Text, white);
        p.setColor(group, QPalette::Button, black);
        p.setColor(group, QPalette::ButtonText, white);
        p.setColor(group, QPalette::BrightText, yellow);
        p.setColor(group, QPalette::Highlight, yellow);
        p.setColor(group, QPalette::HighlightedText, black);
        p.setColor(group, QPalette::ToolTipBase, black);
        p.setColor(group, QPalette::ToolTipText, white);
        p.setColor(group, QPalette::PlaceholderText, grey);
        p.setColor(group, QPalette::Link, QColor(0x80, 0xd8, 0xff));
        p.setColor(group, QPalette::Light, white);
        p.setColor(group, QPalette::Midlight, grey);
        p.setColor(group, QPalette::Mid, grey);
        p.setColor(group, QPalette::Dark, white);
        p.setColor(group, QPalette::Shadow, white);
    }
    p.setColor(QPalette::Disabled, QPalette::Window, black);
    p.setColor(QPalette::Disabled, QPalette::Base, black);
    p.setColor(QPalette::Disabled, QPalette::Button, black);
    for (QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, grey);
    return p;
}

void ShopFloorMode::relayoutViews()
{
    // Rows measured under the old font and minimum are cached by the views.
    for (QWidget *top : QApplication::topLevelWidgets()) {
        for (QAbstractItemView *view : top->findChildren<QAbstractItemView *>()) {
            if (auto *table = qobject_cast<QTableView *>(view))
                sizeTableRows(table);
            view->doItemsLayout();
        }
    }
}

} // namespace BatchDesk::Ui
