// BatchDesk's desktop entry point and composition root: the one QNetworkAccessManager, the
// client, the credential store, the session, the store and the window are created here and
// handed down; nothing below creates its own.

#include "app/appidentity.h"
#include "app/gui/appicon.h"
#include "app/gui/demoworkspace.h"
#include "app/gui/offlinesupport.h"
#include "models/planning/activitymodel.h"
#include "models/planning/planningmonitor.h"
#include "ui/planning/planningdesk.h"
#include "models/cycles/batchcyclesfeed.h"
#include "models/cycles/cyclelistmodel.h"
#include "models/scan/codelookup.h"
#include "ui/board/boarddesk.h"
#include "ui/mywork/myworkdesk.h"
#include "ui/mywork/unitspane.h"
#include "app/gui/signinbrowser.h"
#include "app/gui/workspaceconnector.h"
#include "app/i18n/translations.h"
#include "client/auth/credentialstore.h"
#include "client/niagaraclient.h"
#include "models/batchstore.h"
#include "models/drafts/draftstore.h"
#include "models/planning/planningservice.h"
#include "models/requestqueue.h"
#include "models/session/session.h"
#include "ui/batchdetailpane.h"
#include "ui/mainwindow.h"

#include <QAction>
#include <QApplication>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QNetworkAccessManager>
#include <QSettings>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTimer>

#include <cstdio>
#include <memory>

namespace {

// main() has no class of its own; its texts are translated under this context.
struct Main
{
    Q_DECLARE_TR_FUNCTIONS(BatchDesk::App::Main)
};

// Screenshot mode waits for the first load, then for the selected batch's relations, at most
// this long each, so a slow or broken server still yields a picture (of the error).
constexpr int kScreenshotLoadTimeoutMs = 120000;
constexpr int kScreenshotRelationsTimeoutMs = 5000;
// The technicians of a board whose server does not embed them: one relation fetch per batch,
// four at a time (the demo's 1,200 batches take half a minute in a sanitizer build).
constexpr int kScreenshotTechniciansTimeoutMs = 90000;
constexpr int kScreenshotSettleMs = 300;
// After the picture, the screenshot's own sign-in is removed from the keychain; this long at
// most.
constexpr int kScreenshotSignOutTimeoutMs = 3000;
// How long a notice of the demo server's restart stays in the status bar.
constexpr int kDemoNoticeMs = 15000;

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication::setOrganizationName(QString::fromLatin1(BatchDesk::App::kOrganizationName));
    QCoreApplication::setApplicationName(QString::fromLatin1(BatchDesk::App::kSettingsApplicationName));
    QCoreApplication::setApplicationVersion(QStringLiteral(BATCHDESK_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(Main::tr("Shop-floor batch board for the Niagara API."));
    const QCommandLineOption helpOption = parser.addHelpOption();
    const QCommandLineOption versionOption = parser.addVersionOption();
    const QCommandLineOption serverOption(QStringLiteral("server"),
                                          Main::tr("Niagara API base URL: the saved server with this address becomes the "
                                             "current one (a new one is saved). Without it, the last server used "
                                             "(at first the demo workspace)."),
                                          QStringLiteral("URL"));
    const QCommandLineOption screenshotOption(QStringLiteral("screenshot"),
                                              Main::tr("Save a picture of the window to FILE after the first load, then quit."),
                                              QStringLiteral("FILE"));
    const QCommandLineOption databaseOption(QStringLiteral("demo-database"),
                                            Main::tr("SQLite file of the demo workspace (default: in the app data folder)."),
                                            QStringLiteral("FILE"));
    const QCommandLineOption demoUserOption(
        QStringLiteral("demo-user"),
        Main::tr("Sign the demo workspace in as the seeded user with this email address (default: the production "
                 "manager dana.whitfield@demo.batchdesk.test)."),
        QStringLiteral("EMAIL"));
    const QCommandLineOption deskOption(QStringLiteral("desk"),
                                        Main::tr("The desk to open with: board, planning or mywork."), Main::tr("desk"));
    const QCommandLineOption shopFloorOption(QStringLiteral("shop-floor"),
                                             Main::tr("Start in shop-floor mode (full screen, larger type and targets)."));
    parser.addOptions({serverOption, screenshotOption, databaseOption, demoUserOption, deskOption, shopFloorOption});

    // Parsed before QApplication exists: --version and --help must work without a display,
    // and QApplication aborts without one.
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    if (!parser.parse(arguments)) {
        std::fprintf(stderr, "%s\n", qUtf8Printable(parser.errorText()));
        return 2;
    }
    if (parser.isSet(versionOption)) {
        std::printf("batchdesk %s\n", BATCHDESK_VERSION);
        return 0;
    }
    if (parser.isSet(helpOption)) {
        // Without an application object Qt cannot name the executable in the usage line.
        QString help = parser.helpText();
        help.replace(QStringLiteral("<executable_name>"), QFileInfo(arguments.constFirst()).fileName());
        std::printf("%s", qUtf8Printable(help));
        return 0;
    }

    QApplication app(argc, argv);
    // The window icon and the desktop entry's id (app/gui/appicon.h).
    BatchDesk::App::setDesktopIdentity();
    const QString screenshotPath = parser.value(screenshotOption);

    // A screenshot must look the same on every machine: it starts from default settings in a
    // throw-away file instead of the user's window layout and filters.
    QTemporaryDir screenshotSettingsDir;
    std::unique_ptr<QSettings> settings = screenshotPath.isEmpty()
        ? std::make_unique<QSettings>()
        : std::make_unique<QSettings>(screenshotSettingsDir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);

    // The interface language: the user's choice from Settings → Language, else the system's.
    // A screenshot's throw-away settings follow the environment (LANGUAGE=de for German).
    BatchDesk::App::Translations translations(settings.get());
    translations.restore();

    QNetworkAccessManager network;
    Niagara::NiagaraClient client(&network);
    // Tokens live in the OS keychain and in memory, never in the settings: the session keeps
    // only addresses and who signed in last there. NIAGARA_TOKEN is the CLI's; the desktop
    // app ignores it (a pasted personal token in the connection dialog does the same job).
    Niagara::CredentialStore credentials;
    BatchDesk::Session session(&network, &client, &credentials, settings.get());
    // One bound on what the app asks the server at once (README: at most 4 requests in
    // flight): the board's loads, the technician fetches, the wizards' reads and every run.
    BatchDesk::RequestQueue requests;
    BatchDesk::BatchStore store;
    store.setClient(&client);
    store.setRequestQueue(&requests);
    // One planning service on the shared client: it keeps the undo windows and the refusals
    // the server gave for this session, for every wizard the window opens.
    BatchDesk::PlanningService planning(&client);
    planning.setRequestQueue(&requests);
    // One answer to "may this user…": the session's (what the server grants, learnt at
    // sign-in) together with the refusals the service's runs meet.
    planning.setPermissions(session.permissions());
    // Activity: every run the service finishes is recorded in one file per saved server (in
    // the app data folder), so that Undo outlives the wizard and a restart; the list follows
    // the server switch. The planning desk shows activityModel (ActivityPanel).
    BatchDesk::ActivityLog activityLog(BatchDesk::App::dataDir());
    const auto followServerActivity = [&activityLog, &session] {
        const auto profile = session.currentProfile();
        activityLog.setProfileId(profile ? profile->id : QString());
    };
    followServerActivity();
    QObject::connect(&session, &BatchDesk::Session::currentProfileChanged, &activityLog, followServerActivity);
    planning.setActivityLog(&activityLog);
    BatchDesk::ActivityModel activityModel(&activityLog, &planning);
    // The window never gets the client: models and services reach the server for it.
    // What a manager types into a wizard survives a crash, an outage and a restart: one draft
    // per wizard, server and user (never a token), in the app data folder.
    BatchDesk::DraftStore drafts(BatchDesk::App::dataDir() + QStringLiteral("/drafts"));
    BatchDesk::Ui::MainWindow window(&store, settings.get());
    window.setPlanningService(&planning);
    window.setSession(&session);
    window.setDraftStore(&drafts);

    // Offline work and the local cache (app/gui/offlinesupport.h): the banner and its Try now,
    // writes refused during an outage, 429/503 slowing background work, the cached board at start.
    BatchDesk::App::OfflineSupport offline(&client, &requests, &session, &store, BatchDesk::App::dataDir());
    window.setConnectivity(offline.connectivity());
    QObject::connect(&offline, &BatchDesk::App::OfflineSupport::reloadDue, &window,
                     [&window] { window.boardDesk()->refresh(); });
    QObject::connect(offline.boardCache(), &BatchDesk::BoardCacheKeeper::saveFailed, &window,
                     [&window](const QString &message) { window.statusBar()->showMessage(message, 15000); });

    // The planning desk: its figures follow the board's loads; the completion history is one
    // database per saved server (the demo's address changes with each start, its profile not).
    BatchDesk::PlanningMonitor monitor(&store, &planning);
    monitor.setFollowStore(true);
    window.setPlanningMonitor(&monitor);
    const auto followServer = [&monitor, &session] {
        monitor.reset();
        const auto profile = session.currentProfile();
        monitor.setHistoryPath(profile ? BatchDesk::CompletionHistory::defaultPath(BatchDesk::App::dataDir(), profile->id)
                                       : QString());
    };
    followServer();
    QObject::connect(&session, &BatchDesk::Session::currentProfileChanged, &monitor, followServer);
    auto *planningDesk = new BatchDesk::Ui::PlanningDesk(&monitor, settings.get());
    planningDesk->setPermissions(session.permissions());
    planningDesk->setSession(&session);
    planningDesk->setActivityModel(&activityModel);
    window.addDesk(planningDesk);
    QObject::connect(planningDesk, &BatchDesk::Ui::PlanningDesk::showOnBoard, &window,
                     [&window](const QString &search) { window.showOnBoard(search); });
    QObject::connect(planningDesk, &BatchDesk::Ui::PlanningDesk::splitRequested, &window,
                     [&window](const QString &workOrderId, const QString &queueId) {
                         window.openSplitWizardFor(workOrderId, queueId);
                     });
    // My work: the signed-in technician's batches and the units of the chosen one.
    BatchDesk::CycleListModel unitModel;
    BatchDesk::BatchCyclesFeed unitFeed(&planning, &unitModel);
    auto *myWorkDesk = new BatchDesk::Ui::MyWorkDesk(&store, &unitFeed, settings.get());
    myWorkDesk->setSession(&session);
    window.addDesk(myWorkDesk);
    // A unit's serial scanned anywhere finds its batch once that batch's units were read.
    BatchDesk::UnitLabelIndex unitIndex;
    QObject::connect(&unitFeed, &BatchDesk::BatchCyclesFeed::settled, &window, [&unitFeed, &unitModel, &unitIndex] {
        if (unitFeed.state() == BatchDesk::BatchCyclesFeed::State::Loaded)
            unitIndex.remember(unitFeed.batchId(), unitModel.cycles());
        else if (unitFeed.state() == BatchDesk::BatchCyclesFeed::State::Gone)
            unitIndex.forget(unitFeed.batchId());
    });
    QObject::connect(&session, &BatchDesk::Session::currentProfileChanged, &window, [&unitIndex] { unitIndex.clear(); });
    window.setUnitIndex(&unitIndex);
    QObject::connect(myWorkDesk, &BatchDesk::Ui::MyWorkDesk::refreshRequested, &window,
                     [&window] { window.boardDesk()->refresh(); });
    QObject::connect(myWorkDesk, &BatchDesk::Ui::MyWorkDesk::showOnBoardRequested, &window,
                     [&window](const QString &batchId) { window.openBatchOn(window.boardDesk(), batchId); });
    QObject::connect(myWorkDesk, &BatchDesk::Ui::MyWorkDesk::printRequested, &window,
                     [&window](const QStringList &batchIds) { window.printTravelers(batchIds); });

    const QString firstDesk = parser.value(deskOption);
    const bool planningFirst = firstDesk == QLatin1String("planning");
    const bool myWorkFirst = firstDesk == QLatin1String("mywork");
    if (planningFirst)
        window.setCurrentDesk(planningDesk);
    else if (myWorkFirst)
        window.setCurrentDesk(myWorkDesk);
    QList<BatchDesk::Ui::MainWindow::LanguageChoice> languages;
    for (const BatchDesk::App::LanguageOption &option : BatchDesk::App::Translations::languages())
        languages.append({option.code, option.nativeName});
    window.setLanguages(languages, translations.choice());
    // Applied at once: every window retranslates itself on the LanguageChange event.
    QObject::connect(&window, &BatchDesk::Ui::MainWindow::languageChosen, &translations,
                     [&translations](const QString &code) { translations.choose(code); });

    BatchDesk::App::DemoWorkspace demo;
    if (parser.isSet(databaseOption))
        demo.setDatabasePath(QFileInfo(parser.value(databaseOption)).absoluteFilePath());
    // Session::authorizeUrl → the user's browser (for the demo with the sim's proof), or for the
    // demo's own sign-in a GET that plays it.
    BatchDesk::App::SignInBrowser browser(&network, &session, &demo);
    // An email that is no seeded user ends the demo's sign-in with a message (browser.failed).
    if (parser.isSet(demoUserOption))
        browser.setDemoUser(parser.value(demoUserOption));
    BatchDesk::App::WorkspaceConnector connector(&session, &demo, &browser);
    QObject::connect(&demo, &BatchDesk::App::DemoWorkspace::failed, &window, &BatchDesk::Ui::MainWindow::showError);
    QObject::connect(&browser, &BatchDesk::App::SignInBrowser::failed, &window, &BatchDesk::Ui::MainWindow::showError);
    QObject::connect(&connector, &BatchDesk::App::WorkspaceConnector::status, &window,
                     &BatchDesk::Ui::MainWindow::setConnectionStatus);
    QObject::connect(&connector, &BatchDesk::App::WorkspaceConnector::signInNeeded, &window,
                     [&window] { window.openConnectionDialog(); });
    // The demo's server stopped and was restarted (DemoWorkspace supervises it): said in passing.
    QObject::connect(&connector, &BatchDesk::App::WorkspaceConnector::statusMessage, &window,
                     [&window](const QString &text) { window.statusBar()->showMessage(text, kDemoNoticeMs); });

    if (parser.isSet(serverOption)) {
        const QUrl url = QUrl::fromUserInput(parser.value(serverOption));
        if (!url.isValid() || url.host().isEmpty())
            window.showError(Main::tr("The server address “%1” is not a valid URL.").arg(parser.value(serverOption)));
        else if (const std::optional<QString> refused = connector.useServer(url))
            window.showError(*refused);
    }
    // Before anything is asked of the server: the cached board is read on a worker thread while
    // the connector starts the demo or restores the sign-in. A screenshot shows live data only.
    if (screenshotPath.isEmpty())
        offline.startFromCache();
    QTimer::singleShot(0, &connector, &BatchDesk::App::WorkspaceConnector::start);
    // The sim is our child: it goes when we go.
    QObject::connect(&app, &QCoreApplication::aboutToQuit, &demo, [&demo] { demo.stop(); });

    if (!screenshotPath.isEmpty()) {
        auto taken = std::make_shared<bool>(false);
        const auto take = [&window, &app, &session, &credentials, screenshotPath, taken](int exitCode) {
            if (*taken)
                return;
            *taken = true;
            const bool saved = window.grab().save(screenshotPath);
            if (!saved)
                std::fprintf(stderr, "batchdesk: could not write %s\n", qUtf8Printable(screenshotPath));
            const int code = saved ? exitCode : 1;
            // The screenshot signed in under a throw-away server entry: revoke it and take it
            // out of the keychain again (the second remove is only there to know when the
            // keychain has done it).
            const auto profile = session.currentProfile();
            const QString email = session.credentials().userEmail;
            session.signOut();
            if (!profile || email.isEmpty()) {
                app.exit(code);
                return;
            }
            credentials.remove(Niagara::CredentialStore::entryKey(profile->id, email), &app,
                               [&app, code](const Niagara::CredentialStore::Result &) { app.exit(code); });
            QTimer::singleShot(kScreenshotSignOutTimeoutMs, &app, [&app, code] { app.exit(code); });
        };
        const auto settleThenTake = [&window, take](int exitCode) {
            QTimer::singleShot(kScreenshotSettleMs, &window, [take, exitCode] { take(exitCode); });
        };
        auto selected = std::make_shared<bool>(false);
        const auto selectAndTake = [&window, settleThenTake, taken, selected] {
            if (*taken || *selected)
                return;
            *selected = true;
            // Show what the detail pane is for: the first batch, with its relations.
            if (window.selectFirstBatch()) {
                QObject::connect(window.detailPane(), &BatchDesk::Ui::BatchDetailPane::relationsSettled, &window,
                                 [settleThenTake] { settleThenTake(0); });
                QTimer::singleShot(kScreenshotRelationsTimeoutMs, &window, [settleThenTake] { settleThenTake(0); });
            } else {
                settleThenTake(0);
            }
        };
        // Technicians arrive from relations after the load (when the server does not embed
        // them); the picture should show them.
        // The planning desk is pictured once its figures are in.
        if (planningFirst)
            QObject::connect(&monitor, &BatchDesk::PlanningMonitor::figuresChanged, &window,
                             [settleThenTake, &store, &monitor] {
                                 // With the technicians (fetched after the load when not embedded).
                                 if (store.pendingTechnicianFetches() == 0 && !store.isLoading() && !monitor.isBusy())
                                     settleThenTake(0);
                             });
        // My work is pictured with its first batch chosen and that batch's units read.
        if (myWorkFirst) {
            const auto pictureMyWork = [myWorkDesk, &unitFeed, settleThenTake, &window] {
                myWorkDesk->activate();
                if (myWorkDesk->currentBatchId().isEmpty() || unitFeed.state() != BatchDesk::BatchCyclesFeed::State::Loading) {
                    settleThenTake(0);
                    return;
                }
                QObject::connect(&unitFeed, &BatchDesk::BatchCyclesFeed::settled, &window, [settleThenTake] { settleThenTake(0); });
                QTimer::singleShot(kScreenshotRelationsTimeoutMs, &window, [settleThenTake] { settleThenTake(0); });
            };
            QObject::connect(&store, &BatchDesk::BatchStore::loadFinished, &window, [&store, &window, pictureMyWork] {
                if (store.pendingTechnicianFetches() == 0) {
                    pictureMyWork();
                    return;
                }
                QObject::connect(&store, &BatchDesk::BatchStore::techniciansLoaded, &window, pictureMyWork);
                QTimer::singleShot(kScreenshotTechniciansTimeoutMs, &window, pictureMyWork);
            });
        }
        QObject::connect(&store, &BatchDesk::BatchStore::loadFinished, &window, [&store, &window, selectAndTake, planningFirst, myWorkFirst] {
            if (planningFirst || myWorkFirst)
                return;
            if (store.pendingTechnicianFetches() == 0) {
                selectAndTake();
                return;
            }
            QObject::connect(&store, &BatchDesk::BatchStore::techniciansLoaded, &window, selectAndTake);
            QTimer::singleShot(kScreenshotTechniciansTimeoutMs, &window, selectAndTake);
        });
        QObject::connect(&store, &BatchDesk::BatchStore::loadFailed, &window, [settleThenTake] { settleThenTake(1); });
        QObject::connect(&demo, &BatchDesk::App::DemoWorkspace::failed, &window, [settleThenTake] { settleThenTake(1); });
        QObject::connect(&browser, &BatchDesk::App::SignInBrowser::failed, &window, [settleThenTake] { settleThenTake(1); });
        // Nobody will sign in to a real server during a screenshot.
        QObject::connect(&connector, &BatchDesk::App::WorkspaceConnector::signInNeeded, &window,
                         [settleThenTake] { settleThenTake(1); });
        QTimer::singleShot(kScreenshotLoadTimeoutMs, &window, [take] { take(1); });
    }

    window.show();
    if (parser.isSet(shopFloorOption))
        window.shopFloorAction()->setChecked(true);
    return QApplication::exec();
}
