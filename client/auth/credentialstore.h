#pragma once

#include "client/transport_guard.h"

// Tokens in the OS keychain through QtKeychain (Secret Service on Linux, Keychain on macOS,
// Credential Manager on Windows): service "BatchDesk", one entry per server and user. There is
// no fallback: when the keychain cannot be reached the caller is told so, and keeps the
// credentials in memory for the session — nothing is ever written to a plain file.

#include "client/auth/serverprofile.h"

#include <QObject>
#include <QPointer>

#include <functional>

namespace Niagara {

class CredentialStore final : public QObject
{
    Q_OBJECT

public:
    static constexpr char kService[] = "BatchDesk";

    enum class Status : quint8 {
        Ok,
        NotFound,    // read/remove: no such entry
        Unavailable, // no keychain (no Secret Service, locked, access denied, ...)
    };
    struct Result
    {
        Status status = Status::Ok;
        std::optional<Credentials> credentials; // read
        QString message;                        // translated, for Unavailable
        QString detail;                         // the backend's own words, for logs
    };
    using Callback = std::function<void(Result)>;

    explicit CredentialStore(QObject *parent = nullptr);

    // The entry of `userEmail` (or whoever signed in last, when empty) on server `profileId`.
    static QString entryKey(const QString &profileId, const QString &userEmail);

    void read(const QString &key, QObject *context, Callback done);
    void write(const QString &key, const Credentials &credentials, QObject *context, Callback done);
    void remove(const QString &key, QObject *context, Callback done);
};

} // namespace Niagara
