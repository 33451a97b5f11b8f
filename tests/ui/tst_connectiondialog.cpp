// The connection dialog over a real Session (settings in a temporary file, the real
// credential store) and niagara-sim over loopback: the transport rule refuses plain http to
// another machine inline and blocks saving; the reference's defaults; servers added and
// removed persist, the demo workspace is marked and cannot be removed; a pasted token and an
// OAuth sign-in through the dialog, and no token ever reaches the settings file. Leaves
// connection-dialog.png next to the test binary.
//
// Both keychain worlds run in every suite run (tests/ui/CMakeLists.txt registers the test twice):
// with the keyring of scripts/with-keyring.sh, and without a session bus, where the session
// keeps the sign-in in memory and the dialog must say so. BATCHDESK_TEST_EXPECT_KEYCHAIN tells
// the test which world it is in, and it fails in the other, so neither branch can be skipped.

#include "app/i18n/translations.h"
#include "boardfit.h"
#include "common/browserplayer.h"
#include "common/simprocess.h"
#include "client/auth/credentialstore.h"
#include "client/niagaraclient.h"
#include "models/session/session.h"
#include "common/sessionfixture.h"
#include "messageboxanswer.h"
#include "ui/connectiondialog.h"
#include "ui/serverform.h"
#include "ui/signinpanel.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using BatchDesk::Session;
using BatchDesk::Ui::ConnectionDialog;

namespace {

constexpr int kSignInTimeoutMs = 60000;

using Fixture = TestSupport::SessionFixture;

// Types into the form as a user would (textEdited fires, the placeholders follow).
void type(QLineEdit *field, const QString &text)
{
    field->selectAll();
    QTest::keyClick(field, Qt::Key_Backspace);
    QTest::keyClicks(field, text);
}

QStringList listedNames(const ConnectionDialog &dialog)
{
    QStringList names;
    for (int row = 0; row < dialog.serverList()->count(); ++row)
        names << dialog.serverList()->item(row)->text().section(QLatin1Char('\n'), 0, 0);
    return names;
}

// Runs one keychain call to its answer (the event loop keeps running).
Niagara::CredentialStore::Result keychainCall(const std::function<void(Niagara::CredentialStore::Callback)> &start)
{
    auto result = std::make_shared<std::optional<Niagara::CredentialStore::Result>>();
    start([result](Niagara::CredentialStore::Result r) { *result = std::move(r); });
    if (!QTest::qWaitFor([&] { return result->has_value(); }, 30000))
        qFatal("the keychain did not answer");
    return **result;
}

// Waits until the keychain has answered every call made so far. QtKeychain carries out its
// jobs one at a time, in the order they were started (its JobExecutor queue), so a read
// started now answers only after every earlier write or removal has answered.
void waitForKeychain(Niagara::CredentialStore &store)
{
    QObject context;
    keychainCall([&](Niagara::CredentialStore::Callback done) {
        store.read(QStringLiteral("tst_connectiondialog/nothing-here"), &context, std::move(done));
    });
}

Niagara::ServerProfile demoProfile(const QUrl &url)
{
    Niagara::ServerProfile demo;
    demo.id = QStringLiteral("demo-under-test");
    demo.name = QStringLiteral("Demo workspace");
    demo.baseUrl = url;
    demo.demo = true;
    return demo;
}

} // namespace

class TestConnectionDialog final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void refusesPlainHttpToAnotherMachine();
    void emptyOAuthFieldsMeanTheReferenceDefaults();
    void serversPersistAndTheDemoStays();
    void personalTokenSignsInAndNeverReachesSettings();
    void browserSignInAndScreenshot();

private:
    bool m_expectKeychain = false;
};

void TestConnectionDialog::initTestCase()
{
    const QByteArray world = qgetenv("BATCHDESK_TEST_EXPECT_KEYCHAIN");
    QVERIFY2(world == "1" || world == "0", "BATCHDESK_TEST_EXPECT_KEYCHAIN must be 1 or 0 (see CMakeLists.txt)");
    m_expectKeychain = world == "1";
}

void TestConnectionDialog::refusesPlainHttpToAnotherMachine()
{
    Fixture f;
    ConnectionDialog dialog(&f.session);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    BatchDesk::Ui::ServerForm *form = dialog.form();

    // Nothing saved yet: the dialog starts with a new server.
    QCOMPARE(dialog.serverList()->count(), 0);
    type(form->nameField(), QStringLiteral("Example"));
    type(form->urlField(), QStringLiteral("http://example.com"));
    QTest::mouseClick(dialog.saveButton(), Qt::LeftButton);
    QVERIFY(form->isErrorVisible());
    QVERIFY2(form->error().contains(QStringLiteral("https")), qPrintable(form->error()));
    QVERIFY2(form->error().contains(QStringLiteral("example.com")), qPrintable(form->error()));
    QVERIFY(f.session.directory().profiles().isEmpty());
    QCOMPARE(dialog.serverList()->count(), 0);

    // Typing again clears the stale refusal; https is accepted.
    type(form->urlField(), QStringLiteral("https://example.com"));
    QVERIFY(!form->isErrorVisible());
    QTest::mouseClick(dialog.saveButton(), Qt::LeftButton);
    QVERIFY2(!form->isErrorVisible(), qPrintable(form->error()));
    QVERIFY(f.session.directory().profileForUrl(QUrl(QStringLiteral("https://example.com"))));
    QCOMPARE(listedNames(dialog), QStringList{QStringLiteral("Example")});
    QVERIFY(!dialog.selectedProfileId().isEmpty());

    // Plain http is fine on this machine.
    QTest::mouseClick(dialog.addButton(), Qt::LeftButton);
    QVERIFY(form->urlField()->text().isEmpty());
    type(form->nameField(), QStringLiteral("Bench sim"));
    type(form->urlField(), QStringLiteral("http://127.0.0.1:8080"));
    QTest::mouseClick(dialog.saveButton(), Qt::LeftButton);
    QVERIFY2(!form->isErrorVisible(), qPrintable(form->error()));
    QVERIFY(f.session.directory().profileForUrl(QUrl(QStringLiteral("http://127.0.0.1:8080"))));

    // Every address is checked, not only the server's: a custom token URL over http to
    // another machine is refused as well, and the saved server keeps its old fields.
    type(form->tokenUrlField(), QStringLiteral("http://auth.example.com/token"));
    QTest::mouseClick(dialog.saveButton(), Qt::LeftButton);
    QVERIFY(form->isErrorVisible());
    QVERIFY2(form->error().contains(QStringLiteral("auth.example.com")), qPrintable(form->error()));
    QVERIFY(f.session.directory().profileForUrl(QUrl(QStringLiteral("http://127.0.0.1:8080")))->tokenUrl.isEmpty());
    QCOMPARE(f.session.directory().profiles().size(), 2);
}

void TestConnectionDialog::emptyOAuthFieldsMeanTheReferenceDefaults()
{
    Fixture f;
    ConnectionDialog dialog(&f.session);
    dialog.show();
    BatchDesk::Ui::ServerForm *form = dialog.form();
    type(form->urlField(), QStringLiteral("https://api.example.com/v1"));
    // The defaults show where a user would type: <url>/oauth/authorize, <url>/oauth/token, and
    // the registered public client.
    QCOMPARE(form->authorizationUrlField()->placeholderText(), QStringLiteral("https://api.example.com/v1/oauth/authorize"));
    QCOMPARE(form->tokenUrlField()->placeholderText(), QStringLiteral("https://api.example.com/v1/oauth/token"));
    QCOMPARE(form->clientIdField()->placeholderText(), QStringLiteral("batchdesk-desktop"));
    QTest::mouseClick(dialog.saveButton(), Qt::LeftButton);
    QVERIFY2(!form->isErrorVisible(), qPrintable(form->error()));
    const auto saved = f.session.directory().profileForUrl(QUrl(QStringLiteral("https://api.example.com/v1")));
    QVERIFY(saved);
    QCOMPARE(saved->name, QStringLiteral("api.example.com")); // no name typed: the host
    QCOMPARE(saved->clientId, QStringLiteral("batchdesk-desktop"));
    QVERIFY(saved->authorizationUrl.isEmpty()); // empty = the default, which follows the URL
    QVERIFY(saved->tokenUrl.isEmpty());
    QCOMPARE(saved->effectiveTokenUrl(), QUrl(QStringLiteral("https://api.example.com/v1/oauth/token")));

    // Custom values are kept as typed.
    type(form->clientIdField(), QStringLiteral("shop-floor-7"));
    type(form->authorizationUrlField(), QStringLiteral("https://login.example.com/authorize"));
    QTest::mouseClick(dialog.saveButton(), Qt::LeftButton);
    const auto custom = f.session.directory().profile(saved->id);
    QCOMPARE(custom->clientId, QStringLiteral("shop-floor-7"));
    QCOMPARE(custom->authorizationUrl, QUrl(QStringLiteral("https://login.example.com/authorize")));
}

void TestConnectionDialog::serversPersistAndTheDemoStays()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("batchdesk.ini"));
    {
        QSettings settings(path, QSettings::IniFormat);
        QNetworkAccessManager network;
        Niagara::NiagaraClient client(&network);
        Niagara::CredentialStore credentials;
        Session session(&network, &client, &credentials, &settings);
        QVERIFY(!session.saveProfile(demoProfile(QUrl(QStringLiteral("http://127.0.0.1:45001")))));

        ConnectionDialog dialog(&session);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        for (const auto &[name, url] : {std::pair{QStringLiteral("Albany"), QStringLiteral("https://albany.example.com")},
                                        std::pair{QStringLiteral("Austin"), QStringLiteral("https://austin.example.com")}}) {
            QTest::mouseClick(dialog.addButton(), Qt::LeftButton);
            type(dialog.form()->nameField(), name);
            type(dialog.form()->urlField(), url);
            QTest::mouseClick(dialog.saveButton(), Qt::LeftButton);
            QVERIFY2(!dialog.form()->isErrorVisible(), qPrintable(dialog.form()->error()));
        }
        // The demo first, marked; then by name.
        QCOMPARE(listedNames(dialog), (QStringList{QStringLiteral("Demo workspace (demo)"), QStringLiteral("Albany"),
                                                   QStringLiteral("Austin")}));
        QListWidgetItem *demoItem = dialog.serverList()->item(0);
        QVERIFY(demoItem->data(ConnectionDialog::DemoRole).toBool());

        // The demo: shown read-only, and it cannot be removed.
        dialog.serverList()->setCurrentItem(demoItem);
        QVERIFY(!dialog.removeButton()->isEnabled());
        QVERIFY(!dialog.saveButton()->isEnabled());
        QVERIFY(dialog.form()->urlField()->isReadOnly());
        QCOMPARE(dialog.form()->urlField()->text(), QStringLiteral("http://127.0.0.1:45001"));

        // Austin has a saved sign-in (someone signed in there before; not the current server).
        const QString austinId = session.directory().profileForUrl(QUrl(QStringLiteral("https://austin.example.com")))->id;
        const QString austinKey = Niagara::CredentialStore::entryKey(austinId, QStringLiteral("kim@austin.example.com"));
        Niagara::Credentials saved;
        saved.accessToken = QStringLiteral("austin-access-token");
        saved.userEmail = QStringLiteral("kim@austin.example.com");
        const auto written = keychainCall([&](auto done) { credentials.write(austinKey, saved, &dialog, done); }).status;
        QVERIFY2((written == Niagara::CredentialStore::Status::Ok) == m_expectKeychain,
                 m_expectKeychain ? "this run expects a keychain (scripts/with-keyring.sh), and none answered"
                                  : "a keychain answered although this run expects none");
        session.directory().setLastUser(austinId, saved.userEmail);

        // Removing asks first; Cancel keeps the server.
        dialog.serverList()->setCurrentRow(2);
        QVERIFY(dialog.removeButton()->isEnabled());
        QTest::mouseClick(dialog.removeButton(), Qt::LeftButton);
        QVERIFY(TestSupport::answerMessageBox(dialog, QStringLiteral("Cancel")));
        QCOMPARE(session.directory().profiles().size(), 3);
        dialog.serverList()->setCurrentRow(2);
        QTest::mouseClick(dialog.removeButton(), Qt::LeftButton);
        QVERIFY(TestSupport::answerMessageBox(dialog, QStringLiteral("Remove")));
        QCOMPARE(listedNames(dialog), (QStringList{QStringLiteral("Demo workspace (demo)"), QStringLiteral("Albany")}));
        // ... and its saved sign-in went with it; without a keychain nothing was saved anywhere.
        QCOMPARE(keychainCall([&](auto done) { credentials.read(austinKey, &dialog, done); }).status,
                 m_expectKeychain ? Niagara::CredentialStore::Status::NotFound
                                  : Niagara::CredentialStore::Status::Unavailable);

        // "Connect to this server" makes it current (marked in the list) without a restart.
        dialog.serverList()->setCurrentRow(1);
        QVERIFY(dialog.connectButton()->isEnabled());
        QTest::mouseClick(dialog.connectButton(), Qt::LeftButton);
        QCOMPARE(session.currentProfile()->name, QStringLiteral("Albany"));
        QCOMPARE(client.baseUrl(), QUrl(QStringLiteral("https://albany.example.com")));
        QVERIFY(dialog.serverList()->item(1)->data(ConnectionDialog::CurrentRole).toBool());
        QVERIFY(!dialog.connectButton()->isEnabled());
        QVERIFY(dialog.signInPanel()->stateText().contains(QStringLiteral("Not signed in")));
    }
    // Another run of the app reads the same servers back.
    QSettings settings(path, QSettings::IniFormat);
    BatchDesk::ServerDirectory directory(&settings);
    QStringList names;
    for (const Niagara::ServerProfile &p : directory.profiles())
        names << p.name;
    QCOMPARE(names, (QStringList{QStringLiteral("Demo workspace"), QStringLiteral("Albany")}));
    QCOMPARE(directory.profile(directory.currentId())->name, QStringLiteral("Albany"));
    QVERIFY(directory.profile(QStringLiteral("demo-under-test"))->demo);
}

void TestConnectionDialog::personalTokenSignsInAndNeverReachesSettings()
{
    TestSupport::SimProcess sim;
    QString error;
    QVERIFY2(sim.start(QStringLiteral("empty"), {}, &error), qPrintable(error));
    Fixture f;
    ConnectionDialog dialog(&f.session);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    type(dialog.form()->nameField(), QStringLiteral("Local sim"));
    type(dialog.form()->urlField(), sim.baseUrl().toString());
    QTest::mouseClick(dialog.saveButton(), Qt::LeftButton);
    QTest::mouseClick(dialog.connectButton(), Qt::LeftButton);
    QCOMPARE(f.session.currentProfile()->baseUrl, sim.baseUrl());

    BatchDesk::Ui::SignInPanel *panel = dialog.signInPanel();
    // A token that the server does not know: said inline, nothing kept.
    QVERIFY(!panel->tokenField()->isVisible());
    QTest::mouseClick(panel->tokenButton(), Qt::LeftButton);
    QVERIFY(panel->tokenField()->isVisible());
    QCOMPARE(panel->tokenField()->echoMode(), QLineEdit::Password);
    QTest::keyClicks(panel->tokenField(), QStringLiteral("not-a-real-token"));
    QTest::mouseClick(panel->tokenSubmitButton(), Qt::LeftButton);
    QVERIFY(panel->tokenField()->text().isEmpty()); // out of the widget at once
    QTRY_VERIFY_WITH_TIMEOUT(!panel->messageText().isEmpty(), kSignInTimeoutMs);
    QVERIFY2(panel->messageText().contains(QStringLiteral("not accepted")), qPrintable(panel->messageText()));
    QCOMPARE(f.session.state(), Session::State::SignedOut);

    // The manager's token: checked with GET /me, then kept.
    const QString token = sim.managerToken();
    QTest::keyClicks(panel->tokenField(), token);
    QTest::keyClick(panel->tokenField(), Qt::Key_Return);
    QTRY_COMPARE_WITH_TIMEOUT(f.session.state(), Session::State::SignedIn, kSignInTimeoutMs);
    QVERIFY2(panel->stateText().contains(QStringLiteral("Dana Whitfield")), qPrintable(panel->stateText()));
    QVERIFY(panel->stateText().contains(QStringLiteral("personal token")));
    QVERIFY(!panel->tokenField()->isVisible());
    QVERIFY(panel->signOutButton()->isEnabled());
    // The keychain answers the write asynchronously; the warning follows what it said.
    waitForKeychain(f.credentials);
    QCOMPARE(f.session.keychainAvailable(), m_expectKeychain);
    QTRY_COMPARE(panel->isKeychainWarningVisible(), !m_expectKeychain);
    // Said once, in plain words (the keychain's own message is not repeated above it); with a
    // keychain there is nothing to say.
    QVERIFY2(panel->messageText().isEmpty(), qPrintable(panel->messageText()));

    // Who signed in is remembered in the settings; the token is not.
    QByteArray file = f.settingsFile();
    QVERIFY(file.contains("dana.whitfield@demo.batchdesk.test"));
    QVERIFY(!file.contains(token.toUtf8()));
    QVERIFY(!file.contains("not-a-real-token"));

    QTest::mouseClick(panel->signOutButton(), Qt::LeftButton);
    QCOMPARE(f.session.state(), Session::State::SignedOut);
    QVERIFY(panel->stateText().contains(QStringLiteral("Not signed in")));
    QVERIFY(!f.client.hasToken());
    file = f.settingsFile();
    QVERIFY(!file.contains(token.toUtf8()));
    QVERIFY(!file.contains("dana.whitfield@demo.batchdesk.test")); // nobody to restore

    // A sign-in is never carried over to an address typed in afterwards: changing the
    // current server's address signs out of it.
    QTest::mouseClick(panel->tokenButton(), Qt::LeftButton);
    QTest::keyClicks(panel->tokenField(), token);
    QTest::keyClick(panel->tokenField(), Qt::Key_Return);
    QTRY_COMPARE_WITH_TIMEOUT(f.session.state(), Session::State::SignedIn, kSignInTimeoutMs);
    const QString oldId = f.session.currentProfile()->id;
    type(dialog.form()->urlField(), QStringLiteral("http://127.0.0.1:9"));
    QTest::mouseClick(dialog.saveButton(), Qt::LeftButton);
    QVERIFY2(!dialog.form()->isErrorVisible(), qPrintable(dialog.form()->error()));
    QCOMPARE(f.session.state(), Session::State::SignedOut);
    QVERIFY(!f.client.hasToken());
    QCOMPARE(f.client.baseUrl(), QUrl(QStringLiteral("http://127.0.0.1:9")));
    QCOMPARE(f.session.directory().profiles().size(), 1); // the edited server, once
    QVERIFY(!f.session.directory().profile(oldId));
    QCOMPARE(f.session.currentProfile()->name, QStringLiteral("Local sim"));
    // A change of name only keeps the sign-in state as it is.
    type(dialog.form()->nameField(), QStringLiteral("Local sim (port 9)"));
    QTest::mouseClick(dialog.saveButton(), Qt::LeftButton);
    QCOMPARE(f.session.currentProfile()->name, QStringLiteral("Local sim (port 9)"));
}

void TestConnectionDialog::browserSignInAndScreenshot()
{
    TestSupport::SimProcess sim;
    QString error;
    QVERIFY2(sim.start(QStringLiteral("empty"), {QStringLiteral("--oauth-auto-approve")}, &error), qPrintable(error));
    Fixture f;
    TestSupport::BrowserPlayer browser(&f.session);
    QVERIFY(!f.session.saveProfile(demoProfile(QUrl(QStringLiteral("http://127.0.0.1:45001")))));
    Niagara::ServerProfile production;
    production.id = QStringLiteral("albany");
    production.name = QStringLiteral("Albany production");
    production.baseUrl = QUrl(QStringLiteral("https://niagara.albany.example.com"));
    QVERIFY(!f.session.saveProfile(production));
    Niagara::ServerProfile local;
    local.id = QStringLiteral("bench");
    local.name = QStringLiteral("Test bench");
    local.baseUrl = sim.baseUrl();
    QVERIFY(!f.session.saveProfile(local));
    f.session.switchTo(local.id);

    ConnectionDialog dialog(&f.session);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QCOMPARE(dialog.selectedProfileId(), local.id); // opens on the current server

    BatchDesk::Ui::SignInPanel *panel = dialog.signInPanel();
    QTest::mouseClick(panel->browserButton(), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(f.session.state(), Session::State::SignedIn, kSignInTimeoutMs);
    QCOMPARE(browser.urls().size(), 1);
    QVERIFY(browser.urls().constFirst().query().contains(QStringLiteral("code_challenge_method=S256")));
    QCOMPARE(f.session.credentials().kind, Niagara::Credentials::Kind::OAuth);
    QVERIFY(!f.session.credentials().refreshToken.isEmpty());
    QVERIFY2(panel->stateText().contains(QStringLiteral("Dana Whitfield")), qPrintable(panel->stateText()));
    waitForKeychain(f.credentials); // its answer to the write
    QCOMPARE(f.session.keychainAvailable(), m_expectKeychain);
    QTRY_COMPARE(panel->isKeychainWarningVisible(), !m_expectKeychain);

    const QByteArray file = f.settingsFile();
    QVERIFY(!file.contains(f.session.credentials().accessToken.toUtf8()));
    QVERIFY(!file.contains(f.session.credentials().refreshToken.toUtf8()));

    const QString path = QCoreApplication::applicationDirPath() + QStringLiteral("/connection-dialog.png");
    QVERIFY(dialog.grab().save(path));
    QVERIFY(QFileInfo(path).size() > 0);
    {
        // And in German, for docs/screenshots: the open dialog follows a language switch.
        BatchDesk::App::Translations translations(nullptr);
        QVERIFY(translations.choose(QStringLiteral("de")));
        WizardDriver::settleLayout(dialog);
        // The longer German words fit: no button's text is cut.
        QStringList cut;
        for (QPushButton *button : dialog.findChildren<QPushButton *>()) {
            if (!button->isVisible())
                continue;
            const QString text = button->text().remove(QLatin1Char('&'));
            if (button->fontMetrics().horizontalAdvance(text) + 8 > button->width())
                cut << QStringLiteral("“%1” in %2 px").arg(text).arg(button->width());
        }
        QVERIFY2(cut.isEmpty(), qPrintable(cut.join(QLatin1Char('\n'))));
        QVERIFY(dialog.grab().save(QCoreApplication::applicationDirPath() + QStringLiteral("/connection-dialog-de.png")));
        QVERIFY(translations.choose(QStringLiteral("en")));
    }

    // Leave no sign-in behind in a real keychain.
    QTest::mouseClick(panel->signOutButton(), Qt::LeftButton);
    QCOMPARE(f.session.state(), Session::State::SignedOut);
    waitForKeychain(f.credentials); // the entry's removal has been answered
}

QTEST_MAIN(TestConnectionDialog)
#include "tst_connectiondialog.moc"
