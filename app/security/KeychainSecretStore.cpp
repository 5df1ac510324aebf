#include "security/KeychainSecretStore.h"

#include <qt6keychain/keychain.h>

#include <QEventLoop>
#include <QTimer>

#include <memory>

using namespace Qt::StringLiterals;

namespace guichet {

namespace {

const QString kService = u"Guichet"_s;
constexpr int kTimeoutMs = 10000;
// Jobs given up on that have not ended yet. QtKeychain runs one job at a time, so while one hangs
// every later job would wait behind it: those fail at once instead of after another 10 s.
int s_hungJobs = 0;

// Runs a job to its end in a local event loop. A keychain that does not answer in 10 s counts as
// unavailable, so a hung D-Bus never freezes the sign-in.
template<typename KeychainJob>
SecretStore::Result run(std::unique_ptr<KeychainJob> &job)
{
    using Status = SecretStore::Status;
    const QString noAnswer = KeychainSecretStore::tr("The system keychain does not answer.");
    if (s_hungJobs > 0)
        return {Status::Unavailable, {}, noAnswer};
    job->setAutoDelete(false);
    job->setInsecureFallback(false); // never QtKeychain's plain-text file
    bool finished = false;
    QEventLoop loop;
    QObject::connect(job.get(), &QKeychain::Job::finished, &loop, [&] {
        finished = true;
        loop.quit();
    });
    QTimer::singleShot(kTimeoutMs, &loop, &QEventLoop::quit);
    job->start();
    if (!finished) // a job may finish inside start(); quit() before exec() would be lost
        loop.exec();
    if (!finished) {
        // The backend may still call the job back: it deletes itself when it ends, not now.
        QKeychain::Job *hung = job.release();
        hung->setAutoDelete(true);
        ++s_hungJobs;
        QObject::connect(hung, &QObject::destroyed, [] { --s_hungJobs; });
        return {Status::Unavailable, {}, noAnswer};
    }
    switch (job->error()) {
    case QKeychain::NoError: return {Status::Ok, {}, {}};
    case QKeychain::EntryNotFound: return {Status::NotFound, {}, {}};
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
    case QKeychain::AccessDeniedByUser:
    case QKeychain::AccessDenied:
        return {Status::Unavailable, {},
                KeychainSecretStore::tr("The system keychain is not available: type the password.")};
    default:
        return {Status::Error, {}, KeychainSecretStore::tr("The system keychain failed: %1").arg(job->errorString())};
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
    auto job = std::make_unique<QKeychain::ReadPasswordJob>(kService);
    job->setKey(key);
    Result result = run(job);
    if (result.status == Status::Ok)
        result.secret = job->textData();
    return result;
}

SecretStore::Result KeychainSecretStore::write(const QString &key, const QString &secret)
{
    auto job = std::make_unique<QKeychain::WritePasswordJob>(kService);
    job->setKey(key);
    job->setTextData(secret);
    return run(job);
}

SecretStore::Result KeychainSecretStore::remove(const QString &key)
{
    auto job = std::make_unique<QKeychain::DeletePasswordJob>(kService);
    job->setKey(key);
    Result result = run(job);
    if (result.status == Status::NotFound) // some backends say so, Secret Service does not
        result.status = Status::Ok;
    return result;
}

} // namespace guichet
