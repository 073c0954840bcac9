#include "KeychainCredentials.h"

#include <QHash>
#include <QMutex>
#include <QMutexLocker>

namespace pd::sync::client {
namespace {

QMutex sessionMutex;

QHash<QString, QString> &sessionTokens()
{
    static QHash<QString, QString> tokens;
    return tokens;
}

QString sessionKey(const QUrl &server, const QString &user)
{
    return server.adjusted(QUrl::StripTrailingSlash).toString() + QLatin1Char('\n') + user;
}

QString recallForSession(const QUrl &server, const QString &user)
{
    const QMutexLocker lock(&sessionMutex);
    return sessionTokens().value(sessionKey(server, user));
}

} // namespace

void KeychainCredentials::rememberForSession(const QUrl &server, const QString &user, const QString &token)
{
    const QMutexLocker lock(&sessionMutex);
    if (token.isEmpty())
        sessionTokens().remove(sessionKey(server, user));
    else
        sessionTokens().insert(sessionKey(server, user), token);
}

KeychainCredentials::KeychainCredentials(QUrl server, QString user)
    : m_server(std::move(server)), m_user(std::move(user))
{}

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
    if (m_sessionToken.isEmpty())
        m_sessionToken = recallForSession(m_server, m_user); // no keychain, or signed in this session
    return m_sessionToken;
}

void KeychainCredentials::storeRefreshToken(const QString &token)
{
    m_sessionToken = token;
    m_readKeychain = true;
    rememberForSession(m_server, m_user, token); // a single-use token: the next worker needs the new one
    if (!m_store)
        m_store = std::make_unique<CredentialStore>();
    if (token.isEmpty())
        (void)m_store->removeAndWait(m_server, m_user);
    else
        (void)m_store->writeAndWait(m_server, m_user, token); // no keychain: the token lives for this session only
}

} // namespace pd::sync::client
