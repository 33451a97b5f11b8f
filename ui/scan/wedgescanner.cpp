#include "ui/scan/wedgescanner.h"

#include <QAbstractSpinBox>
#include <QApplication>
#include <QComboBox>
#include <QKeyEvent>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QScopedValueRollback>
#include <QTextEdit>
#include <QTimer>

#include <algorithm>
#include <utility>

namespace BatchDesk::Ui {

namespace {

// Keys a scanner presses around characters (Shift for capitals): they neither make nor break
// a run.
bool wedgeIsModifierKey(int key)
{
    switch (key) {
    case Qt::Key_Shift:
    case Qt::Key_Control:
    case Qt::Key_Meta:
    case Qt::Key_Alt:
    case Qt::Key_AltGr:
    case Qt::Key_CapsLock:
    case Qt::Key_NumLock:
    case Qt::Key_Super_L:
    case Qt::Key_Super_R:
    case Qt::Key_Hyper_L:
    case Qt::Key_Hyper_R:
    case Qt::Key_Mode_switch:
        return true;
    default:
        return false;
    }
}

bool wedgeIsTerminator(int key)
{
    return key == Qt::Key_Return || key == Qt::Key_Enter || key == Qt::Key_Tab;
}

// Shift and the keypad are part of typing a character; Ctrl, Alt and Meta make a command.
bool wedgeHasCommandModifier(Qt::KeyboardModifiers modifiers)
{
    return (modifiers & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier)) != 0;
}

bool wedgeIsPrintable(const QKeyEvent *event)
{
    const QString text = event->text();
    if (text.isEmpty() || wedgeHasCommandModifier(event->modifiers()))
        return false;
    return std::all_of(text.cbegin(), text.cend(), [](QChar c) { return c.isPrint(); });
}

// A field that takes typing. A read-only one takes none, so keys there are the desk's.
bool wedgeIsTextInput(const QWidget *widget)
{
    if (const auto *line = qobject_cast<const QLineEdit *>(widget))
        return !line->isReadOnly();
    if (const auto *text = qobject_cast<const QTextEdit *>(widget))
        return !text->isReadOnly();
    if (const auto *plain = qobject_cast<const QPlainTextEdit *>(widget))
        return !plain->isReadOnly();
    if (const auto *spin = qobject_cast<const QAbstractSpinBox *>(widget))
        return !spin->isReadOnly();
    if (const auto *combo = qobject_cast<const QComboBox *>(widget))
        return combo->isEditable();
    return false;
}

// The property may be set on a combo box or spin box, or on the line edit inside it.
bool wedgeAcceptsScans(const QWidget *widget)
{
    const auto asks = [](const QObject *object) {
        return object && object->property(WedgeScanner::kAcceptsScansProperty).toBool();
    };
    if (asks(widget))
        return true;
    if (const auto *combo = qobject_cast<const QComboBox *>(widget))
        return asks(combo->lineEdit());
    const QWidget *parent = widget->parentWidget();
    return (qobject_cast<const QComboBox *>(parent) || qobject_cast<const QAbstractSpinBox *>(parent)) && asks(parent);
}

} // namespace

WedgeScanner::WedgeScanner(QWidget *window, QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_flushTimer(new QTimer(this))
{
    m_elapsed.start();
    // Nothing followed a held key within the gap: it was a person; let the key do its work.
    m_flushTimer->setSingleShot(true);
    connect(m_flushTimer, &QTimer::timeout, this, &WedgeScanner::replay);
    qApp->installEventFilter(this);
}

WedgeScanner::~WedgeScanner() = default;

void WedgeScanner::setMaxKeyGapMs(int ms)
{
    m_maxGapMs = std::max(1, ms);
}

void WedgeScanner::setMinLength(int chars)
{
    m_minLength = std::max(1, chars);
}

void WedgeScanner::setClock(std::function<qint64()> msecs)
{
    m_clock = std::move(msecs);
}

qint64 WedgeScanner::now() const
{
    return m_clock ? m_clock() : m_elapsed.elapsed();
}

QWidget *WedgeScanner::focusTarget() const
{
    QWidget *focus = QApplication::focusWidget();
    // An inactive window (or one under test that was never activated) still knows which of
    // its widgets will have focus.
    if (!focus || focus->window() != m_window)
        focus = m_window->focusWidget();
    return focus ? focus : m_window.data();
}

bool WedgeScanner::eventFilter(QObject *watched, QEvent *event)
{
    const QEvent::Type type = event->type();
    if ((type != QEvent::KeyPress && type != QEvent::KeyRelease) || m_replaying || !m_window
        || !watched->isWidgetType())
        return false;
    auto *receiver = static_cast<QWidget *>(watched);
    if (receiver->window() != m_window)
        return false;
    // A key the focus widget does not take travels on to its parents, and the filter sees it
    // again at each: only its first delivery counts.
    if (receiver != focusTarget())
        return false;
    auto *key = static_cast<QKeyEvent *>(event);
    return type == QEvent::KeyPress ? handleKeyPress(receiver, key) : handleKeyRelease(key);
}

bool WedgeScanner::handleKeyPress(QWidget *receiver, QKeyEvent *event)
{
    const int key = event->key();
    if (wedgeIsModifierKey(key))
        return false;
    // Keys held for a widget that has since lost focus still go to it, before this one.
    if (!m_held.isEmpty() && m_target != receiver)
        replay();
    if (wedgeIsTextInput(receiver) && !wedgeAcceptsScans(receiver))
        return false;

    const qint64 at = now();
    const bool inTime = m_held.isEmpty() || at - m_lastKeyMs <= m_maxGapMs;
    const bool plain = !wedgeHasCommandModifier(event->modifiers()) && !event->isAutoRepeat();

    if (plain && wedgeIsTerminator(key)) {
        QString code;
        for (const HeldKey &held : std::as_const(m_held))
            code += held.text;
        if (inTime && code.size() >= m_minLength) {
            m_flushTimer->stop();
            m_held.clear();
            m_target = nullptr;
            // Swallowed whole: the Tab must not move focus, the Enter not press a button.
            m_releasesToSwallow.append(key);
            Q_EMIT scanned(code);
            return true;
        }
        replay();
        return false;
    }

    // A scanner does not auto-repeat; a held-down key is a person.
    if (plain && wedgeIsPrintable(event)) {
        if (!inTime)
            replay();
        if (m_held.isEmpty())
            m_target = receiver;
        m_held.append(HeldKey{key, event->modifiers(), event->text()});
        m_lastKeyMs = at;
        m_releasesToSwallow.append(key);
        // Releases that never come (focus left the app mid-key) must not pile up.
        constexpr qsizetype kMaxPendingReleases = 64;
        if (m_releasesToSwallow.size() > kMaxPendingReleases)
            m_releasesToSwallow.removeFirst();
        m_flushTimer->start(m_maxGapMs);
        return true;
    }

    // Any other key (arrows, Escape, Backspace, Ctrl+…): what was held was typed, then this.
    replay();
    return false;
}

bool WedgeScanner::handleKeyRelease(QKeyEvent *event)
{
    // The release of a held key: its replay sent a release of its own; of a scan's key or
    // terminator: the widget never saw the press.
    if (event->isAutoRepeat())
        return false;
    const qsizetype index = m_releasesToSwallow.indexOf(event->key());
    if (index < 0)
        return false;
    m_releasesToSwallow.removeAt(index);
    return true;
}

void WedgeScanner::replay()
{
    m_flushTimer->stop();
    if (m_held.isEmpty())
        return;
    const QList<HeldKey> keys = std::exchange(m_held, {});
    QPointer<QWidget> target = m_target ? m_target.data() : (m_window ? focusTarget() : nullptr);
    m_target = nullptr;
    const QScopedValueRollback<bool> replaying(m_replaying, true);
    for (const HeldKey &held : keys) {
        if (!target)
            return;
        QKeyEvent press(QEvent::KeyPress, held.key, held.modifiers, held.text);
        QCoreApplication::sendEvent(target, &press);
        if (!target)
            return;
        QKeyEvent release(QEvent::KeyRelease, held.key, held.modifiers, held.text);
        QCoreApplication::sendEvent(target, &release);
    }
}

} // namespace BatchDesk::Ui
