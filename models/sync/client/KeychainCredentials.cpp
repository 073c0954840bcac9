#include "KeychainCredentials.h"

namespace pd::sync::client {

KeychainCredentials::KeychainCredentials(QUrl server, QString user) : m_server(std::move(server)), m_user(std::move(user)) {}

KeychainCredentials::~KeychainCredentials() = default;

QString KeychainCredentials::refreshToken()
{
    if (!m_sessionToken.isEmpty() || m_readKeychain)
        return m_sessionToken;
    if (!m_store)
        m_store = std::make_unique<CredentialStore>();
    m_readKeychain = true;
    const CredentialResult r = m_store->readAndWait(m_server, m_user);
    if (r.ok())
        m_sessionToken = r.secret;
    return m_sessionToken;
}

void KeychainCredentials::storeRefreshToken(const QString &token)
{
    m_sessionToken = token;
    m_readKeychain = true;
    if (!m_store)
        m_store = std::make_unique<CredentialStore>();
    if (token.isEmpty())
        (void)m_store->removeAndWait(m_server, m_user);
    else
        (void)m_store->writeAndWait(m_server, m_user, token); // no keychain: the token lives for this session only
}

} // namespace pd::sync::client
