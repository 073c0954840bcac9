#include "PgServerStore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QSqlError>
#include <QUrl>
#include <QUuid>

namespace pd::server {
namespace {

Q_LOGGING_CATEGORY(lcStore, "partnerdesk.server.store", QtInfoMsg)

// The advisory lock every write transaction takes: one writer at a time across all servers that
// share the database, so seq order is commit order. Any constant works; this one spells "pdsy".
constexpr qint64 kWriteLock = 0x70647379;

// libpq's connect_timeout: at start-up the server waits for a slow database; later, a call that finds the
// connection lost waits at most the shortest timeout libpq knows (a refused connection fails at once).
constexpr int kOpenTimeoutSeconds = 10;
constexpr int kReconnectTimeoutSeconds = 2;
// After a failed attempt to reconnect, calls fail at once for this long, doubling up to the maximum: a
// database that is down is neither hammered nor waited for by every request.
constexpr std::chrono::milliseconds kFirstBackoff{250};
constexpr std::chrono::milliseconds kMaxBackoff{5000};

// Whether a failed statement lost its connection. libpq's own errors carry no SQLSTATE (the connection
// broke, or was already broken); class 08 is a connection exception; 57P01..57P03 are the server shutting
// down or not yet accepting connections. Every other error comes over a working connection.
bool connectionLost(const QSqlError &e)
{
    const QString code = e.nativeErrorCode();
    return code.isEmpty() || code.startsWith(QLatin1String("08")) || code == QLatin1String("57P01")
           || code == QLatin1String("57P02") || code == QLatin1String("57P03");
}

QString toText(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QJsonObject fromText(const QString &s)
{
    return QJsonDocument::fromJson(s.toUtf8()).object();
}

// Timestamps travel as ISO text with an explicit UTC offset and come back as epoch milliseconds,
// so neither the driver's nor the session's time zone can shift them.
QString toStored(const QDateTime &t)
{
    return t.toUTC().toString(Qt::ISODateWithMs);
}

QDateTime fromMillis(const QVariant &v)
{
    return QDateTime::fromMSecsSinceEpoch(v.toLongLong(), Qt::UTC);
}

// Cumulative schema steps: step i brings a database from version i to i + 1, in one transaction.
const QStringList kMigrations[] = {
    {
        QStringLiteral("CREATE TABLE users (name TEXT PRIMARY KEY, password_hash TEXT NOT NULL, role TEXT NOT NULL, "
                       "disabled BOOLEAN NOT NULL DEFAULT FALSE)"),
        QStringLiteral("CREATE TABLE tokens (digest TEXT PRIMARY KEY, user_name TEXT NOT NULL, kind TEXT NOT NULL, "
                       "expires_at TIMESTAMPTZ NOT NULL)"),
        QStringLiteral("CREATE INDEX tokens_user ON tokens(user_name)"),
        // Field maps are kept as the JSON text the protocol sends: jsonb would refuse \u0000,
        // which a client may legitimately send inside a string.
        QStringLiteral("CREATE TABLE records (entity TEXT NOT NULL, id TEXT NOT NULL, version BIGINT NOT NULL, "
                       "deleted BOOLEAN NOT NULL, fields TEXT NOT NULL, field_versions TEXT NOT NULL, "
                       "seq BIGINT NOT NULL UNIQUE, updated_at TIMESTAMPTZ NOT NULL, PRIMARY KEY (entity, id))"),
        QStringLiteral("CREATE INDEX records_tombstones ON records(updated_at) WHERE deleted"),
        QStringLiteral("CREATE TABLE mutations (mutation_id TEXT PRIMARY KEY, user_name TEXT NOT NULL, "
                       "digest TEXT NOT NULL, result TEXT NOT NULL)"),
    },
    {
        // Who wrote each version of a record, from which device, and how (ServerStore.h, WriteStamp).
        QStringLiteral("CREATE TABLE history (entity TEXT NOT NULL, id TEXT NOT NULL, version BIGINT NOT NULL, "
                       "action TEXT NOT NULL, user_name TEXT NOT NULL, device TEXT NOT NULL, at TIMESTAMPTZ NOT NULL, "
                       "PRIMARY KEY (entity, id, version))"),
    },
    {
        // Consecutive failed sign-ins per user name and per client address (ServerStore.h, SignInFailures).
        QStringLiteral(
            "CREATE TABLE signin_failures (kind TEXT NOT NULL, key TEXT NOT NULL, failures INTEGER NOT NULL, "
            "last_failure TIMESTAMPTZ NOT NULL, locked_until TIMESTAMPTZ, PRIMARY KEY (kind, key))"),
    },
};

const QString kRecordColumns = QStringLiteral(
    "entity, id, version, deleted, fields, field_versions, seq, CAST(extract(epoch FROM updated_at) * 1000 AS BIGINT)");

const QString kSignInColumns = QStringLiteral("failures, CAST(extract(epoch FROM last_failure) * 1000 AS BIGINT), "
                                              "CAST(extract(epoch FROM locked_until) * 1000 AS BIGINT)");

SignInFailures failuresFromRow(const QSqlQuery &r)
{
    return {r.value(0).toInt(), fromMillis(r.value(1)), r.value(2).isNull() ? QDateTime() : fromMillis(r.value(2))};
}

StoredRecord recordFromRow(const QSqlQuery &r)
{
    return StoredRecord{r.value(0).toString(),   r.value(1).toString(),           r.value(2).toLongLong(),
                        r.value(3).toBool(),     fromText(r.value(4).toString()), fromText(r.value(5).toString()),
                        r.value(6).toLongLong(), fromMillis(r.value(7)),          {}};
}

} // namespace

Result<PgLocation> PgLocation::fromUrl(const QString &url, const QString &password)
{
    const QUrl u(url, QUrl::StrictMode);
    const QString db = u.path().mid(1);
    if (!u.isValid() || (u.scheme() != QLatin1String("postgresql") && u.scheme() != QLatin1String("postgres"))
        || u.host().isEmpty() || db.isEmpty() || db.contains(QLatin1Char('/')))
        return Error{QStringLiteral("'%1' is not a PostgreSQL URL.").arg(url),
                     QStringLiteral("Use postgresql://USER@HOST:PORT/DB."),
                     {}};
    if (!u.password().isEmpty())
        return Error{QStringLiteral("The database URL must not carry a password."),
                     QStringLiteral("Set PGPASSWORD in the server's environment or database_password in config.json."),
                     {}};
    PgLocation l;
    l.user = u.userName();
    l.host = u.host();
    l.port = u.port(5432);
    l.database = db;
    const QString fromEnvironment = qEnvironmentVariable("PGPASSWORD");
    l.password = fromEnvironment.isEmpty() ? password : fromEnvironment;
    return l;
}

PgServerStore::PgServerStore(PgLocation location)
    : m_location(std::move(location)),
      m_connection(QStringLiteral("pd-server-pg-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
{}

PgServerStore::~PgServerStore()
{
    m_prepared.clear();
    if (m_db.isOpen())
        m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connection);
}

int PgServerStore::schemaVersion()
{
    return int(std::size(kMigrations));
}

// A new connection in place of any earlier one.
Status PgServerStore::connect(int timeoutSeconds)
{
    // The statements prepared on an earlier connection go after its driver: with the driver gone they do not
    // try to deallocate themselves over a connection that no longer exists (Qt warns for each one).
    if (m_db.isValid()) {
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_connection);
    }
    m_prepared.clear();
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_connection);
    m_db.setHostName(m_location.host);
    m_db.setPort(m_location.port);
    m_db.setUserName(m_location.user);
    m_db.setDatabaseName(m_location.database);
    if (!m_location.password.isEmpty())
        m_db.setPassword(m_location.password);
    m_db.setConnectOptions(
        QStringLiteral("connect_timeout=%1;application_name=partnerdesk-server").arg(timeoutSeconds));
    if (!m_db.open())
        return Error{QStringLiteral("Cannot connect to PostgreSQL at %1:%2/%3 as '%4': %5")
                         .arg(m_location.host)
                         .arg(m_location.port)
                         .arg(m_location.database, m_location.user, m_db.lastError().text()),
                     QStringLiteral("Check that the server runs, the user and database exist, and PGPASSWORD."),
                     {}};
    // Plans per execution, with the values: a cached generic plan of the feed's "seq > ? ORDER BY seq
    // LIMIT ?" knows neither value and may scan and sort the whole table instead of reading the seq index.
    return runSchema(QStringLiteral("SET plan_cache_mode = force_custom_plan"));
}

// Called before every use of the connection: a lost one is opened again, unless a write transaction was
// under way (it went with its connection and fails whole) or the last attempt was too recent.
Status PgServerStore::usable()
{
    if (!m_lost)
        return {};
    if (m_inWrite)
        return unreachable();
    return reconnect();
}

Status PgServerStore::reconnect()
{
    if (Clock::now() < m_nextAttempt)
        return unreachable();
    if (Status s = connect(kReconnectTimeoutSeconds); !s) {
        m_lostReason = s.error().message.simplified();
        m_nextAttempt = Clock::now() + m_backoff;
        m_backoff = std::min(m_backoff * 2, kMaxBackoff);
        qCDebug(lcStore).noquote() << m_lostReason;
        return unreachable();
    }
    m_lost = false;
    qCInfo(lcStore).noquote() << QStringLiteral("Connected to PostgreSQL at %1:%2/%3 again.")
                                     .arg(m_location.host)
                                     .arg(m_location.port)
                                     .arg(m_location.database);
    return {};
}

void PgServerStore::noteFailure(const QSqlError &error)
{
    if (m_lost || !connectionLost(error))
        return;
    m_lost = true;
    m_lostReason = QStringLiteral("Lost the connection to PostgreSQL at %1:%2/%3: %4")
                       .arg(m_location.host)
                       .arg(m_location.port)
                       .arg(m_location.database, error.text().simplified());
    m_nextAttempt = Clock::now(); // the first attempt at once
    m_backoff = kFirstBackoff;
    qCWarning(lcStore).noquote() << m_lostReason;
}

Error PgServerStore::unreachable() const
{
    const auto wait = std::chrono::duration_cast<std::chrono::milliseconds>(m_nextAttempt - Clock::now());
    return Error{QStringLiteral("The database is unreachable."),
                 QStringLiteral("%1 (the server reconnects by itself; next attempt in %2 ms)")
                     .arg(m_lostReason)
                     .arg(std::max<qint64>(0, wait.count())),
                 {}};
}

// The returned query stays owned by the cache; callers read it before the next exec() of the same SQL.
Result<QSqlQuery *> PgServerStore::execOnce(const QString &sql, const QVariantList &values)
{
    auto it = m_prepared.find(sql);
    if (it == m_prepared.end()) {
        auto q = std::make_unique<QSqlQuery>(m_db);
        q->setForwardOnly(true);
        if (!q->prepare(sql)) {
            noteFailure(q->lastError());
            return Error{
                QStringLiteral("The server database refused a statement: %1").arg(q->lastError().text()), sql, {}};
        }
        it = m_prepared.emplace(sql, std::move(q)).first;
    }
    QSqlQuery *q = it->second.get();
    q->finish();
    for (int i = 0; i < values.size(); ++i)
        q->bindValue(i, values.at(i));
    if (!q->exec()) {
        noteFailure(q->lastError());
        return Error{QStringLiteral("The server database failed: %1").arg(q->lastError().text()), sql, {}};
    }
    return q;
}

Result<QSqlQuery *> PgServerStore::exec(const QString &sql, const QVariantList &values)
{
    if (Status s = usable(); !s)
        return s.error();
    auto q = execOnce(sql, values);
    // Outside a write, a connection that died while idle is found here, and the statement runs once more on
    // a new one. Such a statement almost always never reached the database; one that did and runs again
    // finds its work done (reads, upserts, deletes), fails on the key it wrote (a new token), or at worst
    // counts one failed sign-in twice.
    if (q || !m_lost || m_inWrite)
        return q;
    if (Status s = reconnect(); !s)
        return s.error();
    return execOnce(sql, values);
}

// Schema statements: PostgreSQL cannot prepare DDL, and these carry no values.
Status PgServerStore::runSchema(const QString &sql)
{
    QSqlQuery q(m_db);
    if (!q.exec(sql))
        return Error{QStringLiteral("The server database could not be set up: %1").arg(q.lastError().text()), sql, {}};
    return {};
}

Status PgServerStore::run(const QString &sql, const QVariantList &values)
{
    if (auto q = exec(sql, values); !q)
        return q.error();
    return {};
}

Status PgServerStore::open()
{
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")))
        return Error{QStringLiteral("Qt's PostgreSQL driver (QPSQL) is not installed."),
                     QStringLiteral("Install libqt6sql6-psql (scripts/setup-debian.sh does)."),
                     {}};
    if (Status s = connect(kOpenTimeoutSeconds); !s)
        return s;
    return migrate();
}

Status PgServerStore::migrate()
{
    if (Status s = beginWrite(); !s)
        return s;
    const auto fail = [this](const Error &e) -> Status {
        rollback();
        return e;
    };
    if (Status s =
            runSchema(QStringLiteral("CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)"));
        !s)
        return fail(s.error());
    auto version = meta(QStringLiteral("schema_version"));
    if (!version)
        return fail(version.error());
    const int from = version.value().toInt();
    if (from > schemaVersion())
        return fail({QStringLiteral("The server database has schema version %1; this server knows up to %2.")
                         .arg(from)
                         .arg(schemaVersion()),
                     QStringLiteral("Run a newer partnerdesk-server."),
                     {}});
    for (int step = from; step < schemaVersion(); ++step) {
        for (const QString &sql : kMigrations[step]) {
            if (Status s = runSchema(sql); !s)
                return fail(s.error());
        }
    }
    if (from != schemaVersion()) {
        if (Status s = setMeta(QStringLiteral("schema_version"), QString::number(schemaVersion())); !s)
            return fail(s.error());
    }
    auto epoch = meta(QStringLiteral("epoch"));
    if (!epoch)
        return fail(epoch.error());
    m_epoch = epoch.value();
    if (m_epoch.isEmpty()) {
        m_epoch = QUuid::createUuid().toString(QUuid::WithoutBraces);
        if (Status s = setMeta(QStringLiteral("epoch"), m_epoch); !s)
            return fail(s.error());
    }
    // Statements prepared before the tables existed would keep failing; prepare again.
    Status committed = commit();
    m_prepared.clear();
    return committed;
}

Status PgServerStore::startTransaction()
{
    if (m_db.transaction())
        return {};
    noteFailure(m_db.lastError());
    return Error{QStringLiteral("Cannot start a transaction: %1").arg(m_db.lastError().text()), {}, {}};
}

Status PgServerStore::beginWrite()
{
    if (Status s = usable(); !s)
        return s;
    Status begun = startTransaction();
    // A connection that died while idle is found here, before anything was written: begin on a new one.
    if (!begun && m_lost) {
        if (Status s = reconnect(); !s)
            return s;
        begun = startTransaction();
    }
    if (!begun)
        return begun;
    m_inWrite = true;
    if (Status s = run(QStringLiteral("SELECT pg_advisory_xact_lock(?)"), {kWriteLock}); !s) {
        rollback();
        return s;
    }
    return {};
}

Status PgServerStore::commit()
{
    m_mutations.clear();
    m_records.clear();
    if (m_seq) {
        const qint64 seq = *m_seq;
        m_seq.reset();
        if (Status s = run(QStringLiteral("INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE "
                                          "SET value = excluded.value"),
                           {QStringLiteral("last_seq"), QString::number(seq)});
            !s) {
            rollback();
            return s;
        }
    }
    for (auto &[sql, q] : m_prepared)
        q->finish();
    m_inWrite = false;
    if (!m_db.commit()) {
        noteFailure(m_db.lastError());
        return Error{QStringLiteral("The server database could not commit: %1").arg(m_db.lastError().text()), {}, {}};
    }
    return {};
}

void PgServerStore::rollback()
{
    m_seq.reset();
    m_mutations.clear();
    m_records.clear();
    for (auto &[sql, q] : m_prepared)
        q->finish();
    m_inWrite = false;
    // A lost connection took its transaction with it: the database rolled it back.
    if (!m_lost && !m_db.rollback())
        noteFailure(m_db.lastError());
}

Result<QString> PgServerStore::meta(const QString &key)
{
    auto q = exec(QStringLiteral("SELECT value FROM meta WHERE key = ?"), {key});
    if (!q)
        return q.error();
    return q.value()->next() ? q.value()->value(0).toString() : QString();
}

Status PgServerStore::setMeta(const QString &key, const QString &value)
{
    return run(QStringLiteral("INSERT INTO meta (key, value) VALUES (?, ?) "
                              "ON CONFLICT (key) DO UPDATE SET value = excluded.value"),
               {key, value});
}

Result<std::optional<UserRecord>> PgServerStore::user(const QString &name)
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

Status PgServerStore::saveUser(const UserRecord &u)
{
    return run(QStringLiteral("INSERT INTO users (name, password_hash, role, disabled) VALUES (?, ?, ?, ?) "
                              "ON CONFLICT (name) DO UPDATE SET password_hash = excluded.password_hash, "
                              "role = excluded.role, disabled = excluded.disabled"),
               {u.name, QString::fromUtf8(u.passwordHash), u.role, u.disabled});
}

Result<QList<UserRecord>> PgServerStore::users()
{
    auto q = exec(QStringLiteral("SELECT name, role, disabled FROM users ORDER BY name"));
    if (!q)
        return q.error();
    QList<UserRecord> list;
    while (q.value()->next())
        list.append({q.value()->value(0).toString(), {}, q.value()->value(1).toString(), q.value()->value(2).toBool()});
    return list;
}

Status PgServerStore::saveToken(const QString &digest, const TokenRecord &t)
{
    return run(QStringLiteral(
                   "INSERT INTO tokens (digest, user_name, kind, expires_at) VALUES (?, ?, ?, CAST(? AS TIMESTAMPTZ))"),
               {digest, t.user, t.kind, toStored(t.expiresAt)});
}

Result<std::optional<TokenRecord>> PgServerStore::token(const QString &digest)
{
    auto q = exec(QStringLiteral("SELECT user_name, kind, CAST(extract(epoch FROM expires_at) * 1000 AS BIGINT) "
                                 "FROM tokens WHERE digest = ?"),
                  {digest});
    if (!q)
        return q.error();
    if (!q.value()->next())
        return std::optional<TokenRecord>();
    return std::optional<TokenRecord>(
        TokenRecord{q.value()->value(0).toString(), q.value()->value(1).toString(), fromMillis(q.value()->value(2))});
}

Status PgServerStore::deleteToken(const QString &digest)
{
    return run(QStringLiteral("DELETE FROM tokens WHERE digest = ?"), {digest});
}

Status PgServerStore::deleteTokensOf(const QString &user)
{
    return run(QStringLiteral("DELETE FROM tokens WHERE user_name = ?"), {user});
}

Result<SignInFailures> PgServerStore::signInFailures(SignInKind kind, const QString &key)
{
    auto q = exec(QStringLiteral("SELECT %1 FROM signin_failures WHERE kind = ? AND key = ?").arg(kSignInColumns),
                  {signInKindName(kind), key});
    if (!q)
        return q.error();
    return q.value()->next() ? failuresFromRow(*q.value()) : SignInFailures{};
}

Result<SignInFailures> PgServerStore::addSignInFailure(SignInKind kind, const QString &key, const QDateTime &at)
{
    // One statement: servers sharing the database never lose each other's counts.
    auto q = exec(QStringLiteral("INSERT INTO signin_failures (kind, key, failures, last_failure) "
                                 "VALUES (?, ?, 1, CAST(? AS TIMESTAMPTZ)) ON CONFLICT (kind, key) DO UPDATE SET "
                                 "failures = signin_failures.failures + 1, last_failure = excluded.last_failure "
                                 "RETURNING %1")
                      .arg(kSignInColumns),
                  {signInKindName(kind), key, toStored(at)});
    if (!q)
        return q.error();
    if (!q.value()->next())
        return Error{QStringLiteral("The server database did not return the sign-in counter."), {}, {}};
    return failuresFromRow(*q.value());
}

Status PgServerStore::lockSignIn(SignInKind kind, const QString &key, const QDateTime &until)
{
    return run(
        QStringLiteral("UPDATE signin_failures SET locked_until = CAST(? AS TIMESTAMPTZ) WHERE kind = ? AND key = ?"),
        {toStored(until), signInKindName(kind), key});
}

Result<bool> PgServerStore::clearSignInFailures(SignInKind kind, const QString &key)
{
    auto q =
        exec(QStringLiteral("DELETE FROM signin_failures WHERE kind = ? AND key = ?"), {signInKindName(kind), key});
    if (!q)
        return q.error();
    return q.value()->numRowsAffected() > 0;
}

Status PgServerStore::forgetSignInFailures(const QDateTime &olderThan)
{
    return run(QStringLiteral("DELETE FROM signin_failures WHERE last_failure < CAST(? AS TIMESTAMPTZ) "
                              "AND (locked_until IS NULL OR locked_until < CAST(? AS TIMESTAMPTZ))"),
               {toStored(olderThan), toStored(olderThan)});
}

Result<std::optional<StoredRecord>> PgServerStore::record(const QString &entity, const QString &id)
{
    if (auto it = m_records.constFind(entity + QLatin1Char('\n') + id); it != m_records.cend())
        return *it;
    auto q =
        exec(QStringLiteral("SELECT %1 FROM records WHERE entity = ? AND id = ?").arg(kRecordColumns), {entity, id});
    if (!q)
        return q.error();
    if (!q.value()->next())
        return std::optional<StoredRecord>();
    return std::optional<StoredRecord>(recordFromRow(*q.value()));
}

Result<QList<StoredRecord>> PgServerStore::records(const QString &entity)
{
    auto q =
        exec(QStringLiteral("SELECT %1 FROM records WHERE entity = ? AND NOT deleted").arg(kRecordColumns), {entity});
    if (!q)
        return q.error();
    QList<StoredRecord> list;
    while (q.value()->next())
        list.append(recordFromRow(*q.value()));
    return list;
}

Result<qint64> PgServerStore::writeRecord(const StoredRecord &rec)
{
    // Under the advisory lock taken in beginWrite(), so no other transaction holds a higher seq: the
    // counter is read once per write transaction and stored once by commit(), not once per record.
    if (!m_seq) {
        auto last = meta(QStringLiteral("last_seq"));
        if (!last)
            return last.error();
        m_seq = last.value().toLongLong();
    }
    const qint64 seq = ++*m_seq;
    if (!m_records.isEmpty()) {
        StoredRecord written = rec;
        written.seq = seq;
        m_records.insert(rec.entity + QLatin1Char('\n') + rec.id, written);
    }
    if (Status s = run(
            QStringLiteral("INSERT INTO records (entity, id, version, deleted, fields, field_versions, seq, "
                           "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, CAST(? AS TIMESTAMPTZ)) ON CONFLICT (entity, id) "
                           "DO UPDATE SET version = excluded.version, deleted = excluded.deleted, "
                           "fields = excluded.fields, field_versions = excluded.field_versions, "
                           "seq = excluded.seq, updated_at = excluded.updated_at"),
            {rec.entity, rec.id, rec.version, rec.deleted, toText(rec.fields), toText(rec.fieldVersions), seq,
             toStored(rec.updatedAt)});
        !s)
        return s.error();
    // A version is written once; a record deleted for good and written again starts its versions anew.
    if (Status s =
            run(QStringLiteral("INSERT INTO history (entity, id, version, action, user_name, device, at) "
                               "VALUES (?, ?, ?, ?, ?, ?, CAST(? AS TIMESTAMPTZ)) ON CONFLICT (entity, id, version) "
                               "DO UPDATE SET action = excluded.action, user_name = excluded.user_name, "
                               "device = excluded.device, at = excluded.at"),
                {rec.entity, rec.id, rec.version, rec.stamp.action, rec.stamp.user, rec.stamp.device,
                 toStored(rec.updatedAt)});
        !s)
        return s.error();
    return seq;
}

Result<QList<HistoryEntry>> PgServerStore::history(const QString &entity, const QString &id)
{
    auto q =
        exec(QStringLiteral("SELECT version, action, user_name, device, CAST(extract(epoch FROM at) * 1000 AS BIGINT) "
                            "FROM history WHERE entity = ? AND id = ? ORDER BY version"),
             {entity, id});
    if (!q)
        return q.error();
    QList<HistoryEntry> list;
    while (q.value()->next())
        list.append({q.value()->value(0).toLongLong(),
                     {q.value()->value(1).toString(), q.value()->value(2).toString(), q.value()->value(3).toString()},
                     fromMillis(q.value()->value(4))});
    return list;
}

Result<std::optional<StoredMutation>> PgServerStore::mutation(const QString &mutationId)
{
    if (auto it = m_mutations.constFind(mutationId); it != m_mutations.cend())
        return *it;
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

Status PgServerStore::preload(const QList<sync::Mutation> &mutations)
{
    // Two queries for the whole push; the lists travel as one bound JSON text each.
    QJsonArray ids;
    QJsonArray keys;
    for (const sync::Mutation &m : mutations) {
        ids.append(m.mutationId);
        keys.append(QJsonArray{m.entity, m.id});
        m_mutations.insert(m.mutationId, std::nullopt);
        m_records.insert(m.entity + QLatin1Char('\n') + m.id, std::nullopt);
    }
    auto q = exec(QStringLiteral("SELECT mutation_id, user_name, digest, result FROM mutations WHERE mutation_id IN "
                                 "(SELECT json_array_elements_text(CAST(? AS JSON)))"),
                  {QString::fromUtf8(QJsonDocument(ids).toJson(QJsonDocument::Compact))});
    if (!q) {
        m_mutations.clear();
        m_records.clear();
        return q.error();
    }
    while (q.value()->next())
        m_mutations.insert(q.value()->value(0).toString(),
                           StoredMutation{q.value()->value(1).toString(), q.value()->value(2).toString().toLatin1(),
                                          fromText(q.value()->value(3).toString())});
    auto r = exec(QStringLiteral("SELECT %1 FROM records WHERE (entity, id) IN (SELECT e->>0, e->>1 FROM "
                                 "json_array_elements(CAST(? AS JSON)) AS e)")
                      .arg(kRecordColumns),
                  {QString::fromUtf8(QJsonDocument(keys).toJson(QJsonDocument::Compact))});
    if (!r) {
        m_mutations.clear();
        m_records.clear();
        return r.error();
    }
    while (r.value()->next()) {
        const StoredRecord rec = recordFromRow(*r.value());
        m_records.insert(rec.entity + QLatin1Char('\n') + rec.id, rec);
    }
    return {};
}

Status PgServerStore::saveMutation(const QString &mutationId, const StoredMutation &m)
{
    m_mutations.insert(mutationId, m);
    return run(QStringLiteral("INSERT INTO mutations (mutation_id, user_name, digest, result) VALUES (?, ?, ?, ?)"),
               {mutationId, m.user, QString::fromLatin1(m.digest), toText(m.result)});
}

Result<QList<sync::Change>> PgServerStore::changes(qint64 since, int limit)
{
    auto q = exec(QStringLiteral("SELECT entity, id, version, deleted, CASE WHEN deleted THEN ? ELSE fields END, seq "
                                 "FROM records WHERE seq > ? ORDER BY seq LIMIT ?"),
                  {QStringLiteral("{}"), since, limit});
    if (!q)
        return q.error();
    QList<sync::Change> list;
    QSqlQuery &r = *q.value();
    while (r.next()) {
        list.append({r.value(5).toLongLong(), r.value(0).toString(), r.value(1).toString(), r.value(2).toLongLong(),
                     r.value(3).toBool(), QJsonObject(), r.value(4).toString().toUtf8()}); // the stored text, unparsed
    }
    return list;
}

Result<qint64> PgServerStore::lastSeq()
{
    if (m_seq)
        return *m_seq;
    auto v = meta(QStringLiteral("last_seq"));
    if (!v)
        return v.error();
    return v.value().toLongLong();
}

Result<qint64> PgServerStore::purgedUpTo()
{
    auto v = meta(QStringLiteral("purged_up_to"));
    if (!v)
        return v.error();
    return v.value().toLongLong();
}

Result<int> PgServerStore::purgeTombstones(const QDateTime &olderThan)
{
    auto q =
        exec(QStringLiteral("DELETE FROM records WHERE deleted AND updated_at < CAST(? AS TIMESTAMPTZ) RETURNING seq"),
             {toStored(olderThan)});
    if (!q)
        return q.error();
    int count = 0;
    qint64 maxSeq = 0;
    while (q.value()->next()) {
        ++count;
        maxSeq = std::max(maxSeq, q.value()->value(0).toLongLong());
    }
    if (count == 0)
        return 0;
    auto prev = purgedUpTo();
    if (!prev)
        return prev.error();
    if (Status s = setMeta(QStringLiteral("purged_up_to"), QString::number(std::max(maxSeq, prev.value()))); !s)
        return s.error();
    return count;
}

Status PgServerStore::ping()
{
    return run(QStringLiteral("SELECT 1"));
}

} // namespace pd::server
