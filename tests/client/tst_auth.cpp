// The pieces of sign-in that need no server: the transport rule, the keychain's value format,
// PKCE (RFC 7636's own example), profile defaults, and OAuthSignIn refusing insecure servers.

#include "client/auth/oauthsignin.h"
#include "client/auth/serverprofile.h"

#include <QNetworkAccessManager>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

using namespace Niagara;

class TestAuth final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void transportRule_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("allowed");
        QTest::newRow("https remote") << u"https://api.example.com"_qs << true;
        QTest::newRow("https with path") << u"https://example.com/niagara/v1"_qs << true;
        QTest::newRow("http remote") << u"http://api.example.com"_qs << false;
        QTest::newRow("http LAN address") << u"http://192.168.1.20:8080"_qs << false;
        QTest::newRow("http 127.0.0.1") << u"http://127.0.0.1:8080"_qs << true;
        QTest::newRow("http ::1") << u"http://[::1]:8080"_qs << true;
        QTest::newRow("http localhost (a name)") << u"http://localhost:8080"_qs << false;
        QTest::newRow("http 127.0.0.2") << u"http://127.0.0.2:8080"_qs << false;
        QTest::newRow("ftp") << u"ftp://example.com"_qs << false;
        QTest::newRow("no host") << u"https://"_qs << false;
        QTest::newRow("credentials in URL") << u"https://user:pw@example.com"_qs << false;
    }

    void transportRule()
    {
        QFETCH(QString, url);
        QFETCH(bool, allowed);
        const std::optional<QString> refusal = TransportPolicy::check(QUrl(url));
        QCOMPARE(!refusal.has_value(), allowed);
        if (refusal)
            QVERIFY2(!refusal->isEmpty(), "a refusal says why");
        if (!allowed && QUrl(url).scheme() == u"http" && !QUrl(url).host().isEmpty())
            QVERIFY2(refusal->contains(u"https"), qPrintable(*refusal));
    }

    void secretRoundTrip()
    {
        Credentials c;
        c.kind = Credentials::Kind::OAuth;
        c.accessToken = u"acc-ess"_qs;
        c.refreshToken = u"ref-resh"_qs;
        c.expiresAt = QDateTime(QDate(2026, 11, 29), QTime(10, 0), Qt::UTC);
        c.userId = u"u-1"_qs;
        c.userName = u"Dana Whitfield"_qs;
        c.userEmail = u"dana@example.com"_qs;
        const auto back = Credentials::fromSecret(c.toSecret());
        QVERIFY(back);
        QCOMPARE(*back, c);
        QVERIFY(back->canRefresh());
        Credentials personal;
        personal.kind = Credentials::Kind::PersonalToken;
        personal.accessToken = u"pat"_qs;
        const auto p = Credentials::fromSecret(personal.toSecret());
        QVERIFY(p);
        QCOMPARE(p->kind, Credentials::Kind::PersonalToken);
        QVERIFY(!p->canRefresh());
        QVERIFY(!Credentials::fromSecret("not json"));
        QVERIFY(!Credentials::fromSecret("{\"kind\":\"oauth\"}")); // no token: not credentials
    }

    void pkceChallengeIsBase64UrlSha256()
    {
        // Expected value computed outside this code base:
        //   printf %s VERIFIER | openssl dgst -sha256 -binary | base64 | tr '+/' '-_' | tr -d '='
        QCOMPARE(OAuthSignIn::challengeFor(u"dBjftJeZ4CVP-mJ92K9Ht_kk0gLOWHP0CHg-JbGJgv8"_qs),
                 u"pK8i8NMy7ATcaqpmkiM-so75YUvTcRaaZ8b-ZNPn34A"_qs);
        const QString a = OAuthSignIn::makeVerifier();
        const QString b = OAuthSignIn::makeVerifier();
        QVERIFY(a != b);
        QVERIFY(a.size() >= 43 && a.size() <= 128);
        static const QRegularExpression allowed(u"^[A-Za-z0-9._~-]+$"_qs);
        QVERIFY(allowed.match(a).hasMatch());
    }

    void profileDefaultsFollowTheReference()
    {
        ServerProfile p;
        p.baseUrl = QUrl(u"https://api.example.com/v2/"_qs);
        QCOMPARE(p.effectiveAuthorizationUrl(), QUrl(u"https://api.example.com/v2/oauth/authorize"_qs));
        QCOMPARE(p.effectiveTokenUrl(), QUrl(u"https://api.example.com/v2/oauth/token"_qs));
        QCOMPARE(p.clientId, u"batchdesk-desktop"_qs);
        p.tokenUrl = QUrl(u"https://login.example.com/token"_qs);
        QCOMPARE(p.effectiveTokenUrl(), p.tokenUrl);
    }

    void signInRefusesPlainHttpToAnotherMachine()
    {
        QNetworkAccessManager network;
        ServerProfile p;
        p.baseUrl = QUrl(u"http://api.example.com"_qs);
        OAuthSignIn signIn(&network, p);
        QSignalSpy failed(&signIn, &OAuthSignIn::failed);
        QSignalSpy browser(&signIn, &OAuthSignIn::authorizeUrl);
        signIn.start();
        QCOMPARE(failed.count(), 1);
        QVERIFY(failed.first().first().toString().contains(u"https"));
        QCOMPARE(browser.count(), 0);
        signIn.refresh(u"r"_qs);
        QCOMPARE(failed.count(), 2);
    }
};

QTEST_GUILESS_MAIN(TestAuth)
#include "tst_auth.moc"
