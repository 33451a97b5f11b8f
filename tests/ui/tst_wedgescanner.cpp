// WedgeScanner: synthetic key events at scanner speed (8 ms apart) and human speed (150 ms),
// on a fake clock, and once at real speed on the default clock. A scan (3+ characters within
// the gap, then Enter or Tab) emits scanned() and leaves no trace: nothing typed, the tree's
// current row kept, focus not moved by the Tab, the Enter not delivered. Anything else reaches
// the widget it was meant for, in order: human typing drives the tree's type-ahead, short runs
// and runs broken by Ctrl+key or an arrow are replayed, a key with nothing after it arrives on
// its own. Text fields keep fast input unless they ask for scans. And GoToBatchDialog: unknown
// codes stay in the dialog with a message, an ambiguous label lists its batches to pick from,
// a traveler's payload and a unit's serial choose their batch.

#include "common/batchfactory.h"
#include "models/batchstore.h"
#include "models/scan/codelookup.h"
#include "models/travelers/travelerpayload.h"
#include "ui/scan/gotobatchdialog.h"
#include "ui/scan/wedgescanner.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QTest>
#include <QTreeView>
#include <QVBoxLayout>

#include <memory>

using namespace BatchDesk;
using namespace BatchDesk::Ui;
using TestSupport::BatchSpec;

namespace {

constexpr int kScannerStepMs = 8;
constexpr int kHumanStepMs = 150;

Niagara::Cycle wedgeTestUnit(const QString &id, const QString &label)
{
    Niagara::Cycle cycle;
    cycle.id = id;
    cycle.label = label;
    return cycle;
}

} // namespace

class TestWedgeScanner final : public QObject
{
    Q_OBJECT

private:
    // One key of `text` after another, `stepMs` apart on the fake clock.
    void typeAt(QWidget *widget, const QString &text, int stepMs)
    {
        for (const QChar c : text) {
            m_now += stepMs;
            QTest::keyClick(widget, c.toLatin1());
        }
    }
    void pressAt(QWidget *widget, Qt::Key key, int stepMs, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
    {
        m_now += stepMs;
        QTest::keyClick(widget, key, modifiers);
    }
    int treeRow() const { return m_tree->currentIndex().row(); }
    // qWaitForWindowActive is satisfied by the parent's activation (shared with a dialog).
    [[nodiscard]] static bool showActive(QDialog *dialog)
    {
        dialog->show();
        dialog->activateWindow();
        return QTest::qWaitFor([dialog] { return QApplication::activeWindow() == dialog; });
    }

    std::unique_ptr<QWidget> m_window;
    QTreeView *m_tree = nullptr;
    QLineEdit *m_field = nullptr;
    QLineEdit *m_scanField = nullptr;
    WedgeScanner *m_scanner = nullptr;
    std::unique_ptr<QSignalSpy> m_scans;
    std::unique_ptr<QSignalSpy> m_activated;
    qint64 m_now = 1000;

    // --- the dialog's data
    BatchStore m_store;
    UnitLabelIndex m_units;

private Q_SLOTS:
    void initTestCase()
    {
        Niagara::Page<Niagara::Batch> page = TestSupport::makePage(
            {BatchSpec{QStringLiteral("b-1")}, BatchSpec{QStringLiteral("b-2")},
             BatchSpec{QStringLiteral("b-3"), QStringLiteral("q-slow"), QStringLiteral("wo-mac")}});
        page.items[0].label = QStringLiteral("Tray A");
        page.items[1].label = QStringLiteral("Shelf 7");
        page.items[2].label = QStringLiteral("Shelf 7");
        m_store.beginLoad();
        m_store.ingest(page);
        m_store.endLoad();
        m_units.remember(QStringLiteral("b-2"), {wedgeTestUnit(QStringLiteral("c-9"), QStringLiteral("SN-9"))});
    }

    void init()
    {
        m_window = std::make_unique<QWidget>();
        auto *model = new QStandardItemModel(m_window.get());
        for (const char *name : {"alpha", "bravo", "charlie", "delta", "echo"})
            model->appendRow(new QStandardItem(QString::fromLatin1(name)));
        m_tree = new QTreeView(m_window.get());
        m_tree->setModel(model);
        m_tree->setCurrentIndex(model->index(0, 0));
        m_field = new QLineEdit(m_window.get());
        m_scanField = new QLineEdit(m_window.get());
        m_scanField->setProperty(WedgeScanner::kAcceptsScansProperty, true);
        auto *layout = new QVBoxLayout(m_window.get());
        layout->addWidget(m_tree);
        layout->addWidget(m_field);
        layout->addWidget(m_scanField);

        m_scanner = new WedgeScanner(m_window.get(), m_window.get());
        m_scanner->setClock([this] { return m_now; });
        m_scans = std::make_unique<QSignalSpy>(m_scanner, &WedgeScanner::scanned);
        m_activated = std::make_unique<QSignalSpy>(m_tree, &QAbstractItemView::activated);

        m_window->show();
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        m_tree->setFocus();
        QCOMPARE(QApplication::focusWidget(), m_tree);
    }

    void cleanup()
    {
        m_scans.reset();
        m_activated.reset();
        m_window.reset();
    }

    void defaults()
    {
        QCOMPARE(m_scanner->maxKeyGapMs(), 50);
        QCOMPARE(m_scanner->minLength(), 3);
    }

    void scanWithEnterIsSwallowed()
    {
        typeAt(m_tree, QStringLiteral("DELTA-7"), kScannerStepMs);
        pressAt(m_tree, Qt::Key_Return, kScannerStepMs);
        QCOMPARE(m_scans->size(), 1);
        QCOMPARE(m_scans->at(0).at(0).toString(), QStringLiteral("DELTA-7"));
        // Nothing held back is replayed later either.
        QTest::qWait(150);
        QCOMPARE(m_scans->size(), 1);
        QCOMPARE(treeRow(), 0); // type-ahead would have moved to "delta"
        QCOMPARE(m_activated->size(), 0); // the Enter never reached the tree
        QVERIFY(m_field->text().isEmpty());
        QVERIFY(m_scanField->text().isEmpty());
    }

    void scanWithTabKeepsFocus()
    {
        typeAt(m_tree, QStringLiteral("LOT-42"), kScannerStepMs);
        pressAt(m_tree, Qt::Key_Tab, kScannerStepMs);
        QCOMPARE(m_scans->size(), 1);
        QCOMPARE(m_scans->at(0).at(0).toString(), QStringLiteral("LOT-42"));
        QCOMPARE(QApplication::focusWidget(), m_tree);
        QCOMPARE(treeRow(), 0);
        // A Tab of its own still moves focus (so the one above was swallowed, not ineffective).
        pressAt(m_tree, Qt::Key_Tab, kHumanStepMs);
        QCOMPARE(QApplication::focusWidget(), m_field);
        QCOMPARE(m_scans->size(), 1);
    }

    void humanTypingReachesTheTree()
    {
        typeAt(m_tree, QStringLiteral("cha"), kHumanStepMs);
        pressAt(m_tree, Qt::Key_Return, kHumanStepMs);
        QCOMPARE(m_scans->size(), 0);
        QCOMPARE(treeRow(), 2); // "charlie", found by the tree's type-ahead
        QCOMPARE(m_activated->size(), 1); // the Enter came after the letters
        QCOMPARE(m_activated->at(0).at(0).toModelIndex().row(), 2);
    }

    void aLoneKeyArrivesAfterTheGap()
    {
        typeAt(m_tree, QStringLiteral("d"), kHumanStepMs);
        QCOMPARE(treeRow(), 0); // held back: it might start a scan
        QTRY_COMPARE_WITH_TIMEOUT(treeRow(), 3, 2000); // nothing followed: typed into the tree
        QCOMPARE(m_scans->size(), 0);
    }

    void twoCharactersAreNotAScan()
    {
        typeAt(m_tree, QStringLiteral("de"), kScannerStepMs);
        pressAt(m_tree, Qt::Key_Return, kScannerStepMs);
        QCOMPARE(m_scans->size(), 0);
        QCOMPARE(treeRow(), 3); // "delta": replayed before the Enter
        QCOMPARE(m_activated->size(), 1);
    }

    void anArrowReplaysHeldKeysFirst()
    {
        typeAt(m_tree, QStringLiteral("de"), kScannerStepMs);
        pressAt(m_tree, Qt::Key_Down, kScannerStepMs);
        QCOMPARE(treeRow(), 4); // "de" moved to delta, then Down to echo
        QCOMPARE(m_scans->size(), 0);
    }

    void ctrlKeyBreaksARun()
    {
        typeAt(m_tree, QStringLiteral("de"), kScannerStepMs);
        pressAt(m_tree, Qt::Key_K, kScannerStepMs, Qt::ControlModifier);
        QCOMPARE(treeRow(), 3); // the held "de" was replayed before Ctrl+K
        typeAt(m_tree, QStringLiteral("lt"), kScannerStepMs);
        pressAt(m_tree, Qt::Key_Return, kScannerStepMs);
        QCOMPARE(m_scans->size(), 0);
        QCOMPARE(m_activated->size(), 1);
    }

    void shiftBetweenCharactersKeepsAScan()
    {
        // A scanner types capitals with Shift, pressed and released around each.
        for (const QChar c : QStringLiteral("AB7")) {
            m_now += kScannerStepMs;
            const bool upper = c.isUpper();
            if (upper)
                QTest::keyPress(m_tree, Qt::Key_Shift);
            QTest::keyClick(m_tree, c.toLatin1(), upper ? Qt::ShiftModifier : Qt::NoModifier);
            if (upper)
                QTest::keyRelease(m_tree, Qt::Key_Shift, Qt::ShiftModifier);
        }
        pressAt(m_tree, Qt::Key_Enter, kScannerStepMs, Qt::KeypadModifier);
        QCOMPARE(m_scans->size(), 1);
        QCOMPARE(m_scans->at(0).at(0).toString(), QStringLiteral("AB7"));
    }

    void aTextFieldKeepsAFastBurst()
    {
        m_field->setFocus();
        QSignalSpy returns(m_field, &QLineEdit::returnPressed);
        typeAt(m_field, QStringLiteral("LOT-42"), kScannerStepMs);
        QCOMPARE(m_field->text(), QStringLiteral("LOT-42")); // typed at once, nothing held
        pressAt(m_field, Qt::Key_Return, kScannerStepMs);
        QCOMPARE(m_scans->size(), 0);
        QCOMPARE(m_field->text(), QStringLiteral("LOT-42"));
        QCOMPARE(returns.size(), 1);
    }

    void aFieldThatAsksForScansGetsThem()
    {
        m_scanField->setFocus();
        QSignalSpy returns(m_scanField, &QLineEdit::returnPressed);
        typeAt(m_scanField, QStringLiteral("LOT-42"), kScannerStepMs);
        pressAt(m_scanField, Qt::Key_Return, kScannerStepMs);
        QCOMPARE(m_scans->size(), 1);
        QCOMPARE(m_scans->at(0).at(0).toString(), QStringLiteral("LOT-42"));
        QVERIFY(m_scanField->text().isEmpty());
        QCOMPARE(returns.size(), 0);
        // Typed by a person, the same field still gets its text.
        typeAt(m_scanField, QStringLiteral("ab"), kHumanStepMs);
        QTRY_COMPARE_WITH_TIMEOUT(m_scanField->text(), QStringLiteral("ab"), 2000);
        QCOMPARE(m_scans->size(), 1);
    }

    void otherWindowsAreLeftAlone()
    {
        QLineEdit other;
        other.setProperty(WedgeScanner::kAcceptsScansProperty, true);
        other.show();
        other.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&other));
        other.setFocus();
        QCOMPARE(QApplication::focusWidget(), &other);
        typeAt(&other, QStringLiteral("LOT-42"), kScannerStepMs);
        QCOMPARE(other.text(), QStringLiteral("LOT-42"));
        pressAt(&other, Qt::Key_Return, kScannerStepMs);
        QCOMPARE(m_scans->size(), 0);
    }

    void realTimeOnTheDefaultClock()
    {
        m_scanner->setClock({});
        QTest::keyClicks(m_tree, QStringLiteral("DELTA-7"), Qt::NoModifier, 0);
        QTest::keyClick(m_tree, Qt::Key_Return);
        QCOMPARE(m_scans->size(), 1);
        QCOMPARE(m_scans->at(0).at(0).toString(), QStringLiteral("DELTA-7"));
        QCOMPARE(treeRow(), 0);
        QCOMPARE(m_activated->size(), 0);
    }

    // --- Go to batch

    void dialogKeepsAnUnknownCode()
    {
        GoToBatchDialog dialog(&m_store, &m_units, m_window.get());
        dialog.scanner()->setClock([this] { return m_now; });
        QSignalSpy chosen(&dialog, &GoToBatchDialog::chosen);
        QVERIFY(showActive(&dialog));
        QCOMPARE(QApplication::focusWidget(), dialog.codeField());
        // Typed by hand, then Enter (the default OK button).
        typeAt(dialog.codeField(), QStringLiteral("NOPE-1"), kHumanStepMs);
        pressAt(dialog.codeField(), Qt::Key_Return, kHumanStepMs);
        QCOMPARE(chosen.size(), 0);
        QVERIFY(dialog.isVisible());
        QVERIFY(dialog.messageLabel()->isVisible());
        QCOMPARE(dialog.messageLabel()->text(), QStringLiteral("No batch or unit matches “NOPE-1”."));
        QCOMPARE(dialog.codeField()->selectedText(), QStringLiteral("NOPE-1")); // to type over
        QVERIFY(!dialog.candidateList()->isVisible());
        // Typing again clears what was said about the last code.
        typeAt(dialog.codeField(), QStringLiteral("x"), kHumanStepMs);
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.messageLabel()->isVisible(), 2000);
    }

    void dialogListsABatchesSharingALabel()
    {
        GoToBatchDialog dialog(&m_store, &m_units, m_window.get());
        dialog.scanner()->setClock([this] { return m_now; });
        QSignalSpy chosen(&dialog, &GoToBatchDialog::chosen);
        QVERIFY(showActive(&dialog));
        // Scanned into the field: looked up at once.
        typeAt(dialog.codeField(), QStringLiteral("Shelf 7"), kScannerStepMs);
        pressAt(dialog.codeField(), Qt::Key_Return, kScannerStepMs);
        QVERIFY(dialog.isVisible());
        QCOMPARE(chosen.size(), 0);
        QListWidget *list = dialog.candidateList();
        QVERIFY(list->isVisible());
        QCOMPARE(list->count(), 2);
        QCOMPARE(list->item(0)->text(), QStringLiteral("Shelf 7 — Work order wo-ipad — Queue q-fast"));
        QCOMPARE(list->item(1)->text(), QStringLiteral("Shelf 7 — Work order wo-mac — Queue q-slow"));
        QCOMPARE(dialog.messageLabel()->text(), QStringLiteral("2 batches are labelled “Shelf 7”: choose one."));
        QCOMPARE(QApplication::focusWidget(), list);
        // OK with none picked chooses nothing.
        dialog.accept();
        QVERIFY(dialog.isVisible());
        QCOMPARE(chosen.size(), 0);
        list->setCurrentRow(1);
        pressAt(list, Qt::Key_Return, kHumanStepMs);
        QCOMPARE(chosen.size(), 1);
        QCOMPARE(chosen.at(0).at(0).toString(), QStringLiteral("b-3"));
        QCOMPARE(chosen.at(0).at(1).toString(), QString());
        QVERIFY(!dialog.isVisible());
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
    }

    void dialogChoosesATravelersBatch()
    {
        GoToBatchDialog dialog(&m_store, &m_units, m_window.get());
        QSignalSpy chosen(&dialog, &GoToBatchDialog::chosen);
        QVERIFY(showActive(&dialog));
        // At real speed, on the dialog scanner's own clock.
        QTest::keyClicks(dialog.codeField(), travelerPayload(QStringLiteral("b-1")), Qt::NoModifier, 0);
        QTest::keyClick(dialog.codeField(), Qt::Key_Return);
        QCOMPARE(chosen.size(), 1);
        QCOMPARE(chosen.at(0).at(0).toString(), QStringLiteral("b-1"));
        QCOMPARE(chosen.at(0).at(1).toString(), QString());
        QVERIFY(!dialog.isVisible());
    }

    void dialogChoosesAUnitsBatchAndUnit()
    {
        GoToBatchDialog dialog(&m_store, &m_units, m_window.get());
        QSignalSpy chosen(&dialog, &GoToBatchDialog::chosen);
        dialog.codeField()->setText(QStringLiteral(" sn-9 "));
        dialog.accept();
        QCOMPARE(chosen.size(), 1);
        QCOMPARE(chosen.at(0).at(0).toString(), QStringLiteral("b-2"));
        QCOMPARE(chosen.at(0).at(1).toString(), QStringLiteral("c-9"));
    }
};

QTEST_MAIN(TestWedgeScanner)
#include "tst_wedgescanner.moc"
