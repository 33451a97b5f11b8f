#pragma once

// A desk: one view of the shop floor (the board today; planning and shop-floor desks next)
// that plugs into the MainWindow shell. The shell owns the menus, the toolbar, the status bar,
// the session banner and the navigation between desks; a desk brings its own widget (itself)
// and says what it adds to each of them. Nothing else of the shell is the desk's business.

#include <QIcon>
#include <QWidget>

class QAction;
class QSettings;

namespace BatchDesk::Ui {

class Desk : public QWidget
{
    Q_OBJECT

public:
    using QWidget::QWidget;

    // In the navigation (tab and Ctrl+N entry); asked again after a language change.
    virtual QString title() const = 0;
    virtual QIcon icon() const { return {}; }
    // The shell's first menu while the desk is current, e.g. "&Board" with its actions (a
    // separator is an action with isSeparator()). The shell appends its own (Connection…, Quit).
    virtual QString menuTitle() const { return title(); }
    virtual QList<QAction *> menuActions() const { return {}; }
    // At the front of the toolbar while the desk is current.
    virtual QList<QAction *> toolBarActions() const { return {}; }
    // In the status bar while the desk is current: at the left, and at the right (permanent).
    virtual QList<QWidget *> statusWidgets() const { return {}; }
    virtual QList<QWidget *> permanentStatusWidgets() const { return {}; }
    // The desk became the current one (focus, a reload if its data is stale).
    virtual void activate() {}
    // Write the desk's layout and choices (called when the window closes).
    virtual void saveSettings(QSettings &settings) const { Q_UNUSED(settings) }
    // Errors from outside the desk (the demo server, the session) while it is current.
    virtual void showError(const QString &message) { Q_UNUSED(message) }
    // Shows a batch (and one of its units when `cycleId` is given), e.g. a scanned code;
    // false when this desk does not hold it.
    virtual bool openBatch(const QString &batchId, const QString &cycleId)
    {
        Q_UNUSED(batchId)
        Q_UNUSED(cycleId)
        return false;
    }

Q_SIGNALS:
    // title(), menuTitle() or an action changed (a language change): the shell shows them anew.
    void presentationChanged();
    // A transient message for the status bar; an empty text clears it.
    void statusMessage(const QString &text, int timeoutMs);
};

} // namespace BatchDesk::Ui
