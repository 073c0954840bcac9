// The server as a service on a LAN without a proxy in front: what monitors, scanners, slow links and
// guessers do to it must not stop it. Each case does the thing against a real partnerdesk-server on
// loopback, then the server must answer /api/v1/health within 2 s and a sync must succeed. Runs on the
// store PD_TEST_STORE names (sqlite, or postgresql on a throw-away cluster from pg-fixture.sh). The
// server's timeouts are set short in its config.json so that each case takes seconds.
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <tuple>
#include <vector>

#include "PgCluster.h"
#include "ServerProcess.h"

using pd::server::PgCluster;
using pd::server::ServerProcess;

namespace {

QString s(const char *latin1)
{
    return QString::fromLatin1(latin1);
}

constexpr int kShortTimeout = 2; // handshake, request and idle timeouts of the server under test, seconds
constexpr int kMaxConnections = 300;

// 127.0.0.N: loopback answers to all of 127/8, so a test can be many client addresses.
QHostAddress loopback(int n)
{
    return QHostAddress(QStringLiteral("127.0.%1.%2").arg(n / 250).arg(2 + n % 250));
}

} // namespace

class TestServerSoak : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void connectionsClosedBeforeHandshake();
    void silentConnectionsTimeOut();
    void connectionsPerAddressAreLimited();
    void idleTlsConnectionsCannotExhaust();
    void unauthenticatedBodyIsNeverRead();
    void oversizedBodiesRefusedFromTheirHead();
    void halfSentRequestsTimeOut();
    void parallelSignInsKeepHealthFast();
    void trustedProxyNamesTheClient();
    void unknownRoutesAndMethodsAnswerJson();

private:
    void serves(const char *after);
    qint64 serverRssKiB() const;
    std::unique_ptr<QSslSocket> tlsSocket(const QHostAddress &from = {});
    QByteArray signIn(const QByteArray &user, const QByteArray &password, const QByteArray &realIp);
    bool waitFor(const std::function<bool()> &done, int ms);

    QTemporaryDir m_dir;
    QString m_data;
    PgCluster m_pg{s(PD_PG_FIXTURE)};
    QString m_clientDb;
    QSslConfiguration m_tls;
    std::unique_ptr<ServerProcess> m_server;
};

bool TestServerSoak::waitFor(const std::function<bool()> &done, int ms)
{
    QElapsedTimer t;
    t.start();
    while (!done()) {
        if (t.elapsed() > ms)
            return false;
        QTest::qWait(20);
    }
    return true;
}

void TestServerSoak::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_data = m_dir.filePath(s("data"));
    m_clientDb = m_dir.filePath(s("client.db"));
    if (qEnvironmentVariable("PD_TEST_STORE", s("sqlite")) == QLatin1String("postgresql"))
        QVERIFY2(m_pg.start(), qPrintable(m_pg.error()));
    const QString initError = ServerProcess::init(s(PD_SERVER_PATH), m_data, s("root"), s("rootpw"),
                                                  m_pg.isRunning() ? m_pg.url() : QString());
    QVERIFY2(initError.isEmpty(), qPrintable(initError));

    QFile config(m_data + s("/config.json"));
    QVERIFY(config.open(QIODevice::ReadOnly));
    QJsonObject c = QJsonDocument::fromJson(config.readAll()).object();
    config.close();
    for (const char *key : {"handshake_timeout_seconds", "request_timeout_seconds", "idle_timeout_seconds"})
        c.insert(s(key), kShortTimeout);
    c.insert(s("max_connections"), kMaxConnections);
    c.insert(s("trusted_proxies"), QJsonArray{s("127.0.0.1")});
    QVERIFY(config.open(QIODevice::WriteOnly | QIODevice::Truncate));
    config.write(QJsonDocument(c).toJson());
    config.close();

    QProcess makeClient;
    makeClient.start(s(PD_CLI_PATH), {s("--db"), m_clientDb, s("demo"), s("--partners"), s("1")});
    QVERIFY(makeClient.waitForFinished(60000));
    QVERIFY2(makeClient.exitCode() == 0, makeClient.readAllStandardError().constData());

    m_tls = QSslConfiguration::defaultConfiguration();
    m_tls.addCaCertificates(m_data + s("/cert.pem"));
    m_server = std::make_unique<ServerProcess>();
    QVERIFY2(m_server->start(s(PD_SERVER_PATH), m_data), qPrintable(m_server->errorOutput()));
    serves("start");
}

void TestServerSoak::cleanupTestCase()
{
    m_server.reset();
    m_pg.stop();
}

// /api/v1/health within 2 s, then a whole sync of the CLI.
void TestServerSoak::serves(const char *after)
{
    QNetworkAccessManager nam;
    QNetworkRequest req(QUrl(QStringLiteral("https://localhost:%1/api/v1/health").arg(m_server->port())));
    req.setSslConfiguration(m_tls);
    req.setTransferTimeout(2000);
    QElapsedTimer t;
    t.start();
    QNetworkReply *reply = nam.get(req);
    QVERIFY(waitFor([reply] { return reply->isFinished(); }, 5000));
    const qint64 ms = t.elapsed();
    QVERIFY2(reply->error() == QNetworkReply::NoError,
             qPrintable(QStringLiteral("after %1: health failed: %2").arg(s(after), reply->errorString())));
    QVERIFY2(ms < 2000, qPrintable(QStringLiteral("after %1: health took %2 ms").arg(s(after)).arg(ms)));
    delete reply;

    QProcess cli;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(s("PARTNERDESK_PASSWORD"), s("rootpw"));
    cli.setProcessEnvironment(env);
    cli.start(s(PD_CLI_PATH), {s("--db"), m_clientDb, s("sync"), s("--server"),
                               QStringLiteral("https://localhost:%1").arg(m_server->port()), s("--user"), s("root"),
                               s("--ca"), m_data + s("/cert.pem")});
    QVERIFY(cli.waitForFinished(60000));
    QVERIFY2(cli.exitCode() == 0, qPrintable(QStringLiteral("after %1: sync failed: %2%3")
                                                 .arg(s(after), QString::fromUtf8(cli.readAllStandardOutput()),
                                                      QString::fromUtf8(cli.readAllStandardError()))));
}

qint64 TestServerSoak::serverRssKiB() const
{
    QFile status(QStringLiteral("/proc/%1/status").arg(m_server->processId()));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong();
    }
    return -1;
}

std::unique_ptr<QSslSocket> TestServerSoak::tlsSocket(const QHostAddress &from)
{
    auto socket = std::make_unique<QSslSocket>();
    socket->setSslConfiguration(m_tls);
    if (!from.isNull())
        socket->bind(from);
    socket->connectToHostEncrypted(s("localhost"), quint16(m_server->port()));
    return socket;
}

// A load balancer's or monitor's TCP check: connect, then close without a word.
void TestServerSoak::connectionsClosedBeforeHandshake()
{
    for (int round = 0; round < 3; ++round) {
        std::vector<std::unique_ptr<QTcpSocket>> sockets;
        for (int i = 0; i < 40; ++i) {
            sockets.push_back(std::make_unique<QTcpSocket>());
            sockets.back()->connectToHost(QHostAddress::LocalHost, quint16(m_server->port()));
        }
        QVERIFY(waitFor(
            [&] {
                return std::all_of(sockets.begin(), sockets.end(),
                                   [](const auto &x) { return x->state() == QAbstractSocket::ConnectedState; });
            },
            5000));
        QTest::qWait(300);
        sockets.clear();
    }
    serves("120 connections closed before the TLS handshake");
}

// Connections that never start their handshake are closed by the server after the handshake timeout, and
// while they are open the server serves others.
void TestServerSoak::silentConnectionsTimeOut()
{
    std::vector<std::unique_ptr<QTcpSocket>> sockets;
    for (int i = 0; i < 120; ++i) {
        sockets.push_back(std::make_unique<QTcpSocket>());
        sockets.back()->bind(loopback(i % 4));
        sockets.back()->connectToHost(QHostAddress::LocalHost, quint16(m_server->port()));
    }
    serves("120 silent connections");
    QVERIFY2(waitFor(
                 [&] {
                     return std::all_of(sockets.begin(), sockets.end(),
                                        [](const auto &x) { return x->state() == QAbstractSocket::UnconnectedState; });
                 },
                 (kShortTimeout + 3) * 1000),
             "the server did not close connections that never began their handshake");
}

// One address gets max_connections_per_address (64 by default) at once; the rest are refused at once.
void TestServerSoak::connectionsPerAddressAreLimited()
{
    std::vector<std::unique_ptr<QSslSocket>> sockets;
    for (int i = 0; i < 100; ++i)
        sockets.push_back(tlsSocket(loopback(100)));
    QVERIFY(waitFor(
        [&] {
            return std::all_of(sockets.begin(), sockets.end(), [](const auto &x) {
                return x->isEncrypted() || x->state() == QAbstractSocket::UnconnectedState;
            });
        },
        10000));
    const auto encrypted =
        std::count_if(sockets.begin(), sockets.end(), [](const auto &x) { return x->isEncrypted(); });
    QCOMPARE(encrypted, 64);
    serves("100 connections from one address");
}

// Idle TLS connections from many addresses, more than max_connections: the oldest idle ones make room, so
// a newcomer is served; and all of them are closed after the idle timeout.
void TestServerSoak::idleTlsConnectionsCannotExhaust()
{
    std::vector<std::unique_ptr<QSslSocket>> sockets;
    for (int i = 0; i < kMaxConnections + 100; ++i)
        sockets.push_back(tlsSocket(loopback(200 + i % 10)));
    QVERIFY(waitFor(
        [&] {
            return std::all_of(sockets.begin(), sockets.end(), [](const auto &x) {
                return x->isEncrypted() || x->state() == QAbstractSocket::UnconnectedState;
            });
        },
        20000));
    serves(QByteArray::number(kMaxConnections + 100).append(" idle TLS connections").constData());
    QVERIFY2(waitFor(
                 [&] {
                     return std::all_of(sockets.begin(), sockets.end(),
                                        [](const auto &x) { return x->state() == QAbstractSocket::UnconnectedState; });
                 },
                 (kShortTimeout + 5) * 1000),
             "idle connections were not closed after the idle timeout");
}

// A large body to /push without a token: answered 401 from the head, and the body is never kept.
void TestServerSoak::unauthenticatedBodyIsNeverRead()
{
    const qint64 before = serverRssKiB();
    QVERIFY(before > 0);
    auto socket = tlsSocket();
    QVERIFY(socket->waitForEncrypted(5000));
    socket->write("POST /api/v1/push HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                  "Content-Length: 1073741824\r\n\r\n");
    const QByteArray chunk(1024 * 1024, 'x');
    qint64 sent = 0;
    QElapsedTimer t;
    t.start();
    while (sent < 512LL * 1024 * 1024 && t.elapsed() < 8000 && socket->state() == QAbstractSocket::ConnectedState) {
        if (socket->encryptedBytesToWrite() + socket->bytesToWrite() < 4 * chunk.size()) {
            socket->write(chunk);
            sent += chunk.size();
        }
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    }
    waitFor([&] { return socket->bytesAvailable() > 0 || socket->state() != QAbstractSocket::ConnectedState; }, 3000);
    const QByteArray answer = socket->readAll();
    const qint64 after = serverRssKiB();
    qInfo() << "sent" << sent / (1024 * 1024) << "MiB; server RSS" << before / 1024 << "->" << after / 1024 << "MiB";
    QVERIFY2(answer.startsWith("HTTP/1.1 401"), answer.left(200).constData());
    QVERIFY2(after - before < 48 * 1024,
             qPrintable(QStringLiteral("the server grew by %1 MiB").arg((after - before) / 1024)));
    serves("an unauthenticated 1 GiB push");
}

// With a token, a body over max_body_bytes is refused as soon as its size is known: at once when it is
// declared, after the limit when it comes in chunks.
void TestServerSoak::oversizedBodiesRefusedFromTheirHead()
{
    QNetworkAccessManager nam;
    QNetworkRequest login(QUrl(QStringLiteral("https://localhost:%1/api/v1/auth/token").arg(m_server->port())));
    login.setSslConfiguration(m_tls);
    login.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    QNetworkReply *r = nam.post(login, R"({"user":"root","password":"rootpw"})");
    QVERIFY(waitFor([r] { return r->isFinished(); }, 10000));
    const QByteArray token =
        QJsonDocument::fromJson(r->readAll()).object().value(s("access_token")).toString().toLatin1();
    delete r;
    QVERIFY(!token.isEmpty());

    auto declared = tlsSocket();
    QVERIFY(declared->waitForEncrypted(5000));
    declared->write("POST /api/v1/push HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer " + token
                    + "\r\nContent-Length: 104857600\r\n\r\n");
    QVERIFY2(waitFor([&] { return declared->bytesAvailable() > 0; }, 2000), "no answer before the body");
    const QByteArray answer = declared->readAll();
    QVERIFY2(answer.startsWith("HTTP/1.1 413"), answer.left(200).constData());

    const qint64 before = serverRssKiB();
    auto chunked = tlsSocket();
    QVERIFY(chunked->waitForEncrypted(5000));
    chunked->write("POST /api/v1/push HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer " + token
                   + "\r\nTransfer-Encoding: chunked\r\n\r\n");
    const QByteArray piece = QByteArray::number(64 * 1024, 16) + "\r\n" + QByteArray(64 * 1024, 'x') + "\r\n";
    QElapsedTimer t;
    t.start();
    while (chunked->bytesAvailable() == 0 && t.elapsed() < 8000
           && chunked->state() == QAbstractSocket::ConnectedState) {
        if (chunked->encryptedBytesToWrite() + chunked->bytesToWrite() < 1024 * 1024)
            chunked->write(piece);
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    }
    waitFor([&] { return chunked->bytesAvailable() > 0; }, 2000);
    const QByteArray chunkedAnswer = chunked->readAll();
    QVERIFY2(chunkedAnswer.startsWith("HTTP/1.1 413"), chunkedAnswer.left(200).constData());
    QVERIFY(serverRssKiB() - before < 48 * 1024);
    serves("oversized bodies");
}

// A request that stops half way, in its head or in its body, is answered 408 and closed after the request
// timeout.
void TestServerSoak::halfSentRequestsTimeOut()
{
    const QByteArray starts[] = {
        "POST /api/v1/push HTTP/1.1\r\nHost: localhost\r\nContent-Le",
        "POST /api/v1/auth/token HTTP/1.1\r\nHost: localhost\r\nContent-Length: 100\r\n\r\n{\"user\":",
    };
    std::vector<std::unique_ptr<QSslSocket>> sockets;
    for (const QByteArray &start : starts) {
        sockets.push_back(tlsSocket());
        QVERIFY(sockets.back()->waitForEncrypted(5000));
        sockets.back()->write(start);
    }
    serves("half-sent requests");
    for (const auto &socket : sockets) {
        QVERIFY2(
            waitFor([&] { return socket->state() == QAbstractSocket::UnconnectedState; }, (kShortTimeout + 3) * 1000),
            "a half-sent request kept its connection");
        QVERIFY2(socket->readAll().startsWith("HTTP/1.1 408"), "no 408 answer");
    }
}

// Sign-ins hash a password with Argon2id (tens of milliseconds of CPU each): fifty at once, from fifty
// addresses, must not hold up the answers to everyone else.
void TestServerSoak::parallelSignInsKeepHealthFast()
{
    std::vector<std::unique_ptr<QSslSocket>> sockets;
    for (int i = 0; i < 50; ++i) {
        sockets.push_back(tlsSocket(loopback(300 + i)));
        const QByteArray body =
            QByteArrayLiteral("{\"user\":\"guess") + QByteArray::number(i) + "\",\"password\":\"wrong\"}";
        sockets.back()->write(
            "POST /api/v1/auth/token HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
            "Content-Length: "
            + QByteArray::number(body.size()) + "\r\n\r\n" + body);
    }
    QElapsedTimer t;
    t.start();
    int checks = 0;
    while (t.elapsed() < 3000) {
        serves("sign-ins in parallel");
        if (QTest::currentTestFailed())
            return;
        ++checks;
    }
    QVERIFY(waitFor(
        [&] {
            return std::all_of(sockets.begin(), sockets.end(), [](const auto &x) { return x->bytesAvailable() > 0; });
        },
        120000));
    for (const auto &socket : sockets) {
        const QByteArray answer = socket->readAll();
        QVERIFY2(answer.startsWith("HTTP/1.1 401") || answer.startsWith("HTTP/1.1 503")
                     || answer.startsWith("HTTP/1.1 429"),
                 answer.left(200).constData());
    }
    qInfo() << checks << "health checks and syncs while 50 sign-ins were checked";
}

QByteArray TestServerSoak::signIn(const QByteArray &user, const QByteArray &password, const QByteArray &realIp)
{
    auto socket = tlsSocket(QHostAddress::LocalHost);
    const QByteArray body = "{\"user\":\"" + user + "\",\"password\":\"" + password + "\"}";
    socket->write("POST /api/v1/auth/token HTTP/1.1\r\nHost: localhost\r\nX-Real-IP: " + realIp
                  + "\r\nContent-Type: application/json\r\nContent-Length: " + QByteArray::number(body.size())
                  + "\r\n\r\n" + body);
    waitFor([&] { return socket->bytesAvailable() > 0 || socket->state() == QAbstractSocket::UnconnectedState; },
            30000);
    return socket->readAll();
}

// Behind a reverse proxy listed in trusted_proxies, sign-ins count against the client its X-Real-IP names:
// a guesser throttled there does not throttle another client of the same proxy; and the proxy may hold more
// connections than max_connections_per_address.
void TestServerSoak::trustedProxyNamesTheClient()
{
    QByteArray last;
    for (int i = 0; i < 22; ++i)
        last = signIn("someone" + QByteArray::number(i), "wrong", "10.1.2.3");
    QVERIFY2(last.startsWith("HTTP/1.1 429"), last.left(300).constData());
    const QByteArray other = signIn("root", "rootpw", "10.9.9.9");
    QVERIFY2(other.startsWith("HTTP/1.1 200"), other.left(300).constData());
    const QByteArray again = signIn("root", "rootpw", "10.1.2.3");
    QVERIFY2(again.startsWith("HTTP/1.1 429"), again.left(300).constData());

    std::vector<std::unique_ptr<QSslSocket>> sockets;
    for (int i = 0; i < 100; ++i)
        sockets.push_back(tlsSocket(QHostAddress::LocalHost));
    QVERIFY(waitFor(
        [&] {
            return std::all_of(sockets.begin(), sockets.end(), [](const auto &x) {
                return x->isEncrypted() || x->state() == QAbstractSocket::UnconnectedState;
            });
        },
        10000));
    QCOMPARE(std::count_if(sockets.begin(), sockets.end(), [](const auto &x) { return x->isEncrypted(); }), 100);
    serves("a proxy's sign-ins and connections");
}

// What API v1 does not have is said in its documented error shape: 404 for a path, 405 (with Allow) for
// a method.
void TestServerSoak::unknownRoutesAndMethodsAnswerJson()
{
    QNetworkAccessManager nam;
    const auto call = [&](const QByteArray &verb, const QString &path) {
        QNetworkRequest req(QUrl(QStringLiteral("https://localhost:%1%2").arg(m_server->port()).arg(path)));
        req.setSslConfiguration(m_tls);
        QNetworkReply *reply = nam.sendCustomRequest(req, verb);
        waitFor([reply] { return reply->isFinished(); }, 10000);
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QByteArray allow = reply->rawHeader("Allow");
        const QJsonObject body = QJsonDocument::fromJson(reply->readAll()).object();
        delete reply;
        return std::tuple{status, allow, body};
    };
    const auto [missing, noAllow, missingBody] = call("GET", s("/api/v1/pull"));
    QCOMPARE(missing, 404);
    QCOMPARE(missingBody.value(s("error")).toString(), s("not_found"));
    QVERIFY(missingBody.value(s("message")).toString().contains(s("/api/v1/pull")));
    const auto [wrongMethod, allow, wrongBody] = call("DELETE", s("/api/v1/push"));
    QCOMPARE(wrongMethod, 405);
    QCOMPARE(allow, QByteArray("POST"));
    QCOMPARE(wrongBody.value(s("error")).toString(), s("method_not_allowed"));
    serves("unknown routes and methods");
}

QTEST_GUILESS_MAIN(TestServerSoak)
#include "tst_serversoak.moc"
