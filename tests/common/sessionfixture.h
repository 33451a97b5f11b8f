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

namespace TestSupport {

struct SessionFixture
{
    QTemporaryDir dir;
    QSettings settings{dir.filePath(QStringLiteral("batchdesk.ini")), QSettings::IniFormat};
    QNetworkAccessManager network;
    Niagara::NiagaraClient client{&network};
    Niagara::CredentialStore credentials;
    BatchDesk::Session session{&network, &client, &credentials, &settings};

    // The settings file as written, for checks that no secret reached it.
    QByteArray settingsFile()
    {
        settings.sync();
        QFile file(settings.fileName());
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }
};

} // namespace TestSupport
