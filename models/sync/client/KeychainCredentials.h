#pragma once

#include "CredentialStore.h"
#include "SyncSeams.h"

#include <QUrl>

#include <memory>

namespace pd::sync::client {

// The app's credentials: the refresh token in the OS keychain (written again after every grant),
// kept in memory for the session when there is no keychain. No password is stored: without a
// usable token the user signs in again through the Sync Account dialog.
class KeychainCredentials final : public Credentials
{
public:
    KeychainCredentials(QUrl server, QString user);
    ~KeychainCredentials() override;

    QString user() const override { return m_user; }
    QString password() override { return {}; }
    QString refreshToken() override;
    void storeRefreshToken(const QString &token) override;

private:
    QUrl m_server;
    QString m_user;
    QString m_sessionToken;
    bool m_readKeychain = false;
    std::unique_ptr<CredentialStore> m_store; // made on the worker thread, on first use
};

} // namespace pd::sync::client
