#pragma once

#include <QDateTime>
#include <QObject>
#include <QString>
#include <QUrl>

#include <functional>

#include "ServerTrust.h"

class QNetworkAccessManager;
class QNetworkReply;

namespace pd::sync {

// What went wrong talking to the server, so the caller can react (ask for a password, show the
// certificate dialog, retry later).
enum class AuthFailure
{
    None,
    Certificate,     // the server's certificate was refused: see AuthResult::certificate; nothing was sent
    Configuration,   // bad server URL or unreadable CA file: nothing was sent
    Network,         // connection refused, timeout, TLS failure other than the certificate, ...
    Credentials,     // 401 invalid_grant / user_disabled for a password grant: wrong user or password
    RefreshRejected, // 401 for a refresh grant: the refresh token is unknown or expired: sign in again
    Server,          // 5xx, 429, other unexpected status
    Protocol,        // the answer was not the JSON the API promises
};

// The server's /api/v1/health answer.
struct ServerInfo
{
    QString epoch;
    QString version;
    int api = 0;
};

// An access/refresh token pair from POST /api/v1/auth/token.
struct Tokens
{
    QString accessToken;
    QString refreshToken;      // single-use: every refresh gives a new one (store it again)
    QString role;              // admin, manager or viewer
    QDateTime accessExpiresAt; // UTC, from expires_in when received
    bool isNull() const { return accessToken.isEmpty(); }
};

// The outcome of a probe, sign-in or refresh.
struct AuthResult
{
    AuthFailure failure = AuthFailure::None;
    QString message;                // translated, ready for a message box or stderr; empty when ok
    int httpStatus = 0;             // 0 when no HTTP answer
    QString errorCode;              // the server's "error" field, when it sent one
    CertificateProblem certificate; // filled when failure == Certificate
    ServerInfo server;              // filled by probe and signIn
    Tokens tokens;                  // filled by signIn and refresh

    bool ok() const { return failure == AuthFailure::None; }
};

// The client side of authentication: the unauthenticated certificate probe and the token grants.
// Every reply is guarded by ServerTrust (a certificate is accepted only when it verifies or is pinned
// for that host:port), so no request body or header leaves on an unverified connection.
// Lives on one thread (the one that created it and the QNetworkAccessManager it uses); callbacks run
// there, from the event loop. Callbacks are dropped if the AuthClient is destroyed first.
class AuthClient final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AuthClient)

public:
    using Callback = std::function<void(const AuthResult &)>;

    // nam may be shared with the sync engine (same thread); null makes one owned by this object.
    explicit AuthClient(ServerTrust trust, QNetworkAccessManager *nam = nullptr, QObject *parent = nullptr);

    // GET /api/v1/health without any credential: verifies the certificate and that this is a
    // PartnerDesk server speaking API 1. The first request of every sign-in and sync session.
    // Clears the QNAM's connection cache first, so the handshake runs under the current CA file and
    // pins (Qt reuses a cached connection with the TLS settings it was opened with).
    void probe(const QUrl &server, Callback done);
    // probe(), then, only if it succeeded, POST /api/v1/auth/token {"user","password"}.
    void signIn(const QUrl &server, const QString &user, const QString &password, Callback done);
    // POST /api/v1/auth/token {"grant_type":"refresh_token","refresh_token"}. No probe of its own
    // (the session probed already); still guarded.
    void refresh(const QUrl &server, const QString &refreshToken, Callback done);

    // Blocking forms for the CLI and tests: run a local event loop until the callback fires.
    AuthResult probeAndWait(const QUrl &server);
    AuthResult signInAndWait(const QUrl &server, const QString &user, const QString &password);
    AuthResult refreshAndWait(const QUrl &server, const QString &refreshToken);

    // Per-request timeout (default 30 s); a request that takes longer ends as AuthFailure::Network.
    void setTimeout(int milliseconds) { m_timeoutMs = milliseconds; }
    const ServerTrust &trust() const { return m_trust; }

private:
    void postToken(const QUrl &server, const QByteArray &body, bool refreshGrant, Callback done);
    QNetworkReply *send(const QUrl &server, const QString &path, const QByteArray *postBody, AuthResult &error);
    AuthResult failed(QNetworkReply *reply) const;
    AuthResult wait(const std::function<void(Callback)> &start);

    ServerTrust m_trust;
    QNetworkAccessManager *m_nam = nullptr;
    int m_timeoutMs = 30000;
};

} // namespace pd::sync
