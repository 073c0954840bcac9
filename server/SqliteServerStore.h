#pragma once

#include <QSqlQuery>

#include <memory>
#include <unordered_map>
#include <utility>

#include <QSqlDatabase>

#include "ServerStore.h"

namespace pd::server {

// The server store in one SQLite file (WAL, synchronous=FULL), for a team on one machine.
class SqliteServerStore final : public ServerStore
{
public:
    explicit SqliteServerStore(QString path);
    ~SqliteServerStore() override;
    SqliteServerStore(const SqliteServerStore &) = delete;
    SqliteServerStore &operator=(const SqliteServerStore &) = delete;

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

    Result<QList<sync::Change>> changes(qint64 since, int limit) override;
    Result<qint64> lastSeq() override;
    Result<qint64> purgedUpTo() override;
    Result<int> purgeTombstones(const QDateTime &olderThan) override;
    Status ping() override;

private:
    // A statement from the cache, executed with its values; reset when the caller lets go of it, so that no
    // read stays open on the database (an open read would keep the log from being checkpointed).
    class Statement
    {
    public:
        explicit Statement(QSqlQuery *query) : m_query(query) {}
        Statement(Statement &&other) noexcept : m_query(std::exchange(other.m_query, nullptr)) {}
        Statement &operator=(Statement &&) = delete;
        ~Statement()
        {
            if (m_query)
                m_query->finish();
        }
        QSqlQuery *operator->() const { return m_query; }
        QSqlQuery &operator*() const { return *m_query; }

    private:
        QSqlQuery *m_query;
    };

    Result<Statement> exec(const QString &sql, const QVariantList &values = {});
    Result<QString> meta(const QString &key);
    Status setMeta(const QString &key, const QString &value);

    QString m_path;
    QString m_connection;
    QSqlDatabase m_db;
    // Prepared once per connection: parsing and planning a statement costs more than running it.
    std::unordered_map<QString, std::unique_ptr<QSqlQuery>> m_prepared;
    QString m_epoch;
};

} // namespace pd::server
