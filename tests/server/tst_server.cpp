#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QSslConfiguration>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <algorithm>
#include <memory>
#include <set>

#include "PgCluster.h"

namespace {

QString s(const char *latin1)
{
    return QString::fromLatin1(latin1);
}

struct Reply
{
    int status = 0;
    QJsonObject body;
};

// A partnerdesk-server child process on 127.0.0.1 and a random port.
class ServerProcess
{
public:
    bool start(const QString &dataDir, const QStringList &extra = {})
    {
        m_process.setProcessChannelMode(QProcess::SeparateChannels);
        m_process.start(s(PD_SERVER_PATH),
                        QStringList{s("run"), s("--data"), dataDir, s("--listen"), s("127.0.0.1:0")} + extra);
        if (!m_process.waitForStarted(10000))
            return false;
        QByteArray line;
        QElapsedTimer t;
        t.start();
        while (!line.contains('\n') && t.elapsed() < 20000) {
            m_process.waitForReadyRead(500);
            line += m_process.readAllStandardOutput();
        }
        const auto m = QRegularExpression(s(":(\\d+) ")).match(QString::fromUtf8(line));
        m_port = m.hasMatch() ? m.captured(1).toInt() : 0;
        return m_port > 0;
    }
    void stop()
    {
        m_process.terminate();
        if (!m_process.waitForFinished(10000))
            m_process.kill();
        m_process.waitForFinished(5000);
    }
    int port() const { return m_port; }
    ~ServerProcess() { stop(); }

private:
    QProcess m_process;
    int m_port = 0;
};

} // namespace

class TestServer final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void health();
    void auth();
    void expiredToken();
    void idempotentRetry();
    void mergeAndConflict();
    void rolesAndDealRules();
    void badRequestsKeepServing();
    void sqlMetacharactersVerbatim();
    void crossPartnerConflictRefused();
    void firstUploadInAnyValidState();
    void managerOwnsExtensionsAndFeedback();
    void trainingAndProgramRules();
    void concurrentWriters();
    void restartContinuesFeed();
    void tombstoneRetention();
    void registerKeptAloneJoinsTheTeam();

private:
    int runServer(const QStringList &args, const QByteArray &stdinText);
    QNetworkRequest request(const QString &path, const QString &token = {}, int port = 0) const;
    Reply send(QNetworkAccessManager &nam, const QString &method, const QNetworkRequest &req,
               const QByteArray &body = {});
    Reply get(const QString &path, const QString &token, int port = 0);
    Reply post(const QString &path, const QJsonObject &body, const QString &token = {}, int port = 0);
    QString login(const QString &user, const QString &password, int port = 0);
    static QJsonObject mutation(const QString &mid, const QString &entity, const QString &id, qint64 base,
                                const QJsonObject &fields, const QString &op = s("upsert"));
    static QJsonObject push(const QJsonArray &mutations);
    static QJsonObject withRequired(const QString &entity, const QString &id, QJsonObject fields);

    bool startPostgres();
    Reply pushOne(const QString &token, const QJsonObject &mutation);
    qint64 feedEnd(const QString &token);

    QTemporaryDir m_dir;
    QString m_data;
    QString m_store;                              // sqlite or postgresql, from PD_TEST_STORE
    pd::server::PgCluster m_pg{s(PD_PG_FIXTURE)}; // the cluster, when on PostgreSQL
    QString m_database;                           // --database for init; empty for the default SQLite file
    std::unique_ptr<ServerProcess> m_server;
    QNetworkAccessManager m_nam;
    QSslConfiguration m_tls;
    QString m_admin;
};

int TestServer::runServer(const QStringList &args, const QByteArray &stdinText)
{
    QProcess p;
    p.start(s(PD_SERVER_PATH), args);
    p.write(stdinText);
    p.closeWriteChannel();
    p.waitForFinished(60000);
    return p.exitCode();
}

bool TestServer::startPostgres()
{
    if (!m_pg.start()) {
        qWarning().noquote() << m_pg.error();
        return false;
    }
    m_database = m_pg.url();
    return true;
}

void TestServer::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_store = qEnvironmentVariable("PD_TEST_STORE", s("sqlite"));
    QVERIFY2(m_store == QLatin1String("sqlite") || m_store == QLatin1String("postgresql"),
             "PD_TEST_STORE must be sqlite or postgresql");
    if (m_store == QLatin1String("postgresql"))
        QVERIFY2(startPostgres(), "Could not start a PostgreSQL for the test (see the message above). "
                                  "Run scripts/setup-debian.sh to install the postgresql package.");
    qInfo() << "store:" << m_store << m_database;
    m_data = m_dir.filePath(s("data"));
    QStringList initArgs{s("init"), s("--data"), m_data, s("--admin"), s("root")};
    if (!m_database.isEmpty())
        initArgs << s("--database") << m_database;
    QCOMPARE(runServer(initArgs, "rootpw\n"), 0);
    QCOMPARE(runServer({s("init"), s("--data"), m_data}, "x\n"), 1); // never over an existing server
    QCOMPARE(runServer({s("user"), s("add"), s("maria"), s("--role"), s("manager"), s("--data"), m_data}, "mariapw\n"),
             0);
    QCOMPARE(runServer({s("user"), s("add"), s("vera"), s("--role"), s("viewer"), s("--data"), m_data}, "verapw\n"), 0);
    QCOMPARE(runServer({s("user"), s("add"), s("gone"), s("--role"), s("manager"), s("--data"), m_data}, "gonepw\n"),
             0);
    QCOMPARE(runServer({s("user"), s("disable"), s("gone"), s("--data"), m_data}, ""), 0);
    QCOMPARE(runServer({s("user"), s("add"), s("x"), s("--role"), s("boss"), s("--data"), m_data}, "pw\n"), 2);

    m_tls = QSslConfiguration::defaultConfiguration();
    m_tls.addCaCertificates(m_data + s("/cert.pem"));
    m_server = std::make_unique<ServerProcess>();
    QVERIFY(m_server->start(m_data));
    m_admin = login(s("root"), s("rootpw"));
    QVERIFY(!m_admin.isEmpty());
#ifdef Q_OS_UNIX
    // The store holds password hashes: no one but its owner reads it, nor its log.
    if (m_database.isEmpty()) {
        for (const QString &part : {s("/server.sqlite"), s("/server.sqlite-wal")}) {
            const QFileInfo file(m_data + part);
            QVERIFY2(file.exists(), qPrintable(file.filePath()));
            QVERIFY2(
                !(file.permissions() & (QFile::ReadGroup | QFile::ReadOther | QFile::WriteGroup | QFile::WriteOther)),
                qPrintable(file.filePath() + s(" can be read by others")));
        }
    }
#endif
}

void TestServer::cleanupTestCase()
{
    m_server.reset();
    m_pg.stop();
}

Reply TestServer::pushOne(const QString &token, const QJsonObject &m)
{
    return post(s("/api/v1/push"), push({m}), token);
}

// The seq of the newest change, paging to the end of the feed.
qint64 TestServer::feedEnd(const QString &token)
{
    qint64 last = 0;
    while (true) {
        const Reply page = get(QStringLiteral("/api/v1/changes?since=%1&limit=1000").arg(last), token);
        last = page.body.value(s("last_seq")).toInteger();
        if (!page.body.value(s("has_more")).toBool())
            return last;
    }
}

QNetworkRequest TestServer::request(const QString &path, const QString &token, int port) const
{
    QNetworkRequest req(QUrl(QStringLiteral("https://localhost:%1%2").arg(port ? port : m_server->port()).arg(path)));
    req.setSslConfiguration(m_tls);
    req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    if (!token.isEmpty())
        req.setRawHeader("Authorization", "Bearer " + token.toLatin1());
    return req;
}

Reply TestServer::send(QNetworkAccessManager &nam, const QString &method, const QNetworkRequest &req,
                       const QByteArray &body)
{
    QNetworkReply *reply = method == QLatin1String("GET") ? nam.get(req) : nam.post(req, body);
    QEventLoop loop;
    connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    if (!reply->isFinished())
        loop.exec();
    Reply r;
    r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (reply->error() != QNetworkReply::NoError && r.status == 0)
        qWarning() << "network error" << reply->errorString();
    r.body = QJsonDocument::fromJson(reply->readAll()).object();
    reply->deleteLater();
    return r;
}

Reply TestServer::get(const QString &path, const QString &token, int port)
{
    return send(m_nam, s("GET"), request(path, token, port));
}

Reply TestServer::post(const QString &path, const QJsonObject &body, const QString &token, int port)
{
    return send(m_nam, s("POST"), request(path, token, port), QJsonDocument(body).toJson(QJsonDocument::Compact));
}

QString TestServer::login(const QString &user, const QString &password, int port)
{
    const Reply r = post(s("/api/v1/auth/token"), {{s("user"), user}, {s("password"), password}}, {}, port);
    return r.status == 200 ? r.body.value(s("access_token")).toString() : QString();
}

// The values a record needs (tst_servervalidation checks their refusal): a first upload that leaves one out
// gets the same value every time, so that repeated uploads of a record never differ in it. A partner's INN is
// made from its id: clients keep INNs unique.
QJsonObject TestServer::withRequired(const QString &entity, const QString &id, QJsonObject fields)
{
    if (entity == QLatin1String("partner") && !fields.contains(s("inn")))
        fields.insert(s("inn"), QStringLiteral("%1").arg(qHash(id, 0) % 10000000000ULL, 10, 10, QLatin1Char('0')));
    static const QHash<QString, QJsonObject> required{
        {s("partner"),
         {{s("name"), s("Partner")},
          {s("legal_form"), s("legal_entity")},
          {s("registered_on"), s("2024-01-15")},
          {s("role"), s("partner")},
          {s("stage"), s("application")}}},
        {s("person"), {{s("name"), s("Person")}}},
        {s("deal"),
         {{s("partner_name"), s("Partner")},
          {s("customer_name"), s("Customer")},
          {s("expected_year"), 2025},
          {s("expected_quarter"), 1},
          {s("state"), s("new")}}},
        {s("deal_extension"), {{s("requested_at"), s("2024-01-15T10:00:00.000Z")}, {s("reason"), s("pilot")}}},
        {s("deal_feedback"),
         {{s("at"), s("2024-01-15T10:00:00.000Z")},
          {s("type"), s("monthly_status")},
          {s("category"), s("pilot_testing")}}},
        {s("course"), {{s("title"), s("Course")}, {s("kind"), s("product")}, {s("format"), s("lecture")}}},
        {s("enrollment"), {{s("enrolled_on"), s("2024-01-15")}}},
        {s("certificate"),
         {{s("competence"), s("sale")}, {s("issued_on"), s("2024-01-15")}, {s("expires_on"), s("2026-01-15")}}},
        {s("compat_certification"),
         {{s("product_name"), s("Product")}, {s("product_version"), s("1")}, {s("service"), s("Cloud")}}},
    };
    const QJsonObject defaults = required.value(entity);
    for (auto it = defaults.begin(); it != defaults.end(); ++it) {
        if (!fields.contains(it.key()))
            fields.insert(it.key(), it.value());
    }
    return fields;
}

QJsonObject TestServer::mutation(const QString &mid, const QString &entity, const QString &id, qint64 base,
                                 const QJsonObject &fields, const QString &op)
{
    const bool upload = base == 0 && op == QLatin1String("upsert");
    return {{s("mutation_id"), mid},
            {s("entity"), entity},
            {s("id"), id},
            {s("op"), op},
            {s("base_version"), base},
            {s("fields"), upload ? withRequired(entity, id, fields) : fields}};
}

QJsonObject TestServer::push(const QJsonArray &mutations)
{
    return {{s("client_id"), s("test-client")}, {s("mutations"), mutations}};
}

void TestServer::health()
{
    const Reply r = get(s("/api/v1/health"), {});
    QCOMPARE(r.status, 200);
    QCOMPARE(r.body.value(s("status")).toString(), s("ok"));
    QVERIFY(!r.body.value(s("epoch")).toString().isEmpty());
}

void TestServer::auth()
{
    QCOMPARE(get(s("/api/v1/changes"), {}).status, 401);
    QCOMPARE(get(s("/api/v1/changes"), s("not-a-token")).status, 401);
    QCOMPARE(post(s("/api/v1/auth/token"), {{s("user"), s("root")}, {s("password"), s("wrong")}}).status, 401);
    QCOMPARE(post(s("/api/v1/auth/token"), {{s("user"), s("nobody")}, {s("password"), s("x")}}).status, 401);
    const Reply disabled = post(s("/api/v1/auth/token"), {{s("user"), s("gone")}, {s("password"), s("gonepw")}});
    QCOMPARE(disabled.status, 401);
    QCOMPARE(disabled.body.value(s("error")).toString(), s("user_disabled"));

    const QString viewer = login(s("vera"), s("verapw"));
    QVERIFY(!viewer.isEmpty());
    QCOMPARE(get(s("/api/v1/changes"), viewer).status, 200);
    const Reply denied =
        post(s("/api/v1/push"), push({mutation(s("v1"), s("partner"), s("pv"), 0, {{s("name"), s("V")}})}), viewer);
    QCOMPARE(denied.status, 403);

    // Refresh grant: a new pair, and the used refresh token is spent.
    const Reply t = post(s("/api/v1/auth/token"), {{s("user"), s("root")}, {s("password"), s("rootpw")}});
    const QString refresh = t.body.value(s("refresh_token")).toString();
    const Reply r1 =
        post(s("/api/v1/auth/token"), {{s("grant_type"), s("refresh_token")}, {s("refresh_token"), refresh}});
    QCOMPARE(r1.status, 200);
    QCOMPARE(get(s("/api/v1/changes"), r1.body.value(s("access_token")).toString()).status, 200);
    QCOMPARE(
        post(s("/api/v1/auth/token"), {{s("grant_type"), s("refresh_token")}, {s("refresh_token"), refresh}}).status,
        401);
}

void TestServer::expiredToken()
{
    ServerProcess shortLived;
    QVERIFY(shortLived.start(m_data, {s("--access-token-seconds"), s("1")}));
    const QString token = login(s("root"), s("rootpw"), shortLived.port());
    QVERIFY(!token.isEmpty());
    QCOMPARE(get(s("/api/v1/changes"), token, shortLived.port()).status, 200);
    QTest::qWait(1500);
    const Reply r = get(s("/api/v1/changes"), token, shortLived.port());
    QCOMPARE(r.status, 401);
    QCOMPARE(r.body.value(s("error")).toString(), s("token_expired"));
}

void TestServer::idempotentRetry()
{
    const QJsonObject body = push(
        {mutation(s("idem-1"), s("partner"), s("p-idem"), 0, {{s("name"), s("Idem")}, {s("manager"), s("root")}})});
    const Reply first = post(s("/api/v1/push"), body, m_admin);
    QCOMPARE(first.status, 200);
    const Reply retry = post(s("/api/v1/push"), body, m_admin);
    QCOMPARE(retry.status, 200);
    QCOMPARE(retry.body, first.body);
    QCOMPARE(retry.body.value(s("results")).toArray().at(0).toObject().value(s("version")).toInt(), 1);

    const Reply reused =
        post(s("/api/v1/push"), push({mutation(s("idem-1"), s("partner"), s("p-idem"), 0, {{s("name"), s("Other")}})}),
             m_admin);
    QCOMPARE(reused.status, 422);

    // Exactly one record, at version 1.
    const Reply feed = get(s("/api/v1/changes?since=0&limit=1000"), m_admin);
    int seen = 0;
    for (const QJsonValue &c : feed.body.value(s("changes")).toArray())
        seen += c.toObject().value(s("id")).toString() == QLatin1String("p-idem") ? 1 : 0;
    QCOMPARE(seen, 1);
}

void TestServer::mergeAndConflict()
{
    auto status = [](const Reply &r) {
        return r.body.value(s("results")).toArray().at(0).toObject().value(s("status")).toString();
    };
    QCOMPARE(status(post(s("/api/v1/push"),
                         push({mutation(s("mc-1"), s("partner"), s("p-mc"), 0,
                                        {{s("name"), s("Base")}, {s("region"), s("Moscow")}, {s("notes"), s("n")}})}),
                         m_admin)),
             s("applied"));
    // Client A edits the region from version 1.
    QCOMPARE(
        status(post(s("/api/v1/push"),
                    push({mutation(s("mc-2"), s("partner"), s("p-mc"), 1, {{s("region"), s("Kazan")}})}), m_admin)),
        s("applied"));
    // Client B, also from version 1, edits the notes: a different field merges.
    const Reply merged = post(s("/api/v1/push"),
                              push({mutation(s("mc-3"), s("partner"), s("p-mc"), 1, {{s("notes"), s("B")}})}), m_admin);
    QCOMPARE(status(merged), s("merged"));
    QCOMPARE(merged.body.value(s("results")).toArray().at(0).toObject().value(s("version")).toInt(), 3);
    // The merged answer carries the record as it now is: A's region and B's notes.
    const QJsonObject mergedFields =
        merged.body.value(s("results")).toArray().at(0).toObject().value(s("server_fields")).toObject();
    QCOMPARE(mergedFields.value(s("region")).toString(), s("Kazan"));
    QCOMPARE(mergedFields.value(s("notes")).toString(), s("B"));
    // Client C, from version 1, edits the region too: a conflict; the server's value stays.
    const Reply conflict =
        post(s("/api/v1/push"), push({mutation(s("mc-4"), s("partner"), s("p-mc"), 1, {{s("region"), s("Omsk")}})}),
             m_admin);
    const QJsonObject c = conflict.body.value(s("results")).toArray().at(0).toObject();
    QCOMPARE(c.value(s("status")).toString(), s("conflict"));
    QCOMPARE(c.value(s("server_fields")).toObject().value(s("region")).toString(), s("Kazan"));
    QCOMPARE(c.value(s("conflicting_fields")).toArray().at(0).toString(), s("region"));
    // Delete against a newer edit is a conflict as well; from the current version it is a tombstone.
    QCOMPARE(status(post(s("/api/v1/push"), push({mutation(s("mc-5"), s("partner"), s("p-mc"), 1, {}, s("delete"))}),
                         m_admin)),
             s("conflict"));
    QCOMPARE(status(post(s("/api/v1/push"), push({mutation(s("mc-6"), s("partner"), s("p-mc"), 3, {}, s("delete"))}),
                         m_admin)),
             s("applied"));
    const Reply feed = get(s("/api/v1/changes?since=0&limit=1000"), m_admin);
    bool tombstone = false;
    for (const QJsonValue &v : feed.body.value(s("changes")).toArray())
        tombstone |= v.toObject().value(s("id")).toString() == QLatin1String("p-mc")
                     && v.toObject().value(s("deleted")).toBool();
    QVERIFY(tombstone);
}

void TestServer::rolesAndDealRules()
{
    const QString maria = login(s("maria"), s("mariapw"));
    auto result = [](const Reply &r) {
        return r.body.value(s("results")).toArray().at(0).toObject();
    };
    QCOMPARE(result(post(s("/api/v1/push"),
                         push({mutation(s("r-1"), s("partner"), s("p-maria"), 0,
                                        {{s("name"), s("Hers")}, {s("manager"), s("maria")}})}),
                         maria))
                 .value(s("status"))
                 .toString(),
             s("applied"));
    const QJsonObject other = result(post(s("/api/v1/push"),
                                          push({mutation(s("r-2"), s("partner"), s("p-root"), 0,
                                                         {{s("name"), s("Not hers")}, {s("manager"), s("root")}})}),
                                          maria));
    QCOMPARE(other.value(s("status")).toString(), s("rejected"));
    QVERIFY(!other.value(s("reason")).toString().isEmpty());

    // A deal of her partner; an impossible state jump is refused with the state machine's reason.
    const QJsonObject deal{{s("partner_id"), s("p-maria")},
                           {s("customer_name"), s("Romashka")},
                           {s("customer_inn"), s("7707083893")},
                           {s("products"), QJsonArray{s("Cloud Servers")}},
                           {s("state"), s("new")}};
    QCOMPARE(result(post(s("/api/v1/push"), push({mutation(s("r-3"), s("deal"), s("d-1"), 0, deal)}), maria))
                 .value(s("status"))
                 .toString(),
             s("applied"));
    const QJsonObject jump = result(
        post(s("/api/v1/push"), push({mutation(s("r-4"), s("deal"), s("d-1"), 1, {{s("state"), s("won")}})}), maria));
    QCOMPARE(jump.value(s("status")).toString(), s("rejected")); // "won" is not a state
    const QJsonObject skip = result(post(
        s("/api/v1/push"), push({mutation(s("r-5"), s("deal"), s("d-1"), 1, {{s("state"), s("registered")}})}), maria));
    QCOMPARE(skip.value(s("status")).toString(), s("rejected"));
    QVERIFY(!skip.value(s("reason")).toString().isEmpty());
}

void TestServer::badRequestsKeepServing()
{
    auto raw = [this](const QByteArray &body) {
        return send(m_nam, s("POST"), request(s("/api/v1/push"), m_admin), body);
    };
    const Reply notJson = raw("{\"client_id\": ");
    QCOMPARE(notJson.status, 400);
    QVERIFY(notJson.body.value(s("message")).toString().contains(s("JSON")));
    QCOMPARE(raw("[1,2]").status, 400);
    const Reply wrongType = raw(
        R"({"client_id":"c","mutations":[{"mutation_id":"t1","entity":"partner","id":"x","op":"upsert","base_version":"1","fields":{}}]})");
    QCOMPARE(wrongType.status, 400);
    QVERIFY(wrongType.body.value(s("message")).toString().contains(s("base_version")));
    const Reply wrongField = raw(
        R"({"client_id":"c","mutations":[{"mutation_id":"t2","entity":"partner","id":"x","op":"upsert","base_version":0,"fields":{"wl_markup_bp":"ten"}}]})");
    QCOMPARE(wrongField.status, 400);
    QVERIFY(wrongField.body.value(s("message")).toString().contains(s("wl_markup_bp")));
    QCOMPARE(
        raw(R"({"client_id":"c","mutations":[{"mutation_id":"t3","entity":"invoice","id":"x","op":"upsert","base_version":0,"fields":{}}]})")
            .status,
        400);
    QCOMPARE(
        raw(R"({"client_id":"c","mutations":[{"mutation_id":"t4","entity":"partner","id":"x","op":"upsert","base_version":0,"fields":{"password":"x"}}]})")
            .status,
        400);
    QCOMPARE(
        raw(R"({"client_id":"c","mutations":[{"mutation_id":"t5","entity":"partner","id":"x","op":"merge","base_version":0}]})")
            .status,
        400);
    QCOMPARE(get(s("/api/v1/changes?since=abc"), m_admin).status, 400);
    QCOMPARE(get(s("/api/v1/changes?since=0&limit=-5"), m_admin).status, 400);

    const QByteArray huge =
        "{\"client_id\":\"c\",\"mutations\":[],\"pad\":\"" + QByteArray(5 * 1024 * 1024, 'x') + "\"}";
    QCOMPARE(raw(huge).status, 413);

    // Page size is capped.
    const Reply page = get(s("/api/v1/changes?since=0&limit=100000"), m_admin);
    QCOMPARE(page.status, 200);
    QVERIFY(page.body.value(s("changes")).toArray().size() <= 1000);
    // Still serving.
    QCOMPARE(get(s("/api/v1/health"), {}).status, 200);
}

void TestServer::sqlMetacharactersVerbatim()
{
    const QString nasty = s("O'Brien\"; DROP TABLE records; -- %_\\ \u0000? Ромашка");
    const Reply r = post(s("/api/v1/push"),
                         push({mutation(s("sql-1"), s("partner"), s("p-sql'; --\"\\\t"), 0,
                                        {{s("name"), nasty}, {s("notes"), s("?, ?, $1")}})}),
                         m_admin);
    QCOMPARE(r.status, 200);
    const Reply feed = get(s("/api/v1/changes?since=0&limit=1000"), m_admin);
    bool found = false;
    for (const QJsonValue &v : feed.body.value(s("changes")).toArray()) {
        const QJsonObject c = v.toObject();
        if (c.value(s("id")).toString()
            == QLatin1String("p-sql'; --\"\\\t")) { // the feed's text escapes quote, backslash, tab
            QCOMPARE(c.value(s("fields")).toObject().value(s("name")).toString(), nasty);
            QCOMPARE(c.value(s("fields")).toObject().value(s("notes")).toString(), s("?, ?, $1"));
            found = true;
        }
    }
    QVERIFY(found);
}

void TestServer::crossPartnerConflictRefused()
{
    auto result = [](const Reply &r) {
        return r.body.value(s("results")).toArray().at(0).toObject();
    };
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    for (const auto &[id, name] : {std::pair{s("p-alfa"), s("Alfa")}, std::pair{s("p-beta"), s("Beta")}})
        QCOMPARE(result(pushOne(m_admin, mutation(id + s("-c"), s("partner"), id, 0,
                                                  {{s("name"), name}, {s("manager"), s("root")}})))
                     .value(s("status"))
                     .toString(),
                 s("applied"));
    const auto deal = [](const QString &partner, const QString &partnerName) {
        return QJsonObject{{s("partner_id"), partner},
                           {s("partner_name"), partnerName},
                           {s("customer_name"), s("Vector")},
                           {s("customer_inn"), s("7701234567")},
                           {s("products"), QJsonArray{s("Object Storage")}},
                           {s("state"), s("new")}};
    };
    // Alfa's registration goes through review and is registered with 90 days of protection.
    QCOMPARE(result(pushOne(m_admin, mutation(s("x-1"), s("deal"), s("d-alfa"), 0, deal(s("p-alfa"), s("Alfa")))))
                 .value(s("status"))
                 .toString(),
             s("applied"));
    QCOMPARE(
        result(pushOne(m_admin, mutation(s("x-2"), s("deal"), s("d-alfa"), 1, {{s("state"), s("awaiting_review")}})))
            .value(s("status"))
            .toString(),
        s("applied"));
    const QJsonObject registered = result(pushOne(
        m_admin, mutation(s("x-3"), s("deal"), s("d-alfa"), 2,
                          {{s("state"), s("registered")}, {s("registered_at"), now}, {s("protection_days"), 90}})));
    QCOMPARE(registered.value(s("status")).toString(), s("applied"));
    // Beta files for the same customer and product: filing is allowed, registering is refused with the reason.
    QCOMPARE(result(pushOne(m_admin, mutation(s("x-4"), s("deal"), s("d-beta"), 0, deal(s("p-beta"), s("Beta")))))
                 .value(s("status"))
                 .toString(),
             s("applied"));
    QCOMPARE(
        result(pushOne(m_admin, mutation(s("x-5"), s("deal"), s("d-beta"), 1, {{s("state"), s("awaiting_review")}})))
            .value(s("status"))
            .toString(),
        s("applied"));
    const QJsonObject refused = result(pushOne(
        m_admin, mutation(s("x-6"), s("deal"), s("d-beta"), 2,
                          {{s("state"), s("registered")}, {s("registered_at"), now}, {s("protection_days"), 90}})));
    QCOMPARE(refused.value(s("status")).toString(), s("rejected"));
    QVERIFY2(refused.value(s("reason")).toString().contains(s("Alfa")),
             qPrintable(refused.value(s("reason")).toString()));
    QVERIFY(refused.value(s("reason")).toString().contains(s("Object Storage")));
    // The refused deal stays under review on the server.
    const Reply feed = get(s("/api/v1/changes?since=0&limit=1000"), m_admin);
    for (const QJsonValue &v : feed.body.value(s("changes")).toArray()) {
        if (v.toObject().value(s("id")).toString() == QLatin1String("d-beta"))
            QCOMPARE(v.toObject().value(s("fields")).toObject().value(s("state")).toString(), s("awaiting_review"));
    }
    // Another product for the same customer does not compete.
    QJsonObject otherProduct = deal(s("p-beta"), s("Beta"));
    otherProduct.insert(s("products"), QJsonArray{s("Managed Kubernetes")});
    otherProduct.insert(s("state"), s("awaiting_review"));
    QCOMPARE(result(pushOne(m_admin, mutation(s("x-7"), s("deal"), s("d-gamma"), 0, otherProduct)))
                 .value(s("status"))
                 .toString(),
             s("applied"));
    QCOMPARE(result(pushOne(m_admin, mutation(s("x-8"), s("deal"), s("d-gamma"), 1,
                                              {{s("state"), s("registered")},
                                               {s("registered_at"), now},
                                               {s("protection_days"), 90}})))
                 .value(s("status"))
                 .toString(),
             s("applied"));
}

// A register kept before joining the team: its records reach the server in the states they are in.
void TestServer::firstUploadInAnyValidState()
{
    const QString maria = login(s("maria"), s("mariapw"));
    QVERIFY(!maria.isEmpty());
    auto result = [](const Reply &r) {
        return r.body.value(s("results")).toArray().at(0).toObject();
    };
    const auto pushFrom = [this](const QString &token, const QString &device, const QJsonObject &m) {
        QJsonObject body = push({m});
        body.insert(s("device"), device);
        return post(s("/api/v1/push"), body, token);
    };
    const QString registeredAt = QDateTime::currentDateTimeUtc().addDays(-10).toString(Qt::ISODateWithMs);
    const QString filedAt = QDateTime::currentDateTimeUtc().addDays(-40).toString(Qt::ISODateWithMs);
    const auto deal = [&](const QString &partner, const QString &customer, const QString &inn, const QString &state) {
        QJsonObject d{{s("partner_id"), partner},
                      {s("partner_name"), partner},
                      {s("customer_name"), customer},
                      {s("customer_inn"), inn},
                      {s("products"), QJsonArray{s("Object Storage")}},
                      {s("state"), state},
                      {s("filed_at"), filedAt}};
        if (state == QLatin1String("registered")) {
            d.insert(s("registered_at"), registeredAt);
            d.insert(s("protection_days"), 90);
        }
        return d;
    };
    // Maria's partner (p-maria, from rolesAndDealRules) with a deal in every state but new: each is applied as sent.
    int n = 0;
    for (const QString &state : {s("registered"), s("in_progress"), s("confirmation"), s("rejected"), s("returned")}) {
        const QString id = s("up-") + state;
        const QJsonObject r = result(pushFrom(
            maria, s("maria-laptop"),
            mutation(s("u-") + state, s("deal"), id, 0,
                     deal(s("p-maria"), s("Customer ") + state, QStringLiteral("77%1").arg(10000000 + ++n), state))));
        QVERIFY2(r.value(s("status")).toString() == QLatin1String("applied"),
                 qPrintable(state + s(": ") + r.value(s("reason")).toString()));
        // A decided registration keeps the filing time it has; the server does not restamp it.
        QVERIFY(!r.contains(s("server_fields")));
    }
    QJsonObject won = deal(s("p-maria"), s("Won customer"), s("7720000001"), s("registered"));
    won.insert(s("outcome"), s("won"));
    won.insert(s("closed_at"), registeredAt);
    QCOMPARE(result(pushFrom(maria, s("maria-laptop"), mutation(s("u-won"), s("deal"), s("up-won"), 0, won)))
                 .value(s("status"))
                 .toString(),
             s("applied"));

    // Valid on its own: a registered deal has its protection dates; a lost deal was registered.
    QJsonObject noDates = deal(s("p-maria"), s("No dates"), s("7720000002"), s("registered"));
    noDates.remove(s("registered_at"));
    const QJsonObject undated =
        result(pushFrom(maria, s("maria-laptop"), mutation(s("u-undated"), s("deal"), s("up-undated"), 0, noDates)));
    QCOMPARE(undated.value(s("status")).toString(), s("rejected"));
    QCOMPARE(undated.value(s("code")).toString(), s("protection_missing"));
    QJsonObject lostUnregistered = deal(s("p-maria"), s("Lost early"), s("7720000003"), s("awaiting_review"));
    lostUnregistered.insert(s("outcome"), s("lost"));
    QCOMPARE(
        result(pushFrom(maria, s("maria-laptop"), mutation(s("u-lost"), s("deal"), s("up-lost"), 0, lostUnregistered)))
            .value(s("code"))
            .toString(),
        s("outcome_change"));

    // Still not registered while another partner's registration of the customer and product is protected:
    // Alfa holds Vector's Object Storage (crossPartnerConflictRefused). The refusal names it.
    QJsonObject competing = deal(s("p-beta"), s("Vector"), s("7701234567"), s("registered"));
    competing.insert(s("partner_name"), s("Beta"));
    const QJsonObject refused =
        result(pushFrom(m_admin, s("admin-desk"), mutation(s("u-compete"), s("deal"), s("up-compete"), 0, competing)));
    QCOMPARE(refused.value(s("status")).toString(), s("rejected"));
    QCOMPARE(refused.value(s("code")).toString(), s("protected_elsewhere"));
    const QJsonObject args = refused.value(s("args")).toObject();
    QCOMPARE(args.value(s("competitor_id")).toString(), s("d-alfa"));
    QCOMPARE(args.value(s("partner")).toString(), s("Alfa"));
    QCOMPARE(args.value(s("products")).toArray(), QJsonArray{s("Object Storage")});
    QVERIFY(!args.value(s("until")).toString().isEmpty());
    QVERIFY2(refused.value(s("reason")).toString().contains(s("Alfa")),
             qPrintable(refused.value(s("reason")).toString()));
    // Under review it may arrive: the review decides later.
    QCOMPARE(result(pushFrom(m_admin, s("admin-desk"),
                             mutation(s("u-compete-review"), s("deal"), s("up-compete-review"), 0,
                                      deal(s("p-beta"), s("Vector"), s("7701234567"), s("awaiting_review")))))
                 .value(s("status"))
                 .toString(),
             s("applied"));

    // Roles still apply: another manager's partner, and a viewer, upload nothing.
    QCOMPARE(result(pushFrom(maria, s("maria-laptop"),
                             mutation(s("u-not-hers"), s("deal"), s("up-not-hers"), 0,
                                      deal(s("p-alfa"), s("Hers?"), s("7720000004"), s("registered")))))
                 .value(s("code"))
                 .toString(),
             s("partner_not_assigned"));
    const QString vera = login(s("vera"), s("verapw"));
    QCOMPARE(pushFrom(vera, s("vera-pc"),
                      mutation(s("u-vera"), s("deal"), s("up-vera"), 0,
                               deal(s("p-maria"), s("V"), s("7720000005"), s("registered"))))
                 .status,
             403);

    // The server's history says who uploaded it and from where: a conflicting edit is told who made the other side.
    const QJsonObject clash = result(
        pushFrom(m_admin, s("admin-desk"),
                 mutation(s("u-clash"), s("deal"), s("up-registered"), 0, {{s("customer_name"), s("Renamed")}})));
    QCOMPARE(clash.value(s("status")).toString(), s("conflict"));
    const QJsonObject author = clash.value(s("server_authors")).toObject().value(s("customer_name")).toObject();
    QCOMPARE(author.value(s("user")).toString(), s("maria"));
    QCOMPARE(author.value(s("device")).toString(), s("maria-laptop"));
    QCOMPARE(author.value(s("action")).toString(), s("upload"));
    const QDateTime at = QDateTime::fromString(author.value(s("at")).toString(), Qt::ISODateWithMs);
    QVERIFY2(at.isValid() && qAbs(at.secsTo(QDateTime::currentDateTimeUtc())) < 120,
             qPrintable(author.value(s("at")).toString()));
}

void TestServer::managerOwnsExtensionsAndFeedback()
{
    const QString maria = login(s("maria"), s("mariapw"));
    QVERIFY(!maria.isEmpty());
    auto result = [](const Reply &r) {
        return r.body.value(s("results")).toArray().at(0).toObject();
    };
    // Her partner and deal (p-maria, d-1 from rolesAndDealRules); and a deal of root's partner p-alfa.
    const QJsonObject extension{{s("deal_id"), s("d-1")}, {s("reason"), s("customer asked for time")}, {s("days"), 30}};
    const QJsonObject feedback{{s("deal_id"), s("d-1")}, {s("type"), s("closure")}, {s("comment"), s("price")}};
    QCOMPARE(result(pushOne(maria, mutation(s("o-1"), s("deal_extension"), s("e-1"), 0, extension)))
                 .value(s("status"))
                 .toString(),
             s("applied"));
    QCOMPARE(result(pushOne(maria, mutation(s("o-2"), s("deal_feedback"), s("f-1"), 0, feedback)))
                 .value(s("status"))
                 .toString(),
             s("applied"));
    QCOMPARE(result(pushOne(maria, mutation(s("o-3"), s("deal_extension"), s("e-1"), 1, {{s("days"), 45}})))
                 .value(s("status"))
                 .toString(),
             s("applied"));

    // Another manager's deal: refused for both kinds, with a reason.
    for (const QString &entity : {s("deal_extension"), s("deal_feedback")}) {
        const QJsonObject r = result(
            pushOne(maria, mutation(s("o-x-") + entity, entity, s("x-") + entity, 0, {{s("deal_id"), s("d-alfa")}})));
        QCOMPARE(r.value(s("status")).toString(), s("rejected"));
        QVERIFY2(r.value(s("reason")).toString().contains(s("p-alfa")), qPrintable(r.value(s("reason")).toString()));
        // A deal that does not exist is refused too.
        const QJsonObject missing = result(
            pushOne(maria, mutation(s("o-m-") + entity, entity, s("m-") + entity, 0, {{s("deal_id"), s("d-none")}})));
        QCOMPARE(missing.value(s("status")).toString(), s("rejected"));
    }
    // Her extension may not move to someone else's deal, and she may not delete root's records.
    QCOMPARE(result(pushOne(maria, mutation(s("o-4"), s("deal_extension"), s("e-1"), 2, {{s("deal_id"), s("d-alfa")}})))
                 .value(s("status"))
                 .toString(),
             s("rejected"));
    QCOMPARE(result(pushOne(m_admin, mutation(s("o-5"), s("deal_feedback"), s("f-root"), 0,
                                              {{s("deal_id"), s("d-alfa")}, {s("type"), s("closure")}})))
                 .value(s("status"))
                 .toString(),
             s("applied"));
    QCOMPARE(result(pushOne(maria, mutation(s("o-6"), s("deal_feedback"), s("f-root"), 1, {}, s("delete"))))
                 .value(s("status"))
                 .toString(),
             s("rejected"));
    // A viewer writes none of them.
    const QString vera = login(s("vera"), s("verapw"));
    QCOMPARE(pushOne(vera, mutation(s("o-7"), s("deal_feedback"), s("f-v"), 0, {{s("deal_id"), s("d-1")}})).status,
             403);
}

void TestServer::trainingAndProgramRules()
{
    const QString maria = login(s("maria"), s("mariapw"));
    auto status = [](const Reply &r) {
        return r.body.value(s("results")).toArray().at(0).toObject().value(s("status")).toString();
    };
    auto reason = [](const Reply &r) {
        return r.body.value(s("results")).toArray().at(0).toObject().value(s("reason")).toString();
    };
    // The catalogue and the program's rules are the administrators'.
    QCOMPARE(status(pushOne(m_admin, mutation(s("tr-1"), s("course"), s("k8s-lab"), 0,
                                              {{s("title"), s("Kubernetes lab")},
                                               {s("kind"), s("technical")},
                                               {s("format"), s("lab")},
                                               {s("hours"), 16}}))),
             s("applied"));
    const Reply rules = pushOne(maria, mutation(s("tr-2"), s("program_rules"), s("2026-07-01"), 0,
                                                {{s("rules"), QJsonObject{{s("grace_days"), 60}}}}));
    QCOMPARE(status(rules), s("rejected"));
    QVERIFY2(reason(rules).contains(s("only an admin")), qPrintable(reason(rules)));
    QCOMPARE(status(pushOne(m_admin, mutation(s("tr-3"), s("program_rules"), s("2026-07-01"), 0,
                                              {{s("rules"), QJsonObject{{s("grace_days"), 60}}}}))),
             s("applied"));
    // A manager trains and certifies the people of her own partners, and nobody else's.
    QCOMPARE(status(pushOne(maria, mutation(s("tr-4"), s("person"), s("pe-m"), 0,
                                            {{s("partner_id"), s("p-maria")}, {s("name"), s("Anna")}}))),
             s("applied"));
    QCOMPARE(
        status(pushOne(
            maria, mutation(s("tr-5"), s("enrollment"), s("en-1"), 0,
                            {{s("person_id"), s("pe-m")}, {s("course_id"), s("k8s-lab")}, {s("progress_pct"), 40}}))),
        s("applied"));
    QCOMPARE(status(pushOne(maria, mutation(s("tr-6"), s("certificate"), s("ce-1"), 0,
                                            {{s("person_id"), s("pe-m")},
                                             {s("partner_id"), s("p-maria")},
                                             {s("competence"), s("pre_sale")},
                                             {s("issued_on"), s("2026-01-10")},
                                             {s("expires_on"), s("2028-01-10")}}))),
             s("applied"));
    QCOMPARE(status(pushOne(maria, mutation(s("tr-7"), s("certificate"), s("ce-2"), 0,
                                            {{s("person_id"), s("pe-m")}, {s("partner_id"), s("p-alfa")}}))),
             s("rejected"));
    QCOMPARE(status(pushOne(maria, mutation(s("tr-8"), s("enrollment"), s("en-2"), 0,
                                            {{s("person_id"), s("no-such-person")}, {s("course_id"), s("k8s-lab")}}))),
             s("rejected"));
}

void TestServer::concurrentWriters()
{
    // 20 clients push 500 mutations each (20 batches of 25) while a reader follows the feed.
    constexpr int kClients = 20;
    constexpr int kBatches = 20;
    constexpr int kPerBatch = 25;
    const qint64 readerStart = feedEnd(m_admin);
    qint64 readerSince = readerStart;

    std::vector<std::unique_ptr<QNetworkAccessManager>> nams;
    int pending = 0;
    int failures = 0;
    int applied = 0;
    std::function<void(int, int)> sendBatch = [&](int client, int batch) {
        QJsonArray list;
        for (int i = 0; i < kPerBatch; ++i) {
            const QString key = QStringLiteral("c%1-b%2-m%3").arg(client).arg(batch).arg(i);
            list.append(mutation(key, s("partner"), s("cw-") + key, 0, {{s("name"), key}, {s("manager"), s("root")}}));
        }
        QNetworkReply *reply = nams[size_t(client)]->post(request(s("/api/v1/push"), m_admin),
                                                          QJsonDocument(push(list)).toJson(QJsonDocument::Compact));
        ++pending;
        connect(reply, &QNetworkReply::finished, this, [&, reply, client, batch] {
            --pending;
            if (reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() != 200)
                ++failures;
            const QJsonArray results = QJsonDocument::fromJson(reply->readAll()).object().value(s("results")).toArray();
            for (const QJsonValue &r : results)
                applied += r.toObject().value(s("status")).toString() == QLatin1String("applied") ? 1 : 0;
            reply->deleteLater();
            if (batch + 1 < kBatches)
                sendBatch(client, batch + 1);
        });
    };
    for (int c = 0; c < kClients; ++c) {
        nams.push_back(std::make_unique<QNetworkAccessManager>());
        sendBatch(c, 0);
    }

    // The reader: every seq it is handed must be above the last one, and (checked at the end)
    // no seq it stepped over may turn up later.
    std::set<qint64> readerSeqs;
    bool increasing = true;
    int readerPages = 0;
    QNetworkAccessManager readerNam;
    auto readOnce = [&] {
        const Reply page =
            send(readerNam, s("GET"),
                 request(QStringLiteral("/api/v1/changes?since=%1&limit=200").arg(readerSince), m_admin));
        ++readerPages;
        for (const QJsonValue &v : page.body.value(s("changes")).toArray()) {
            const qint64 seq = v.toObject().value(s("seq")).toInteger();
            increasing &= seq > readerSince;
            readerSince = seq;
            readerSeqs.insert(seq);
        }
        return page.body.value(s("has_more")).toBool();
    };
    QElapsedTimer timer;
    timer.start();
    while (pending > 0 && timer.elapsed() < 150000)
        readOnce();
    QCOMPARE(pending, 0);
    QCOMPARE(failures, 0);
    QCOMPARE(applied, kClients * kBatches * kPerBatch);
    while (readOnce()) {
    }
    QVERIFY(increasing);
    qInfo() << "concurrent writers:" << kClients * kBatches * kPerBatch << "mutations in" << timer.elapsed()
            << "ms; the reader read" << readerPages << "pages";

    // The whole feed afresh: every mutation exactly once, seqs strictly increasing, and every seq
    // after the reader's start was seen by the reader.
    QHash<QString, int> seen;
    qint64 since = 0;
    qint64 previous = 0;
    int missedByReader = 0;
    while (true) {
        const Reply page = get(QStringLiteral("/api/v1/changes?since=%1&limit=1000").arg(since), m_admin);
        for (const QJsonValue &v : page.body.value(s("changes")).toArray()) {
            const QJsonObject c = v.toObject();
            const qint64 seq = c.value(s("seq")).toInteger();
            QVERIFY(seq > previous);
            previous = seq;
            seen[c.value(s("id")).toString()] += 1;
            if (seq > readerStart && !readerSeqs.count(seq))
                ++missedByReader;
        }
        since = page.body.value(s("last_seq")).toInteger();
        if (!page.body.value(s("has_more")).toBool())
            break;
    }
    QCOMPARE(missedByReader, 0);
    int count = 0;
    for (auto it = seen.cbegin(); it != seen.cend(); ++it) {
        if (it.key().startsWith(QLatin1String("cw-"))) {
            QCOMPARE(it.value(), 1);
            ++count;
        }
    }
    QCOMPARE(count, kClients * kBatches * kPerBatch);
    QCOMPARE(qsizetype(readerSeqs.size()), qsizetype(count));
}

void TestServer::restartContinuesFeed()
{
    const Reply before = get(s("/api/v1/changes?since=0&limit=1000"), m_admin);
    const QString epoch = before.body.value(s("epoch")).toString();
    qint64 last = 0;
    Reply page = before;
    while (true) {
        last = page.body.value(s("last_seq")).toInteger();
        if (!page.body.value(s("has_more")).toBool())
            break;
        page = get(QStringLiteral("/api/v1/changes?since=%1&limit=1000").arg(last), m_admin);
    }
    m_server->stop();
    m_server = std::make_unique<ServerProcess>();
    QVERIFY(m_server->start(m_data));
    const QString token = login(s("root"), s("rootpw"));
    QCOMPARE(post(s("/api/v1/push"),
                  push({mutation(s("after-restart"), s("partner"), s("p-after"), 0, {{s("name"), s("After")}})}), token)
                 .status,
             200);
    const Reply after = get(QStringLiteral("/api/v1/changes?since=%1").arg(last), token);
    QCOMPARE(after.body.value(s("epoch")).toString(), epoch);
    const QJsonArray changes = after.body.value(s("changes")).toArray();
    QCOMPARE(changes.size(), 1);
    QCOMPARE(changes.at(0).toObject().value(s("seq")).toInteger(), last + 1);
    // Another epoch is a reset server: 410.
    QCOMPARE(get(QStringLiteral("/api/v1/changes?since=%1&epoch=other").arg(last), token).status, 410);
}

void TestServer::tombstoneRetention()
{
    const QString token = login(s("root"), s("rootpw"));
    auto status = [](const Reply &r) {
        return r.body.value(s("results")).toArray().at(0).toObject().value(s("status")).toString();
    };
    QCOMPARE(status(pushOne(token, mutation(s("t-1"), s("partner"), s("p-tomb"), 0, {{s("name"), s("Soon gone")}}))),
             s("applied"));
    QCOMPARE(status(pushOne(token, mutation(s("t-2"), s("partner"), s("p-tomb"), 1, {}, s("delete")))), s("applied"));
    const qint64 tombstoneSeq = feedEnd(token);
    // Within the retention window an old since is still served, tombstone included.
    const Reply kept = get(QStringLiteral("/api/v1/changes?since=%1").arg(tombstoneSeq - 1), token);
    QCOMPARE(kept.status, 200);
    QCOMPARE(kept.body.value(s("changes")).toArray().at(0).toObject().value(s("deleted")).toBool(), true);

    // A server with a retention of 0 days purges every tombstone when it starts.
    m_server->stop();
    m_server = std::make_unique<ServerProcess>();
    QVERIFY(m_server->start(m_data, {s("--tombstone-retention-days"), s("0")}));
    const QString after = login(s("root"), s("rootpw"));
    const Reply gone = get(QStringLiteral("/api/v1/changes?since=%1").arg(tombstoneSeq - 1), after);
    QCOMPARE(gone.status, 410);
    QCOMPARE(gone.body.value(s("error")).toString(), s("resync_required"));
    QCOMPARE(get(s("/api/v1/changes?since=1"), after).status, 410);
    // A full resync from 0 works and no longer carries the purged tombstones; a since at the purge point is fine.
    const Reply full = get(s("/api/v1/changes?since=0&limit=1000"), after);
    QCOMPARE(full.status, 200);
    for (const QJsonValue &v : full.body.value(s("changes")).toArray())
        QVERIFY(!v.toObject().value(s("deleted")).toBool());
    const Reply current = get(QStringLiteral("/api/v1/changes?since=%1").arg(tombstoneSeq), after);
    QCOMPARE(current.status, 200);
    QVERIFY(current.body.value(s("changes")).toArray().isEmpty());
    // A full resync pages on past the purge point: each page after the first says resync=1.
    const Reply first = get(s("/api/v1/changes?since=0&limit=2&resync=1"), after);
    QCOMPARE(first.status, 200);
    QVERIFY(first.body.value(s("has_more")).toBool());
    const qint64 next = first.body.value(s("last_seq")).toInteger();
    QVERIFY(next < tombstoneSeq);
    QCOMPARE(get(QStringLiteral("/api/v1/changes?since=%1&limit=2").arg(next), after).status, 410);
    QCOMPARE(get(QStringLiteral("/api/v1/changes?since=%1&limit=2&resync=1").arg(next), after).status, 200);
    QCOMPARE(get(s("/api/v1/changes?since=0&resync=yes"), after).status, 400);
}

// What `partnerdesk-cli ARGS` printed, and how it ended.
struct CliRun
{
    int exitCode = -1;
    QString out;
    QString err;
};

static CliRun cli(const QStringList &args, const QStringList &env = {})
{
    QProcess p;
    QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
    for (const QString &kv : env)
        e.insert(kv.section(QLatin1Char('='), 0, 0), kv.section(QLatin1Char('='), 1));
    p.setProcessEnvironment(e);
    p.start(s(PD_CLI_PATH), args);
    p.closeWriteChannel();
    if (!p.waitForFinished(300000))
        p.kill();
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

// A manager's register kept alone (partners and deals in every state, from their spreadsheets) goes up whole
// on the first sync, and a colleague's empty client gets exactly the same.
void TestServer::registerKeptAloneJoinsTheTeam()
{
    const QString demo = m_dir.filePath(s("kept-demo.db"));
    const CliRun made =
        cli({s("--db"), demo, s("demo"), s("--seed"), s("2"), s("--partners"), s("60"), s("--deals"), s("700")});
    QVERIFY2(made.exitCode == 0, qPrintable(made.err));
    const QString partnersCsv = m_dir.filePath(s("kept-partners.csv"));
    const QString dealsCsv = m_dir.filePath(s("kept-deals.csv"));
    for (const auto &[table, file] : {std::pair{s("partners"), partnersCsv}, std::pair{s("deals"), dealsCsv}}) {
        const CliRun exported = cli({s("--db"), demo, s("export"), table, s("--out"), file});
        QVERIFY2(exported.exitCode == 0, qPrintable(exported.err));
    }
    QFile deals(dealsCsv);
    QVERIFY(deals.open(QIODevice::ReadOnly));
    const QString dealText = QString::fromUtf8(deals.readAll());
    // Every application state, as the export names them.
    for (const QString &state : {s(",New,"), s(",Awaiting review,"), s(",In review,"), s(",Confirmation,"),
                                 s(",Registered,"), s(",Rejected,"), s(",Returned to partner,")})
        QVERIFY2(dealText.contains(state), qPrintable(s("the register has no deal in state ") + state));

    // Alone: the spreadsheets imported into a new file.
    const QString mine = m_dir.filePath(s("kept-mine.db"));
    for (const auto &[table, file] : {std::pair{s("partners"), partnersCsv}, std::pair{s("deals"), dealsCsv}}) {
        const CliRun imported = cli({s("--db"), mine, s("import"), table, file});
        QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
    }
    const QStringList env{s("PARTNERDESK_PASSWORD=rootpw")};
    const auto sync = [&](const QString &db) {
        return cli({s("--db"), db, s("sync"), s("--server"),
                    QStringLiteral("https://localhost:%1").arg(m_server->port()), s("--user"), s("root"), s("--ca"),
                    m_data + s("/cert.pem")},
                   env);
    };
    const CliRun first = sync(mine);
    QVERIFY2(first.exitCode == 0, qPrintable(QString::number(first.exitCode) + s(": ") + first.out + first.err));
    QVERIFY2(first.out.contains(s("pushed: 760\n")), qPrintable(first.out));
    QVERIFY2(first.out.contains(s("rejected: 0\n")), qPrintable(first.out));

    // A colleague's new, empty client.
    const QString theirs = m_dir.filePath(s("kept-theirs.db"));
    QFile header(m_dir.filePath(s("kept-header.csv")));
    QVERIFY(header.open(QIODevice::WriteOnly));
    header.write("INN,Name\n");
    header.close();
    QCOMPARE(cli({s("--db"), theirs, s("import"), s("partners"), header.fileName()}).exitCode, 0);
    const CliRun second = sync(theirs);
    QVERIFY2(second.exitCode == 0, qPrintable(second.out + second.err));
    QVERIFY2(sync(mine).exitCode == 0, "a second sync of the first client failed");
    for (const QString &table : {s("partners"), s("deals")}) {
        QByteArray bytes[2];
        int i = 0;
        for (const QString &db : {mine, theirs}) {
            const CliRun exported = cli({s("--db"), db, s("export"), table});
            QVERIFY2(exported.exitCode == 0, qPrintable(exported.err));
            bytes[i++] = exported.out.toUtf8();
        }
        QVERIFY2(bytes[0].count('\n') > 60, qPrintable(table));
        // The same rows; their order is each file's storage order, and the first client imported its deals
        // before it pulled those the other tests left on the server.
        QList<QByteArray> rows[2] = {bytes[0].split('\n'), bytes[1].split('\n')};
        std::sort(rows[0].begin(), rows[0].end());
        std::sort(rows[1].begin(), rows[1].end());
        QVERIFY2(rows[0] == rows[1], qPrintable(table + s(" differ between the two clients")));
    }
}

QTEST_GUILESS_MAIN(TestServer)
#include "tst_server.moc"
