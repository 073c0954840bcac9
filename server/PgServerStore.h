#pragma once

#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>

#include <chrono>
#include <map>
#include <memory>
#include <optional>

#include "ServerStore.h"

namespace pd::server {

// Where a PostgreSQL server store lives: postgresql://USER@HOST:PORT/DB plus an optional password
// (from PGPASSWORD or the server's config, never from the URL).
struct PgLocation
{
    QString user;
    QString host;
    int port = 5432;
    QString database;
    QString password;

    static Result<PgLocation> fromUrl(const QString &url, const QString &password = {});
};

// The server store in PostgreSQL, for a program that outgrows one machine. Every write
// transaction starts with a transaction-level advisory lock, so sequence numbers are handed out
// and committed in one order and a reader never sees seq N+1 before N (docs/architecture.md,
// "Sync protocol v1").
// A lost connection (the database restarted, stopped or the network broke) is opened again by the next
// call that needs it, with a growing pause between failed attempts; meanwhile calls fail at once with
// "the database is unreachable". A write transaction that loses its connection fails and is rolled back
// by the database; the client sends the push again.
class PgServerStore final : public ServerStore
{
public:
    explicit PgServerStore(PgLocation location);
    ~PgServerStore() override;
    PgServerStore(const PgServerStore &) = delete;
    PgServerStore &operator=(const PgServerStore &) = delete;

    Status open() override;
    QString epoch() const override { return m_epoch; }

    Status beginWrite() override;
    Status commit() override;
    void rollback() override;

    Result<std::optional<UserRecord>> user(const QString &name) override;
    Status saveUser(const UserRecord &user) override;
    Result<QList<UserRecord>> users() override;

    Status saveToken(const QString &digest, const TokenRecord &token) override;
    Result<std::optional<TokenRecord>> token(const QString &digest) override;
    Status deleteToken(const QString &digest) override;
    Status deleteTokensOf(const QString &user) override;

    Result<SignInFailures> signInFailures(SignInKind kind, const QString &key) override;
    Result<SignInFailures> addSignInFailure(SignInKind kind, const QString &key, const QDateTime &at) override;
    Status lockSignIn(SignInKind kind, const QString &key, const QDateTime &until) override;
    Result<bool> clearSignInFailures(SignInKind kind, const QString &key) override;
    Status forgetSignInFailures(const QDateTime &olderThan) override;

    Result<std::optional<StoredRecord>> record(const QString &entity, const QString &id) override;
    Result<QList<StoredRecord>> records(const QString &entity) override;
    Result<qint64> writeRecord(const StoredRecord &record) override;
    Result<QList<HistoryEntry>> history(const QString &entity, const QString &id) override;

    Result<std::optional<StoredMutation>> mutation(const QString &mutationId) override;
    Status saveMutation(const QString &mutationId, const StoredMutation &m) override;
    Status preload(const QList<sync::Mutation> &mutations) override;

    Result<QList<sync::Change>> changes(qint64 since, int limit) override;
    Result<qint64> lastSeq() override;
    Result<qint64> purgedUpTo() override;
    Result<int> purgeTombstones(const QDateTime &olderThan) override;
    Status ping() override;

    // The schema version this build writes; open() upgrades older databases step by step.
    static int schemaVersion();

private:
    using Clock = std::chrono::steady_clock;

    Status connect(int timeoutSeconds);
    Status usable();
    Status reconnect();
    void noteFailure(const QSqlError &error);
    Error unreachable() const;
    Status startTransaction();
    Result<QSqlQuery *> execOnce(const QString &sql, const QVariantList &values);
    Result<QSqlQuery *> exec(const QString &sql, const QVariantList &values = {});
    Status run(const QString &sql, const QVariantList &values = {});
    Status runSchema(const QString &sql);
    Result<QString> meta(const QString &key);
    Status setMeta(const QString &key, const QString &value);
    Status migrate();

    PgLocation m_location;
    QString m_connection;
    QSqlDatabase m_db;
    QString m_epoch;
    // Prepared statements by SQL text: each is prepared once per connection, not per call.
    std::map<QString, std::unique_ptr<QSqlQuery>> m_prepared;
    std::optional<qint64> m_seq; // the write transaction's last seq, stored in meta by commit()
    // What preload() read for the write transaction, kept current by its writes; cleared at its end.
    QHash<QString, std::optional<StoredMutation>> m_mutations;
    QHash<QString, std::optional<StoredRecord>> m_records; // by entity + '\n' + id

    bool m_inWrite = false;          // between beginWrite() and commit() or rollback()
    bool m_lost = false;             // the connection is gone; the next call outside a write opens a new one
    Clock::time_point m_nextAttempt; // no attempt to reconnect before this
    std::chrono::milliseconds m_backoff{0};
    QString m_lostReason; // libpq's words for the last failure, for the log
};

} // namespace pd::server
