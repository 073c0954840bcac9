#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QNetworkAccessManager>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

#include "AuthClient.h"
#include "ServerProcess.h"
#include "ServerTrust.h"

using pd::sync::AuthClient;
using pd::sync::AuthFailure;
using pd::sync::AuthResult;
using pd::sync::CertificateCheck;
using pd::sync::ServerTrust;

namespace {

QString s(const char *latin1)
{
    return QString::fromLatin1(latin1);
}

using pd::server::ServerProcess;

// A TLS listener that records every decrypted byte a client sends and answers like the server's
// health and token routes: proof of what (if anything) left the client.
class RecordingServer final : public QObject
{
public:
    bool listen(const QString &certFile, const QString &keyFile)
    {
        QFile c(certFile), k(keyFile);
        if (!c.open(QIODevice::ReadOnly) || !k.open(QIODevice::ReadOnly))
            return false;
        QSslConfiguration config = QSslConfiguration::defaultConfiguration();
        config.setLocalCertificate(QSslCertificate(&c, QSsl::Pem));
        config.setPrivateKey(QSslKey(k.readAll(), QSsl::Ec, QSsl::Pem));
        m_server.setSslConfiguration(config);
        connect(&m_server, &QSslServer::startedEncryptionHandshake, this, [this](QSslSocket *socket) {
            ++m_handshakes;
            connect(socket, &QSslSocket::readyRead, this, [this, socket] { received(socket); });
        });
        // Answered sockets are taken so the server's queue does not fill up.
        connect(&m_server, &QTcpServer::pendingConnectionAvailable, this, [this] {
            while (m_server.hasPendingConnections())
                m_server.nextPendingConnection();
        });
        return m_server.listen(QHostAddress::LocalHost);
    }
    int port() const { return m_server.serverPort(); }
    int handshakes() const { return m_handshakes; }
    const QByteArray &bytes() const { return m_bytes; }

private:
    void received(QSslSocket *socket)
    {
        const QByteArray chunk = socket->readAll();
        m_bytes += chunk;
        QByteArray &pending = m_pending[socket];
        pending += chunk;
        const qsizetype end = pending.indexOf("\r\n\r\n");
        if (end < 0)
            return;
        const auto m =
            QRegularExpression(s("(?i)content-length:\\s*(\\d+)")).match(QString::fromLatin1(pending.left(end)));
        if (pending.size() < end + 4 + (m.hasMatch() ? m.captured(1).toInt() : 0))
            return;
        const bool health = pending.startsWith("GET /api/v1/health");
        const QByteArray body =
            health ? QByteArray(R"({"status":"ok","epoch":"e1","version":"test","api":1})")
                   : QByteArray(R"({"error":"invalid_grant","message":"wrong user name or password"})");
        socket->write((health ? "HTTP/1.1 200 OK\r\n" : "HTTP/1.1 401 Unauthorized\r\n")
                      + QByteArray("Content-Type: application/json\r\nContent-Length: ")
                      + QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body);
        socket->disconnectFromHost();
        m_pending.remove(socket);
    }

    QSslServer m_server;
    int m_handshakes = 0;
    QByteArray m_bytes;
    QHash<QSslSocket *, QByteArray> m_pending;
};

} // namespace

// Certificates at the TLS layer against a real partnerdesk-server on loopback: unknown self-signed,
// expired and wrong-host certificates are refused before any credential leaves, with the check that
// failed; a pin for exactly that host:port then works; a CA file makes a private-CA server trusted.
class TestServerTrust final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void serverUrls();
    void selfSignedRefusedThenPinned();
    void pinIsForExactlyThatHostAndPort();
    void expiredRefused();
    void wrongHostRefused();
    void privateCaTrustedThroughCaFile();
    void badCaFile();
    void wrongPasswordAndStaleRefreshToken();
    void refusedCertificateReceivesNoByte_data();
    void refusedCertificateReceivesNoByte();
    void verdictRules();

private:
    void openssl(const QStringList &args);
    void makeLeaf(const QString &name, const QString &cn, const QString &san, const QString &days);
    QUrl startServer(const QString &certName);
    ServerTrust freshTrust();
    int tokenRows();

    QTemporaryDir m_dir;
    QString m_data;
    std::unique_ptr<ServerProcess> m_server;
    QNetworkAccessManager m_nam;
    int m_trustFiles = 0;
};

void TestServerTrust::openssl(const QStringList &args)
{
    // In the test's folder, with names relative to it: a Windows test under Wine runs the Linux openssl.
    QString output;
    const int code = ServerProcess::run(s("openssl"), args, {}, &output, m_dir.path());
    QVERIFY2(code == 0,
             qPrintable(s("openssl %1: exit code %2\n%3").arg(args.join(QLatin1Char(' '))).arg(code).arg(output)));
}

// NAME.pem / NAME.key: a certificate signed by the test CA. days "-1" makes one that already expired.
void TestServerTrust::makeLeaf(const QString &name, const QString &cn, const QString &san, const QString &days)
{
    QFile ext(m_dir.filePath(name + s(".ext")));
    QVERIFY(ext.open(QIODevice::WriteOnly));
    ext.write("subjectAltName=" + san.toLatin1() + "\n");
    ext.close();
    openssl({s("req"), s("-newkey"), s("ec"), s("-pkeyopt"), s("ec_paramgen_curve:prime256v1"), s("-nodes"), s("-subj"),
             s("/CN=") + cn + s("/O=PartnerDesk Test"), s("-keyout"), name + s(".key"), s("-out"), name + s(".csr")});
    openssl({s("x509"), s("-req"), s("-in"), name + s(".csr"), s("-CA"), s("ca.pem"), s("-CAkey"), s("ca.key"),
             s("-CAcreateserial"), s("-days"), days, s("-extfile"), name + s(".ext"), s("-out"), name + s(".pem")});
}

void TestServerTrust::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY2(ServerProcess::run(s("openssl"), {s("version")}) == 0, "openssl is needed (scripts/setup-debian.sh)");
    m_data = m_dir.filePath(s("data"));
    const QString initError = ServerProcess::init(s(PD_SERVER_PATH), m_data, s("root"), s("rootpw"));
    QVERIFY2(initError.isEmpty(), qPrintable(initError));
    // The development certificate init made: self-signed for localhost and 127.0.0.1.
    QVERIFY(QFile::copy(m_data + s("/cert.pem"), m_dir.filePath(s("selfsigned.pem"))));
    QVERIFY(QFile::copy(m_data + s("/key.pem"), m_dir.filePath(s("selfsigned.key"))));

    openssl({s("req"), s("-x509"), s("-newkey"), s("ec"), s("-pkeyopt"), s("ec_paramgen_curve:prime256v1"), s("-nodes"),
             s("-days"), s("30"), s("-subj"), s("/CN=PartnerDesk Test CA/O=PartnerDesk Test"), s("-keyout"),
             s("ca.key"), s("-out"), s("ca.pem")});
    makeLeaf(s("valid"), s("localhost"), s("DNS:localhost,IP:127.0.0.1"), s("30"));
    makeLeaf(s("expired"), s("localhost"), s("DNS:localhost,IP:127.0.0.1"), s("-1"));
    makeLeaf(s("wronghost"), s("wrong.example"), s("DNS:wrong.example"), s("30"));
}

QUrl TestServerTrust::startServer(const QString &certName)
{
    m_server.reset();
    QFile::remove(m_data + s("/cert.pem"));
    QFile::remove(m_data + s("/key.pem"));
    if (!QFile::copy(m_dir.filePath(certName + s(".pem")), m_data + s("/cert.pem"))
        || !QFile::copy(m_dir.filePath(certName + s(".key")), m_data + s("/key.pem")))
        return {};
    m_server = std::make_unique<ServerProcess>();
    if (!m_server->start(s(PD_SERVER_PATH), m_data))
        return {};
    return QUrl(QStringLiteral("https://localhost:%1").arg(m_server->port()));
}

ServerTrust TestServerTrust::freshTrust()
{
    return ServerTrust(m_dir.filePath(QStringLiteral("trust-%1.ini").arg(++m_trustFiles)));
}

// Tokens the server issued so far: any credential that reached it and was accepted leaves a row.
int TestServerTrust::tokenRows()
{
    int rows = -1;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(s("QSQLITE"), s("server-peek"));
        db.setDatabaseName(m_data + s("/server.sqlite"));
        db.setConnectOptions(s("QSQLITE_OPEN_READONLY"));
        if (db.open()) {
            QSqlQuery q(s("SELECT COUNT(*) FROM tokens"), db);
            if (q.next())
                rows = q.value(0).toInt();
        }
    }
    QSqlDatabase::removeDatabase(s("server-peek"));
    return rows;
}

void TestServerTrust::serverUrls()
{
    QCOMPARE(ServerTrust::normaliseServerUrl(s(" localhost:8443 ")).value(), QUrl(s("https://localhost:8443")));
    QCOMPARE(ServerTrust::normaliseServerUrl(s("https://Sync.Example.COM/some/path?x=1")).value(),
             QUrl(s("https://sync.example.com")));
    QCOMPARE(ServerTrust::normaliseServerUrl(s("https://sync.example.com:443")).value(),
             QUrl(s("https://sync.example.com")));
    const auto plain = ServerTrust::normaliseServerUrl(s("http://sync.example.com"));
    QVERIFY(!plain.ok());
    QVERIFY(plain.error().message.contains(s("https://")));
    QCOMPARE(plain.error().field, s("server"));
    QVERIFY(!ServerTrust::normaliseServerUrl(s("")).ok());
    QVERIFY(!ServerTrust::normaliseServerUrl(s("https://maria:secret@sync.example.com")).ok());
    QCOMPARE(ServerTrust::serverKey(QUrl(s("https://Sync.example.com"))), s("sync.example.com:443"));
    QCOMPARE(ServerTrust::serverKey(QUrl(s("https://localhost:8443"))), s("localhost:8443"));

    ServerTrust trust = freshTrust();
    QVERIFY(trust.account().isNull());
    trust.setAccount({QUrl(s("https://localhost:8443")), s("maria")});
    QCOMPARE(trust.account().server, QUrl(s("https://localhost:8443")));
    QCOMPARE(trust.account().user, s("maria"));
    const auto cfg = trust.configuration(QUrl(s("https://localhost:8443")));
    QVERIFY(cfg.ok());
    QCOMPARE(cfg.value().protocol(), QSsl::TlsV1_2OrLater);
    QCOMPARE(cfg.value().peerVerifyMode(), QSslSocket::VerifyPeer);
}

void TestServerTrust::selfSignedRefusedThenPinned()
{
    const QUrl url = startServer(s("selfsigned"));
    QVERIFY(!url.isEmpty());
    const int before = tokenRows();
    QCOMPARE(before, 0);
    ServerTrust trust = freshTrust();
    AuthClient auth(trust, &m_nam);

    const AuthResult refused = auth.signInAndWait(url, s("root"), s("rootpw"));
    QCOMPARE(refused.failure, AuthFailure::Certificate);
    QCOMPARE(refused.certificate.checks, QList<CertificateCheck>{CertificateCheck::SelfSigned});
    const QSslCertificate served = QSslCertificate::fromPath(m_data + s("/cert.pem")).value(0);
    QCOMPARE(refused.certificate.certificate, served);
    QCOMPARE(refused.certificate.fingerprint(),
             QString::fromLatin1(served.digest(QCryptographicHash::Sha256).toHex(':').toUpper()));
    QCOMPARE(refused.certificate.subject, s("CN=localhost"));
    QCOMPARE(refused.certificate.issuer, s("CN=localhost"));
    QCOMPARE(refused.certificate.host, s("localhost"));
    QCOMPARE(refused.certificate.port, url.port());
    QVERIFY(refused.certificate.validFrom <= QDateTime::currentDateTimeUtc());
    QVERIFY(refused.certificate.validTo > QDateTime::currentDateTimeUtc());
    QVERIFY(refused.certificate.reasons().value(0).contains(s("self-signed")));
    QVERIFY(refused.message.contains(s("was refused")));
    QVERIFY(refused.tokens.isNull());
    QCOMPARE(tokenRows(), before); // the password never reached the server

    trust.pin(url, refused.certificate.certificate);
    QCOMPARE(trust.pins(url), QStringList{refused.certificate.fingerprint()});
    AuthClient pinned(trust, &m_nam);
    const AuthResult ok = pinned.signInAndWait(url, s("root"), s("rootpw"));
    QVERIFY2(ok.ok(), qPrintable(ok.message));
    QCOMPARE(ok.tokens.role, s("admin"));
    QVERIFY(!ok.tokens.accessToken.isEmpty() && !ok.tokens.refreshToken.isEmpty());
    QVERIFY(ok.tokens.accessExpiresAt > QDateTime::currentDateTimeUtc());
    QCOMPARE(ok.server.api, 1);
    QVERIFY(!ok.server.epoch.isEmpty());
    QVERIFY(tokenRows() > before);

    const AuthResult refreshed = pinned.refreshAndWait(url, ok.tokens.refreshToken);
    QVERIFY2(refreshed.ok(), qPrintable(refreshed.message));
    QVERIFY(refreshed.tokens.refreshToken != ok.tokens.refreshToken);
}

void TestServerTrust::pinIsForExactlyThatHostAndPort()
{
    const QUrl url = startServer(s("selfsigned"));
    QVERIFY(!url.isEmpty());
    ServerTrust trust = freshTrust();
    trust.pin(url, QSslCertificate::fromPath(m_data + s("/cert.pem")).value(0));
    AuthClient auth(trust, &m_nam);
    QVERIFY(auth.probeAndWait(url).ok());
    // The same server and certificate (it names 127.0.0.1 too) under another host: not pinned there.
    QUrl byAddress = url;
    byAddress.setHost(s("127.0.0.1"));
    const AuthResult other = auth.probeAndWait(byAddress);
    QCOMPARE(other.failure, AuthFailure::Certificate);
    QCOMPARE(other.certificate.checks, QList<CertificateCheck>{CertificateCheck::SelfSigned});
    // Another port on the same host: not pinned either.
    QUrl otherPort = url;
    otherPort.setPort(url.port() + 1);
    QVERIFY(!trust.isPinned(otherPort, other.certificate.certificate));
    // Removing the pin refuses again.
    trust.unpin(url, other.certificate.fingerprint());
    QVERIFY(trust.pins(url).isEmpty());
    QCOMPARE(auth.probeAndWait(url).failure, AuthFailure::Certificate);
}

void TestServerTrust::expiredRefused()
{
    if (ServerProcess::underWine())
        QSKIP(ServerProcess::wineCertificateStores);
    const QUrl url = startServer(s("expired"));
    QVERIFY(!url.isEmpty());
    const int before = tokenRows();
    ServerTrust trust = freshTrust();
    QVERIFY(trust.setCaFile(url, m_dir.filePath(s("ca.pem"))).ok());
    AuthClient auth(trust, &m_nam);
    const AuthResult r = auth.signInAndWait(url, s("root"), s("rootpw"));
    QCOMPARE(r.failure, AuthFailure::Certificate);
    QCOMPARE(r.certificate.checks, QList<CertificateCheck>{CertificateCheck::Expired});
    QVERIFY(r.certificate.validTo < QDateTime::currentDateTimeUtc());
    QCOMPARE(r.certificate.issuer, s("CN=PartnerDesk Test CA, O=PartnerDesk Test"));
    QCOMPARE(r.certificate.subject, s("CN=localhost, O=PartnerDesk Test"));
    QVERIFY(r.certificate.reasons().value(0).startsWith(s("The certificate expired on")));
    QCOMPARE(tokenRows(), before);
}

void TestServerTrust::wrongHostRefused()
{
    if (ServerProcess::underWine())
        QSKIP(ServerProcess::wineCertificateStores);
    const QUrl url = startServer(s("wronghost"));
    QVERIFY(!url.isEmpty());
    const int before = tokenRows();
    ServerTrust trust = freshTrust();
    QVERIFY(trust.setCaFile(url, m_dir.filePath(s("ca.pem"))).ok());
    AuthClient auth(trust, &m_nam);
    const AuthResult r = auth.signInAndWait(url, s("root"), s("rootpw"));
    QCOMPARE(r.failure, AuthFailure::Certificate);
    QCOMPARE(r.certificate.checks, QList<CertificateCheck>{CertificateCheck::HostMismatch});
    QCOMPARE(r.certificate.reasons().value(0), s("The certificate was made for wrong.example, not for localhost."));
    QCOMPARE(tokenRows(), before);
}

void TestServerTrust::privateCaTrustedThroughCaFile()
{
    if (ServerProcess::underWine())
        QSKIP(ServerProcess::wineCertificateStores);
    const QUrl url = startServer(s("valid"));
    QVERIFY(!url.isEmpty());
    ServerTrust trust = freshTrust();
    AuthClient auth(trust, &m_nam);
    const AuthResult unknown = auth.signInAndWait(url, s("root"), s("rootpw"));
    QCOMPARE(unknown.failure, AuthFailure::Certificate);
    QVERIFY(unknown.certificate.checks.contains(CertificateCheck::UnknownIssuer));
    QVERIFY(!unknown.certificate.checks.contains(CertificateCheck::SelfSigned));
    QVERIFY(unknown.certificate.reasons().value(0).contains(s("PartnerDesk Test CA")));

    QVERIFY(trust.setCaFile(url, m_dir.filePath(s("ca.pem"))).ok());
    QCOMPARE(trust.caFile(url), QFileInfo(m_dir.filePath(s("ca.pem"))).absoluteFilePath());
    QVERIFY(trust.pins(url).isEmpty()); // trusted through the CA, not through a pin
    const AuthResult ok = auth.signInAndWait(url, s("root"), s("rootpw"));
    QVERIFY2(ok.ok(), qPrintable(ok.message));
    QCOMPARE(ok.tokens.role, s("admin"));
    // The CA file is per server: another server name does not get it.
    QUrl byAddress = url;
    byAddress.setHost(s("127.0.0.1"));
    QVERIFY(trust.caFile(byAddress).isEmpty());
    QCOMPARE(auth.probeAndWait(byAddress).failure, AuthFailure::Certificate);
}

void TestServerTrust::badCaFile()
{
    const QUrl url(s("https://localhost:1"));
    ServerTrust trust = freshTrust();
    QFile junk(m_dir.filePath(s("junk.pem")));
    QVERIFY(junk.open(QIODevice::WriteOnly));
    junk.write("not a certificate\n");
    junk.close();
    const auto st = trust.setCaFile(url, junk.fileName());
    QVERIFY(!st.ok());
    QVERIFY(st.error().message.contains(s("junk.pem")));
    QVERIFY(trust.caFile(url).isEmpty());

    // A CA file that disappears after it was chosen: nothing is sent, the reason names the file.
    QVERIFY(QFile::copy(m_dir.filePath(s("ca.pem")), m_dir.filePath(s("gone.pem"))));
    QVERIFY(trust.setCaFile(url, m_dir.filePath(s("gone.pem"))).ok());
    QVERIFY(QFile::remove(m_dir.filePath(s("gone.pem"))));
    AuthClient auth(trust, &m_nam);
    const AuthResult r = auth.signInAndWait(url, s("root"), s("rootpw"));
    QCOMPARE(r.failure, AuthFailure::Configuration);
    QVERIFY(r.message.contains(s("gone.pem")));
    QVERIFY(trust.setCaFile(url, {}).ok());
    QVERIFY(trust.caFile(url).isEmpty());
}

void TestServerTrust::wrongPasswordAndStaleRefreshToken()
{
    if (ServerProcess::underWine())
        QSKIP(ServerProcess::wineCertificateStores);
    const QUrl url = startServer(s("valid"));
    QVERIFY(!url.isEmpty());
    ServerTrust trust = freshTrust();
    QVERIFY(trust.setCaFile(url, m_dir.filePath(s("ca.pem"))).ok());
    AuthClient auth(trust, &m_nam);
    const AuthResult wrong = auth.signInAndWait(url, s("root"), s("nope"));
    QCOMPARE(wrong.failure, AuthFailure::Credentials);
    QCOMPARE(wrong.httpStatus, 401);
    QCOMPARE(wrong.errorCode, s("invalid_grant"));
    QCOMPARE(wrong.message, s("Wrong user name or password."));

    const AuthResult ok = auth.signInAndWait(url, s("root"), s("rootpw"));
    QVERIFY(ok.ok());
    QVERIFY(auth.refreshAndWait(url, ok.tokens.refreshToken).ok());
    // Single-use: the old refresh token is spent.
    const AuthResult stale = auth.refreshAndWait(url, ok.tokens.refreshToken);
    QCOMPARE(stale.failure, AuthFailure::RefreshRejected);
    QVERIFY(stale.message.contains(s("Sign in again")));

    m_server.reset();
    const AuthResult down = auth.probeAndWait(url);
    QCOMPARE(down.failure, AuthFailure::Network);
    QVERIFY(down.message.contains(s("Cannot reach localhost:")));
}

void TestServerTrust::refusedCertificateReceivesNoByte_data()
{
    QTest::addColumn<QString>("cert");
    QTest::addColumn<bool>("withCa");
    QTest::addColumn<int>("check");
    QTest::newRow("unknown self-signed") << s("selfsigned") << false << int(CertificateCheck::SelfSigned);
    QTest::newRow("expired") << s("expired") << true << int(CertificateCheck::Expired);
    QTest::newRow("wrong host") << s("wronghost") << true << int(CertificateCheck::HostMismatch);
}

void TestServerTrust::refusedCertificateReceivesNoByte()
{
    if (ServerProcess::underWine())
        QSKIP(ServerProcess::wineCertificateStores);
    QFETCH(QString, cert);
    QFETCH(bool, withCa);
    QFETCH(int, check);
    RecordingServer recorder;
    QVERIFY(recorder.listen(m_dir.filePath(cert + s(".pem")), m_dir.filePath(cert + s(".key"))));
    const QUrl url(QStringLiteral("https://localhost:%1").arg(recorder.port()));
    ServerTrust trust = freshTrust();
    if (withCa)
        QVERIFY(trust.setCaFile(url, m_dir.filePath(s("ca.pem"))).ok());
    QNetworkAccessManager nam; // no connection reuse from other cases
    AuthClient auth(trust, &nam);

    const AuthResult signIn = auth.signInAndWait(url, s("root"), s("secret-password"));
    QCOMPARE(signIn.failure, AuthFailure::Certificate);
    QCOMPARE(int(signIn.certificate.checks.value(0)), check);
    // A refresh grant has no probe of its own: the guard alone must hold it back.
    const AuthResult refresh = auth.refreshAndWait(url, s("secret-refresh-token"));
    QCOMPARE(refresh.failure, AuthFailure::Certificate);
    QVERIFY(recorder.handshakes() >= 2);      // the client did connect...
    QCOMPARE(recorder.bytes(), QByteArray()); // ...and sent not one byte of a request

    // The control: once the user trusts exactly this certificate, the request does arrive.
    trust.pin(url, signIn.certificate.certificate);
    const AuthResult trusted = auth.signInAndWait(url, s("root"), s("secret-password"));
    QCOMPARE(trusted.failure, AuthFailure::Credentials); // the recorder answers 401
    QVERIFY(recorder.bytes().contains("GET /api/v1/health"));
    QVERIFY(recorder.bytes().contains("\"password\":\"secret-password\""));
}

void TestServerTrust::verdictRules()
{
    const QUrl url(s("https://localhost:8443"));
    const QSslCertificate leaf = QSslCertificate::fromPath(m_dir.filePath(s("selfsigned.pem"))).value(0);
    const QSslCertificate other = QSslCertificate::fromPath(m_dir.filePath(s("ca.pem"))).value(0);
    QVERIFY(!leaf.isNull() && !other.isNull());
    ServerTrust trust = freshTrust();
    const QList<QSslError> selfSigned{QSslError(QSslError::SelfSignedCertificate, leaf)};
    QVERIFY(!trust.evaluate(url, selfSigned, leaf).accept);
    trust.pin(url, leaf);
    QVERIFY(trust.evaluate(url, selfSigned, leaf).accept);
    QVERIFY(trust.evaluate(url, selfSigned).accept); // the leaf taken from the errors
    // An error about another certificate in the chain is not covered by the leaf's pin.
    QVERIFY(!trust.evaluate(url, selfSigned + QList<QSslError>{QSslError(QSslError::CertificateExpired, other)}, leaf)
                 .accept);
    // An error that names no certificate is never accepted.
    QVERIFY(!trust.evaluate(url, selfSigned + QList<QSslError>{QSslError(QSslError::NoPeerCertificate)}, leaf).accept);
    // The same pin on another server: refused.
    QVERIFY(!trust.evaluate(QUrl(s("https://localhost:9443")), selfSigned, leaf).accept);

    const QSslCertificate issued = QSslCertificate::fromPath(m_dir.filePath(s("valid.pem"))).value(0);
    QVERIFY(!issued.isNull() && !issued.isSelfSigned());
    const auto p = ServerTrust::describe(
        url, {QSslError(QSslError::HostNameMismatch, issued), QSslError(QSslError::CertificateExpired, issued),
              QSslError(QSslError::UnableToGetLocalIssuerCertificate, issued),
              QSslError(QSslError::CertificateRevoked, issued), QSslError(QSslError::InvalidPurpose, issued)});
    QCOMPARE(p.checks, (QList<CertificateCheck>{CertificateCheck::Revoked, CertificateCheck::Expired,
                                                CertificateCheck::HostMismatch, CertificateCheck::UnknownIssuer,
                                                CertificateCheck::Other}));
    QCOMPARE(p.reasons().size(), 5);
    QVERIFY(p.reasons().at(0).contains(s("revoked")));
    QVERIFY(p.reasons().at(4).startsWith(s("The certificate could not be verified:")));

    // Schannel (Windows) says only "untrusted" of a self-signed certificate that calls itself an authority.
    QVERIFY(leaf.isSelfSigned());
    QCOMPARE(ServerTrust::describe(url, {QSslError(QSslError::CertificateUntrusted, leaf)}).checks,
             QList<CertificateCheck>{CertificateCheck::SelfSigned});
    QCOMPARE(ServerTrust::describe(url, {QSslError(QSslError::CertificateUntrusted, issued)}).checks,
             QList<CertificateCheck>{CertificateCheck::UnknownIssuer});
}

QTEST_MAIN(TestServerTrust)
#include "tst_servertrust.moc"
