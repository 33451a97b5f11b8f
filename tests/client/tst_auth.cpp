// The pieces of sign-in that need no server: the transport rule, the keychain's value format,
// PKCE (RFC 7636's own example), profile defaults, and OAuthSignIn refusing insecure servers.

#include "client/auth/oauthsignin.h"
#include "client/auth/serverprofile.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QSet>
#include <QUrlQuery>
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

    void stateIsLongAndRandom()
    {
        static const QRegularExpression base64Url(u"^[A-Za-z0-9_-]{43}$"_qs);
        QSet<QString> seen;
        for (int i = 0; i < 64; ++i) {
            const QString state = OAuthSignIn::makeState();
            QVERIFY2(base64Url.match(state).hasMatch(), qPrintable(state)); // 43 × 6 bits ≥ 256 bits
            seen.insert(state);
        }
        QCOMPARE(seen.size(), 64);
    }

    // A forged callback (any local user can reach the loopback port) carries an `error` and a
    // wrong or missing state: it must not end the sign-in. The real one, with the state the
    // authorization request carried, still does.
    void forgedErrorCallbackLeavesTheSignInRunning_data()
    {
        QTest::addColumn<QString>("state"); // "-" = no state parameter at all
        QTest::newRow("no state") << u"-"_qs;
        QTest::newRow("empty state") << QString();
        QTest::newRow("wrong state") << u"AAAAAAAA"_qs;
        QTest::newRow("prefix of the state") << u"PREFIX"_qs;
    }

    void forgedErrorCallbackLeavesTheSignInRunning()
    {
        QFETCH(QString, state);
        QNetworkAccessManager network;
        ServerProfile p;
        p.baseUrl = QUrl(u"http://127.0.0.1:9"_qs); // never contacted: no token exchange happens here
        OAuthSignIn signIn(&network, p);
        QSignalSpy failed(&signIn, &OAuthSignIn::failed);
        QSignalSpy browser(&signIn, &OAuthSignIn::authorizeUrl);
        signIn.start();
        QCOMPARE(browser.count(), 1);
        const QUrlQuery authorize(browser.first().first().toUrl());
        const QString realState = authorize.queryItemValue(u"state"_qs);
        QVERIFY(QRegularExpression(u"^[A-Za-z0-9_-]{43}$"_qs).match(realState).hasMatch());
        const QUrl redirect(authorize.queryItemValue(u"redirect_uri"_qs, QUrl::FullyDecoded));
        QVERIFY(redirect.isValid());

        auto callback = [&](const QString &stateValue) {
            QUrl url = redirect;
            QUrlQuery q;
            q.addQueryItem(u"error"_qs, u"access_denied"_qs);
            q.addQueryItem(u"error_description"_qs, u"<b>forged</b>"_qs);
            if (stateValue != u"-")
                q.addQueryItem(u"state"_qs, stateValue == u"PREFIX" ? realState.left(42) : stateValue);
            url.setQuery(q);
            QNetworkReply *reply = network.get(QNetworkRequest(url));
            QSignalSpy done(reply, &QNetworkReply::finished);
            const bool answered = done.wait(5000);
            reply->deleteLater();
            return answered;
        };
        QVERIFY(callback(state)); // the loopback handler answered the forged request…
        QCOMPARE(failed.count(), 0); // …and the sign-in goes on
        QCOMPARE(signIn.droppedCallbacks(), 1);

        QVERIFY(callback(realState)); // the provider's own error, with the right state, ends it
        QCOMPARE(failed.count(), 1);
        const QString message = failed.first().first().toString();
        QVERIFY2(message.contains(u"<b>forged</b>"), qPrintable(message)); // the text, as text
        QCOMPARE(signIn.droppedCallbacks(), 1);
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
