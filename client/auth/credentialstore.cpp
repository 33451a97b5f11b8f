#include "client/auth/credentialstore.h"

#include "client/logging.h"

#include <qt6keychain/keychain.h>

namespace Niagara {

namespace {

CredentialStore::Result resultOf(const QKeychain::Job &job)
{
    CredentialStore::Result r;
    switch (job.error()) {
    case QKeychain::NoError:
        r.status = CredentialStore::Status::Ok;
        break;
    case QKeychain::EntryNotFound:
        r.status = CredentialStore::Status::NotFound;
        break;
    default:
        r.status = CredentialStore::Status::Unavailable;
        r.detail = job.errorString();
        r.message = CredentialStore::tr("The system keychain could not be used (%1). You stay signed in until "
                                        "BatchDesk closes; your sign-in is not saved anywhere else.")
                        .arg(job.errorString());
        break;
    }
    return r;
}

// A job has no parent and deletes itself once finished: the keychain backend (libsecret on
// Linux) holds a plain pointer to it until its asynchronous answer arrives, so a job deleted
// earlier — with a store that goes away mid-write — would be called back after its death.
// Who hears the answer is decided by the `context` of finishInto(), which may go first.
template <typename JobType>
JobType *newJob(const QString &key)
{
    auto *job = new JobType(QString::fromLatin1(CredentialStore::kService));
    job->setKey(key);
    job->setAutoDelete(true);
    // Never let QtKeychain fall back to writing the secret into a settings file.
    job->setInsecureFallback(false);
    return job;
}

void finishInto(QKeychain::Job *job, QObject *context, CredentialStore::Callback done,
                std::function<void(CredentialStore::Result &, QKeychain::Job *)> extra = {})
{
    QObject::connect(job, &QKeychain::Job::finished, context, [done = std::move(done), extra](QKeychain::Job *j) {
        CredentialStore::Result r = resultOf(*j);
        if (r.status == CredentialStore::Status::Unavailable)
            qCWarning(lcNiagaraAuth).noquote() << "keychain unavailable:" << r.detail;
        if (extra)
            extra(r, j);
        done(std::move(r));
    });
    job->start();
}

} // namespace

CredentialStore::CredentialStore(QObject *parent)
    : QObject(parent)
{
}

QString CredentialStore::entryKey(const QString &profileId, const QString &userEmail)
{
    return profileId + QLatin1Char('/') + (userEmail.isEmpty() ? QStringLiteral("-") : userEmail.toLower());
}

void CredentialStore::read(const QString &key, QObject *context, Callback done)
{
    auto *job = newJob<QKeychain::ReadPasswordJob>(key);
    finishInto(job, context, std::move(done), [](Result &r, QKeychain::Job *j) {
        if (r.status != Status::Ok)
            return;
        r.credentials = Credentials::fromSecret(static_cast<QKeychain::ReadPasswordJob *>(j)->binaryData());
        if (!r.credentials)
            r.status = Status::NotFound; // unreadable entry: as good as none
    });
}

void CredentialStore::write(const QString &key, const Credentials &credentials, QObject *context, Callback done)
{
    auto *job = newJob<QKeychain::WritePasswordJob>(key);
    job->setBinaryData(credentials.toSecret());
    finishInto(job, context, std::move(done));
}

void CredentialStore::remove(const QString &key, QObject *context, Callback done)
{
    auto *job = newJob<QKeychain::DeletePasswordJob>(key);
    finishInto(job, context, std::move(done));
}

} // namespace Niagara
