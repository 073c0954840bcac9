#pragma once

#include <QObject>
#include <QString>
#include <QUrl>

#include <functional>

namespace pd::sync {

// The outcome of one keychain operation.
struct CredentialResult
{
    enum class Status
    {
        Ok,
        NotFound,    // read/remove: no secret stored under that key
        Unavailable, // no keychain on this system/session (no Secret Service, no D-Bus, ...)
        Denied,      // the user or the keychain refused access (locked, cancelled)
        Failed,      // anything else
    };
    Status status = Status::Failed;
    QString secret;  // read: the stored secret
    QString message; // translated reason when not Ok, naming the keychain's own error

    bool ok() const { return status == Status::Ok; }
};

// The refresh token in the operating system's keychain through QtKeychain (Secret Service on Linux,
// Keychain on macOS, Credential Manager on Windows), keyed by server URL and user name.
// There is no plaintext fallback: without a keychain, operations report Unavailable, nothing is
// written anywhere, and the app asks for the password each session.
// A QObject of the thread that made it (needs that thread's event loop); callbacks run there and are
// dropped if the store is destroyed first.
class CredentialStore final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CredentialStore)

public:
    enum class Availability
    {
        Unknown,
        Available,
        Unavailable
    };
    using Callback = std::function<void(const CredentialResult &)>;

    // service: the keychain's service/application name; tests pass their own.
    explicit CredentialStore(QString service = QStringLiteral("PartnerDesk"), QObject *parent = nullptr);

    // "https://host:port user": the account name in the keychain.
    static QString keyFor(const QUrl &server, const QString &user);

    void read(const QUrl &server, const QString &user, Callback done);
    void write(const QUrl &server, const QString &user, const QString &secret, Callback done);
    void remove(const QUrl &server, const QString &user, Callback done);

    // Blocking forms for the CLI, worker threads and tests (local event loop).
    CredentialResult readAndWait(const QUrl &server, const QString &user);
    CredentialResult writeAndWait(const QUrl &server, const QString &user, const QString &secret);
    CredentialResult removeAndWait(const QUrl &server, const QString &user);

    // Learned from the last operation: Unknown until one ran. unavailableReason() is translated.
    Availability availability() const { return m_availability; }
    QString unavailableReason() const { return m_unavailableReason; }

signals:
    void availabilityChanged(pd::sync::CredentialStore::Availability availability);

private:
    void finish(int keychainError, const QString &errorText, CredentialResult &result);
    CredentialResult wait(const std::function<void(Callback)> &start);

    QString m_service;
    Availability m_availability = Availability::Unknown;
    QString m_unavailableReason;
};

} // namespace pd::sync
