#include "security/KeychainSecretStore.h"

#include <qt6keychain/keychain.h>

#include <QEventLoop>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace guichet {

namespace {

const QString kService = u"Guichet"_s;

// Runs a job to its end; a keychain that does not answer in 10 s counts as unavailable, so a hung
// D-Bus never freezes the sign-in.
SecretStore::Result run(QKeychain::Job &job)
{
    job.setAutoDelete(false);
    job.setInsecureFallback(false);
    QEventLoop loop;
    bool finished = false;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, [&] {
        finished = true;
        loop.quit();
    });
    QTimer::singleShot(10000, &loop, &QEventLoop::quit);
    job.start();
    loop.exec();
    using Status = SecretStore::Status;
    if (!finished)
        return {Status::Unavailable, {}, KeychainSecretStore::tr("The system keychain does not answer.")};
    switch (job.error()) {
    case QKeychain::NoError: return {Status::Ok, {}, {}};
    case QKeychain::EntryNotFound: return {Status::NotFound, {}, {}};
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
    case QKeychain::AccessDeniedByUser:
    case QKeychain::AccessDenied:
        return {Status::Unavailable, {},
                KeychainSecretStore::tr("The system keychain is not available: type the password.")};
    default:
        return {Status::Error, {}, KeychainSecretStore::tr("The system keychain failed: %1").arg(job.errorString())};
    }
}

} // namespace

bool KeychainSecretStore::isAvailable()
{
    const Status status = read(u"guichet/availability-probe"_s).status;
    return status == Status::Ok || status == Status::NotFound;
}

SecretStore::Result KeychainSecretStore::read(const QString &key)
{
    QKeychain::ReadPasswordJob job(kService);
    job.setKey(key);
    Result result = run(job);
    if (result.status == Status::Ok)
        result.secret = job.textData();
    return result;
}

SecretStore::Result KeychainSecretStore::write(const QString &key, const QString &secret)
{
    QKeychain::WritePasswordJob job(kService);
    job.setKey(key);
    job.setTextData(secret);
    return run(job);
}

SecretStore::Result KeychainSecretStore::remove(const QString &key)
{
    QKeychain::DeletePasswordJob job(kService);
    job.setKey(key);
    return run(job);
}

} // namespace guichet
