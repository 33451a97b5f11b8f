// Wizard drafts against niagara-sim over real HTTP (empty seed, offscreen): what a manager types
// survives a crash, an outage and a restart (ui/wizards/wizarddraft.h, models/drafts/draftstore.h).
//
// The crash is real: this binary starts a copy of itself (--child <drafts folder> <sim url>,
// the token on stdin, never in argv) that fills every page of the split wizard up to the
// review, waits until the draft on disk holds what the pages hold, prints "ready" and waits;
// it is killed with SIGKILL, and the wizard opened here over the same folder must show every
// input again (work order, queue, sizes, pattern, technicians in their order) with the note.
// Also: a run committed in full discards the draft, Cancel discards it, a failed commit keeps
// it (Cancel included), the board's selection loses to a draft until Start over, a catalog that
// cannot load keeps the draft's choice and says what it waits for, and the assign wizard's
// draft round trip (seeded, and choosing batches from a store that has not loaded them yet).
// Pictures of the restored note next to the binary: split-wizard-draft-restored-{en,de}.png,
// split-wizard-draft-waiting.png, assign-wizard-draft-restored.png.

#include "app/i18n/translations.h"
#include "common/sessionfixture.h"
#include "common/simprocess.h"
#include "models/batchroles.h"
#include "models/batchstore.h"
#include "models/drafts/draftstore.h"
#include "models/planning/planningservice.h"
#include "models/planning/splitplan.h"
#include "models/planning/splitpreviewmodel.h"
#include "models/planning/writerun.h"
#include "ui/mainwindow.h"
#include "ui/wizards/assigntechnicianswizard.h"
#include "ui/wizards/runprogresswidget.h"
#include "ui/wizards/splitworkorderwizard.h"
#include "ui/wizards/wizarddraft.h"
#include "wizarddriver.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTreeView>
#include <QTreeWidget>

#include <csignal>
#include <cstdio>
#include <sys/types.h>
#include <unistd.h>

using namespace BatchDesk;
using BatchDesk::Ui::AssignTechniciansWizard;
using BatchDesk::Ui::SplitWorkOrderWizard;
using namespace WizardDriver;

namespace {

const QString kProfile = QStringLiteral("sim-profile");
const QString kEmail = QString::fromLatin1(TestSupport::kManagerEmail);

// What the child types into the split wizard (and the parent expects back).
struct SplitFill
{
    QString search = QStringLiteral("ipad");
    QString workOrderId = QStringLiteral("wo-ipad-500");
    QString queueId = QStringLiteral("queue-fast-lane");
    int batchSize = 30;
    bool spreadEvenly = true;
    QString pattern = QStringLiteral("{work_order} lot {n} of {total}");
    int cyclesToSplit = 400;
    // Not alphabetical, not the catalog's order: round-robin follows the order chosen.
    QStringList technicians{QStringLiteral("Ethan Brooks"), QStringLiteral("Sofia Lindqvist"), QStringLiteral("James Okafor")};
    bool roundRobin = true;
};

bool waitForCensus(SplitWorkOrderWizard &wizard)
{
    return QTest::qWaitFor([&] { return wizard.hasCensus(); }, 60000);
}

// Work order → queue → sizing (and technicians) as a manager would, ending on `lastPage`.
bool fillSplit(SplitWorkOrderWizard &wizard, const SplitFill &fill, int lastPage)
{
    if (!wizard.isVisible()) {
        wizard.show();
        if (!QTest::qWaitForWindowExposed(&wizard))
            return false;
    }
    if (!waitForCensus(wizard) || !chooseInCatalog(wizard.workOrderPage()->browser(), fill.search, fill.workOrderId)
        || !clickNext(wizard))
        return false;
    if (!chooseInCatalog(wizard.queuePage()->browser(), QString(), fill.queueId) || !clickNext(wizard))
        return false;
    Ui::SplitSizingPage *sizing = wizard.sizingPage();
    QTest::mouseClick(sizing->batchSizeRadio(), Qt::LeftButton);
    typeInto(sizing->sizingSpin(), QString::number(fill.batchSize));
    QComboBox *remainder = sizing->remainderCombo();
    remainder->setCurrentIndex(remainder->findData(
        static_cast<int>(fill.spreadEvenly ? RemainderPolicy::SpreadEvenly : RemainderPolicy::LastSmaller)));
    typeInto(sizing->labelPatternEdit(), fill.pattern);
    QTest::mouseClick(sizing->partialCheck(), Qt::LeftButton);
    typeInto(sizing->cyclesToSplitSpin(), QString::number(fill.cyclesToSplit));
    // The manager's own click (a pattern of their own chose it already).
    QTest::mouseClick(sizing->individualRadio(), Qt::LeftButton);
    if (lastPage == SplitWorkOrderWizard::SizingPageId)
        return wizard.button(QWizard::NextButton)->isEnabled();
    if (!clickNext(wizard))
        return false;
    Ui::SplitTechniciansPage *technicians = wizard.techniciansPage();
    for (const QString &name : fill.technicians) {
        if (!tickTechnician(technicians->picker(), name))
            return false;
    }
    QTest::mouseClick(fill.roundRobin ? technicians->roundRobinRadio() : technicians->allBatchesRadio(), Qt::LeftButton);
    if (lastPage == SplitWorkOrderWizard::TechniciansPageId)
        return true;
    return clickNext(wizard) && wizard.currentId() == SplitWorkOrderWizard::ReviewPageId;
}

// A field of the draft on disk, or nothing when there is no draft.
QVariant fieldOf(DraftStore &drafts, const QString &key, const QString &name)
{
    const std::optional<Draft> draft = drafts.load(key);
    return draft ? draft->fields.value(name) : QVariant();
}

// The same inputs as JSON has them (numbers and lists compare alike).
bool sameFields(const QVariantMap &a, const QVariantMap &b)
{
    return QJsonObject::fromVariantMap(a) == QJsonObject::fromVariantMap(b);
}

// The child: fills the split wizard, waits for its draft on disk, says so and waits to be killed.
int runSplitChild(int argc, char **argv)
{
    QApplication app(argc, argv);
    // As the parent (and the app): English with its locale, so both word the review alike.
    App::Translations translations;
    if (!translations.choose(QStringLiteral("en")))
        return 2;
    const QString folder = QString::fromLocal8Bit(argv[2]);
    const QUrl url(QString::fromLocal8Bit(argv[3]));
    // The token comes on stdin: never on a command line.
    QTextStream in(stdin);
    const QString token = in.readLine().trimmed();
    if (token.isEmpty())
        return 2;
    QNetworkAccessManager network;
    Niagara::NiagaraClient client(&network);
    client.setBaseUrl(url);
    client.setBearerToken(token);
    PlanningService service(&client);
    DraftStore drafts(folder);
    SplitWorkOrderWizard wizard(&service);
    wizard.useDrafts(&drafts, kProfile, kEmail);
    if (!fillSplit(wizard, SplitFill{}, SplitWorkOrderWizard::ReviewPageId)) {
        std::fprintf(stderr, "child: could not fill the wizard\n");
        return 3;
    }
    const QString key = DraftStore::keyFor(DraftKind::SplitWorkOrder, kProfile, kEmail);
    const bool written = QTest::qWaitFor([&] {
        DraftStore reader(folder);
        const std::optional<Draft> draft = reader.load(key);
        return draft && sameFields(draft->fields, wizard.draftFields());
    }, 30000);
    if (!written) {
        std::fprintf(stderr, "child: the draft on disk does not hold the inputs\n");
        return 4;
    }
    const QByteArray summary = QJsonDocument(QJsonArray{wizard.reviewPage()->summaryText()}).toJson(QJsonDocument::Compact);
    std::printf("ready %s\n", summary.constData());
    std::fflush(stdout);
    return QApplication::exec(); // until SIGKILL
}

} // namespace

class TestWizardDraft final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void splitDraftSurvivesSigkill();
    void committedRunDiscardsTheDraft();
    void cancelDiscardsTheDraft();
    void failedCommitKeepsTheDraft();
    void boardSelectionLosesToDraftUntilStartOver();
    void catalogThatCannotLoadKeepsTheChoice();
    void assignDraftRoundTrip();
    void assignDraftWaitsForTheBoard();
    void boardHandsTheSessionsDraftsToTheWizards();
    void restoredNotePictures_data();
    void restoredNotePictures();

private:
    QString splitKey() const { return DraftStore::keyFor(DraftKind::SplitWorkOrder, kProfile, kEmail); }
    QString assignKey() const { return DraftStore::keyFor(DraftKind::AssignTechnicians, kProfile, kEmail); }
    void saveSplitPicture(SplitWorkOrderWizard &wizard, const QString &name);

    std::unique_ptr<TestSupport::SimProcess> m_sim;
    QNetworkAccessManager m_network;
    std::unique_ptr<Niagara::NiagaraClient> m_client;
    std::unique_ptr<PlanningService> m_service;
    App::Translations *m_translations = nullptr;
    QHash<QString, QString> m_users; // name → id
};

void TestWizardDraft::initTestCase()
{
    m_translations = new App::Translations(nullptr, this);
    QVERIFY(m_translations->choose(QStringLiteral("en")));
    // One sim for every case (each uses its own work order); --test-admin re-arms faults.
    m_sim = std::make_unique<TestSupport::SimProcess>();
    QString error;
    QVERIFY2(m_sim->start(QStringLiteral("empty"), {QStringLiteral("--test-admin")}, &error), qPrintable(error));
    m_client = std::make_unique<Niagara::NiagaraClient>(&m_network);
    m_client->setBaseUrl(m_sim->baseUrl());
    m_client->setBearerToken(m_sim->managerToken());
    m_service = std::make_unique<PlanningService>(m_client.get());
    m_users = userIdsByName(*m_client, this);
}

void TestWizardDraft::cleanupTestCase()
{
    m_service.reset();
    m_client.reset();
    m_sim.reset();
}

void TestWizardDraft::saveSplitPicture(SplitWorkOrderWizard &wizard, const QString &name)
{
    QVERIFY(!saveScreenshot(wizard, name).isEmpty());
}

void TestWizardDraft::splitDraftSurvivesSigkill()
{
    QTemporaryDir dir;
    const QString folder = dir.filePath(QStringLiteral("drafts"));
    QProcess child;
    child.setProgram(QCoreApplication::applicationFilePath());
    child.setArguments({QStringLiteral("--child"), folder, m_sim->baseUrl().toString()});
    child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    child.start();
    QVERIFY(child.waitForStarted(30000));
    child.write(m_sim->managerToken().toUtf8() + '\n');
    QByteArray out;
    QTRY_VERIFY_WITH_TIMEOUT((out += child.readAllStandardOutput()).contains('\n') || child.state() != QProcess::Running, 120000);
    QVERIFY2(out.startsWith("ready "), out.constData());
    QCOMPARE(child.state(), QProcess::Running);
    const QString childSummary = QJsonDocument::fromJson(out.mid(6).trimmed()).array().at(0).toString();
    QVERIFY(!childSummary.isEmpty());

    // Killed as the OS kills: no destructor, no event loop, nothing flushed.
    QCOMPARE(::kill(static_cast<pid_t>(child.processId()), SIGKILL), 0);
    QVERIFY(child.waitForFinished(30000));
    QCOMPARE(child.exitStatus(), QProcess::CrashExit);

    DraftStore drafts(folder);
    const std::optional<Draft> left = drafts.load(splitKey());
    QVERIFY(left);
    const SplitFill fill;
    QCOMPARE(left->fields.value(QStringLiteral("workOrderId")).toString(), fill.workOrderId);
    QVERIFY(!left->fields.contains(QStringLiteral("token")));
    {
        QFile file(drafts.pathFor(splitKey()));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(!bytes.contains(m_sim->managerToken().toUtf8()));
    }

    // Reopened over the same folder: every input is back.
    SplitWorkOrderWizard wizard(m_service.get());
    wizard.useDrafts(&drafts, kProfile, kEmail);
    QVERIFY(wizard.hasRestoredDraft());
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    Ui::DraftNote *note = wizard.draftNote();
    QVERIFY(note->isVisible());
    QVERIFY2(note->text().startsWith(QStringLiteral("Restored the draft you left at ")), qPrintable(note->text()));
    QVERIFY(note->startOverButton()->isVisible());

    Ui::SplitWorkOrderPage *workOrder = wizard.workOrderPage();
    QTRY_COMPARE_WITH_TIMEOUT(workOrder->workOrderId(), fill.workOrderId, 30000);
    QVERIFY(waitForCensus(wizard));
    QVERIFY(workOrder->waitingLabel()->isHidden());
    QVERIFY(clickNext(wizard));
    QTRY_COMPARE_WITH_TIMEOUT(wizard.queuePage()->queueId(), fill.queueId, 30000);
    QVERIFY(clickNext(wizard));

    Ui::SplitSizingPage *sizing = wizard.sizingPage();
    QVERIFY(sizing->batchSizeRadio()->isChecked());
    QCOMPARE(sizing->sizingSpin()->value(), fill.batchSize);
    QCOMPARE(sizing->remainderCombo()->currentData().toInt(), static_cast<int>(RemainderPolicy::SpreadEvenly));
    QCOMPARE(sizing->labelPatternEdit()->text(), fill.pattern);
    QVERIFY(sizing->partialCheck()->isChecked());
    QCOMPARE(sizing->cyclesToSplitSpin()->value(), fill.cyclesToSplit);
    QVERIFY(!sizing->overSplitCheck()->isChecked());
    QVERIFY(sizing->individualRadio()->isChecked());
    QCOMPARE(sizing->previewModel()->rowCount(), 14); // 400 cycles in batches of about 30
    QVERIFY(clickNext(wizard));

    Ui::SplitTechniciansPage *technicians = wizard.techniciansPage();
    QStringList expectedIds;
    for (const QString &name : fill.technicians)
        expectedIds << m_users.value(name);
    QCOMPARE(technicians->picker()->chosenIds(), expectedIds); // in the order chosen
    QTRY_VERIFY_WITH_TIMEOUT(technicians->picker()->allChosenLoaded(), 30000);
    QVERIFY(technicians->roundRobinRadio()->isChecked());
    QVERIFY(clickNext(wizard));

    // The review says exactly what the killed wizard's said.
    QCOMPARE(wizard.currentId(), int(SplitWorkOrderWizard::ReviewPageId));
    QCOMPARE(wizard.reviewPage()->summaryText(), childSummary);
    QVERIFY(wizard.reviewPage()->run());
    // Walking through changed nothing: the draft was not written again (it keeps its time).
    const std::optional<Draft> after = drafts.load(splitKey());
    QVERIFY(after);
    QCOMPARE(after->savedAt, left->savedAt);
    // Closing the window any way but Cancel (here: the wizard goes with the test) keeps it.
}

void TestWizardDraft::committedRunDiscardsTheDraft()
{
    QTemporaryDir dir;
    DraftStore drafts(dir.filePath(QStringLiteral("drafts")));
    SplitWorkOrderWizard wizard(m_service.get());
    wizard.useDrafts(&drafts, kProfile, kEmail);
    QVERIFY(!wizard.hasRestoredDraft());
    QVERIFY(!wizard.draftNote()->isVisible());
    SplitFill fill;
    fill.search = QStringLiteral("macbook");
    fill.workOrderId = QStringLiteral("wo-macbook-40");
    fill.queueId = QStringLiteral("queue-rework");
    fill.batchSize = 10;
    fill.cyclesToSplit = 40;
    fill.technicians = {QStringLiteral("Sofia Lindqvist")};
    fill.roundRobin = false;
    QVERIFY(fillSplit(wizard, fill, SplitWorkOrderWizard::ReviewPageId));
    // Saved at the latest when the page changed.
    QVERIFY(drafts.contains(splitKey()));
    QCOMPARE(drafts.load(splitKey())->fields.value(QStringLiteral("workOrderId")).toString(), fill.workOrderId);

    QVERIFY(clickNext(wizard)); // Create batches
    WriteRun *run = wizard.commitPage()->progress()->run();
    QVERIFY(run);
    QTRY_VERIFY_WITH_TIMEOUT(run->isFinished(), 120000);
    QCOMPARE(run->count(ItemState::Succeeded), int(run->items().size()));
    // Done in full: nothing is left to come back to.
    QVERIFY(!drafts.contains(splitKey()));
    // Finish (or anything else) does not bring it back.
    QTRY_VERIFY(wizard.button(QWizard::FinishButton)->isEnabled());
    QTest::mouseClick(wizard.button(QWizard::FinishButton), Qt::LeftButton);
    QTest::qWait(2 * Ui::WizardDraft::kSaveDelayMs);
    QVERIFY(!drafts.contains(splitKey()));
}

void TestWizardDraft::cancelDiscardsTheDraft()
{
    QTemporaryDir dir;
    DraftStore drafts(dir.filePath(QStringLiteral("drafts")));
    SplitWorkOrderWizard wizard(m_service.get());
    wizard.useDrafts(&drafts, kProfile, kEmail);
    QVERIFY(fillSplit(wizard, SplitFill{}, SplitWorkOrderWizard::SizingPageId));
    // A keystroke is on disk within the delay, without a page change.
    typeInto(wizard.sizingPage()->labelPatternEdit(), QStringLiteral("{work_order} part {n}"));
    QTRY_COMPARE_WITH_TIMEOUT(fieldOf(drafts, splitKey(), QStringLiteral("labelPattern")).toString(),
                              QStringLiteral("{work_order} part {n}"), 5000);

    QAbstractButton *cancel = wizard.button(QWizard::CancelButton);
    QVERIFY(cancel->isVisible() && cancel->isEnabled());
    QTest::mouseClick(cancel, Qt::LeftButton);
    QVERIFY(!wizard.isVisible());
    QVERIFY(!drafts.contains(splitKey()));
    QTest::qWait(2 * Ui::WizardDraft::kSaveDelayMs);
    QVERIFY(!drafts.contains(splitKey()));
}

void TestWizardDraft::failedCommitKeepsTheDraft()
{
    QTemporaryDir dir;
    DraftStore drafts(dir.filePath(QStringLiteral("drafts")));
    SplitFill fill;
    fill.search = QStringLiteral("chromebook");
    fill.workOrderId = QStringLiteral("wo-chromebook-120");
    fill.queueId = QStringLiteral("queue-rework");
    fill.batchSize = 40;
    fill.cyclesToSplit = 120;
    fill.technicians = {};
    fill.roundRobin = false;
    {
        SplitWorkOrderWizard wizard(m_service.get());
        wizard.useDrafts(&drafts, kProfile, kEmail);
        QVERIFY(fillSplit(wizard, fill, SplitWorkOrderWizard::ReviewPageId));
        // The server cannot take writes (as when the shop's network drops under a run).
        QVERIFY(setSimFaults(m_network, m_sim->baseUrl(), QStringLiteral("500=1,methods=POST|PATCH")));
        const auto clearFaults = qScopeGuard([this] { setSimFaults(m_network, m_sim->baseUrl(), QString()); });
        QVERIFY(clickNext(wizard));
        WriteRun *run = wizard.commitPage()->progress()->run();
        QVERIFY(run);
        QTRY_VERIFY_WITH_TIMEOUT(run->isFinished(), 120000);
        QVERIFY(run->count(ItemState::Failed) > 0);
        QVERIFY(drafts.contains(splitKey()));
        // Cancel after a failed commit: the inputs stay for another try.
        QTRY_VERIFY(wizard.button(QWizard::CancelButton)->isEnabled());
        QTest::mouseClick(wizard.button(QWizard::CancelButton), Qt::LeftButton);
        QVERIFY(!wizard.isVisible());
        QVERIFY(drafts.contains(splitKey()));
    }
    SplitWorkOrderWizard again(m_service.get());
    again.useDrafts(&drafts, kProfile, kEmail);
    QVERIFY(again.hasRestoredDraft());
    again.show();
    QVERIFY(QTest::qWaitForWindowExposed(&again));
    QTRY_COMPARE_WITH_TIMEOUT(again.workOrderPage()->workOrderId(), fill.workOrderId, 30000);
    QCOMPARE(again.draftFields().value(QStringLiteral("sizingValue")).toInt(), 40);

    // Reopened, changed and cancelled before any commit of its own: abandoned.
    QVERIFY(waitForCensus(again));
    QVERIFY(clickNext(again));
    QVERIFY(clickNext(again));
    typeInto(again.sizingPage()->sizingSpin(), QStringLiteral("60"));
    QTRY_COMPARE_WITH_TIMEOUT(fieldOf(drafts, splitKey(), QStringLiteral("sizingValue")).toInt(), 60, 5000);
    QTest::mouseClick(again.button(QWizard::CancelButton), Qt::LeftButton);
    QVERIFY(!drafts.contains(splitKey()));
}

void TestWizardDraft::boardSelectionLosesToDraftUntilStartOver()
{
    QTemporaryDir dir;
    DraftStore drafts(dir.filePath(QStringLiteral("drafts")));
    QVERIFY(drafts.save(splitKey(), {{QStringLiteral("workOrderId"), QStringLiteral("wo-ipad-500")},
                                     {QStringLiteral("workOrderLabel"), QStringLiteral("iPad")},
                                     {QStringLiteral("queueId"), QStringLiteral("queue-fast-lane")},
                                     {QStringLiteral("sizeBy"), QStringLiteral("count")},
                                     {QStringLiteral("sizingValue"), 8},
                                     {QStringLiteral("labelPattern"), QStringLiteral("{queue} {n}")}}));
    SplitWorkOrderWizard wizard(m_service.get());
    // As the board does: its selection first, then the drafts.
    wizard.preselect(QStringLiteral("wo-latitude-2000"), QStringLiteral("queue-rework"));
    wizard.useDrafts(&drafts, kProfile, kEmail);
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    QVERIFY(wizard.hasRestoredDraft());
    QVERIFY2(wizard.draftNote()->text().contains(QStringLiteral("selected on the board was not used")),
             qPrintable(wizard.draftNote()->text()));
    QTRY_COMPARE_WITH_TIMEOUT(wizard.workOrderPage()->workOrderId(), QStringLiteral("wo-ipad-500"), 30000);
    QVERIFY(wizard.sizingPage()->batchCountRadio()->isChecked());
    QCOMPARE(wizard.sizingPage()->sizingSpin()->value(), 8);

    // Start over: the draft goes, the board's selection and the defaults come.
    QTest::mouseClick(wizard.draftNote()->startOverButton(), Qt::LeftButton);
    QVERIFY(!drafts.contains(splitKey()));
    QVERIFY(!wizard.draftNote()->isVisible());
    QVERIFY(!wizard.hasRestoredDraft());
    QTRY_COMPARE_WITH_TIMEOUT(wizard.workOrderPage()->workOrderId(), QStringLiteral("wo-latitude-2000"), 30000);
    QCOMPARE(wizard.draftFields().value(QStringLiteral("queueId")).toString(), QStringLiteral("queue-rework"));
    QVERIFY(wizard.sizingPage()->batchSizeRadio()->isChecked());
    QCOMPARE(wizard.sizingPage()->labelPatternEdit()->text(), SplitInput().labelPattern);
    QVERIFY(wizard.sizingPage()->bulkRadio()->isChecked());
    // What the board gave is no draft of the manager's: nothing is written for it.
    QTest::qWait(2 * Ui::WizardDraft::kSaveDelayMs);
    QVERIFY(!drafts.contains(splitKey()));
    // The next change is.
    QVERIFY(waitForCensus(wizard));
    QVERIFY(clickNext(wizard));
    QTRY_COMPARE_WITH_TIMEOUT(wizard.queuePage()->queueId(), QStringLiteral("queue-rework"), 30000);
    QVERIFY(clickNext(wizard));
    typeInto(wizard.sizingPage()->sizingSpin(), QStringLiteral("50"));
    QTRY_VERIFY_WITH_TIMEOUT(drafts.contains(splitKey()), 5000);
    QCOMPARE(drafts.load(splitKey())->fields.value(QStringLiteral("workOrderId")).toString(), QStringLiteral("wo-latitude-2000"));
}

void TestWizardDraft::catalogThatCannotLoadKeepsTheChoice()
{
    // A technician may not list work orders (403): the draft's work order cannot be shown.
    Niagara::NiagaraClient client(&m_network);
    client.setBaseUrl(m_sim->baseUrl());
    client.setBearerToken(m_sim->technicianToken());
    Niagara::RetryPolicy policy = client.retryPolicy();
    policy.maxAttempts = 1;
    client.setRetryPolicy(policy);
    PlanningService service(&client);
    QTemporaryDir dir;
    DraftStore drafts(dir.filePath(QStringLiteral("drafts")));
    QVERIFY(drafts.save(splitKey(), {{QStringLiteral("workOrderId"), QStringLiteral("wo-ipad-500")},
                                     {QStringLiteral("workOrderLabel"), QStringLiteral("iPad refurb 500")},
                                     {QStringLiteral("queueId"), QStringLiteral("queue-fast-lane")}}));
    const QDateTime savedAt = drafts.load(splitKey())->savedAt;

    SplitWorkOrderWizard wizard(&service);
    wizard.useDrafts(&drafts, kProfile, kEmail);
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    QLabel *waiting = wizard.workOrderPage()->waitingLabel();
    QTRY_VERIFY_WITH_TIMEOUT(waiting->isVisible() && waiting->text().contains(QStringLiteral("could not be loaded")), 30000);
    QVERIFY2(waiting->text().contains(QStringLiteral("“iPad refurb 500” stays chosen")), qPrintable(waiting->text()));
    QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
    // The choice stays in the draft; nothing on disk changed.
    QCOMPARE(wizard.draftFields().value(QStringLiteral("workOrderId")).toString(), QStringLiteral("wo-ipad-500"));
    QCOMPARE(wizard.draftFields().value(QStringLiteral("queueId")).toString(), QStringLiteral("queue-fast-lane"));
    wizard.draft()->saveNow();
    QCOMPARE(drafts.load(splitKey())->savedAt, savedAt);
    saveSplitPicture(wizard, QStringLiteral("split-wizard-draft-waiting.png"));
}

void TestWizardDraft::assignDraftRoundTrip()
{
    // Three batches of wo-latitude-2000 to staff.
    const auto created = TestSupport::await<Niagara::Done>([&](auto done) {
        return m_client->createBatches(Niagara::BatchSeries{QStringLiteral("wo-latitude-2000"), QStringLiteral("queue-fast-lane"),
                                                            10, 3, {}},
                                       this, done);
    });
    QVERIFY2(created.ok(), qPrintable(created.error.message()));
    const QList<Niagara::Batch> batches = batchesOf(*m_client, this, QStringLiteral("wo-latitude-2000"));
    QVERIFY(batches.size() >= 3);
    const auto target = [](const Niagara::Batch &b) { return AssignmentTarget{b.id, b.label, b.queue.id, b.queue.label, {}}; };
    const QList<AssignmentTarget> chosen{target(batches.at(0)), target(batches.at(1))};
    const QStringList names{QStringLiteral("Sofia Lindqvist"), QStringLiteral("Ethan Brooks")};
    const QStringList ids{m_users.value(names.at(0)), m_users.value(names.at(1))};

    QTemporaryDir dir;
    DraftStore drafts(dir.filePath(QStringLiteral("drafts")));
    {
        AssignTechniciansWizard wizard(m_service.get(), nullptr, chosen);
        wizard.useDrafts(&drafts, kProfile, kEmail);
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        for (const QString &name : names)
            QVERIFY(tickTechnician(wizard.techniciansPage()->picker(), name));
        QTest::mouseClick(wizard.techniciansPage()->replaceRadio(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(drafts.contains(assignKey())
                                     && drafts.load(assignKey())->fields.value(QStringLiteral("mode")).toString()
                                         == QLatin1String("replace"),
                                 5000);
        // Closed without Cancel (the app went): the draft stays.
    }
    const std::optional<Draft> left = drafts.load(assignKey());
    QVERIFY(left);
    QCOMPARE(left->fields.value(QStringLiteral("technicianIds")).toStringList(), ids);

    // Opened again from another selection on the board: the draft's batches win.
    AssignTechniciansWizard wizard(m_service.get(), nullptr, {target(batches.at(2))});
    wizard.useDrafts(&drafts, kProfile, kEmail);
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    QVERIFY(wizard.hasRestoredDraft());
    QVERIFY(wizard.draftNote()->isVisible());
    QVERIFY2(wizard.draftNote()->text().startsWith(QStringLiteral("Restored the draft you left at ")),
             qPrintable(wizard.draftNote()->text()));
    QVERIFY2(wizard.draftNote()->text().contains(QStringLiteral("selected on the board were not used")),
             qPrintable(wizard.draftNote()->text()));
    QCOMPARE(wizard.targets().size(), 2);
    QCOMPARE(wizard.targets().at(0).batchId, chosen.at(0).batchId);
    QCOMPARE(wizard.targets().at(1).batchId, chosen.at(1).batchId);
    QVERIFY2(wizard.techniciansPage()->targetsText().contains(chosen.at(0).batchLabel),
             qPrintable(wizard.techniciansPage()->targetsText()));
    Ui::TechnicianPicker *picker = wizard.techniciansPage()->picker();
    QCOMPARE(picker->chosenIds(), ids);
    QTRY_VERIFY_WITH_TIMEOUT(picker->allChosenLoaded(), 30000);
    QVERIFY(wizard.techniciansPage()->replaceRadio()->isChecked());
    QVERIFY(wizard.button(QWizard::NextButton)->isEnabled());
    QVERIFY(!saveScreenshot(wizard, QStringLiteral("assign-wizard-draft-restored.png")).isEmpty());

    // Committed in full: the draft goes.
    QVERIFY(clickNext(wizard));
    QTRY_VERIFY_WITH_TIMEOUT(!wizard.previewPage()->isLoading(), 30000);
    QVERIFY(clickNext(wizard));
    WriteRun *run = wizard.commitPage()->progress()->run();
    QVERIFY(run);
    QTRY_VERIFY_WITH_TIMEOUT(run->isFinished(), 60000);
    QCOMPARE(run->count(ItemState::Succeeded), int(run->items().size()));
    QVERIFY(!drafts.contains(assignKey()));
    QStringList sorted = ids;
    sorted.sort();
    QCOMPARE(technicianIds(*m_client, this, chosen.at(0).batchId), sorted);
    QCOMPARE(technicianIds(*m_client, this, batches.at(2).id), QStringList());
}

void TestWizardDraft::assignDraftWaitsForTheBoard()
{
    // Batches chosen inside the wizard (no seeds), restored before the board has loaded them.
    const QList<Niagara::Batch> batches = batchesOf(*m_client, this, QStringLiteral("wo-latitude-2000"));
    QVERIFY(batches.size() >= 3);
    QTemporaryDir dir;
    DraftStore drafts(dir.filePath(QStringLiteral("drafts")));
    const Niagara::Batch &wanted = batches.at(2);
    QVERIFY(drafts.save(assignKey(), {{QStringLiteral("batches"),
                                       QVariantList{QVariantMap{{QStringLiteral("id"), wanted.id},
                                                                {QStringLiteral("label"), wanted.label},
                                                                {QStringLiteral("queueId"), wanted.queue.id},
                                                                {QStringLiteral("queueLabel"), wanted.queue.label}}}},
                                      {QStringLiteral("technicianIds"), QStringList{m_users.value(QStringLiteral("James Okafor"))}},
                                      {QStringLiteral("mode"), QStringLiteral("add")}}));
    BatchStore store;
    store.setClient(m_client.get());
    AssignTechniciansWizard wizard(m_service.get(), &store, {});
    wizard.useDrafts(&drafts, kProfile, kEmail);
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    Ui::AssignBatchesPage *page = wizard.batchesPage();
    QVERIFY(page);
    QVERIFY(wizard.draftNote()->isVisible());
    QCOMPARE(page->chosenIds(), QStringList{wanted.id});
    // What the page waits for is on screen; the choice is the draft's meanwhile.
    QVERIFY2(page->summaryText().contains(QStringLiteral("Not on the board yet")), qPrintable(page->summaryText()));
    QCOMPARE(wizard.targets().size(), 1);
    QCOMPARE(wizard.targets().at(0).batchLabel, wanted.label);

    QSignalSpy loaded(&store, &BatchStore::loadFinished);
    store.reload();
    QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 1, 60000);
    QTRY_VERIFY_WITH_TIMEOUT(!page->summaryText().contains(QStringLiteral("Not on the board yet")), 5000);
    // Selected in the list once it arrived.
    bool selected = false;
    for (const QModelIndex &index : page->view()->selectionModel()->selectedRows())
        selected = selected || index.data(BatchRoles::IdRole).toString() == wanted.id;
    QVERIFY(selected);
    QCOMPARE(page->chosenIds(), QStringList{wanted.id});

    // Start over: nothing chosen, the draft gone.
    QTest::mouseClick(wizard.draftNote()->startOverButton(), Qt::LeftButton);
    QVERIFY(page->chosenIds().isEmpty());
    QVERIFY(!drafts.contains(assignKey()));
    QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
}

void TestWizardDraft::boardHandsTheSessionsDraftsToTheWizards()
{
    // As app/gui/main.cpp wires it: the window gets the store of drafts; the board keys each
    // wizard's draft on the session's server and user.
    TestSupport::SessionFixture fixture;
    QVERIFY(fixture.signInWithToken(m_sim->baseUrl(), m_sim->managerToken()));
    const QString profileId = fixture.session.currentProfile()->id;
    QCOMPARE(fixture.session.user().email, kEmail);
    QTemporaryDir dir;
    DraftStore drafts(dir.filePath(QStringLiteral("drafts")));
    const QString key = DraftStore::keyFor(DraftKind::SplitWorkOrder, profileId, kEmail);
    QVERIFY(drafts.save(key, {{QStringLiteral("workOrderId"), QStringLiteral("wo-ipad-500")},
                              {QStringLiteral("sizingValue"), 42}}));
    // Someone else's draft on the same server is not this user's.
    QVERIFY(drafts.save(DraftStore::keyFor(DraftKind::AssignTechnicians, profileId, QStringLiteral("marcus.ortega@demo.batchdesk.test")),
                        {{QStringLiteral("mode"), QStringLiteral("replace")}}));

    BatchStore store;
    store.setClient(&fixture.client);
    PlanningService planning(&fixture.client);
    planning.setPermissions(fixture.session.permissions());
    Ui::MainWindow window(&store, &fixture.settings);
    window.setPlanningService(&planning);
    window.setSession(&fixture.session);
    window.setDraftStore(&drafts);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTRY_VERIFY_WITH_TIMEOUT(window.splitAction()->isEnabled(), 30000);

    QPointer<SplitWorkOrderWizard> split = window.openSplitWizard();
    QVERIFY(split);
    QVERIFY(split->hasRestoredDraft());
    QCOMPARE(split->sizingPage()->sizingSpin()->value(), 42);
    QTRY_VERIFY_WITH_TIMEOUT(split->isVisible(), 5000);
    QVERIFY(split->draftNote()->isVisible());
    // Cancel: abandoned.
    QTest::mouseClick(split->button(QWizard::CancelButton), Qt::LeftButton);
    QVERIFY(!drafts.contains(key));
    QTRY_VERIFY(split.isNull()); // deletes itself when closed

    QPointer<AssignTechniciansWizard> assign = window.openAssignWizard();
    QVERIFY(assign);
    QVERIFY(!assign->hasRestoredDraft());
    assign->reject();
}

void TestWizardDraft::restoredNotePictures_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("en") << QStringLiteral("en");
    QTest::newRow("de") << QStringLiteral("de");
}

void TestWizardDraft::restoredNotePictures()
{
    QFETCH(QString, language);
    QVERIFY(m_translations->choose(language));
    const auto restoreEnglish = qScopeGuard([this] { m_translations->choose(QStringLiteral("en")); });
    QTemporaryDir dir;
    DraftStore drafts(dir.filePath(QStringLiteral("drafts")));
    // Left this morning at 10:42.
    drafts.setClock([] { return QDateTime(QDate::currentDate(), QTime(10, 42)).toUTC(); });
    QVERIFY(drafts.save(splitKey(), {{QStringLiteral("workOrderId"), QStringLiteral("wo-ipad-500")},
                                     {QStringLiteral("queueId"), QStringLiteral("queue-fast-lane")},
                                     {QStringLiteral("sizingValue"), 30}}));
    SplitWorkOrderWizard wizard(m_service.get());
    wizard.useDrafts(&drafts, kProfile, kEmail);
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    QTRY_COMPARE_WITH_TIMEOUT(wizard.workOrderPage()->workOrderId(), QStringLiteral("wo-ipad-500"), 30000);
    QVERIFY(waitForCensus(wizard));
    QVERIFY(wizard.draftNote()->isVisible());
    QVERIFY2(wizard.draftNote()->text().contains(QLocale().toString(QTime(10, 42), QLocale::ShortFormat)),
             qPrintable(wizard.draftNote()->text()));
    saveSplitPicture(wizard, QStringLiteral("split-wizard-draft-restored-%1.png").arg(language));
}

int main(int argc, char *argv[])
{
    if (argc == 4 && qstrcmp(argv[1], "--child") == 0)
        return runSplitChild(argc, argv);
    QApplication app(argc, argv);
    QTEST_DISABLE_KEYPAD_NAVIGATION
    TestWizardDraft test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_wizarddraft.moc"
