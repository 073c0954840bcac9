// What a user waits for when syncing, measured with the real client engine (SyncEngine) against a
// partnerdesk-server over TLS on loopback, on SQLite and on PostgreSQL:
//  1. initial pull: a fresh local database pulls 200 000 partner records (--records 1000000 for a million) (pages as
//  the app asks for
//     them, every record written to the local tables with its shadow and checkpoint) -> records/s;
//  2. incremental sync of 1 000 local edits: the same client edits 1 000 partners through the
//     repository (audit + outbox, not timed), then one sync run pushes them and pulls -> ms;
//  3. incremental sync of 1 000 changes from a colleague: another user pushes 1 000 edits over the raw
//     API (not timed), then one sync run pulls them -> ms.
// The million records are written straight into the server store's records table (seeding through the
// API would measure pushes, which bench_server does).
// Usage: bench_sync [--store sqlite|postgresql|both] [--records N] [--edits N]
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSslConfiguration>
#include <QTemporaryDir>
#include <QTextStream>
#include <QUrl>

#include <ctime>
#include <sys/resource.h>
#include <unistd.h>

#include "BenchUtil.h"
#include "BenchServer.h"
#include "Clock.h"
#include "Database.h"
#include "PartnerRepository.h"
#include "SyncEngine.h"
#include "SyncSeams.h"

namespace {

using namespace pd::sync::client;

QString s(const char *latin1)
{
    return QString::fromLatin1(latin1);
}

void say(const QString &text)
{
    QTextStream(stderr) << text << '\n';
}

// The benchmark's account: a fixed user and password, the refresh token in memory.
class BenchCredentials final : public Credentials
{
public:
    QString user() const override { return s("root"); }
    QString password() override { return s("rootpw"); }
    QString refreshToken() override { return m_refresh; }
    void storeRefreshToken(const QString &token) override { m_refresh = token; }

private:
    QString m_refresh;
};

// A valid 10-digit INN from the 9-digit text b: the check digit in SQL (same in SQLite and PostgreSQL).
QString innSql(const QString &b)
{
    static const int weights[] = {2, 4, 10, 3, 5, 9, 4, 6, 8};
    QStringList terms;
    for (int k = 0; k < 9; ++k)
        terms << QStringLiteral("%1 * CAST(substr(%2, %3, 1) AS INTEGER)").arg(weights[k]).arg(b).arg(k + 1);
    return QStringLiteral("(%1 || CAST(((%2) % 11) % 10 AS TEXT))").arg(b, terms.join(QStringLiteral(" + ")));
}

// CPU seconds (user + system) of this process, which is the client engine and its network thread.
double clientCpuSeconds()
{
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    return double(u.ru_utime.tv_sec + u.ru_stime.tv_sec) + double(u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e6;
}

// CPU seconds of the calling thread (the engine's pulling thread: SQLite's writes are made on it).
double threadCpuSeconds()
{
    timespec t{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return double(t.tv_sec) + double(t.tv_nsec) / 1e9;
}

// CPU seconds of this process's children named partnerdesk-server (from /proc; 0 where there is none).
double serverCpuSeconds()
{
    double total = 0;
    const QString self = QString::number(getpid());
    const QStringList pids = QDir(s("/proc")).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &pid : pids) {
        QFile stat(s("/proc/") + pid + s("/stat"));
        if (pid.front().isDigit() && stat.open(QIODevice::ReadOnly)) {
            const QString line = QString::fromLatin1(stat.readAll());
            const qsizetype close = line.lastIndexOf(QLatin1Char(')'));
            const QStringList f = line.mid(close + 2).split(QLatin1Char(' '));
            // after the name: state(0) ppid(1) ... utime(11) stime(12)
            if (f.size() > 12 && f.at(1) == self && line.contains(s("(partnerdesk-se")))
                total += (f.at(11).toDouble() + f.at(12).toDouble()) / double(sysconf(_SC_CLK_TCK));
        }
    }
    return total;
}

QString loadAverage()
{
    QFile f(s("/proc/loadavg"));
    return f.open(QIODevice::ReadOnly) ? QString::fromLatin1(f.readAll()).section(QLatin1Char(' '), 0, 0) : s("?");
}

struct Options
{
    qint64 records = 200000; // the rate is per record; 1 000000 only makes the run longer
    int edits = 1000;
};

class Bench
{
public:
    Bench(QString store, Options options) : m_store(std::move(store)), m_options(options) {}
    ~Bench()
    {
        m_engine.reset();
        m_server.stop();
        if (!m_pgDir.isEmpty())
            QProcess::execute(s(PD_PG_FIXTURE), {s("stop"), m_pgDir});
    }

    bool run()
    {
        if (!setUp() || !seed() || !m_server.start(m_data))
            return false;
        m_tls = QSslConfiguration::defaultConfiguration();
        m_tls.addCaCertificates(m_data + s("/cert.pem"));
        auto opened = pd::storage::Database::open(m_dir.filePath(s("client.db")));
        if (!opened) {
            say(opened.error().text());
            return false;
        }
        m_client = std::move(opened).value();
        return initialPull() && localEdits() && colleagueEdits();
    }

private:
    bool pg() const { return m_store == QLatin1String("postgresql"); }

    bool setUp()
    {
        m_data = m_dir.filePath(s("data"));
        QStringList init{s("init"), s("--data"), m_data, s("--admin"), s("root")};
        if (pg()) {
            QProcess fixture;
            fixture.start(s(PD_PG_FIXTURE), {s("start"), s("--durable")});
            fixture.waitForFinished(120000);
            const QStringList portAndDir =
                QString::fromLocal8Bit(fixture.readAllStandardOutput()).trimmed().split(QLatin1Char(' '));
            if (fixture.exitCode() != 0 || portAndDir.size() != 2) {
                say(QString::fromLocal8Bit(fixture.readAllStandardError()));
                return false;
            }
            m_pgPort = portAndDir.at(0).toInt();
            m_pgDir = portAndDir.at(1);
            init << s("--database") << QStringLiteral("postgresql://pd@127.0.0.1:%1/partnerdesk").arg(m_pgPort);
        }
        QProcess p;
        p.start(s(PD_SERVER_PATH), init);
        p.write("rootpw\n");
        p.closeWriteChannel();
        p.waitForFinished(60000);
        if (p.exitCode() != 0) {
            say(QString::fromLocal8Bit(p.readAllStandardError()));
            return false;
        }
        return true;
    }

    // Partners with every field the client stores and valid, unique INNs, straight into the records table.
    bool seed()
    {
        const QString connection = s("seed");
        bool ok = false;
        QElapsedTimer timer;
        timer.start();
        {
            QSqlDatabase db;
            QString insert;
            const QString fieldVersions =
                s(R"({"name":1,"legal_form":1,"inn":1,"registered_on":1,"role":1,"tier":1,)"
                  R"("stage":1,"manager":1,"region":1,"notes":1,"wl_brand":1,"wl_payment_model":1,)"
                  R"("wl_markup_bp":1,"wl_restricted_services":1})");
            const QString fields =
                s("'name', 'Seeded partner ' || i, 'legal_form', 'legal_entity', 'inn', %1, "
                  "'registered_on', '2020-01-15', 'role', 'partner', 'tier', 'none', 'stage', 'contacted', "
                  "'manager', 'root', 'region', 'Moscow', 'notes', 'seeded for the sync benchmark', "
                  "'wl_brand', '', 'wl_payment_model', 'prepaid', 'wl_markup_bp', 0, "
                  "'wl_restricted_services', %2")
                    .arg(innSql(s("b")), pg() ? s("json_build_array()") : s("json('[]')"));
            if (pg()) {
                db = QSqlDatabase::addDatabase(s("QPSQL"), connection);
                db.setHostName(s("127.0.0.1"));
                db.setPort(m_pgPort);
                db.setUserName(s("pd"));
                db.setDatabaseName(s("partnerdesk"));
                insert =
                    s("INSERT INTO records (entity, id, version, deleted, fields, field_versions, seq, updated_at) "
                      "SELECT 'partner', 'seed-' || i, 1, FALSE, CAST(json_build_object(%1) AS TEXT), CAST(? AS TEXT), "
                      "i, now() "
                      "FROM generate_series(1, CAST(? AS BIGINT)) AS i, LATERAL (SELECT CAST(100000000 + i AS TEXT) AS "
                      "b) AS x")
                        .arg(fields);
            } else {
                db = QSqlDatabase::addDatabase(s("QSQLITE"), connection);
                db.setDatabaseName(m_data + s("/server.sqlite"));
                insert =
                    s("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ?), "
                      "x(i, b) AS (SELECT i, CAST(100000000 + i AS TEXT) FROM n) "
                      "INSERT INTO records (entity, id, version, deleted, fields, field_versions, seq, updated_at) "
                      "SELECT 'partner', 'seed-' || i, 1, 0, json_object(%1), ?, i, strftime('%Y-%m-%dT%H:%M:%fZ', "
                      "'now') FROM x")
                        .arg(fields);
            }
            if (db.open() && db.transaction()) {
                QSqlQuery q(db);
                ok = q.prepare(insert);
                if (pg()) {
                    q.addBindValue(fieldVersions);
                    q.addBindValue(m_options.records);
                } else {
                    q.addBindValue(m_options.records);
                    q.addBindValue(fieldVersions);
                }
                ok = ok && q.exec();
                if (ok) {
                    QSqlQuery meta(db);
                    ok = meta.prepare(s("INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET "
                                        "value = excluded.value"));
                    meta.addBindValue(s("last_seq"));
                    meta.addBindValue(QString::number(m_options.records));
                    ok = ok && meta.exec();
                    if (!ok)
                        say(meta.lastError().text());
                } else {
                    say(q.lastError().text());
                }
                ok = ok && db.commit();
                if (ok && pg())
                    ok = QSqlQuery(db).exec(s("ANALYZE records"));
            } else {
                say(db.lastError().text());
            }
            db.close();
        }
        QSqlDatabase::removeDatabase(connection);
        say(QStringLiteral("%1: seeded %2 records in %3 s")
                .arg(m_store)
                .arg(m_options.records)
                .arg(timer.elapsed() / 1000.0, 0, 'f', 1));
        return ok;
    }

    SyncReport sync(double *ms, double *clientCpu = nullptr, double *serverCpu = nullptr, double *threadCpu = nullptr)
    {
        // One engine for the whole run, as the app's sync worker keeps one: the access token is reused.
        if (!m_engine) {
            m_nam = std::make_unique<QNetworkAccessManager>();
            m_tlsPolicy = std::make_unique<FileTlsPolicy>(m_data + s("/cert.pem"));
            m_engine = std::make_unique<SyncEngine>(m_client->connection(), *m_nam, *m_tlsPolicy, m_credentials);
        }
        SyncOptions options; // the app's page and batch sizes
        options.server = QUrl(QStringLiteral("https://localhost:%1").arg(m_server.port()));
        options.timeoutMs = 120000;
        const double clientBefore = clientCpuSeconds();
        const double serverBefore = serverCpuSeconds();
        const double threadBefore = threadCpuSeconds();
        QElapsedTimer timer;
        timer.start();
        SyncReport r = m_engine->run(options);
        *ms = pd::bench::elapsedMs(timer);
        if (clientCpu)
            *clientCpu = (clientCpuSeconds() - clientBefore) * 1000.0;
        if (serverCpu)
            *serverCpu = (serverCpuSeconds() - serverBefore) * 1000.0;
        if (threadCpu)
            *threadCpu = (threadCpuSeconds() - threadBefore) * 1000.0;
        if (r.outcome != SyncOutcome::Synced)
            say(QStringLiteral("%1: sync ended with: %2").arg(m_store, r.message));
        return r;
    }

    bool initialPull()
    {
        double ms = 0, clientCpu = 0, serverCpu = 0, threadCpu = 0;
        const SyncReport r = sync(&ms, &clientCpu, &serverCpu, &threadCpu);
        const double rate = double(r.pulled) / ms * 1000.0;
        say(QStringLiteral("%1: initial pull into a fresh database: %2 records in %3 ms, %4 records/s "
                           "(CPU: client %5 ms of which the pulling thread %8 ms, server %6 ms; load average %7)")
                .arg(m_store)
                .arg(r.pulled)
                .arg(ms, 0, 'f', 0)
                .arg(rate, 0, 'f', 0)
                .arg(clientCpu, 0, 'f', 0)
                .arg(serverCpu, 0, 'f', 0)
                .arg(loadAverage())
                .arg(threadCpu, 0, 'f', 0));
        pd::bench::reportFigure(
            s("bench_sync"), QStringLiteral("initial pull %1, client engine, %2").arg(m_options.records).arg(m_store),
            rate, s("rec/s"), 50000, pd::bench::Better::Higher,
            QStringLiteral("%1 s for %2 records, CPU client %3 s, server %4 s")
                .arg(ms / 1000.0, 0, 'f', 1)
                .arg(r.pulled)
                .arg(clientCpu / 1000.0, 0, 'f', 1)
                .arg(serverCpu / 1000.0, 0, 'f', 1));
        return r.outcome == SyncOutcome::Synced && r.pulled >= m_options.records;
    }

    bool localEdits()
    {
        pd::storage::PartnerRepository partners(m_client->connection(), pd::SystemClock::instance(), s("bench"));
        for (int i = 0; i < m_options.edits; ++i) {
            const QString id = QStringLiteral("seed-%1").arg(1 + qint64(i) * (m_options.records / m_options.edits));
            auto p = partners.get(id);
            if (!p) {
                say(QStringLiteral("%1: %2: %3").arg(m_store, id, p.error().text()));
                return false;
            }
            pd::domain::Partner edited = p.value();
            edited.notes = QStringLiteral("edited offline %1").arg(i);
            if (auto u = partners.update(edited); !u) {
                say(QStringLiteral("%1: %2: %3").arg(m_store, id, u.error().text()));
                return false;
            }
        }
        double ms = 0, clientCpu = 0, serverCpu = 0;
        const SyncReport r = sync(&ms, &clientCpu, &serverCpu);
        say(QStringLiteral("%1: incremental sync of %2 local edits: pushed %3, pulled %4 in %5 ms (CPU: client %6 ms, "
                           "server %7 ms)")
                .arg(m_store)
                .arg(m_options.edits)
                .arg(r.pushed)
                .arg(r.pulled)
                .arg(ms, 0, 'f', 0)
                .arg(clientCpu, 0, 'f', 0)
                .arg(serverCpu, 0, 'f', 0));
        pd::bench::report(s("bench_sync"),
                          QStringLiteral("sync %1 local edits (push), %2").arg(m_options.edits).arg(m_store), {ms},
                          1000);
        pd::bench::reportFigure(s("bench_sync"), QStringLiteral("push throughput, client engine, %1").arg(m_store),
                                double(r.pushed) / ms * 1000.0, s("mut/s"), 0, pd::bench::Better::Higher,
                                QStringLiteral("%1 edits in one sync run").arg(r.pushed));
        return r.outcome == SyncOutcome::Synced && r.pushed == m_options.edits;
    }

    // Another user edits 1 000 other partners over the raw API; this client pulls them.
    bool colleagueEdits()
    {
        QNetworkAccessManager nam;
        const auto request = [&](const QString &path, const QString &token) {
            QNetworkRequest req(QUrl(QStringLiteral("https://localhost:%1%2").arg(m_server.port()).arg(path)));
            req.setSslConfiguration(m_tls);
            req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
            if (!token.isEmpty())
                req.setRawHeader("Authorization", "Bearer " + token.toLatin1());
            return req;
        };
        const auto wait = [](QNetworkReply *reply) {
            QEventLoop loop;
            QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
            if (!reply->isFinished())
                loop.exec();
            const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            const QByteArray body = reply->readAll();
            reply->deleteLater();
            return std::pair{status, body};
        };
        const QJsonObject login{{s("user"), s("root")}, {s("password"), s("rootpw")}};
        const QString token =
            QJsonDocument::fromJson(
                wait(nam.post(request(s("/api/v1/auth/token"), {}), QJsonDocument(login).toJson())).second)
                .object()
                .value(s("access_token"))
                .toString();
        const qint64 step = m_options.records / m_options.edits;
        for (int batch = 0; batch * 500 < m_options.edits; ++batch) {
            QJsonArray list;
            for (int i = batch * 500; i < std::min(m_options.edits, (batch + 1) * 500); ++i) {
                QJsonObject m;
                m.insert(s("mutation_id"), QStringLiteral("colleague-%1").arg(i));
                m.insert(s("entity"), s("partner"));
                m.insert(s("id"), QStringLiteral("seed-%1").arg(2 + qint64(i) * step));
                m.insert(s("op"), s("upsert"));
                m.insert(s("base_version"), 1);
                m.insert(s("fields"), QJsonObject{{s("region"), QStringLiteral("Region %1").arg(i)}});
                list.append(m);
            }
            const QJsonObject body{{s("client_id"), s("colleague")}, {s("mutations"), list}};
            const auto [status, answer] =
                wait(nam.post(request(s("/api/v1/push"), token), QJsonDocument(body).toJson(QJsonDocument::Compact)));
            if (status != 200) {
                say(QStringLiteral("%1: the colleague's push failed with %2: %3")
                        .arg(m_store)
                        .arg(status)
                        .arg(QString::fromUtf8(answer)));
                return false;
            }
        }
        double ms = 0, clientCpu = 0, serverCpu = 0;
        const SyncReport r = sync(&ms, &clientCpu, &serverCpu);
        say(QStringLiteral("%1: incremental sync of %2 changes from a colleague: pulled %3 in %4 ms (CPU: client %5 "
                           "ms, server %6 ms)")
                .arg(m_store)
                .arg(m_options.edits)
                .arg(r.pulled)
                .arg(ms, 0, 'f', 0)
                .arg(clientCpu, 0, 'f', 0)
                .arg(serverCpu, 0, 'f', 0));
        pd::bench::report(s("bench_sync"),
                          QStringLiteral("sync %1 changes of others (pull), %2").arg(m_options.edits).arg(m_store),
                          {ms}, 1000);
        return r.outcome == SyncOutcome::Synced && r.pulled == m_options.edits;
    }

    QString m_store;
    Options m_options;
    QTemporaryDir m_dir;
    QString m_data;
    QString m_pgDir;
    int m_pgPort = 0;
    pd::bench::BenchServer m_server;
    QSslConfiguration m_tls;
    BenchCredentials m_credentials;
    std::unique_ptr<pd::storage::Database> m_client;
    std::unique_ptr<QNetworkAccessManager> m_nam;
    std::unique_ptr<FileTlsPolicy> m_tlsPolicy;
    std::unique_ptr<SyncEngine> m_engine;
};

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const auto option = [&](const char *name, const QString &fallback) {
        const qsizetype i = args.indexOf(s(name));
        return i >= 0 && i + 1 < args.size() ? args.at(i + 1) : fallback;
    };
    Options options;
    options.records = option("--records", QString::number(options.records)).toLongLong();
    options.edits = option("--edits", QString::number(options.edits)).toInt();
    const QString which = option("--store", s("both"));
    const QStringList stores =
        which == QLatin1String("both") ? QStringList{s("sqlite"), s("postgresql")} : QStringList{which};
    int status = 0;
    for (const QString &store : stores) {
        Bench bench(store, options);
        if (!bench.run()) {
            say(QStringLiteral("bench_sync: the %1 run failed").arg(store));
            status = 1;
        }
    }
    return status;
}
