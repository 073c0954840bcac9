#pragma once

#include <QDateTime>
#include <QString>

#include <functional>
#include <variant>

#include "Protocol.h"
#include "ServerConfig.h"
#include "ServerStore.h"
#include "SignInThrottle.h"

namespace pd::server {

// An answer other than success, with its HTTP status.
struct ApiError
{
    int status = 400;
    QString code;
    QString message;
    int retryAfterSeconds = 0; // with 429: when to try again (the Retry-After header and "retry_after")
};

struct TokenPair
{
    QString accessToken;
    QString refreshToken;
    int expiresIn = 0;
    QString role;
};

// A password grant that the sign-in throttle let through, with what crypto::verifyPassword needs: Argon2id
// takes about 80 ms, so the HTTP layer may run it on another thread between beginToken and finishToken.
struct PasswordCheck
{
    QString user;
    QByteArray hash; // crypto::decoyHash() for an unknown user, so that it takes as long
    QString password;
    QString peer;
    bool knownUser = false;
};

// The protocol's rules over a store: tokens, the feed, and push with versions, merge, conflicts,
// roles and the program's deal rules. HTTP-free, so the routes stay thin.
class SyncService final
{
public:
    // `log` takes the sign-in log's lines (stderr by default).
    SyncService(ServerStore &store, const ServerConfig &config, std::function<QDateTime()> clock = {},
                std::function<void(const QString &)> log = {});

    // Both steps below in one, Argon2id on the calling thread. `peerAddress`: the client's IP address, for
    // the throttle and the log (none: no count per address).
    std::variant<TokenPair, ApiError> token(const sync::TokenRequest &request, const QString &peerAddress);
    // On the serving thread: a refresh grant ends here (TokenPair or ApiError), as does a password grant the
    // throttle refuses (429); any other password grant gives the PasswordCheck to verify.
    std::variant<TokenPair, ApiError, PasswordCheck> beginToken(const sync::TokenRequest &request,
                                                                const QString &peerAddress);
    // On the serving thread, once crypto::verifyPassword(check.hash, check.password) has run (on any thread).
    std::variant<TokenPair, ApiError> finishToken(const PasswordCheck &check, bool passwordMatches);
    // Forgets the sign-in failures left alone for a day.
    Status forgetIdleSignInFailures();
    // The user behind `Authorization: Bearer ...`, or 401.
    std::variant<UserRecord, ApiError> authenticate(const QByteArray &authorizationHeader);
    // `fromZero`: the client is in a full resync that began at since=0 in this pass, so deletions purged
    // before `since` concern no record it holds.
    std::variant<sync::ChangesPage, ApiError> changes(qint64 since, int limit, bool fromZero = false);
    std::variant<QList<sync::MutationResult>, ApiError> push(const UserRecord &user, const sync::PushRequest &request);
    Result<int> purgeTombstones();
    // Whether the store answers now (a store that lost its database tries to reconnect first).
    Status health();

private:
    // Why a write is refused: a stable code with its particulars, which the client tells in its user's
    // language (docs/sync-api.md lists them), and the same in English for logs and scripts.
    struct Refusal
    {
        QString code;
        QJsonObject args;
        QString reason;
        bool refused() const { return !code.isEmpty(); }
    };
    struct PushScope;

    sync::MutationResult apply(const UserRecord &user, const QString &device, const sync::Mutation &m,
                               PushScope &scope);
    // A value of the mutation no client could store (entitySchema::recordProblem), or with `whole` a required
    // field the entire record lacks (entitySchema::missingRequired): code invalid_field.
    static Refusal invalidField(const sync::Mutation &m, const QJsonObject &fields, bool whole);
    Refusal writeRefusal(const UserRecord &user, const sync::Mutation &m, const std::optional<StoredRecord> &current,
                         const QJsonObject &merged, PushScope &scope);
    Refusal dealRefusal(const std::optional<StoredRecord> &current, const QJsonObject &merged, const QString &id,
                        PushScope &scope);
    Result<QJsonObject> authorsOf(const StoredRecord &current, const QStringList &fields);
    std::variant<TokenPair, ApiError> issue(const UserRecord &user);

    ServerStore &m_store;
    ServerConfig m_config;
    std::function<QDateTime()> m_clock;
    SignInThrottle m_throttle;
};

} // namespace pd::server
