#pragma once

// Getting to a batch from the bench: the keyboard-wedge scanner (anywhere in the window), the
// "Go to batch" dialog (Ctrl+G, the same codes typed by hand) and the travelers' print dialog.
// A code is looked up (lookupCode: batch id, traveler payload, batch label, unit label); a
// match opens on the window's desks (MainWindow::openBatch), two batches with one label ask
// which, and an unknown code says so and beeps, changing nothing else.

#include <QObject>
#include <QPointer>

class QAction;
class QSettings;

namespace BatchDesk {
class BatchStore;
class UnitLabelIndex;
} // namespace BatchDesk

namespace BatchDesk::Ui {

class GoToBatchDialog;
class MainWindow;
class TravelerDialog;
class WedgeScanner;

class BatchNavigator final : public QObject
{
    Q_OBJECT

public:
    BatchNavigator(MainWindow *window, BatchStore *store, QSettings *settings);

    QAction *goToAction() const { return m_goTo; }
    WedgeScanner *scanner() const { return m_scanner; }
    void setUnitIndex(const UnitLabelIndex *units) { m_units = units; }

    // A scanned or typed code: its batch opens; else a message and a beep.
    void handleCode(const QString &code);
    GoToBatchDialog *openGoToDialog(const QString &code = {});
    // Null when none of the ids is a known batch.
    TravelerDialog *printTravelers(const QStringList &batchIds);
    void retranslate();

Q_SIGNALS:
    // A code matched nothing (the message was shown).
    void unknownCode(const QString &code);

private:
    MainWindow *m_window;
    QPointer<BatchStore> m_store;
    QSettings *m_settings;
    const UnitLabelIndex *m_units = nullptr;
    WedgeScanner *m_scanner = nullptr;
    QAction *m_goTo = nullptr;
    QPointer<GoToBatchDialog> m_dialog;
};

} // namespace BatchDesk::Ui
