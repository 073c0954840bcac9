#include "SqliteServerStore.h"

#include <QFile>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace pd::server {
namespace {

QString toStored(const QDateTime &t)
{
    return t.toUTC().toString(Qt::ISODateWithMs);
}

QDateTime fromStored(const QString &s)
{
    return QDateTime::fromString(s, Qt::ISODateWithMs).toUTC();
}

QString toText(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QJsonObject fromText(const QString &s)
{
    return QJsonDocument::fromJson(s.toUtf8()).object();
}

const char *const kSchema[] = {
    "CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
    "CREATE TABLE IF NOT EXISTS users (name TEXT PRIMARY KEY, password_hash TEXT NOT NULL, role TEXT NOT NULL, "
    "disabled INTEGER NOT NULL DEFAULT 0)",
    "CREATE TABLE IF NOT EXISTS tokens (digest TEXT PRIMARY KEY, user_name TEXT NOT NULL, kind TEXT NOT NULL, "
    "expires_at TEXT NOT NULL)",
    "CREATE INDEX IF NOT EXISTS tokens_user ON tokens(user_name)",
    "CREATE TABLE IF NOT EXISTS records (entity TEXT NOT NULL, id TEXT NOT NULL, version INTEGER NOT NULL, "
    "deleted INTEGER NOT NULL, fields TEXT NOT NULL, field_versions TEXT NOT NULL, seq INTEGER NOT NULL UNIQUE, "
    "updated_at TEXT NOT NULL, PRIMARY KEY (entity, id))",
    "CREATE TABLE IF NOT EXISTS mutations (mutation_id TEXT PRIMARY KEY, user_name TEXT NOT NULL, "
    "digest TEXT NOT NULL, result TEXT NOT NULL)",
    "CREATE TABLE IF NOT EXISTS history (entity TEXT NOT NULL, id TEXT NOT NULL, version INTEGER NOT NULL, "
    "action TEXT NOT NULL, user_name TEXT NOT NULL, device TEXT NOT NULL, at TEXT NOT NULL, "
    "PRIMARY KEY (entity, id, version)) WITHOUT ROWID",
    "CREATE TABLE IF NOT EXISTS signin_failures (kind TEXT NOT NULL, key TEXT NOT NULL, failures INTEGER NOT NULL, "
    "last_failure TEXT NOT NULL, locked_until TEXT, PRIMARY KEY (kind, key)) WITHOUT ROWID",
};

} // namespace

SqliteServerStore::SqliteServerStore(QString path)
    : m_path(std::move(path)),
      m_connection(QStringLiteral("pd-server-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
{}

SqliteServerStore::~SqliteServerStore()
{
    m_prepared.clear();
    if (m_db.isOpen())
        m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connection);
}

Result<SqliteServerStore::Statement> SqliteServerStore::exec(const QString &sql, const QVariantList &values)
{
    auto it = m_prepared.find(sql);
    if (it == m_prepared.end()) {
        auto q = std::make_unique<QSqlQuery>(m_db);
        q->setForwardOnly(true);
        if (!q->prepare(sql))
            return Error{
                QStringLiteral("The server database refused a statement: %1").arg(q->lastError().text()), sql, {}};
        it = m_prepared.emplace(sql, std::move(q)).first;
    }
    QSqlQuery *q = it->second.get();
    for (int i = 0; i < values.size(); ++i)
        q->bindValue(i, values.at(i));
    Statement statement(q);
    if (!q->exec())
        return Error{QStringLiteral("The server database failed: %1").arg(q->lastError().text()), sql, {}};
    return statement;
}

Status SqliteServerStore::open()
{
    // The file holds password hashes and all the team's data: its owner alone reads it. SQLite gives the
    // log and shared-memory files the database file's mode, so the file is made (or set) private first.
    {
        QFile file(m_path);
        if (!file.exists() && !file.open(QIODevice::WriteOnly))
            return Error{
                QStringLiteral("Cannot create the server database %1: %2").arg(m_path, file.errorString()), {}, {}};
        file.close();
        for (const QString &part :
             QStringList{m_path, m_path + QStringLiteral("-wal"), m_path + QStringLiteral("-shm")}) {
            if (QFile::exists(part) && !QFile::setPermissions(part, QFile::ReadOwner | QFile::WriteOwner))
                return Error{
                    QStringLiteral("Cannot make the server database %1 private to its owner.").arg(part), {}, {}};
        }
    }
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    m_db.setDatabaseName(m_path);
    m_db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
    if (!m_db.open())
        return Error{
            QStringLiteral("Cannot open the server database %1: %2").arg(m_path, m_db.lastError().text()), {}, {}};
    for (const char *pragma : {"PRAGMA journal_mode=WAL", "PRAGMA synchronous=FULL", "PRAGMA foreign_keys=ON"}) {
        if (auto r = exec(QString::fromLatin1(pragma)); !r)
            return r.error();
    }
    if (Status s = beginWrite(); !s)
        return s;
    for (const char *stmt : kSchema) {
        if (auto r = exec(QString::fromLatin1(stmt)); !r) {
            rollback();
            return r.error();
        }
    }
    auto epoch = meta(QStringLiteral("epoch"));
    if (!epoch) {
        rollback();
        return epoch.error();
    }
    m_epoch = epoch.value();
    if (m_epoch.isEmpty()) {
        m_epoch = QUuid::createUuid().toString(QUuid::WithoutBraces);
        if (Status s = setMeta(QStringLiteral("epoch"), m_epoch); !s) {
            rollback();
            return s;
        }
    }
    return commit();
}

Status SqliteServerStore::beginWrite()
{
    // IMMEDIATE takes the write lock now: one writer at a time, so seq order is commit order.
    if (auto r = exec(QStringLiteral("BEGIN IMMEDIATE")); !r)
        return r.error();
    return {};
}

Status SqliteServerStore::commit()
{
    if (auto r = exec(QStringLiteral("COMMIT")); !r)
        return r.error();
    return {};
}

void SqliteServerStore::rollback()
{
    (void)exec(QStringLiteral("ROLLBACK"));
}

Result<QString> SqliteServerStore::meta(const QString &key)
{
    auto q = exec(QStringLiteral("SELECT value FROM meta WHERE key = ?"), {key});
    if (!q)
        return q.error();
    return q.value()->next() ? q.value()->value(0).toString() : QString();
}

Status SqliteServerStore::setMeta(const QString &key, const QString &value)
{
    if (auto q = exec(QStringLiteral("INSERT INTO meta (key, value) VALUES (?, ?) "
                                     "ON CONFLICT(key) DO UPDATE SET value = excluded.value"),
                      {key, value});
        !q)
        return q.error();
    return {};
}

Result<std::optional<UserRecord>> SqliteServerStore::user(const QString &name)
{
    auto q = exec(QStringLiteral("SELECT name, password_hash, role, disabled FROM users WHERE name = ?"), {name});
    if (!q)
        return q.error();
    if (!q.value()->next())
        return std::optional<UserRecord>();
    const QSqlQuery &r = *q.value();
    return std::optional<UserRecord>(
        UserRecord{r.value(0).toString(), r.value(1).toString().toUtf8(), r.value(2).toString(), r.value(3).toBool()});
}

Status SqliteServerStore::saveUser(const UserRecord &u)
{
    if (auto q = exec(QStringLiteral("INSERT INTO users (name, password_hash, role, disabled) VALUES (?, ?, ?, ?) "
                                     "ON CONFLICT(name) DO UPDATE SET password_hash = excluded.password_hash, "
                                     "role = excluded.role, disabled = excluded.disabled"),
                      {u.name, QString::fromUtf8(u.passwordHash), u.role, u.disabled ? 1 : 0});
        !q)
        return q.error();
    return {};
}

Result<QList<UserRecord>> SqliteServerStore::users()
{
    auto q = exec(QStringLiteral("SELECT name, role, disabled FROM users ORDER BY name"));
    if (!q)
        return q.error();
    QList<UserRecord> list;
    while (q.value()->next())
        list.append({q.value()->value(0).toString(), {}, q.value()->value(1).toString(), q.value()->value(2).toBool()});
    return list;
}

Status SqliteServerStore::saveToken(const QString &digest, const TokenRecord &t)
{
    if (auto q = exec(QStringLiteral("INSERT INTO tokens (digest, user_name, kind, expires_at) VALUES (?, ?, ?, ?)"),
                      {digest, t.user, t.kind, toStored(t.expiresAt)});
        !q)
        return q.error();
    return {};
}

Result<std::optional<TokenRecord>> SqliteServerStore::token(const QString &digest)
{
    auto q = exec(QStringLiteral("SELECT user_name, kind, expires_at FROM tokens WHERE digest = ?"), {digest});
    if (!q)
        return q.error();
    if (!q.value()->next())
        return std::optional<TokenRecord>();
    return std::optional<TokenRecord>(TokenRecord{q.value()->value(0).toString(), q.value()->value(1).toString(),
                                                  fromStored(q.value()->value(2).toString())});
}

Status SqliteServerStore::deleteToken(const QString &digest)
{
    if (auto q = exec(QStringLiteral("DELETE FROM tokens WHERE digest = ?"), {digest}); !q)
        return q.error();
    return {};
}

Status SqliteServerStore::deleteTokensOf(const QString &user)
{
    if (auto q = exec(QStringLiteral("DELETE FROM tokens WHERE user_name = ?"), {user}); !q)
        return q.error();
    return {};
}

namespace {
// A row of failures, last_failure, locked_until.
SignInFailures failuresFromRow(const QSqlQuery &r)
{
    return {r.value(0).toInt(), fromStored(r.value(1).toString()),
            r.value(2).isNull() ? QDateTime() : fromStored(r.value(2).toString())};
}
} // namespace

Result<SignInFailures> SqliteServerStore::signInFailures(SignInKind kind, const QString &key)
{
    auto q = exec(
        QStringLiteral("SELECT failures, last_failure, locked_until FROM signin_failures WHERE kind = ? AND key = ?"),
        {signInKindName(kind), key});
    if (!q)
        return q.error();
    return q.value()->next() ? failuresFromRow(*q.value()) : SignInFailures{};
}

Result<SignInFailures> SqliteServerStore::addSignInFailure(SignInKind kind, const QString &key, const QDateTime &at)
{
    // One statement: servers sharing the file never lose each other's counts.
    auto q = exec(QStringLiteral("INSERT INTO signin_failures (kind, key, failures, last_failure) VALUES (?, ?, 1, ?) "
                                 "ON CONFLICT(kind, key) DO UPDATE SET failures = failures + 1, "
                                 "last_failure = excluded.last_failure RETURNING failures, last_failure, locked_until"),
                  {signInKindName(kind), key, toStored(at)});
    if (!q)
        return q.error();
    if (!q.value()->next())
        return Error{QStringLiteral("The server database did not return the sign-in counter."), {}, {}};
    return failuresFromRow(*q.value());
}

Status SqliteServerStore::lockSignIn(SignInKind kind, const QString &key, const QDateTime &until)
{
    if (auto q = exec(QStringLiteral("UPDATE signin_failures SET locked_until = ? WHERE kind = ? AND key = ?"),
                      {toStored(until), signInKindName(kind), key});
        !q)
        return q.error();
    return {};
}

Result<bool> SqliteServerStore::clearSignInFailures(SignInKind kind, const QString &key)
{
    auto q =
        exec(QStringLiteral("DELETE FROM signin_failures WHERE kind = ? AND key = ?"), {signInKindName(kind), key});
    if (!q)
        return q.error();
    return q.value()->numRowsAffected() > 0;
}

Status SqliteServerStore::forgetSignInFailures(const QDateTime &olderThan)
{
    if (auto q = exec(QStringLiteral("DELETE FROM signin_failures WHERE last_failure < ? "
                                     "AND (locked_until IS NULL OR locked_until < ?)"),
                      {toStored(olderThan), toStored(olderThan)});
        !q)
        return q.error();
    return {};
}

namespace {
StoredRecord recordFromRow(const QSqlQuery &r)
{
    return StoredRecord{r.value(0).toString(),
                        r.value(1).toString(),
                        r.value(2).toLongLong(),
                        r.value(3).toBool(),
                        fromText(r.value(4).toString()),
                        fromText(r.value(5).toString()),
                        r.value(6).toLongLong(),
                        fromStored(r.value(7).toString()),
                        {}};
}
} // namespace

Result<std::optional<StoredRecord>> SqliteServerStore::record(const QString &entity, const QString &id)
{
    auto q = exec(QStringLiteral("SELECT entity, id, version, deleted, fields, field_versions, seq, updated_at "
                                 "FROM records WHERE entity = ? AND id = ?"),
                  {entity, id});
    if (!q)
        return q.error();
    if (!q.value()->next())
        return std::optional<StoredRecord>();
    return std::optional<StoredRecord>(recordFromRow(*q.value()));
}

Result<QList<StoredRecord>> SqliteServerStore::records(const QString &entity)
{
    auto q = exec(QStringLiteral("SELECT entity, id, version, deleted, fields, field_versions, seq, updated_at "
                                 "FROM records WHERE entity = ? AND deleted = 0"),
                  {entity});
    if (!q)
        return q.error();
    QList<StoredRecord> list;
    while (q.value()->next())
        list.append(recordFromRow(*q.value()));
    return list;
}

Result<qint64> SqliteServerStore::writeRecord(const StoredRecord &rec)
{
    auto last = lastSeq();
    if (!last)
        return last.error();
    const qint64 seq = last.value() + 1;
    if (Status s = setMeta(QStringLiteral("last_seq"), QString::number(seq)); !s)
        return s.error();
    auto q = exec(QStringLiteral("INSERT INTO records (entity, id, version, deleted, fields, field_versions, seq, "
                                 "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(entity, id) DO UPDATE SET "
                                 "version = excluded.version, deleted = excluded.deleted, fields = excluded.fields, "
                                 "field_versions = excluded.field_versions, seq = excluded.seq, "
                                 "updated_at = excluded.updated_at"),
                  {rec.entity, rec.id, rec.version, rec.deleted ? 1 : 0, toText(rec.fields), toText(rec.fieldVersions),
                   seq, toStored(rec.updatedAt)});
    if (!q)
        return q.error();
    // A version is written once; a record deleted for good and written again starts its versions anew.
    if (auto h =
            exec(QStringLiteral("INSERT OR REPLACE INTO history (entity, id, version, action, user_name, device, at) "
                                "VALUES (?, ?, ?, ?, ?, ?, ?)"),
                 {rec.entity, rec.id, rec.version, rec.stamp.action, rec.stamp.user, rec.stamp.device,
                  toStored(rec.updatedAt)});
        !h)
        return h.error();
    return seq;
}

Result<QList<HistoryEntry>> SqliteServerStore::history(const QString &entity, const QString &id)
{
    auto q =
        exec(QStringLiteral("SELECT version, action, user_name, device, at FROM history WHERE entity = ? AND id = ? "
                            "ORDER BY version"),
             {entity, id});
    if (!q)
        return q.error();
    QList<HistoryEntry> list;
    while (q.value()->next())
        list.append({q.value()->value(0).toLongLong(),
                     {q.value()->value(1).toString(), q.value()->value(2).toString(), q.value()->value(3).toString()},
                     fromStored(q.value()->value(4).toString())});
    return list;
}

Result<std::optional<StoredMutation>> SqliteServerStore::mutation(const QString &mutationId)
{
    auto q =
        exec(QStringLiteral("SELECT user_name, digest, result FROM mutations WHERE mutation_id = ?"), {mutationId});
    if (!q)
        return q.error();
    if (!q.value()->next())
        return std::optional<StoredMutation>();
    return std::optional<StoredMutation>(StoredMutation{q.value()->value(0).toString(),
                                                        q.value()->value(1).toString().toLatin1(),
                                                        fromText(q.value()->value(2).toString())});
}

Status SqliteServerStore::saveMutation(const QString &mutationId, const StoredMutation &m)
{
    if (auto q =
            exec(QStringLiteral("INSERT INTO mutations (mutation_id, user_name, digest, result) VALUES (?, ?, ?, ?)"),
                 {mutationId, m.user, QString::fromLatin1(m.digest), toText(m.result)});
        !q)
        return q.error();
    return {};
}

Result<QList<sync::Change>> SqliteServerStore::changes(qint64 since, int limit)
{
    // Only what the feed sends, the fields as the stored text: field versions and time stay unread.
    auto q =
        exec(QStringLiteral(
                 "SELECT entity, id, version, deleted, fields, seq FROM records WHERE seq > ? ORDER BY seq LIMIT ?"),
             {since, limit});
    if (!q)
        return q.error();
    QList<sync::Change> list;
    list.reserve(limit);
    QSqlQuery &r = *q.value();
    while (r.next()) {
        const bool deleted = r.value(3).toBool();
        list.append({r.value(5).toLongLong(), r.value(0).toString(), r.value(1).toString(), r.value(2).toLongLong(),
                     deleted, QJsonObject(), deleted ? QByteArrayLiteral("{}") : r.value(4).toString().toUtf8()});
    }
    return list;
}

Result<qint64> SqliteServerStore::lastSeq()
{
    auto v = meta(QStringLiteral("last_seq"));
    if (!v)
        return v.error();
    return v.value().toLongLong();
}

Result<qint64> SqliteServerStore::purgedUpTo()
{
    auto v = meta(QStringLiteral("purged_up_to"));
    if (!v)
        return v.error();
    return v.value().toLongLong();
}

Result<int> SqliteServerStore::purgeTombstones(const QDateTime &olderThan)
{
    auto maxSeq = exec(QStringLiteral("SELECT max(seq), count(*) FROM records WHERE deleted = 1 AND updated_at < ?"),
                       {toStored(olderThan)});
    if (!maxSeq)
        return maxSeq.error();
    if (!maxSeq.value()->next() || maxSeq.value()->value(1).toInt() == 0)
        return 0;
    const qint64 seq = maxSeq.value()->value(0).toLongLong();
    const int count = maxSeq.value()->value(1).toInt();
    auto prev = purgedUpTo();
    if (!prev)
        return prev.error();
    if (auto q =
            exec(QStringLiteral("DELETE FROM records WHERE deleted = 1 AND updated_at < ?"), {toStored(olderThan)});
        !q)
        return q.error();
    if (Status s = setMeta(QStringLiteral("purged_up_to"), QString::number(std::max(seq, prev.value()))); !s)
        return s.error();
    return count;
}

Status SqliteServerStore::ping()
{
    if (auto r = exec(QStringLiteral("SELECT 1")); !r)
        return r.error();
    return {};
}

} // namespace pd::server
