#pragma once

#include "CredentialStore.h"
#include "SyncSeams.h"

#include <QUrl>

#include <memory>

namespace pd::sync::client {

// The app's credentials: the refresh token in the OS keychain (written again after every grant),
// and also in this process's memory for the session, which is all there is when there is no
// keychain. No password is stored: without a usable token the user signs in again through the Sync
// Account dialog, which hands its token over with rememberForSession().
class KeychainCredentials final : public Credentials
{
public:
    KeychainCredentials(QUrl server, QString user);
    ~KeychainCredentials() override;

    QString user() const override { return m_user; }
    QString password() override { return {}; }
    QString refreshToken() override;
    void storeRefreshToken(const QString &token) override;

    // The refresh token of a sign-in for the rest of this process's life (thread-safe; never written
    // to disk): where there is no keychain, this is how a sign-in reaches the sync worker.
    static void rememberForSession(const QUrl &server, const QString &user, const QString &token);

private:
    QUrl m_server;
    QString m_user;
    QString m_sessionToken;
    bool m_readKeychain = false;
    std::unique_ptr<CredentialStore> m_store; // made on the worker thread, on first use
};

} // namespace pd::sync::client
