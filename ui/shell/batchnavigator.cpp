#include "ui/shell/batchnavigator.h"

#include "models/batchstore.h"
#include "models/scan/codelookup.h"
#include "models/travelers/travelerdata.h"
#include "ui/mainwindow.h"
#include "ui/scan/gotobatchdialog.h"
#include "ui/scan/wedgescanner.h"
#include "ui/travelers/travelerdialog.h"

#include <QAction>
#include <QApplication>
#include <QDateTime>
#include <QLineEdit>

namespace BatchDesk::Ui {

BatchNavigator::BatchNavigator(MainWindow *window, BatchStore *store, QSettings *settings)
    : QObject(window)
    , m_window(window)
    , m_store(store)
    , m_settings(settings)
{
    m_scanner = new WedgeScanner(window, this);
    connect(m_scanner, &WedgeScanner::scanned, this, &BatchNavigator::handleCode);
    m_goTo = new QAction(this);
    m_goTo->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_G));
    connect(m_goTo, &QAction::triggered, this, [this] { openGoToDialog(); });
    window->addAction(m_goTo);
    retranslate();
}

void BatchNavigator::retranslate()
{
    m_goTo->setText(tr("&Go to batch…"));
    m_goTo->setToolTip(tr("Open a batch by its id, label, traveler code or a unit's serial (%1)")
                           .arg(m_goTo->shortcut().toString(QKeySequence::NativeText)));
}

void BatchNavigator::handleCode(const QString &code)
{
    if (!m_store)
        return;
    const CodeMatch match = lookupCode(*m_store, code, m_units);
    if (match.kind == CodeMatch::Kind::None) {
        m_window->showError(codeMatchProblem(match, code));
        QApplication::beep();
        Q_EMIT unknownCode(code);
        return;
    }
    if (match.ambiguous()) {
        // Two boxes with one label: the person with the box in hand chooses.
        openGoToDialog(code);
        return;
    }
    m_window->openBatch(match.batchIds.constFirst(), match.cycleId);
}

GoToBatchDialog *BatchNavigator::openGoToDialog(const QString &code)
{
    if (!m_store)
        return nullptr;
    if (!m_dialog) {
        m_dialog = new GoToBatchDialog(m_store, m_units, m_window);
        m_dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_dialog, &GoToBatchDialog::chosen, m_window,
                [this](const QString &batchId, const QString &cycleId) { m_window->openBatch(batchId, cycleId); });
    }
    m_dialog->show();
    m_dialog->raise();
    m_dialog->activateWindow();
    if (!code.isEmpty()) {
        m_dialog->codeField()->setText(code);
        // Looks the code up at once: the candidates of an ambiguous label are listed.
        QMetaObject::invokeMethod(m_dialog, "accept", Qt::QueuedConnection);
    }
    return m_dialog;
}

TravelerDialog *BatchNavigator::printTravelers(const QStringList &batchIds)
{
    if (!m_store)
        return nullptr;
    QList<TravelerData> travelers;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const QString &id : batchIds) {
        if (const std::optional<TravelerData> data = travelerDataFor(*m_store, id, now))
            travelers << *data;
    }
    if (travelers.isEmpty())
        return nullptr;
    auto *dialog = new TravelerDialog(travelers, m_settings, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    dialog->show();
    return dialog;
}

} // namespace BatchDesk::Ui
