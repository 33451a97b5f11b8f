#pragma once

// What the desktop app wires for a sign-in (app/gui/main.cpp), for tests: settings in a
// throw-away file, one network manager, the client, the keychain store and the session over
// them. Members are declared in the order they depend on each other.

#include "client/auth/credentialstore.h"
#include "client/niagaraclient.h"
#include "models/session/session.h"

#include <QByteArray>
#include <QFile>
#include <QNetworkAccessManager>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

namespace TestSupport {

struct SessionFixture
{
    QTemporaryDir dir;
    QSettings settings{dir.filePath(QStringLiteral("batchdesk.ini")), QSettings::IniFormat};
    QNetworkAccessManager network;
    Niagara::NiagaraClient client{&network};
    Niagara::CredentialStore credentials;
    BatchDesk::Session session{&network, &client, &credentials, &settings};

    // Signs in to `url` as the desktop app does, with a personal token (no keychain needed):
    // a server entry for it becomes the current one, then the token. True once signed in.
    bool signInWithToken(const QUrl &url, const QString &token, int timeoutMs = 60000)
    {
        using State = BatchDesk::Session::State;
        Niagara::ServerProfile profile;
        profile.id = QStringLiteral("test-server");
        profile.name = QStringLiteral("Test server");
        profile.baseUrl = url;
        if (session.saveProfile(profile))
            return false; // refused, with the reason
        session.switchTo(profile.id);
        if (!QTest::qWaitFor([&] { return session.state() != State::SigningIn; }, timeoutMs))
            return false;
        if (session.state() != State::SignedIn)
            session.usePersonalToken(token);
        return QTest::qWaitFor([&] { return session.state() == State::SignedIn; }, timeoutMs);
    }

    // The settings file as written, for checks that no secret reached it.
    QByteArray settingsFile()
    {
        settings.sync();
        QFile file(settings.fileName());
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }
};

} // namespace TestSupport
