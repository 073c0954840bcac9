#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

#include "Protocol.h"
#include "Result.h"

namespace pd::server {

struct UserRecord
{
    QString name;
    QByteArray passwordHash;
    QString role; // admin | manager | viewer
    bool disabled = false;
};

struct TokenRecord
{
    QString user;
    QString kind; // access | refresh
    QDateTime expiresAt;
};

// Who made one version of a record, from which device, and how: "upload" (the first version of a record
// the server had never seen, in whatever state it came), "update" or "delete".
struct WriteStamp
{
    QString action;
    QString user;
    QString device;
};

// One version in a record's history, as the server keeps it.
struct HistoryEntry
{
    qint64 version = 0;
    WriteStamp stamp;
    QDateTime at;
};

// One synced record as the server keeps it: its fields, its version, and for each field the
// version that last changed it.
struct StoredRecord
{
    QString entity;
    QString id;
    qint64 version = 0;
    bool deleted = false;
    QJsonObject fields;
    QJsonObject fieldVersions;
    qint64 seq = 0;
    QDateTime updatedAt;
    WriteStamp stamp; // written to the history with the version; not read back with the record
};

// Consecutive failed sign-ins counted for one user name or one client address (SignInThrottle).
struct SignInFailures
{
    int failures = 0;
    QDateTime lastFailure; // invalid when there was none
    QDateTime lockedUntil; // invalid when not locked
};

// What a sign-in counter belongs to, and its name in the store.
enum class SignInKind
{
    User,
    Address
};
inline QString signInKindName(SignInKind kind)
{
    return kind == SignInKind::User ? QStringLiteral("user") : QStringLiteral("address");
}

struct StoredMutation
{
    QString user;
    QByteArray digest;
    QJsonObject result;
};

// The server's database. Writes happen between beginWrite() and commit(): one writer at a time,
// so sequence numbers are handed out in commit order and the feed never has holes. SQLite does it
// with BEGIN IMMEDIATE; a PostgreSQL store does it with a transaction-level advisory lock taken in
// beginWrite() (docs/architecture.md, "Sync protocol v1").
class ServerStore
{
public:
    virtual ~ServerStore() = default;

    virtual Status open() = 0;
    virtual QString epoch() const = 0;

    virtual Status beginWrite() = 0;
    virtual Status commit() = 0;
    virtual void rollback() = 0;

    virtual Result<std::optional<UserRecord>> user(const QString &name) = 0;
    virtual Status saveUser(const UserRecord &user) = 0; // insert or replace
    virtual Result<QList<UserRecord>> users() = 0;

    virtual Status saveToken(const QString &digest, const TokenRecord &token) = 0;
    virtual Result<std::optional<TokenRecord>> token(const QString &digest) = 0;
    virtual Status deleteToken(const QString &digest) = 0;
    virtual Status deleteTokensOf(const QString &user) = 0;

    // Sign-in counters live in the store, so every server sharing the database counts the same failures and
    // another process (`user unlock`) can clear them. Each call is one statement of its own, outside writes.
    virtual Result<SignInFailures> signInFailures(SignInKind kind, const QString &key) = 0; // zero when none
    // Adds one failure at `at` and returns the counter as it now is.
    virtual Result<SignInFailures> addSignInFailure(SignInKind kind, const QString &key, const QDateTime &at) = 0;
    virtual Status lockSignIn(SignInKind kind, const QString &key, const QDateTime &until) = 0;
    // Removes the counter; false when there was none.
    virtual Result<bool> clearSignInFailures(SignInKind kind, const QString &key) = 0;
    // Removes the counters whose last failure, and lock if any, ended before `olderThan`.
    virtual Status forgetSignInFailures(const QDateTime &olderThan) = 0;

    virtual Result<std::optional<StoredRecord>> record(const QString &entity, const QString &id) = 0;
    virtual Result<QList<StoredRecord>> records(const QString &entity) = 0; // live ones
    // Writes the record with the next sequence number (returned), and its version with its stamp and
    // updatedAt to the record's history. Only inside a write.
    virtual Result<qint64> writeRecord(const StoredRecord &record) = 0;
    // The record's versions, oldest first (none for versions written before the history was kept).
    virtual Result<QList<HistoryEntry>> history(const QString &entity, const QString &id) = 0;

    virtual Result<std::optional<StoredMutation>> mutation(const QString &mutationId) = 0;
    virtual Status saveMutation(const QString &mutationId, const StoredMutation &m) = 0;
    // Inside a write: a store may read the push's mutation ids and records in a few queries up front, so
    // that mutation() and record() need no round trip each. Nothing to do by default.
    virtual Status preload(const QList<sync::Mutation> &mutations)
    {
        (void)mutations;
        return {};
    }

    virtual Result<QList<sync::Change>> changes(qint64 since, int limit) = 0;
    virtual Result<qint64> lastSeq() = 0;
    // The oldest `since` the feed can still serve: the seq of the newest purged tombstone.
    virtual Result<qint64> purgedUpTo() = 0;
    virtual Result<int> purgeTombstones(const QDateTime &olderThan) = 0;

    // Whether the database answers a trivial query now (for /api/v1/health); a store that lost its
    // connection tries to open it again first.
    virtual Status ping() = 0;
};

} // namespace pd::server
