#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSslConfiguration>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

#include "PgServerStore.h"
#include "PgCluster.h"
#include "ServerProcess.h"

namespace {

QString s(const char *latin1)
{
    return QString::fromLatin1(latin1);
}

struct Reply
{
    int status = 0; // 0: no HTTP answer (refused, reset or timed out)
    QJsonObject body;
    qint64 ms = 0; // how long the answer took
};

// How long a monitor waits for /health, and a client for any answer, before it calls the server hung.
constexpr int kHealthBudgetMs = 2000;
constexpr int kTransferTimeoutMs = 10000;

} // namespace

// A running partnerdesk-server on PostgreSQL keeps serving when its database goes away and comes back:
// a restart of the cluster is survived without restarting the server, /health tells a monitor the truth
// (503 "degraded" while the database is down, at once, never a hang), and sync works again afterwards.
class TestServerStoreRestart final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void databaseRestartIsSurvived();
    void databaseDownIsReportedAndRecovered();
    void interruptedWriteFailsWhole();

private:
    bool fixture(const QString &command);
    Reply send(const QString &method, const QString &path, const QJsonObject &body = {});
    Reply health() { return send(s("GET"), s("/api/v1/health")); }
    Reply pushPartner(const QString &mutationId, const QString &id);
    QSet<QString> pulledIds();
    bool healthyWithin(int ms);

    QTemporaryDir m_dir;
    pd::server::PgCluster m_pg{s(PD_PG_FIXTURE)};
    QString m_database;
    std::unique_ptr<pd::server::ServerProcess> m_server;
    QNetworkAccessManager m_nam;
    QSslConfiguration m_tls;
    QString m_token;
};

bool TestServerStoreRestart::fixture(const QString &command)
{
    if (m_pg.run(command))
        return true;
    qWarning().noquote() << "pg-fixture.sh" << command << m_pg.error();
    return false;
}

void TestServerStoreRestart::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY2(m_pg.start(), qPrintable(s("Could not start a PostgreSQL for the test (run scripts/setup-debian.sh "
                                        "to install the postgresql package): ")
                                      + m_pg.error()));
    m_database = m_pg.url();

    const QString data = m_dir.filePath(s("data"));
    const QString initError =
        pd::server::ServerProcess::init(s(PD_SERVER_PATH), data, s("root"), s("rootpw"), m_database);
    QVERIFY2(initError.isEmpty(), qPrintable(initError));

    m_tls = QSslConfiguration::defaultConfiguration();
    m_tls.addCaCertificates(data + s("/cert.pem"));
    m_server = std::make_unique<pd::server::ServerProcess>();
    QVERIFY2(m_server->start(s(PD_SERVER_PATH), data), qPrintable(m_server->errorOutput()));

    const Reply token =
        send(s("POST"), s("/api/v1/auth/token"), {{s("user"), s("root")}, {s("password"), s("rootpw")}});
    QCOMPARE(token.status, 200);
    m_token = token.body.value(s("access_token")).toString();
    QVERIFY(!m_token.isEmpty());
}

void TestServerStoreRestart::cleanupTestCase()
{
    m_server.reset();
    m_pg.stop();
}

Reply TestServerStoreRestart::send(const QString &method, const QString &path, const QJsonObject &body)
{
    QNetworkRequest req(QUrl(QStringLiteral("https://localhost:%1%2").arg(m_server->port()).arg(path)));
    req.setSslConfiguration(m_tls);
    req.setTransferTimeout(kTransferTimeoutMs);
    req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    if (!m_token.isEmpty())
        req.setRawHeader("Authorization", "Bearer " + m_token.toLatin1());
    QElapsedTimer timer;
    timer.start();
    QNetworkReply *reply = method == QLatin1String("GET")
                               ? m_nam.get(req)
                               : m_nam.post(req, QJsonDocument(body).toJson(QJsonDocument::Compact));
    QEventLoop loop;
    connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    if (!reply->isFinished())
        loop.exec();
    Reply r;
    r.ms = timer.elapsed();
    r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    r.body = QJsonDocument::fromJson(reply->readAll()).object();
    if (r.status == 0)
        qWarning() << method << path << "got no answer:" << reply->errorString();
    reply->deleteLater();
    return r;
}

Reply TestServerStoreRestart::pushPartner(const QString &mutationId, const QString &id)
{
    // A partner the server accepts: its required fields, and an INN of its own (clients keep INNs unique).
    const QJsonObject fields{
        {s("name"), id},
        {s("manager"), s("root")},
        {s("inn"), QStringLiteral("%1").arg(qHash(id, 0) % 10000000000ULL, 10, 10, QLatin1Char('0'))},
        {s("legal_form"), s("legal_entity")},
        {s("registered_on"), s("2024-01-15")},
        {s("role"), s("partner")},
        {s("stage"), s("application")}};
    const QJsonObject mutation{{s("mutation_id"), mutationId}, {s("entity"), s("partner")}, {s("id"), id},
                               {s("op"), s("upsert")},         {s("base_version"), 0},      {s("fields"), fields}};
    return send(s("POST"), s("/api/v1/push"),
                {{s("client_id"), s("restart-client")}, {s("mutations"), QJsonArray{mutation}}});
}

// The ids in the whole feed; empty when a page could not be read.
QSet<QString> TestServerStoreRestart::pulledIds()
{
    QSet<QString> ids;
    qint64 since = 0;
    while (true) {
        const Reply page = send(s("GET"), QStringLiteral("/api/v1/changes?since=%1&limit=1000").arg(since));
        if (page.status != 200) {
            qWarning() << "pull answered" << page.status << page.body;
            return {};
        }
        for (const QJsonValue &c : page.body.value(s("changes")).toArray())
            ids.insert(c.toObject().value(s("id")).toString());
        since = page.body.value(s("last_seq")).toInteger();
        if (!page.body.value(s("has_more")).toBool())
            return ids;
    }
}

// Whether /health answers 200 "ok" within `ms`; each answer must come within the monitor's budget.
bool TestServerStoreRestart::healthyWithin(int ms)
{
    QElapsedTimer t;
    t.start();
    while (true) {
        const Reply r = health();
        if (r.ms > kHealthBudgetMs) {
            qWarning() << "/health took" << r.ms << "ms";
            return false;
        }
        if (r.status == 200 && r.body.value(s("status")).toString() == QLatin1String("ok"))
            return true;
        if (t.elapsed() > ms) {
            qWarning() << "/health still answers" << r.status << r.body;
            return false;
        }
        QTest::qWait(200);
    }
}

void TestServerStoreRestart::databaseRestartIsSurvived()
{
    const Reply before = pushPartner(s("m-before"), s("p-before"));
    QCOMPARE(before.status, 200);
    QCOMPARE(before.body.value(s("results")).toArray().at(0).toObject().value(s("status")).toString(), s("applied"));
    QCOMPARE(health().status, 200);

    QVERIFY(fixture(s("restart")));

    QVERIFY(healthyWithin(5000));
    const Reply after = pushPartner(s("m-after"), s("p-after"));
    QCOMPARE(after.status, 200);
    QCOMPARE(after.body.value(s("results")).toArray().at(0).toObject().value(s("status")).toString(), s("applied"));
    const QSet<QString> ids = pulledIds();
    QVERIFY2(ids.contains(s("p-before")) && ids.contains(s("p-after")),
             qPrintable(QStringList(ids.values()).join(s(", "))));
}

void TestServerStoreRestart::databaseDownIsReportedAndRecovered()
{
    QVERIFY(fixture(s("down")));

    // Told at once, every time: the first probe tries to reconnect, the next ones wait for the backoff.
    for (int i = 0; i < 3; ++i) {
        const Reply r = health();
        QVERIFY2(r.ms <= kHealthBudgetMs, qPrintable(QStringLiteral("/health took %1 ms").arg(r.ms)));
        QCOMPARE(r.status, 503);
        QCOMPARE(r.body.value(s("status")).toString(), s("degraded"));
        QCOMPARE(r.body.value(s("store")).toString(), s("unreachable"));
        QVERIFY(!r.body.value(s("message")).toString().isEmpty());
        QVERIFY(!r.body.value(s("epoch")).toString().isEmpty());
        QVERIFY(!r.body.value(s("version")).toString().isEmpty());
        QCOMPARE(r.body.value(s("api")).toInt(), 1);
    }
    // A push fails fast and writes nothing; the client keeps it and sends it again later.
    const Reply refused = pushPartner(s("m-down"), s("p-down"));
    QVERIFY2(refused.status >= 500, qPrintable(QString::number(refused.status)));
    QVERIFY2(refused.ms <= kHealthBudgetMs, qPrintable(QStringLiteral("the push took %1 ms").arg(refused.ms)));

    QVERIFY(fixture(s("up")));

    // The backoff between attempts is at most 5 s.
    QVERIFY(healthyWithin(8000));
    const Reply retried = pushPartner(s("m-down"), s("p-down"));
    QCOMPARE(retried.status, 200);
    const QJsonObject result = retried.body.value(s("results")).toArray().at(0).toObject();
    QCOMPARE(result.value(s("status")).toString(), s("applied"));
    QCOMPARE(result.value(s("version")).toInt(), 1);
    const QSet<QString> ids = pulledIds();
    QVERIFY2(ids.contains(s("p-down")), qPrintable(QStringList(ids.values()).join(s(", "))));
}

// The store itself: a write transaction whose connection is cut between two statements fails, leaves
// nothing behind, and the next call works on a new connection.
void TestServerStoreRestart::interruptedWriteFailsWhole()
{
    using namespace pd::server;
    auto location = PgLocation::fromUrl(m_database);
    QVERIFY(location);
    PgServerStore store(location.value());
    QVERIFY(store.open());
    const auto partner = [](const QString &id) {
        return StoredRecord{s("partner"),
                            id,
                            1,
                            false,
                            {{s("name"), id}},
                            {{s("name"), 1}},
                            0,
                            QDateTime::currentDateTimeUtc(),
                            {s("upload"), s("root"), s("test")}};
    };

    QVERIFY(store.beginWrite());
    QVERIFY(store.writeRecord(partner(s("p-cut-1"))));
    {
        // Another session ends every partnerdesk-server connection, as a database restart or an admin would.
        QSqlDatabase admin = QSqlDatabase::addDatabase(s("QPSQL"), s("admin"));
        admin.setHostName(location.value().host);
        admin.setPort(location.value().port);
        admin.setUserName(location.value().user);
        admin.setDatabaseName(location.value().database);
        QVERIFY2(admin.open(), qPrintable(admin.lastError().text()));
        QSqlQuery cut(admin);
        QVERIFY2(cut.exec(s("SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity "
                            "WHERE application_name = 'partnerdesk-server' AND pid <> pg_backend_pid()")),
                 qPrintable(cut.lastError().text()));
        QVERIFY(cut.next());
        QVERIFY(cut.value(0).toInt() >= 1);
        admin.close();
    }
    QSqlDatabase::removeDatabase(s("admin"));
    const auto cutOff = store.writeRecord(partner(s("p-cut-2")));
    QVERIFY(!cutOff);
    QVERIFY(!store.commit()); // nothing to commit: the transaction went with its connection
    store.rollback();

    QVERIFY2(store.ping(), "the store did not reconnect");
    for (const char *id : {"p-cut-1", "p-cut-2"}) {
        const auto gone = store.record(s("partner"), s(id));
        QVERIFY(gone);
        QVERIFY2(!gone.value().has_value(), id);
    }
    QVERIFY(store.beginWrite());
    QVERIFY(store.writeRecord(partner(s("p-cut-1"))));
    QVERIFY(store.commit());
    const auto written = store.record(s("partner"), s("p-cut-1"));
    QVERIFY(written && written.value().has_value());
}

QTEST_GUILESS_MAIN(TestServerStoreRestart)
#include "tst_serverstorerestart.moc"
