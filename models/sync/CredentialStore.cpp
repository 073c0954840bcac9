#include "CredentialStore.h"

#include <QEventLoop>

#include <qt6keychain/keychain.h>

namespace pd::sync {

namespace {

// QtKeychain reports a missing Secret Service / D-Bus as NoBackendAvailable, or on some versions as
// OtherError with the D-Bus or libsecret message; both mean "no keychain here".
bool meansUnavailable(QKeychain::Error error, const QString &text)
{
    if (error == QKeychain::NoBackendAvailable || error == QKeychain::NotImplemented)
        return true;
    if (error != QKeychain::OtherError)
        return false;
    static const char *const markers[] = {"D-Bus",          "DBus",
                                          "dbus",           "org.freedesktop.secrets",
                                          "autolaunch",     "Secret Service",
                                          "secret service", "No such interface",
                                          "ServiceUnknown", "not provided by any .service files"};
    for (const char *m : markers)
        if (text.contains(QLatin1String(m)))
            return true;
    return false;
}

} // namespace

CredentialStore::CredentialStore(QString service, QObject *parent) : QObject(parent), m_service(std::move(service))
{}

QString CredentialStore::keyFor(const QUrl &server, const QString &user)
{
    return QStringLiteral("https://%1:%2 %3").arg(server.host().toLower()).arg(server.port(443)).arg(user);
}

void CredentialStore::finish(int keychainError, const QString &errorText, CredentialResult &result)
{
    const auto error = QKeychain::Error(keychainError);
    const Availability before = m_availability;
    if (error == QKeychain::NoError || error == QKeychain::EntryNotFound) {
        result.status = error == QKeychain::NoError ? CredentialResult::Status::Ok : CredentialResult::Status::NotFound;
        m_availability = Availability::Available;
        m_unavailableReason.clear();
    } else if (meansUnavailable(error, errorText)) {
        result.status = CredentialResult::Status::Unavailable;
        result.message = tr("No keychain is available on this computer (%1). PartnerDesk keeps sign-ins only in "
                            "the keychain, never in a file, so it will ask for your password each session.")
                             .arg(errorText);
        m_availability = Availability::Unavailable;
        m_unavailableReason = result.message;
    } else if (error == QKeychain::AccessDenied || error == QKeychain::AccessDeniedByUser) {
        result.status = CredentialResult::Status::Denied;
        result.message = tr("The keychain refused access (%1). Unlock it and try again.").arg(errorText);
    } else {
        result.status = CredentialResult::Status::Failed;
        result.message = tr("The keychain failed: %1").arg(errorText);
    }
    if (m_availability != before)
        emit availabilityChanged(m_availability);
}

void CredentialStore::read(const QUrl &server, const QString &user, Callback done)
{
    auto *job = new QKeychain::ReadPasswordJob(m_service, this);
    job->setInsecureFallback(false);
    job->setAutoDelete(true);
    job->setKey(keyFor(server, user));
    connect(job, &QKeychain::Job::finished, this, [this, done = std::move(done)](QKeychain::Job *j) {
        CredentialResult r;
        finish(j->error(), j->errorString(), r);
        if (r.ok())
            r.secret = static_cast<QKeychain::ReadPasswordJob *>(j)->textData();
        done(r);
    });
    job->start();
}

void CredentialStore::write(const QUrl &server, const QString &user, const QString &secret, Callback done)
{
    auto *job = new QKeychain::WritePasswordJob(m_service, this);
    job->setInsecureFallback(false);
    job->setAutoDelete(true);
    job->setKey(keyFor(server, user));
    job->setTextData(secret);
    connect(job, &QKeychain::Job::finished, this, [this, done = std::move(done)](QKeychain::Job *j) {
        CredentialResult r;
        finish(j->error(), j->errorString(), r);
        done(r);
    });
    job->start();
}

void CredentialStore::remove(const QUrl &server, const QString &user, Callback done)
{
    auto *job = new QKeychain::DeletePasswordJob(m_service, this);
    job->setInsecureFallback(false);
    job->setAutoDelete(true);
    job->setKey(keyFor(server, user));
    connect(job, &QKeychain::Job::finished, this, [this, done = std::move(done)](QKeychain::Job *j) {
        CredentialResult r;
        finish(j->error(), j->errorString(), r);
        done(r);
    });
    job->start();
}

CredentialResult CredentialStore::wait(const std::function<void(Callback)> &start)
{
    QEventLoop loop;
    CredentialResult out;
    bool finished = false;
    start([&](const CredentialResult &r) {
        out = r;
        finished = true;
        loop.quit();
    });
    if (!finished)
        loop.exec();
    return out;
}

CredentialResult CredentialStore::readAndWait(const QUrl &server, const QString &user)
{
    return wait([&](Callback cb) { read(server, user, std::move(cb)); });
}

CredentialResult CredentialStore::writeAndWait(const QUrl &server, const QString &user, const QString &secret)
{
    return wait([&](Callback cb) { write(server, user, secret, std::move(cb)); });
}

CredentialResult CredentialStore::removeAndWait(const QUrl &server, const QString &user)
{
    return wait([&](Callback cb) { remove(server, user, std::move(cb)); });
}

} // namespace pd::sync
