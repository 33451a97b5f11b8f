// The board in another language, switched while it runs: the texts of every action, menu,
// label, check box and column header follow at once, dates and numbers follow the language's
// locale, and switching back restores the English texts exactly. Data from the server (labels,
// a custom status label) is never translated.

#include "app/i18n/translations.h"
#include "boardfit.h"
#include "common/batchfactory.h"
#include "models/batchroles.h"
#include "models/batchstore.h"
#include "ui/batchdetailpane.h"
#include "ui/connectiondialog.h"
#include "ui/legendwidget.h"
#include "ui/mainwindow.h"

#include <QAbstractButton>
#include <QAction>
#include <QDialogButtonBox>
#include <QPushButton>
#include <QCheckBox>
#include <QDir>
#include <QScreen>
#include <QClipboard>
#include <QGuiApplication>
#include <QScrollArea>
#include <QScrollBar>
#include <QStyle>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

#include <functional>

using namespace BatchDesk;
using BatchDesk::App::Translations;
using BatchDesk::Ui::MainWindow;
using TestSupport::BatchSpec;

namespace {

// Every fixed text the window shows, keyed by where it is shown.
QMap<QString, QString> visibleTexts(MainWindow &window)
{
    QMap<QString, QString> texts;
    texts.insert(QStringLiteral("window title"), window.windowTitle());
    const QList<QAction *> actions = window.findChildren<QAction *>();
    for (QAction *action : actions) {
        // Language names are written in their own language on purpose; data rows are not ours.
        if (action->text().isEmpty() || action->objectName().startsWith(QLatin1String("Language_"))
            || action->isSeparator() || action->menu() != nullptr)
            continue;
        texts.insert(QStringLiteral("action %1").arg(reinterpret_cast<quintptr>(action)), action->text());
    }
    for (QAction *top : window.menuBar()->actions())
        texts.insert(QStringLiteral("menu %1").arg(reinterpret_cast<quintptr>(top)), top->text());
    texts.insert(QStringLiteral("language menu"), window.languageMenu()->title());
    for (QAbstractButton *button : window.findChildren<QAbstractButton *>()) {
        if (!button->text().isEmpty() && button->isVisibleTo(&window))
            texts.insert(QStringLiteral("button %1").arg(reinterpret_cast<quintptr>(button)), button->text());
    }
    // The detail pane builds its labels anew for each render: keyed by position there.
    QWidget *detail = window.detailPane();
    int detailLabel = 0;
    for (QLabel *label : window.findChildren<QLabel *>()) {
        // Field values in the detail pane are data; their captions are ours.
        if (label->objectName().startsWith(QLatin1String("field:")) || label->text().isEmpty()
            || !label->isVisibleTo(&window))
            continue;
        const QString key = detail->isAncestorOf(label) ? QStringLiteral("detail label %1").arg(detailLabel++)
                                                        : QStringLiteral("label %1").arg(reinterpret_cast<quintptr>(label));
        texts.insert(key, label->text());
    }
    texts.insert(QStringLiteral("search placeholder"), window.searchField()->placeholderText());
    const QAbstractItemModel *model = window.tree()->model();
    for (int column = 0; column < model->columnCount(); ++column)
        texts.insert(QStringLiteral("header %1").arg(column), window.tree()->header()->model()->headerData(column, Qt::Horizontal).toString());
    return texts;
}

// Texts that are the same word in English and the language (names, symbols, counts).
bool sameInBothLanguages(const QString &language, const QString &text)
{
    // Counts, and the server's own words (the workflow's name from the batch factory).
    static const QRegularExpression letter(QStringLiteral("\\p{L}"));
    if (!text.contains(letter) || text == QLatin1String("Apple provisioning") || text == QLatin1String("BatchDesk"))
        return true;
    static const QHash<QString, QStringList> same{
        {QStringLiteral("de"), {QStringLiteral("Status"), QStringLiteral("Server"), QStringLiteral("&Name:")}},
        {QStringLiteral("fr"), {QStringLiteral("Description"), QStringLiteral("Type"), QStringLiteral("Cycles"),
                                QStringLiteral("Relations")}},
        {QStringLiteral("pl"), {QStringLiteral("Status"), QStringLiteral("Program")}},
    };
    return same.value(language).contains(text);
}

} // namespace

class TestLanguageSwitch final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void germanBoardIsGerman();
    void switchingWhileRunningRetranslatesEverything();
    void languageMenuChoosesAndSaves();
    void datesAndNumbersFollowTheLanguage();
    void openConnectionDialogFollows();
    void firstWindowFitsTheScreen();
    void boardFitsAt1366x768_data();
    void boardFitsAt1366x768();

private:
    void fill(BatchStore &store) const
    {
        Niagara::Page<Niagara::Batch> page = TestSupport::makePage({
            BatchSpec{QStringLiteral("b1"), QStringLiteral("q-fast"), QStringLiteral("wo-ipad"), {1200, 30, 5, 3000, 2, 0}, 1},
            BatchSpec{QStringLiteral("b2"), QStringLiteral("q-fast"), QStringLiteral("wo-ipad"), {10, 0, 0, 0, 0, 0}, 2},
            BatchSpec{QStringLiteral("b3"), QStringLiteral("q-rework"), QStringLiteral("wo-mac"), {0, 0, 0, 8, 0, 0}, 1,
                      Niagara::StatusCategory::Complete},
        });
        page.items[0].label = QStringLiteral("NWS iPad Air 1/2");
        page.items[0].created = QDateTime(QDate(2026, 3, 14), QTime(15, 9, 26), Qt::UTC);
        page.items[0].currentStatus->label = QStringLiteral("Waiting for parts"); // the server's words
        store.beginLoad();
        store.ingest(page);
        store.endLoad();
    }
    // The widest texts a real board shows: a three-digit priority, two-digit orders, a long
    // label ending in the batch's number, a long unbroken value in the detail pane.
    void fillWide(BatchStore &store) const
    {
        Niagara::Page<Niagara::Batch> page = TestSupport::makePage({
            BatchSpec{QStringLiteral("b1"), QStringLiteral("q-fast"), QStringLiteral("wo-ipad"), {1200, 30, 5, 3000, 2, 0}, 79},
            BatchSpec{QStringLiteral("b2"), QStringLiteral("q-fast"), QStringLiteral("wo-ipad"), {10, 0, 0, 0, 0, 0}, 80},
            BatchSpec{QStringLiteral("b3"), QStringLiteral("q-rework"), QStringLiteral("wo-mac"), {0, 0, 0, 8, 0, 0}, 1,
                      Niagara::StatusCategory::Complete},
        });
        const QDateTime due(QDate(2026, 12, 24), QTime(17, 0), Qt::UTC);
        for (Niagara::Batch &batch : page.items) {
            batch.queue = TestSupport::makeQueue(batch.queue.id, batch.queue.id == QLatin1String("q-fast") ? 100 : 0);
            batch.workOrder = TestSupport::makeWorkOrder(batch.workOrder.id, due);
        }
        page.items[0].label = QStringLiteral("NWS iPad Air 11-inch M2 Refresh for the Hamburg Harbour warehouse 12/40");
        page.items[0].workOrder.label = QStringLiteral("WO-") + QString(60, QLatin1Char('7')); // no place to wrap
        store.beginLoad();
        store.ingest(page);
        store.endLoad();
    }
    QModelIndex batchRow(MainWindow &window, const QString &id) const
    {
        const QAbstractItemModel *model = window.tree()->model();
        QModelIndexList found = model->match(model->index(0, 0), BatchRoles::IdRole, id, 1,
                                             Qt::MatchExactly | Qt::MatchRecursive);
        return found.value(0);
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<Translations> m_translations;
};

void TestLanguageSwitch::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_settings = std::make_unique<QSettings>(m_dir->filePath(QStringLiteral("batchdesk.ini")), QSettings::IniFormat);
    m_translations = std::make_unique<Translations>(m_settings.get());
    QVERIFY(m_translations->choose(QStringLiteral("en")));
}

void TestLanguageSwitch::cleanup()
{
    m_translations.reset();
    m_settings.reset();
    m_dir.reset();
}

void TestLanguageSwitch::germanBoardIsGerman()
{
    // Started in German, as with a German system or a saved choice.
    QVERIFY(m_translations->choose(QStringLiteral("de")));
    BatchStore store;
    MainWindow window(&store, m_settings.get());
    fill(store);
    window.show();
    QCOMPARE(window.refreshAction()->text(), QStringLiteral("Aktualisieren"));
    QCOMPARE(window.deleteAction()->text(), QStringLiteral("Charge löschen"));
    QCOMPARE(window.mineCheck()->text(), QStringLiteral("Mir zugewiesen"));
    const QString statusHeader = window.tree()->model()->headerData(StatusColumn, Qt::Horizontal).toString();
    QCOMPARE(statusHeader, QStringLiteral("Status"));
    const QString cyclesHeader = window.tree()->model()->headerData(CyclesColumn, Qt::Horizontal).toString();
    QCOMPARE(cyclesHeader, QStringLiteral("Zyklen"));
    // The legend names the status categories in German; the status bar counts in German.
    auto *legend = window.findChild<Ui::LegendWidget *>();
    QVERIFY(legend != nullptr);
    QCOMPARE(legend->label(Niagara::StatusCategory::Pending)->text(), QStringLiteral("Ausstehend"));
    // The queue row counts its batches in German.
    const QAbstractItemModel *model = window.tree()->model();
    const QModelIndex fast = model->match(model->index(0, 0), BatchRoles::IdRole, QStringLiteral("q-fast"), 1,
                                          Qt::MatchExactly).value(0);
    QVERIFY(fast.isValid());
    QCOMPARE(fast.siblingAtColumn(StatusColumn).data().toString(), QStringLiteral("2 Chargen"));
    // Qt's own words too (from Qt's translations): standard buttons, as in the wizards.
    QDialogButtonBox buttons(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    QCOMPARE(buttons.button(QDialogButtonBox::Cancel)->text(), QStringLiteral("Abbrechen"));
    // The server's own status label stays as the server wrote it.
    const QModelIndex b1 = batchRow(window, QStringLiteral("b1"));
    QVERIFY(b1.isValid());
    QVERIFY(b1.siblingAtColumn(StatusColumn).data().toString().contains(QStringLiteral("Waiting for parts")));
}

void TestLanguageSwitch::switchingWhileRunningRetranslatesEverything()
{
    BatchStore store;
    MainWindow window(&store, m_settings.get());
    fill(store);
    window.show();
    window.tree()->setCurrentIndex(batchRow(window, QStringLiteral("b1")));
    const QMap<QString, QString> english = visibleTexts(window);
    QVERIFY(english.size() > 25);

    for (const QString &language : {QStringLiteral("de"), QStringLiteral("fr"), QStringLiteral("es"), QStringLiteral("pl")}) {
        QVERIFY(m_translations->choose(language));
        QCoreApplication::processEvents(); // the LanguageChange events are posted
        const QMap<QString, QString> now = visibleTexts(window);
        QCOMPARE(now.keys(), english.keys());
        QStringList untranslated;
        for (auto it = english.cbegin(); it != english.cend(); ++it) {
            if (now.value(it.key()) == it.value() && !sameInBothLanguages(language, it.value()))
                untranslated << it.key() + QStringLiteral(": ") + it.value();
        }
        QVERIFY2(untranslated.isEmpty(), qPrintable(language + QStringLiteral(" — still English:\n")
                                                    + untranslated.join(QLatin1Char('\n'))));
        // The selection and the board stay as they were.
        QCOMPARE(window.tree()->currentIndex().data(BatchRoles::IdRole).toString(), QStringLiteral("b1"));
        QCOMPARE(window.detailPane()->batchId(), QStringLiteral("b1"));
    }

    // Back to English: the very same texts as before.
    QVERIFY(m_translations->choose(QStringLiteral("en")));
    QCoreApplication::processEvents();
    QCOMPARE(visibleTexts(window), english);
}

void TestLanguageSwitch::languageMenuChoosesAndSaves()
{
    BatchStore store;
    MainWindow window(&store, m_settings.get());
    QList<MainWindow::LanguageChoice> languages;
    for (const App::LanguageOption &option : Translations::languages())
        languages.append({option.code, option.nativeName});
    window.setLanguages(languages, QString());
    // The app wires the menu to App::Translations the same way (app/gui/main.cpp).
    connect(&window, &MainWindow::languageChosen, m_translations.get(),
            [this](const QString &code) { m_translations->choose(code); });
    QSignalSpy chosen(&window, &MainWindow::languageChosen);

    auto *german = window.findChild<QAction *>(QStringLiteral("Language_de"));
    QVERIFY(german != nullptr);
    QCOMPARE(german->text(), QStringLiteral("Deutsch"));
    QVERIFY(window.languageMenu()->isEnabled());
    german->trigger();
    QCOMPARE(chosen.size(), 1);
    QCOMPARE(chosen.at(0).at(0).toString(), QStringLiteral("de"));
    QCoreApplication::processEvents();
    QCOMPARE(window.refreshAction()->text(), QStringLiteral("Aktualisieren"));
    QVERIFY(german->isChecked());
    QCOMPARE(m_settings->value(QLatin1String(Translations::kSettingsKey)).toString(), QStringLiteral("de"));

    // "As the system" forgets the choice.
    auto *system = window.findChild<QAction *>(QStringLiteral("Language_system"));
    QVERIFY(system != nullptr);
    system->trigger();
    QCOMPARE(chosen.size(), 2);
    QVERIFY(chosen.at(1).at(0).toString().isEmpty());
    QVERIFY(!m_settings->contains(QLatin1String(Translations::kSettingsKey)));
    QCOMPARE(m_translations->language(), Translations::systemLanguage());
}

void TestLanguageSwitch::datesAndNumbersFollowTheLanguage()
{
    BatchStore store;
    MainWindow window(&store, m_settings.get());
    fill(store);
    window.show();
    window.tree()->setCurrentIndex(batchRow(window, QStringLiteral("b1")));
    Ui::BatchDetailPane *pane = window.detailPane();
    const QDateTime created(QDate(2026, 3, 14), QTime(15, 9, 26), Qt::UTC);
    const QString englishDate = pane->fieldText(QStringLiteral("batch.created"));
    QCOMPARE(englishDate, QLocale(QStringLiteral("en")).toString(created.toLocalTime(), QLocale::ShortFormat));
    QCOMPARE(pane->fieldText(QStringLiteral("batch.numberCycles")), QStringLiteral("4,237"));

    for (const QString &language : {QStringLiteral("de"), QStringLiteral("fr"), QStringLiteral("pl")}) {
        QVERIFY(m_translations->choose(language));
        QCoreApplication::processEvents();
        const QLocale locale(language);
        QCOMPARE(pane->fieldText(QStringLiteral("batch.created")), locale.toString(created.toLocalTime(), QLocale::ShortFormat));
        QVERIFY(pane->fieldText(QStringLiteral("batch.created")) != englishDate);
        QCOMPARE(pane->fieldText(QStringLiteral("batch.numberCycles")), locale.toString(4237));
        // The progress column's percentage and the row's tooltip use the same locale.
        const QModelIndex percent = batchRow(window, QStringLiteral("b1")).siblingAtColumn(PercentColumn);
        const QString shown = percent.data().toString();
        QVERIFY2(shown.contains(locale.toString(71)) || shown.contains(locale.toString(70)), qPrintable(shown));
    }
}

void TestLanguageSwitch::openConnectionDialogFollows()
{
    // The one non-modal dialog: it can stay open while the language changes in the window.
    Ui::ConnectionDialog dialog(nullptr);
    dialog.show();
    const auto texts = [&dialog] {
        QStringList all{dialog.windowTitle()};
        for (QAbstractButton *button : dialog.findChildren<QAbstractButton *>())
            all << button->text() + QLatin1Char('|') + button->toolTip();
        for (QLabel *label : dialog.findChildren<QLabel *>())
            all << label->text();
        for (QGroupBox *box : dialog.findChildren<QGroupBox *>())
            all << box->title();
        for (QLineEdit *field : dialog.findChildren<QLineEdit *>())
            all << field->placeholderText();
        return all;
    };
    const QStringList english = texts();
    QVERIFY(english.contains(QStringLiteral("Servers and sign-in")));
    QVERIFY(m_translations->choose(QStringLiteral("de")));
    QCoreApplication::processEvents();
    const QStringList german = texts();
    QCOMPARE(german.size(), english.size());
    QStringList unchanged;
    for (qsizetype i = 0; i < english.size(); ++i) {
        if (german.at(i) == english.at(i) && english.at(i).contains(QRegularExpression(QStringLiteral("\\p{L}")))
            && !english.at(i).startsWith(QLatin1String("https://")) && english.at(i) != QLatin1String("batchdesk-desktop")
            && !sameInBothLanguages(QStringLiteral("de"), english.at(i)))
            unchanged << english.at(i);
    }
    QVERIFY2(unchanged.isEmpty(), qPrintable(unchanged.join(QLatin1Char('\n'))));
    QVERIFY(m_translations->choose(QStringLiteral("en")));
    QCoreApplication::processEvents();
    QCOMPARE(texts(), english);
}

void TestLanguageSwitch::firstWindowFitsTheScreen()
{
    // No saved layout: the first window fits the screen's free area (the test platform's
    // screen is smaller than the 1440×860 the window prefers).
    BatchStore store;
    {
        MainWindow window(&store, m_settings.get());
        window.show();
        const QRect available = window.screen()->availableGeometry();
        QVERIFY2(window.width() <= available.width() && window.height() <= available.height(),
                 qPrintable(QStringLiteral("%1×%2 on %3×%4").arg(window.width()).arg(window.height())
                                .arg(available.width()).arg(available.height())));
        // A layout saved on a larger screen is not restored larger than this one.
        window.resize(available.width() + 400, available.height() + 300);
        window.saveSettings();
    }
    MainWindow again(&store, m_settings.get());
    const QRect available = again.screen()->availableGeometry();
    QVERIFY(again.width() <= available.width());
    QVERIFY(again.height() <= available.height());
}

void TestLanguageSwitch::boardFitsAt1366x768_data()
{
    QTest::addColumn<QString>("language");
    for (const App::LanguageOption &option : Translations::languages())
        QTest::newRow(qPrintable(option.code)) << option.code;
}

void TestLanguageSwitch::boardFitsAt1366x768()
{
    QFETCH(QString, language);
    QVERIFY(m_translations->choose(language));
    BatchStore store;
    MainWindow window(&store, m_settings.get());
    fillWide(store);
    window.resize(1366, 768);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.tree()->setCurrentIndex(batchRow(window, QStringLiteral("b1")));
    QCoreApplication::processEvents(); // the columns fit once the rows are in
    QCOMPARE(window.size(), QSize(1366, 768));

    QTreeView *tree = window.tree();
    const int itemMargins = 2 * (tree->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, tree) + 1);
    // Headers, orders, priorities, the other short values, the sort entries and the status bar.
    QStringList cut = TestSupport::cutBoardTexts(window);
    // With a filter on, a queue counts what it shows (one batch of its two): whole too.
    const auto fastCount = [tree] {
        const QModelIndex fast = tree->model()->match(tree->model()->index(0, 0), BatchRoles::IdRole,
                                                      QStringLiteral("q-fast"), 1, Qt::MatchExactly).value(0);
        return fast.siblingAtColumn(StatusColumn).data().toString();
    };
    const QString unfiltered = fastCount();
    window.searchField()->setText(QStringLiteral("Hamburg"));
    QTRY_VERIFY2(fastCount() != unfiltered && fastCount().contains(QLatin1Char('1')), qPrintable(fastCount()));
    cut += TestSupport::cutBoardTexts(window);
    window.searchField()->clear();
    QTRY_COMPARE(fastCount(), unfiltered);
    QCOMPARE(window.tree()->currentIndex().data(BatchRoles::IdRole).toString(), QStringLiteral("b1"));
    QVERIFY2(cut.isEmpty(), qPrintable(language + QStringLiteral(":\n") + cut.join(QLatin1Char('\n'))));

    // The label column elides in the middle: the batch's number stays in view.
    const QModelIndex b1 = batchRow(window, QStringLiteral("b1"));
    const QString label = b1.data().toString();
    const QString shown = tree->fontMetrics().elidedText(label, tree->textElideMode(), tree->visualRect(b1).width() - itemMargins);
    QVERIFY2(shown != label, "the label is long enough to be cut at 1366 px");
    QVERIFY2(shown.endsWith(QStringLiteral("12/40")), qPrintable(shown));

    // The detail pane wraps: a long unbroken value does not make it scroll sideways.
    auto *scroll = window.detailPane()->findChild<QScrollArea *>();
    QVERIFY(scroll != nullptr);
    QVERIFY(scroll->widget() != nullptr);
    QVERIFY2(scroll->widget()->width() <= scroll->viewport()->width(),
             qPrintable(QStringLiteral("%1 > %2").arg(scroll->widget()->width()).arg(scroll->viewport()->width())));

    // The unbroken value wraps at invisible break chances, which neither a copy nor a screen
    // reader gets: Ctrl+C on the selected value puts the value itself on the clipboard.
    QLabel *woLabel = nullptr;
    QTRY_VERIFY((woLabel = window.detailPane()->findChild<QLabel *>(QStringLiteral("field:workOrder.label"))) != nullptr);
    const QString value = QStringLiteral("WO-") + QString(60, QLatin1Char('7'));
    QVERIFY2(woLabel->text() != value, "the value is shown with break chances");
    QCOMPARE(woLabel->accessibleName(), value);
    woLabel->setSelection(0, static_cast<int>(woLabel->text().size()));
    QVERIFY(woLabel->hasSelectedText());
    QGuiApplication::clipboard()->clear();
    QTest::keySequence(woLabel, QKeySequence::Copy);
    QCOMPARE(QGuiApplication::clipboard()->text(), value);

    // The board's part of the status bar is there: the legend and the load's progress.
    auto *legend = window.findChild<Ui::LegendWidget *>();
    QVERIFY(legend != nullptr);
    QVERIFY(legend->isVisible());
    auto *progress = window.findChild<QLabel *>(QStringLiteral("LoadProgressLabel"));
    QVERIFY(progress != nullptr);
    QVERIFY(progress->isVisible());

    const QString png = QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("boardfit_%1.png").arg(language));
    QVERIFY(window.grab().save(png));
}

QTEST_MAIN(TestLanguageSwitch)
#include "tst_languageswitch.moc"
