#include <QEventLoop>
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
#include <QTest>

#include <memory>

#include "Crypto.h"
#include "PgServerStore.h"
#include "ServerConfig.h"
#include "PgCluster.h"
#include "ServerProcess.h"
#include "SignInThrottle.h"
#include "SqliteServerStore.h"
#include "SyncService.h"

// Password guessing is slowed down and then locked, per user name and per client address; failed sign-ins
// are logged without the password. The policy runs over a real store (a SQLite file, or a database of its
// own on the throw-away PostgreSQL when PD_TEST_STORE=postgresql) with a frozen clock; then a real
// partnerdesk-server refuses a right password after failures until `user unlock`, and logs them.

using namespace pd;
using namespace pd::server;

namespace {

QString s(const char *latin1)
{
    return QString::fromLatin1(latin1);
}

const QString kRight = s("right-horse-battery");
const QString kWrong = s("guess-7f3a9c");

// One sign-in as the HTTP layer makes it: beginToken, the password "checked" (matching or not) without
// Argon2id, finishToken.
struct Answer
{
    int status = 0;
    QString error;
    int retryAfter = 0;
    bool checked = false; // the throttle let it through to the password check
};

} // namespace

class TestSignInThrottle final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void cleanupTestCase();

    void delayGrowsAndIsCapped();
    void rightPasswordRefusedInsideDelay();
    void attemptsCountBeforeTheirCheck();
    void lockAfterLimitUntilItExpires();
    void unlockLiftsLock();
    void successResets();
    void addressAcrossUserNames();
    void unknownUserChecksAsLong();
    void logNamesUserAndAddressNeverPassword();
    void limitsFromConfig();
    void serverRefusesLogsAndUnlocks();

private:
    Answer attempt(const QString &user, bool right, const QString &peer = s("10.0.0.1"));
    void advance(int seconds) { m_now = m_now.addSecs(seconds); }
    bool startPostgres();
    QString freshPgDatabase();
    int runServer(const QStringList &args, const QByteArray &stdinText, QString *output = nullptr);

    QTemporaryDir m_dir;
    QString m_store;
    pd::server::PgCluster m_pg{s(PD_PG_FIXTURE)};
    int m_databases = 0;
    QDateTime m_now;
    QStringList m_log;
    std::unique_ptr<ServerStore> m_serverStore;
    std::unique_ptr<SyncService> m_service;
};

bool TestSignInThrottle::startPostgres()
{
    if (m_pg.start())
        return true;
    qWarning().noquote() << m_pg.error();
    return false;
}

// A new, empty database on the fixture's cluster; its URL.
QString TestSignInThrottle::freshPgDatabase()
{
    const QString name = QStringLiteral("throttle_%1").arg(++m_databases);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(s("QPSQL"), s("fixture-admin"));
        db.setHostName(s("127.0.0.1"));
        db.setPort(m_pg.port());
        db.setUserName(s("pd"));
        db.setDatabaseName(s("partnerdesk"));
        if (!db.open()) {
            qWarning() << db.lastError().text();
            return {};
        }
        QSqlQuery q(db);
        if (!q.exec(s("CREATE DATABASE ") + name)) // a name made above, not a value: DDL takes no bound values
            qWarning() << q.lastError().text();
        db.close();
    }
    QSqlDatabase::removeDatabase(s("fixture-admin"));
    return QStringLiteral("postgresql://pd@127.0.0.1:%1/%2").arg(m_pg.port()).arg(name);
}

int TestSignInThrottle::runServer(const QStringList &args, const QByteArray &stdinText, QString *output)
{
    QProcess p;
    p.start(s(PD_SERVER_PATH), args);
    p.write(stdinText);
    p.closeWriteChannel();
    p.waitForFinished(60000);
    if (output)
        *output = QString::fromLocal8Bit(p.readAllStandardOutput());
    return p.exitCode();
}

void TestSignInThrottle::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY(crypto::init());
    m_store = qEnvironmentVariable("PD_TEST_STORE", s("sqlite"));
    QVERIFY2(m_store == QLatin1String("sqlite") || m_store == QLatin1String("postgresql"),
             "PD_TEST_STORE must be sqlite or postgresql");
    if (m_store == QLatin1String("postgresql"))
        QVERIFY2(startPostgres(), "Could not start a PostgreSQL for the test (see the message above). "
                                  "Run scripts/setup-debian.sh to install the postgresql package.");
}

void TestSignInThrottle::init()
{
    m_now = QDateTime(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC);
    m_log.clear();
    if (m_store == QLatin1String("sqlite")) {
        m_serverStore = std::make_unique<SqliteServerStore>(
            m_dir.filePath(QString::fromLatin1(QTest::currentTestFunction()) + s(".sqlite")));
    } else {
        const QString url = freshPgDatabase();
        QVERIFY(!url.isEmpty());
        auto location = PgLocation::fromUrl(url);
        QVERIFY(location.ok());
        m_serverStore = std::make_unique<PgServerStore>(location.value());
    }
    const Status opened = m_serverStore->open();
    QVERIFY2(opened.ok(), qPrintable(opened.ok() ? QString() : opened.error().text()));
    QVERIFY(m_serverStore->saveUser({s("maria"), crypto::hashPassword(kRight), s("manager"), false}).ok());
    QVERIFY(m_serverStore->saveUser({s("ivan"), crypto::hashPassword(kRight), s("manager"), false}).ok());
    m_service = std::make_unique<SyncService>(
        *m_serverStore, ServerConfig{}, [this] { return m_now; }, [this](const QString &line) { m_log.append(line); });
}

void TestSignInThrottle::cleanup()
{
    m_service.reset();
    m_serverStore.reset();
}

void TestSignInThrottle::cleanupTestCase()
{
    m_pg.stop();
}

Answer TestSignInThrottle::attempt(const QString &user, bool right, const QString &peer)
{
    const auto begun = m_service->beginToken({s("password"), user, right ? kRight : kWrong, {}}, peer);
    Answer a;
    std::variant<TokenPair, ApiError> result = ApiError{};
    if (const auto *check = std::get_if<PasswordCheck>(&begun)) {
        a.checked = true;
        result = m_service->finishToken(*check, check->knownUser && right);
    } else if (const auto *e = std::get_if<ApiError>(&begun)) {
        result = *e;
    } else {
        result = std::get<TokenPair>(begun);
    }
    if (const auto *e = std::get_if<ApiError>(&result)) {
        a.status = e->status;
        a.error = e->code;
        a.retryAfter = e->retryAfterSeconds;
    } else {
        a.status = 200;
    }
    return a;
}

void TestSignInThrottle::delayGrowsAndIsCapped()
{
    QCOMPARE(SignInThrottle::delaySeconds(4, 5, 60), 0);
    QCOMPARE(SignInThrottle::delaySeconds(5, 5, 60), 1);
    QCOMPARE(SignInThrottle::delaySeconds(6, 5, 60), 2);
    QCOMPARE(SignInThrottle::delaySeconds(10, 5, 60), 32);
    QCOMPARE(SignInThrottle::delaySeconds(11, 5, 60), 60);
    QCOMPARE(SignInThrottle::delaySeconds(500, 5, 60), 60);
    QCOMPARE(SignInThrottle::delaySeconds(500, 0, 60), 0);

    for (int i = 0; i < 5; ++i)
        QCOMPARE(attempt(s("maria"), false).status, 401); // five in the same second: no delay yet
    int expected = 1;
    for (int round = 0; round < 8; ++round) {
        const Answer early = attempt(s("maria"), false);
        QCOMPARE(early.status, 429);
        QCOMPARE(early.error, s("too_many_attempts"));
        QCOMPARE(early.retryAfter, expected);
        QVERIFY(!early.checked);
        advance(expected - 1);
        QCOMPARE(attempt(s("maria"), false).status, 429); // a second short
        advance(1);
        QCOMPARE(attempt(s("maria"), false).status, 401); // waited: the password is checked again
        expected = std::min(expected * 2, 60);
    }
    QCOMPARE(expected, 60); // 1, 2, 4 ... 32, then the cap
    QCOMPARE(attempt(s("maria"), false).retryAfter, 60);
}

void TestSignInThrottle::rightPasswordRefusedInsideDelay()
{
    for (int i = 0; i < 5; ++i)
        QCOMPARE(attempt(s("maria"), false).status, 401);
    advance(0);
    const Answer refused = attempt(s("maria"), true);
    QCOMPARE(refused.status, 429);
    QCOMPARE(refused.error, s("too_many_attempts"));
    QVERIFY2(!refused.checked, "a throttled attempt must not reach Argon2id");
    // The synchronous grant, with the real Argon2id, refuses it too.
    const auto sync = m_service->token({s("password"), s("maria"), kRight, {}}, s("10.0.0.1"));
    QVERIFY(std::holds_alternative<ApiError>(sync));
    QCOMPARE(std::get<ApiError>(sync).status, 429);
    advance(1);
    const auto granted = m_service->token({s("password"), s("maria"), kRight, {}}, s("10.0.0.1"));
    QVERIFY(std::holds_alternative<TokenPair>(granted));
    QVERIFY(!std::get<TokenPair>(granted).accessToken.isEmpty());
}

void TestSignInThrottle::attemptsCountBeforeTheirCheck()
{
    // Ten guesses begun at once (the HTTP layer checks them on other threads): the sixth is refused before
    // any of the first five has failed.
    QList<PasswordCheck> inFlight;
    int refused = 0;
    for (int i = 0; i < 10; ++i) {
        const auto begun = m_service->beginToken({s("password"), s("maria"), kWrong, {}}, s("10.0.0.1"));
        if (const auto *check = std::get_if<PasswordCheck>(&begun))
            inFlight.append(*check);
        else if (std::get<ApiError>(begun).status == 429)
            ++refused;
    }
    QCOMPARE(inFlight.size(), 5);
    QCOMPARE(refused, 5);
    for (const PasswordCheck &check : std::as_const(inFlight))
        QCOMPARE(std::get<ApiError>(m_service->finishToken(check, false)).status, 401);
}

void TestSignInThrottle::lockAfterLimitUntilItExpires()
{
    for (int i = 0; i < 20; ++i) {
        QCOMPARE(attempt(s("maria"), false).status, 401);
        advance(61); // past every delay
    }
    const Answer locked = attempt(s("maria"), true);
    QCOMPARE(locked.status, 429);
    QCOMPARE(locked.error, s("locked"));
    QCOMPARE(locked.retryAfter, 15 * 60 - 61);
    QVERIFY(!locked.checked);
    QCOMPARE(attempt(s("ivan"), true).status, 200); // the others sign in as before
    advance(15 * 60 - 62);
    QCOMPARE(attempt(s("maria"), true).error, s("locked"));
    advance(1);
    QCOMPARE(attempt(s("maria"), true).status, 200);
}

void TestSignInThrottle::unlockLiftsLock()
{
    for (int i = 0; i < 20; ++i) {
        QCOMPARE(attempt(s("maria"), false).status, 401);
        advance(61);
    }
    QCOMPARE(attempt(s("maria"), true).error, s("locked"));
    // What `partnerdesk-server user unlock maria` does, from a throttle of its own over the same store.
    SignInThrottle admin(*m_serverStore, SignInLimits{});
    QCOMPARE(admin.unlockUser(s("maria")).value(), true);
    QCOMPARE(admin.unlockUser(s("maria")).value(), false);
    QCOMPARE(attempt(s("maria"), true).status, 200);
}

void TestSignInThrottle::successResets()
{
    for (int i = 0; i < 5; ++i)
        QCOMPARE(attempt(s("maria"), false).status, 401);
    advance(1);
    QCOMPARE(attempt(s("maria"), true).status, 200);
    // Counted from zero again: five more free attempts, the sixth waits.
    for (int i = 0; i < 5; ++i)
        QCOMPARE(attempt(s("maria"), false).status, 401);
    QCOMPARE(attempt(s("maria"), false).status, 429);
}

void TestSignInThrottle::addressAcrossUserNames()
{
    const QString guesser = s("10.0.0.66");
    // One guess per user name: no user is throttled, but the address is after 20.
    for (int i = 0; i < 20; ++i)
        QCOMPARE(attempt(QStringLiteral("user%1").arg(i), false, guesser).status, 401);
    const Answer throttled = attempt(s("someone-else"), false, guesser);
    QCOMPARE(throttled.status, 429);
    QCOMPARE(throttled.error, s("too_many_attempts"));
    QCOMPARE(attempt(s("maria"), true, guesser).status, 429);                // a right password from there too
    QCOMPARE(attempt(s("maria"), true, s("::ffff:10.0.0.66")).status, 429);  // the same address as IPv6
    QCOMPARE(attempt(s("someone-else"), false, s("10.0.0.67")).status, 401); // other addresses are not
    for (int i = 20; i < 100; ++i) {
        advance(61);
        QCOMPARE(attempt(QStringLiteral("user%1").arg(i), false, guesser).status, 401);
    }
    advance(61);
    const Answer locked = attempt(s("maria"), true, guesser);
    QCOMPARE(locked.status, 429);
    QCOMPARE(locked.error, s("locked"));
    QVERIFY(m_log.filter(s("sign-in lock: address 10.0.0.66 locked until")).size() == 1);
    QCOMPARE(attempt(s("maria"), true, s("10.0.0.67")).status, 200); // maria, elsewhere
    QCOMPARE(attempt(s("ivan"), true, guesser).error, s("locked"));  // that success unlocked no address
    SignInThrottle admin(*m_serverStore, SignInLimits{});
    QCOMPARE(admin.unlockAddress(s("::ffff:10.0.0.66")).value(), true);
    QCOMPARE(attempt(s("ivan"), true, guesser).status, 200);
}

void TestSignInThrottle::unknownUserChecksAsLong()
{
    const auto begun = m_service->beginToken({s("password"), s("nobody"), kWrong, {}}, s("10.0.0.1"));
    const auto *check = std::get_if<PasswordCheck>(&begun);
    QVERIFY(check);
    QVERIFY(!check->knownUser);
    // The stand-in is a real Argon2id hash with the limits every user's hash has, so it costs the same.
    const QByteArray real = crypto::hashPassword(kRight);
    const auto limits = [](const QByteArray &hash) {
        return hash.left(hash.indexOf("$", hash.indexOf("p=")) + 1);
    };
    QCOMPARE(limits(check->hash), limits(real));
    QVERIFY(!crypto::verifyPassword(check->hash, kWrong));
    QCOMPARE(std::get<ApiError>(m_service->finishToken(*check, true)).code, s("invalid_grant")); // never a match
    for (int i = 0; i < 4; ++i)
        QCOMPARE(attempt(s("nobody"), false).status, 401);
    QCOMPARE(attempt(s("nobody"), false).status, 429); // unknown names are throttled as known ones are
}

void TestSignInThrottle::logNamesUserAndAddressNeverPassword()
{
    QCOMPARE(attempt(s("maria"), false, s("10.1.2.3")).status, 401);
    QCOMPARE(attempt(s("nobody"), false, s("10.1.2.3")).status, 401);
    QCOMPARE(attempt(s("evil\n2026-01-01 sign-in ok"), false, s("10.1.2.3")).status, 401);
    for (int i = 0; i < 4; ++i)
        QCOMPARE(attempt(s("maria"), false, s("10.1.2.3")).status, 401);
    QCOMPARE(attempt(s("maria"), true, s("10.1.2.3")).status, 429);
    const QString all = m_log.join(QLatin1Char('\n'));
    QVERIFY2(m_log.contains(s("2026-03-02T09:00:00.000Z sign-in failed: user \"maria\" from 10.1.2.3: wrong password")),
             qPrintable(all));
    QVERIFY2(m_log.contains(s("2026-03-02T09:00:00.000Z sign-in failed: user \"nobody\" from 10.1.2.3: unknown user")),
             qPrintable(all));
    QVERIFY2(m_log.contains(s("2026-03-02T09:00:00.000Z sign-in refused: user \"maria\" from 10.1.2.3: throttled "
                              "(the user), retry in 1 s")),
             qPrintable(all));
    QVERIFY2(all.contains(s("user \"evil\\u000a2026-01-01 sign-in ok\"")), qPrintable(all)); // one line, escaped
    QCOMPARE(all.count(QLatin1Char('\n')), m_log.size() - 1);
    QVERIFY(!all.contains(kWrong));
    QVERIFY(!all.contains(kRight));
}

void TestSignInThrottle::limitsFromConfig()
{
    ServerConfig config;
    QCOMPARE(config.signIn.userDelayAfter, 5);
    QCOMPARE(config.signIn.userLockAfter, 20);
    QCOMPARE(config.signIn.addressDelayAfter, 20);
    QCOMPARE(config.signIn.addressLockAfter, 100);
    QCOMPARE(config.signIn.maxDelaySeconds, 60);
    QCOMPARE(config.signIn.lockSeconds, 900);
    config.dataDir = m_dir.filePath(s("config"));
    QVERIFY(QDir().mkpath(config.dataDir));
    config.signIn.userLockAfter = 3;
    config.signIn.lockSeconds = 30;
    QVERIFY(config.save().ok());
    auto loaded = ServerConfig::load(config.dataDir);
    QVERIFY(loaded.ok());
    QCOMPARE(loaded.value().signIn.userLockAfter, 3);
    QCOMPARE(loaded.value().signIn.lockSeconds, 30);
    QCOMPARE(loaded.value().signIn.addressLockAfter, 100);

    SyncService strict(
        *m_serverStore, loaded.value(), [this] { return m_now; }, [](const QString &) {});
    for (int i = 0; i < 3; ++i) {
        const auto begun = strict.beginToken({s("password"), s("maria"), kWrong, {}}, {});
        const auto *check = std::get_if<PasswordCheck>(&begun);
        QVERIFY(check);
        QVERIFY(std::holds_alternative<ApiError>(strict.finishToken(*check, false)));
    }
    const auto begun = strict.beginToken({s("password"), s("maria"), kRight, {}}, {});
    const auto *locked = std::get_if<ApiError>(&begun);
    QVERIFY(locked);
    QCOMPARE(locked->code, s("locked"));
    QCOMPARE(locked->retryAfterSeconds, 30);
}

void TestSignInThrottle::serverRefusesLogsAndUnlocks()
{
    const QString data = m_dir.filePath(s("server"));
    QStringList initArgs{s("init"), s("--data"), data, s("--admin"), s("root")};
    if (m_store == QLatin1String("postgresql"))
        initArgs << s("--database") << freshPgDatabase();
    QCOMPARE(runServer(initArgs, "rootpw\n"), 0);
    QCOMPARE(runServer({s("user"), s("add"), s("maria"), s("--role"), s("manager"), s("--data"), data},
                       kRight.toUtf8() + "\n"),
             0);
    ServerProcess server;
    QVERIFY2(server.start(s(PD_SERVER_PATH), data), qPrintable(server.errorOutput()));

    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.addCaCertificates(data + s("/cert.pem"));
    QNetworkAccessManager nam;
    struct Reply
    {
        int status = 0;
        QJsonObject body;
        QByteArray retryAfter;
    };
    const auto signIn = [&](const QString &user, const QString &password) {
        QNetworkRequest req(QUrl(QStringLiteral("https://127.0.0.1:%1/api/v1/auth/token").arg(server.port())));
        req.setSslConfiguration(tls);
        req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        QNetworkReply *reply = nam.post(
            req,
            QJsonDocument(QJsonObject{{s("user"), user}, {s("password"), password}}).toJson(QJsonDocument::Compact));
        QEventLoop loop;
        connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        if (!reply->isFinished())
            loop.exec();
        Reply r{reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(),
                QJsonDocument::fromJson(reply->readAll()).object(), reply->rawHeader("Retry-After")};
        reply->deleteLater();
        return r;
    };

    for (int i = 0; i < 5; ++i)
        QCOMPARE(signIn(s("maria"), kWrong).status, 401);
    const Reply refused = signIn(s("maria"), kRight);
    QCOMPARE(refused.status, 429);
    QCOMPARE(refused.body.value(s("error")).toString(), s("too_many_attempts"));
    QVERIFY(refused.body.value(s("retry_after")).toInt() >= 1);
    QCOMPARE(refused.retryAfter, QByteArray::number(refused.body.value(s("retry_after")).toInt()));

    QString said;
    QCOMPARE(runServer({s("user"), s("unlock"), s("maria"), s("--data"), data}, {}, &said), 0);
    QVERIFY2(said.contains(s("Unlocked maria")), qPrintable(said));
    const Reply granted = signIn(s("maria"), kRight);
    QCOMPARE(granted.status, 200);
    QVERIFY(!granted.body.value(s("access_token")).toString().isEmpty());

    QTRY_VERIFY_WITH_TIMEOUT(server.log().contains(s("sign-in refused: user \"maria\" from 127.0.0.1: throttled")),
                             5000);
    const QString log = server.log();
    const QRegularExpression failedLine(s("^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z sign-in failed: "
                                          "user \"maria\" from 127\\.0\\.0\\.1: wrong password$"));
    QCOMPARE(log.split(QLatin1Char('\n')).filter(failedLine).size(), 5);
    QVERIFY2(!log.contains(kWrong) && !log.contains(kRight), qPrintable(log));
    QCOMPARE(runServer({s("user"), s("unlock"), s("--address"), s("not-an-ip"), s("--data"), data}, {}), 2);
}

QTEST_GUILESS_MAIN(TestSignInThrottle)
#include "tst_signinthrottle.moc"
