// CredentialStore against the real QtKeychain backend (the Secret Service of a session bus
// with an unlocked gnome-keyring, as scripts/test.sh provides): write, read, overwrite,
// remove, not-found; entries of two servers and two users stay apart. Built a second time with
// BATCHDESK_NO_KEYCHAIN and run with a session bus address that leads nowhere, it checks the
// unavailable path instead: a clear message, and no file written anywhere.

#include "client/auth/credentialstore.h"

#include <QDir>
#include <QDirIterator>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace Niagara;

namespace {

CredentialStore::Result run(const std::function<void(CredentialStore::Callback)> &start)
{
    std::optional<CredentialStore::Result> result;
    start([&result](CredentialStore::Result r) { result = std::move(r); });
    if (!QTest::qWaitFor([&] { return result.has_value(); }, 30000))
        qFatal("keychain job did not finish");
    return *result;
}

Credentials sample(const QString &token)
{
    Credentials c;
    c.accessToken = token;
    c.refreshToken = token + u"-refresh"_qs;
    c.expiresAt = QDateTime::currentDateTimeUtc().addSecs(3600);
    c.userEmail = u"dana@example.com"_qs;
    return c;
}

} // namespace

class TestCredentialStore final : public QObject
{
    Q_OBJECT

private:
    CredentialStore m_store;
    // A server id of our own, so runs never meet each other's entries.
    const QString m_server = QUuid::createUuid().toString(QUuid::WithoutBraces);

private Q_SLOTS:
#ifndef BATCHDESK_NO_KEYCHAIN
    // This build is the keychain's world: without one it fails here, saying why (it never
    // passes by skipping; the other world is tst_credentialstore_unavailable).
    void initTestCase()
    {
        const QString key = CredentialStore::entryKey(m_server, u"probe@example.com"_qs);
        const auto probe = run([&](auto cb) { m_store.write(key, sample(u"probe"_qs), this, cb); });
        QVERIFY2(probe.status == CredentialStore::Status::Ok,
                 qPrintable(u"this run expects a keychain (scripts/with-keyring.sh), but: "_qs + probe.message));
        QCOMPARE(run([&](auto cb) { m_store.remove(key, this, cb); }).status, CredentialStore::Status::Ok);
    }

    void writeReadOverwriteRemove()
    {
        const QString key = CredentialStore::entryKey(m_server, u"Dana@Example.com"_qs);
        QCOMPARE(key, m_server + u"/dana@example.com"_qs);
        QCOMPARE(run([&](auto cb) { m_store.read(key, this, cb); }).status, CredentialStore::Status::NotFound);

        const Credentials first = sample(u"first-token"_qs);
        const auto written = run([&](auto cb) { m_store.write(key, first, this, cb); });
        QVERIFY2(written.status == CredentialStore::Status::Ok, qPrintable(written.detail));
        auto read = run([&](auto cb) { m_store.read(key, this, cb); });
        QCOMPARE(read.status, CredentialStore::Status::Ok);
        QVERIFY(read.credentials);
        QCOMPARE(*read.credentials, first);

        const Credentials second = sample(u"second-token"_qs);
        QCOMPARE(run([&](auto cb) { m_store.write(key, second, this, cb); }).status, CredentialStore::Status::Ok);
        read = run([&](auto cb) { m_store.read(key, this, cb); });
        QCOMPARE(read.credentials->accessToken, u"second-token"_qs);

        QCOMPARE(run([&](auto cb) { m_store.remove(key, this, cb); }).status, CredentialStore::Status::Ok);
        QCOMPARE(run([&](auto cb) { m_store.read(key, this, cb); }).status, CredentialStore::Status::NotFound);
    }

    void entriesPerServerAndUser()
    {
        const QString other = QUuid::createUuid().toString(QUuid::WithoutBraces);
        const QString a = CredentialStore::entryKey(m_server, u"a@example.com"_qs);
        const QString b = CredentialStore::entryKey(m_server, u"b@example.com"_qs);
        const QString c = CredentialStore::entryKey(other, u"a@example.com"_qs);
        QCOMPARE(run([&](auto cb) { m_store.write(a, sample(u"A"_qs), this, cb); }).status, CredentialStore::Status::Ok);
        QCOMPARE(run([&](auto cb) { m_store.write(b, sample(u"B"_qs), this, cb); }).status, CredentialStore::Status::Ok);
        QCOMPARE(run([&](auto cb) { m_store.write(c, sample(u"C"_qs), this, cb); }).status, CredentialStore::Status::Ok);
        QCOMPARE(run([&](auto cb) { m_store.read(a, this, cb); }).credentials->accessToken, u"A"_qs);
        QCOMPARE(run([&](auto cb) { m_store.read(b, this, cb); }).credentials->accessToken, u"B"_qs);
        QCOMPARE(run([&](auto cb) { m_store.read(c, this, cb); }).credentials->accessToken, u"C"_qs);
        for (const QString &key : {a, b, c})
            QCOMPARE(run([&](auto cb) { m_store.remove(key, this, cb); }).status, CredentialStore::Status::Ok);
    }

#else
    void unavailableKeychainIsSaidPlainly()
    {
        QTemporaryDir home;
        const QString key = CredentialStore::entryKey(m_server, u"dana@example.com"_qs);
        const auto written = run([&](auto cb) { m_store.write(key, sample(u"never-on-disk"_qs), this, cb); });
        QCOMPARE(written.status, CredentialStore::Status::Unavailable);
        QVERIFY2(written.message.contains(u"keychain") && written.message.contains(u"not saved"),
                 qPrintable(written.message));
        QCOMPARE(run([&](auto cb) { m_store.read(key, this, cb); }).status, CredentialStore::Status::Unavailable);
        // No fallback file: nothing under HOME/XDG dirs holds the token.
        for (const QString &root : {qEnvironmentVariable("HOME"), qEnvironmentVariable("XDG_CONFIG_HOME"),
                                    qEnvironmentVariable("XDG_DATA_HOME")}) {
            if (root.isEmpty() || !QDir(root).exists())
                continue;
            QDirIterator it(root, QDir::Files, QDirIterator::Subdirectories);
            while (it.hasNext()) {
                QFile f(it.next());
                if (f.size() < 1 << 20 && f.open(QIODevice::ReadOnly))
                    QVERIFY2(!f.readAll().contains("never-on-disk"), qPrintable(f.fileName()));
            }
        }
    }
#endif
};

QTEST_GUILESS_MAIN(TestCredentialStore)
#include "tst_credentialstore.moc"
