// The sync server under load, over TLS on loopback, on SQLite and on PostgreSQL:
//  1. 20 clients push 10 000 mutations each (batches of 100) at the same time -> mutations/s;
//  2. an initial pull (since=0, pages of 1 000) of 1 000 000 records -> records/s (target >= 50 000).
// The million records are the pushed ones plus seeded rows written straight into the store's
// records table (seeding through the API would measure pushes again).
// Usage: bench_server [--store sqlite|postgresql|both] [--clients N] [--per-client N] [--records N]
#include <QCoreApplication>
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

#include <functional>
#include <memory>
#include <vector>

#include "BenchServer.h"

namespace {

QString s(const char *latin1)
{
    return QString::fromLatin1(latin1);
}

void say(const QString &text)
{
    QTextStream(stderr) << text << '\n';
}

// A figure in bench/run.sh's FIGURE format (higher is better), as pd::bench::reportFigure writes it.
void figure(const QString &name, double value, const QString &unit, double target, const QString &reference)
{
    QTextStream out(stdout);
    out << "FIGURE\tbench_server\t" << name << '\t' << QString::number(value, 'f', 0) << '\t' << unit << '\t'
        << (target > 0 ? QString::number(target, 'g', 6) : QString()) << "\thigher\t" << reference << '\n';
}

struct Options
{
    int clients = 20;
    int perClient = 10000;
    int batch = 100;
    qint64 records = 1000000;
};

class Bench
{
public:
    Bench(QString store, Options options) : m_store(std::move(store)), m_options(options) {}
    ~Bench()
    {
        m_server.stop();
        if (!m_pgDir.isEmpty())
            QProcess::execute(s(PD_PG_FIXTURE), {s("stop"), m_pgDir});
    }

    bool run()
    {
        if (!setUp())
            return false;
        if (!pushes())
            return false;
        m_server.stop();
        if (!seed())
            return false;
        if (!m_server.start(m_data)) {
            say(s("the server did not restart"));
            return false;
        }
        m_token = login();
        return pull();
    }

private:
    bool setUp()
    {
        m_data = m_dir.filePath(s("data"));
        QStringList init{s("init"), s("--data"), m_data, s("--admin"), s("root")};
        if (m_store == QLatin1String("postgresql")) {
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
        m_tls = QSslConfiguration::defaultConfiguration();
        m_tls.addCaCertificates(m_data + s("/cert.pem"));
        if (!m_server.start(m_data))
            return false;
        m_token = login();
        return !m_token.isEmpty();
    }

    QNetworkRequest request(const QString &path) const
    {
        QNetworkRequest req(QUrl(QStringLiteral("https://localhost:%1%2").arg(m_server.port()).arg(path)));
        req.setSslConfiguration(m_tls);
        req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        if (!m_token.isEmpty())
            req.setRawHeader("Authorization", "Bearer " + m_token.toLatin1());
        return req;
    }

    QByteArray wait(QNetworkReply *reply, int *status = nullptr)
    {
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        if (!reply->isFinished())
            loop.exec();
        if (status)
            *status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QByteArray body = reply->readAll();
        reply->deleteLater();
        return body;
    }

    QString login()
    {
        m_token.clear();
        const QJsonObject body{{s("user"), s("root")}, {s("password"), s("rootpw")}};
        const QByteArray answer = wait(m_nam.post(request(s("/api/v1/auth/token")), QJsonDocument(body).toJson()));
        return QJsonDocument::fromJson(answer).object().value(s("access_token")).toString();
    }

    bool pushes()
    {
        std::vector<std::unique_ptr<QNetworkAccessManager>> nams;
        const int batches = m_options.perClient / m_options.batch;
        int pending = 0;
        int failures = 0;
        QEventLoop loop;
        std::function<void(int, int)> send = [&](int client, int batch) {
            QJsonArray list;
            for (int i = 0; i < m_options.batch; ++i) {
                const QString key = QStringLiteral("c%1-b%2-m%3").arg(client).arg(batch).arg(i);
                const QJsonObject fields{{s("name"), QString(s("Partner ") + key)},
                                         {s("manager"), s("root")},
                                         {s("region"), s("Moscow")},
                                         {s("inn"), s("7701234567")},
                                         {s("notes"), s("pushed by the benchmark")},
                                         {s("legal_form"), s("legal_entity")},
                                         {s("registered_on"), s("2024-01-15")},
                                         {s("role"), s("partner")},
                                         {s("stage"), s("application")}};
                QJsonObject m;
                m.insert(s("mutation_id"), key);
                m.insert(s("entity"), s("partner"));
                m.insert(s("id"), QString(s("bench-") + key));
                m.insert(s("op"), s("upsert"));
                m.insert(s("base_version"), 0);
                m.insert(s("fields"), fields);
                list.append(m);
            }
            const QJsonObject body{{s("client_id"), QStringLiteral("bench-%1").arg(client)}, {s("mutations"), list}};
            QNetworkReply *reply = nams[size_t(client)]->post(request(s("/api/v1/push")),
                                                              QJsonDocument(body).toJson(QJsonDocument::Compact));
            ++pending;
            QObject::connect(reply, &QNetworkReply::finished, &loop, [&, reply, client, batch] {
                --pending;
                if (reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() != 200)
                    ++failures;
                reply->deleteLater();
                if (batch + 1 < batches && failures == 0)
                    send(client, batch + 1);
                if (pending == 0)
                    loop.quit();
            });
        };
        QElapsedTimer timer;
        timer.start();
        for (int c = 0; c < m_options.clients; ++c) {
            nams.push_back(std::make_unique<QNetworkAccessManager>());
            send(c, 0);
        }
        loop.exec();
        const double ms = double(timer.nsecsElapsed()) / 1e6;
        if (failures > 0) {
            say(QStringLiteral("%1: %2 pushes failed").arg(m_store).arg(failures));
            return false;
        }
        const qint64 total = qint64(m_options.clients) * batches * m_options.batch;
        say(QStringLiteral("%1: push: %2 clients x %3 mutations (batches of %4): %5 ms, %6 mutations/s")
                .arg(m_store)
                .arg(m_options.clients)
                .arg(qint64(batches) * m_options.batch)
                .arg(m_options.batch)
                .arg(ms, 0, 'f', 0)
                .arg(double(total) / ms * 1000.0, 0, 'f', 0));
        figure(QStringLiteral("push throughput %1 clients, raw HTTP, %2").arg(m_options.clients).arg(m_store),
               double(total) / ms * 1000.0, s("mut/s"), 0,
               QStringLiteral("%1 mutations in %2 s").arg(total).arg(ms / 1000.0, 0, 'f', 1));
        m_pushed = total;
        return true;
    }

    // Rows straight into the records table, numbered after the pushed ones.
    bool seed()
    {
        const qint64 extra = m_options.records - m_pushed;
        if (extra <= 0)
            return true;
        const QString connection = s("seed");
        bool ok = false;
        {
            QSqlDatabase db;
            QString insert;
            const QString fieldVersions = s(R"({"name":1,"manager":1,"region":1,"inn":1,"notes":1})");
            if (m_store == QLatin1String("postgresql")) {
                db = QSqlDatabase::addDatabase(s("QPSQL"), connection);
                db.setHostName(s("127.0.0.1"));
                db.setPort(m_pgPort);
                db.setUserName(s("pd"));
                db.setDatabaseName(s("partnerdesk"));
                insert = s(
                    "INSERT INTO records (entity, id, version, deleted, fields, field_versions, seq, updated_at) "
                    "SELECT 'partner', 'seed-' || i, 1, FALSE, CAST(json_build_object('name', 'Seeded partner ' || i, "
                    "'manager', 'root', 'region', 'Moscow', 'inn', lpad(CAST(i AS TEXT), 10, '0'), 'notes', "
                    "'seeded for the pull benchmark') AS TEXT), CAST(? AS TEXT), CAST(? AS BIGINT) + i, now() "
                    "FROM generate_series(1, CAST(? AS BIGINT)) AS i");
            } else {
                db = QSqlDatabase::addDatabase(s("QSQLITE"), connection);
                db.setDatabaseName(m_data + s("/server.sqlite"));
                insert = s(
                    "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ?) "
                    "INSERT INTO records (entity, id, version, deleted, fields, field_versions, seq, updated_at) "
                    "SELECT 'partner', 'seed-' || i, 1, 0, json_object('name', 'Seeded partner ' || i, 'manager', "
                    "'root', 'region', 'Moscow', 'inn', printf('%010d', i), 'notes', 'seeded for the pull benchmark'), "
                    "?, ? + i, strftime('%Y-%m-%dT%H:%M:%fZ', 'now') FROM n");
            }
            if (db.open() && db.transaction()) {
                QSqlQuery q(db);
                ok = q.prepare(insert);
                // Values in the order their placeholders appear.
                if (m_store != QLatin1String("postgresql"))
                    q.addBindValue(extra);
                q.addBindValue(fieldVersions);
                q.addBindValue(m_pushed);
                if (m_store == QLatin1String("postgresql"))
                    q.addBindValue(extra);
                ok = ok && q.exec();
                if (ok) {
                    QSqlQuery meta(db);
                    ok = meta.prepare(s("UPDATE meta SET value = ? WHERE key = ?"));
                    meta.addBindValue(QString::number(m_options.records));
                    meta.addBindValue(s("last_seq"));
                    ok = ok && meta.exec();
                    if (!ok)
                        say(meta.lastError().text());
                } else {
                    say(q.lastError().text());
                }
                ok = ok && db.commit();
                if (ok && m_store == QLatin1String("postgresql"))
                    ok = QSqlQuery(db).exec(s("ANALYZE records"));
            } else {
                say(db.lastError().text());
            }
            db.close();
        }
        QSqlDatabase::removeDatabase(connection);
        return ok;
    }

    bool pull()
    {
        qint64 since = 0;
        qint64 received = 0;
        int pages = 0;
        QElapsedTimer timer;
        timer.start();
        while (true) {
            int status = 0;
            const QByteArray body =
                wait(m_nam.get(request(QStringLiteral("/api/v1/changes?since=%1&limit=1000").arg(since))), &status);
            if (status != 200) {
                say(QStringLiteral("%1: pull failed with %2 at since=%3").arg(m_store).arg(status).arg(since));
                return false;
            }
            const QJsonObject page = QJsonDocument::fromJson(body).object();
            received += page.value(s("changes")).toArray().size();
            since = page.value(s("last_seq")).toInteger();
            ++pages;
            if (!page.value(s("has_more")).toBool())
                break;
        }
        const double ms = double(timer.nsecsElapsed()) / 1e6;
        const double rate = double(received) / ms * 1000.0;
        say(QStringLiteral("%1: initial pull: %2 records in %3 pages: %4 ms, %5 records/s (target >= 50000: %6)")
                .arg(m_store)
                .arg(received)
                .arg(pages)
                .arg(ms, 0, 'f', 0)
                .arg(rate, 0, 'f', 0)
                .arg(rate >= 50000 ? s("pass") : s("miss")));
        figure(QStringLiteral("initial pull %1, raw HTTP, %2").arg(received).arg(m_store), rate, s("rec/s"), 50000,
               QStringLiteral("%1 s; fetch and JSON parse only, nothing stored").arg(ms / 1000.0, 0, 'f', 1));
        return received >= m_options.records;
    }

    QString m_store;
    Options m_options;
    QTemporaryDir m_dir;
    QString m_data;
    QString m_pgDir;
    int m_pgPort = 0;
    pd::bench::BenchServer m_server;
    QNetworkAccessManager m_nam;
    QSslConfiguration m_tls;
    QString m_token;
    qint64 m_pushed = 0;
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
    options.clients = option("--clients", QString::number(options.clients)).toInt();
    options.perClient = option("--per-client", QString::number(options.perClient)).toInt();
    options.records = option("--records", QString::number(options.records)).toLongLong();
    const QString which = option("--store", s("both"));
    QStringList stores =
        which == QLatin1String("both") ? QStringList{s("sqlite"), s("postgresql")} : QStringList{which};
    int status = 0;
    for (const QString &store : stores) {
        Bench bench(store, options);
        if (!bench.run()) {
            say(QStringLiteral("bench_server: the %1 run failed").arg(store));
            status = 1;
        }
    }
    return status;
}
