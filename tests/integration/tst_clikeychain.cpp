// batchdesk-cli's token lookup: NIAGARA_TOKEN first; otherwise the sign-in the desktop app saved
// for --server (its settings name the server and who signed in last; the token is in the
// keychain). Each child gets its own XDG_CONFIG_HOME, so the settings under test are the only
// ones it can read. Registered twice (tests/integration/CMakeLists.txt), each told its world by
// BATCHDESK_TEST_EXPECT_KEYCHAIN: with a keychain (scripts/test.sh) the saved sign-in is used;
// without one (no session bus) the CLI says so and exits 2. A run that finds itself in the other
// world fails, so neither branch can be skipped silently.

#include "common/clirun.h"
#include "common/simprocess.h"
#include "client/auth/credentialstore.h"
#include "models/session/session.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using TestSupport::runCli;

namespace {

Niagara::CredentialStore::Result await(const std::function<void(Niagara::CredentialStore::Callback)> &start)
{
    auto result = std::make_shared<std::optional<Niagara::CredentialStore::Result>>();
    start([result](Niagara::CredentialStore::Result r) { *result = std::move(r); });
    if (!QTest::qWaitFor([&] { return result->has_value(); }, 30000))
        qFatal("the keychain did not answer");
    return **result;
}

} // namespace

class TestCliKeychain final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void noSavedSignInIsAUsageError();
    void savedSignInIsReadFromTheKeychain();
    void plainHttpToAnotherMachineIsRefused();

private:
    QProcessEnvironment configHome(const QString &dir) const
    {
        QProcessEnvironment env;
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), dir);
        return env;
    }
    // The desktop app's settings file as the CLI finds it under XDG_CONFIG_HOME=`dir`.
    static QString settingsPath(const QString &dir)
    {
        return dir + QStringLiteral("/BatchDesk/BatchDesk.conf");
    }

    TestSupport::SimProcess m_sim;
    QTemporaryDir m_dir;
    Niagara::CredentialStore m_store;
    QString m_key;
    bool m_expectKeychain = true;
};

void TestCliKeychain::initTestCase()
{
    const QByteArray world = qgetenv("BATCHDESK_TEST_EXPECT_KEYCHAIN");
    QVERIFY2(world == "1" || world == "0", "BATCHDESK_TEST_EXPECT_KEYCHAIN must be 1 or 0 (see CMakeLists.txt)");
    m_expectKeychain = world == "1";
    QString error;
    QVERIFY2(m_sim.start(QStringLiteral("demo"), {}, &error), qPrintable(error));
    QVERIFY(m_dir.isValid());
}

void TestCliKeychain::cleanupTestCase()
{
    if (!m_key.isEmpty())
        await([&](auto done) { m_store.remove(m_key, this, std::move(done)); });
}

void TestCliKeychain::noSavedSignInIsAUsageError()
{
    // No settings at all.
    const QString empty = m_dir.filePath(QStringLiteral("empty"));
    TestSupport::CliResult r = runCli(QStringLiteral(BATCHDESK_CLI_PATH),
                                      {QStringLiteral("batches"), QStringLiteral("list"), QStringLiteral("--server"),
                                       m_sim.baseUrl().toString()},
                                      QString(), configHome(empty));
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains("No saved sign-in for"), r.err.constData());
    QVERIFY(r.err.contains("NIAGARA_TOKEN"));
    QVERIFY(r.out.isEmpty());

    // A saved server nobody is signed in to.
    const QString dir = m_dir.filePath(QStringLiteral("nobody"));
    {
        QSettings settings(settingsPath(dir), QSettings::IniFormat);
        BatchDesk::ServerDirectory directory(&settings);
        Niagara::ServerProfile p;
        p.id = QStringLiteral("nobody-signed-in");
        p.name = QStringLiteral("Sim");
        p.baseUrl = m_sim.baseUrl();
        directory.save(p);
    }
    r = runCli(QStringLiteral(BATCHDESK_CLI_PATH),
               {QStringLiteral("batches"), QStringLiteral("list"), QStringLiteral("--server"), m_sim.baseUrl().toString()},
               QString(), configHome(dir));
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains("No saved sign-in for"), r.err.constData());
}

void TestCliKeychain::savedSignInIsReadFromTheKeychain()
{
    const QString dir = m_dir.filePath(QStringLiteral("saved"));
    const QString profileId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QString email = QString::fromLatin1(TestSupport::kManagerEmail);
    {
        QSettings settings(settingsPath(dir), QSettings::IniFormat);
        BatchDesk::ServerDirectory directory(&settings);
        Niagara::ServerProfile p;
        p.id = profileId;
        p.name = QStringLiteral("Sim");
        p.baseUrl = m_sim.baseUrl();
        directory.save(p);
        directory.setLastUser(profileId, email);
    }
    // What the desktop app writes after a sign-in (a personal token here: no expiry).
    Niagara::Credentials saved;
    saved.kind = Niagara::Credentials::Kind::PersonalToken;
    saved.accessToken = m_sim.managerToken();
    saved.userEmail = email;
    const QString key = Niagara::CredentialStore::entryKey(profileId, email);
    const Niagara::CredentialStore::Result written =
        await([&](auto done) { m_store.write(key, saved, this, std::move(done)); });
    const QStringList list{QStringLiteral("batches"), QStringLiteral("list"), QStringLiteral("--server"),
                           m_sim.baseUrl().toString(), QStringLiteral("--format"), QStringLiteral("json")};

    if (!m_expectKeychain) {
        // No keychain in this world: the write is refused, the CLI cannot read one either, says
        // so and exits 2. That is all this world has to show.
        QVERIFY2(written.status == Niagara::CredentialStore::Status::Unavailable,
                 "a keychain answered although this run expects none");
        const TestSupport::CliResult r = runCli(QStringLiteral(BATCHDESK_CLI_PATH), list, QString(), configHome(dir));
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("could not be read"), r.err.constData());
        QVERIFY(r.err.contains("NIAGARA_TOKEN"));
        QVERIFY(r.out.isEmpty());
        return;
    }
    QVERIFY2(written.status == Niagara::CredentialStore::Status::Ok,
             qPrintable(u"this run expects a keychain (scripts/with-keyring.sh), but: "_qs + written.message));
    m_key = key;

    // No NIAGARA_TOKEN: the saved sign-in (the same server with a trailing slash too).
    TestSupport::CliResult r = runCli(QStringLiteral(BATCHDESK_CLI_PATH), list, QString(), configHome(dir));
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QStringList slashed = list;
    slashed[3] += QLatin1Char('/');
    const TestSupport::CliResult again = runCli(QStringLiteral(BATCHDESK_CLI_PATH), slashed, QString(), configHome(dir));
    QVERIFY2(again.exitCode == 0, again.err.constData());
    QCOMPARE(QJsonDocument::fromJson(r.out).object().value(QStringLiteral("total_count")).toInteger(), 1200);

    // NIAGARA_TOKEN takes precedence (a token the server refuses: the API error, exit 3).
    r = runCli(QStringLiteral(BATCHDESK_CLI_PATH), list, QStringLiteral("refused-token"), configHome(dir));
    QCOMPARE(r.exitCode, 3);

    // The token lives only in the keychain, never in the settings the CLI read.
    QFile file(settingsPath(dir));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(!file.readAll().contains(m_sim.managerToken().toUtf8()));

    // An expired OAuth sign-in is not sent: the app renews it when it next runs.
    Niagara::Credentials expired = saved;
    expired.kind = Niagara::Credentials::Kind::OAuth;
    expired.refreshToken = QStringLiteral("unused-refresh");
    expired.expiresAt = QDateTime::currentDateTimeUtc().addSecs(-60);
    QCOMPARE(await([&](auto done) { m_store.write(key, expired, this, std::move(done)); }).status,
             Niagara::CredentialStore::Status::Ok);
    r = runCli(QStringLiteral(BATCHDESK_CLI_PATH), list, QString(), configHome(dir));
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains("expired"), r.err.constData());
}

void TestCliKeychain::plainHttpToAnotherMachineIsRefused()
{
    const TestSupport::CliResult r = runCli(
        QStringLiteral(BATCHDESK_CLI_PATH),
        {QStringLiteral("batches"), QStringLiteral("list"), QStringLiteral("--server"), QStringLiteral("http://example.com")},
        QStringLiteral("some-token"), configHome(m_dir.filePath(QStringLiteral("empty"))));
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains("https"), r.err.constData());
}

QTEST_MAIN(TestCliKeychain)
#include "tst_clikeychain.moc"
