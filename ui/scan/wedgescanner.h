#pragma once

// A keyboard-wedge barcode scanner is a keyboard as far as the computer knows: it "types" the
// code as ordinary key presses and ends it with Enter or Tab. Nothing in the events says
// "scanner"; only timing does. A scanner sends a key every few milliseconds, a person hardly
// ever faster than one every 50 ms, so a run of at least three printable keys, each within
// that gap of the one before, ended by Enter or Tab, is taken as a scan.
//
// That can only be known at the end of the run, and by then the first keys would already have
// done what keys do (type-ahead in a tree jumping to a row, letters in a field, the Enter
// pressing a default button). So printable keys are held back for a moment: when the run turns
// out to be a scan, they and the Enter/Tab are swallowed and scanned() is emitted; when it
// turns out to be a person (a gap longer than the limit, another key such as an arrow, too few
// characters, or simply nothing more arriving within the gap), the held keys are replayed in
// order to the widget they were meant for, so typing still works, delayed by at most the gap.
//
// Text fields keep their own input: with focus in a line edit, text edit, spin box or editable
// combo box nothing is held back (a fast typist or a paste-by-keystroke tool is not a scanner
// there), unless the field asks for scans with the dynamic property
// `batchdesk_acceptsScans` = true (a "Go to batch" field, where a scan replaces the text).

#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>

class QKeyEvent;
class QTimer;
class QWidget;

namespace BatchDesk::Ui {

class WedgeScanner final : public QObject
{
    Q_OBJECT

public:
    // Watches the keys of `window` (a top-level widget) only: keys for its popups, dialogs
    // and other windows are left alone. Installs itself on qApp.
    WedgeScanner(QWidget *window, QObject *parent);
    ~WedgeScanner() override;

    // The longest gap between two keys of one scan (ms); also how long a key is held back.
    void setMaxKeyGapMs(int ms);
    int maxKeyGapMs() const { return m_maxGapMs; }
    // The fewest characters a scan has (Enter/Tab not counted).
    void setMinLength(int chars);
    int minLength() const { return m_minLength; }
    // The clock the gaps are measured with, in ms (monotonic). Tests inject a fake one; an
    // empty function restores the default (QElapsedTimer).
    void setClock(std::function<qint64()> msecs);

    // The dynamic property a text field sets to true to ask for scans.
    static constexpr const char *kAcceptsScansProperty = "batchdesk_acceptsScans";

Q_SIGNALS:
    void scanned(const QString &code);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    struct HeldKey
    {
        int key;
        Qt::KeyboardModifiers modifiers;
        QString text;
    };

    bool handleKeyPress(QWidget *receiver, QKeyEvent *event);
    bool handleKeyRelease(QKeyEvent *event);
    // Replays the held keys to the widget they were meant for and empties the buffer.
    void replay();
    qint64 now() const;
    QWidget *focusTarget() const;

    QPointer<QWidget> m_window;
    QPointer<QWidget> m_target;      // the widget the held keys were meant for
    QList<HeldKey> m_held;
    QList<int> m_releasesToSwallow;  // keys whose press was held or swallowed
    qint64 m_lastKeyMs = 0;          // when the last held key arrived (m_clock)
    bool m_replaying = false;
    int m_maxGapMs = 50;
    int m_minLength = 3;
    QTimer *m_flushTimer;
    QElapsedTimer m_elapsed;
    std::function<qint64()> m_clock;
};

} // namespace BatchDesk::Ui
