#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>

#include "CredentialStore.h"
#include "KeychainCredentials.h"
#include "KeyringSession.h"
#include "SyncFixture.h"

using pd::sync::CredentialResult;
using pd::sync::CredentialStore;
using pd::sync::client::KeychainCredentials;
using pd::sync::client::SyncEngine;
using pd::sync::client::SyncOptions;
using pd::sync::client::SyncOutcome;

namespace {

QString s(const char *latin1)
{
    return QString::fromLatin1(latin1);
}

// The child side of the no-keychain test. PD_KEYCHAIN_CHILD=1 stores a token through
// KeychainCredentials and reads it back through the same object and through a new one (a new sync
// worker of the same session); PD_KEYCHAIN_CHILD=read is the app started again, reading only.
int runChild(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QUrl server(s("https://localhost:8443"));
    if (qgetenv("PD_KEYCHAIN_CHILD") == "read") {
        KeychainCredentials restarted(server, s("maria"));
        std::printf("restarted=%s\n", restarted.refreshToken().toUtf8().constData());
        return 0;
    }
    KeychainCredentials session(server, s("maria"));
    session.storeRefreshToken(s("session-only"));
    KeychainCredentials anotherWorker(server, s("maria"));
    std::printf("same=%s\nanother=%s\n", session.refreshToken().toUtf8().constData(),
                anotherWorker.refreshToken().toUtf8().constData());
    return 0;
}

} // namespace

// The app's credentials (KeychainCredentials) against a real Secret Service (gnome-keyring on a
// private D-Bus, started by keyring-fixture.sh) and a real server: the refresh token lands in the
// keychain, a restarted app signs in with it and the rotated token replaces it; a refused token is
// removed. Without any keychain the token lives for the session only and nothing reaches the disk.
class TestKeychainCredentials final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void tokenLandsInTheKeychainAndSurvivesARestart();
    void engineSignsInWithTheKeychainTokenAndStoresTheRotatedOne();
    void noKeychainKeepsTheTokenForTheSessionOnly();

private:
    bool m_fixture = false;
    QTemporaryDir m_dir;
    SyncServer m_server;
};

void TestKeychainCredentials::initTestCase()
{
    m_fixture = qEnvironmentVariableIsSet("PD_KEYRING_FIXTURE");
    QVERIFY(m_dir.isValid());
}

void TestKeychainCredentials::tokenLandsInTheKeychainAndSurvivesARestart()
{
    if (!m_fixture)
        QSKIP("Needs a Secret Service: run through tests/sync/keyring-fixture.sh (the test does so itself on Linux).");
    const QUrl server(s("https://sync.example.com:8443"));
    {
        KeychainCredentials fresh(server, s("maria"));
        QCOMPARE(fresh.user(), s("maria"));
        QVERIFY(fresh.password().isEmpty()); // never stored: signing in again goes through the dialog
        QVERIFY(fresh.refreshToken().isEmpty());
        fresh.storeRefreshToken(s("refresh-1"));
        QCOMPARE(fresh.refreshToken(), s("refresh-1"));
    }
    // In the Secret Service under the app's own service name, keyed by server and user.
    CredentialStore store;
    CredentialResult r = store.readAndWait(server, s("maria"));
    QVERIFY2(r.ok(), qPrintable(r.message));
    QCOMPARE(r.secret, s("refresh-1"));
    QCOMPARE(int(store.readAndWait(server, s("vera")).status), int(CredentialResult::Status::NotFound));

    // After a restart (a new object) the token comes from the keychain; a new grant replaces it.
    KeychainCredentials restarted(server, s("maria"));
    QCOMPARE(restarted.refreshToken(), s("refresh-1"));
    restarted.storeRefreshToken(s("refresh-2"));
    QCOMPARE(store.readAndWait(server, s("maria")).secret, s("refresh-2"));
    QCOMPARE(KeychainCredentials(server, s("maria")).refreshToken(), s("refresh-2"));
    // Another user on the same server has none.
    QVERIFY(KeychainCredentials(server, s("vera")).refreshToken().isEmpty());

    // An empty token (signed out, or refused by the server) removes the entry.
    restarted.storeRefreshToken({});
    QVERIFY(restarted.refreshToken().isEmpty());
    QCOMPARE(int(store.readAndWait(server, s("maria")).status), int(CredentialResult::Status::NotFound));
    QVERIFY(KeychainCredentials(server, s("maria")).refreshToken().isEmpty());
}

void TestKeychainCredentials::engineSignsInWithTheKeychainTokenAndStoresTheRotatedOne()
{
    if (!m_fixture)
        QSKIP("Needs a Secret Service: run through tests/sync/keyring-fixture.sh (the test does so itself on Linux).");
    QVERIFY(m_server.init(m_dir.filePath(s("server"))));
    QVERIFY(m_server.start());
    const QUrl server(m_server.url());
    auto opened = pd::storage::Database::open(m_dir.filePath(s("client.db")));
    QVERIFY(opened);
    const QSqlDatabase db = opened.value()->connection();
    QNetworkAccessManager nam;
    pd::sync::client::FileTlsPolicy tls(m_server.certificate());
    SyncOptions options;
    options.server = server;
    options.timeoutMs = 20000;

    // The Sync Account dialog's part: one sign-in with the password, the refresh token into the keychain.
    {
        TestCredentials password;
        SyncEngine engine(db, nam, tls, password);
        const auto r = engine.run(options);
        QVERIFY2(r.outcome == SyncOutcome::Synced, qPrintable(r.message));
        QVERIFY(!password.refreshToken().isEmpty());
        KeychainCredentials(server, s("root")).storeRefreshToken(password.refreshToken());
    }
    CredentialStore store;
    const QString first = store.readAndWait(server, s("root")).secret;
    QVERIFY(!first.isEmpty());

    // The app after a restart: no password at hand, only the keychain.
    {
        KeychainCredentials keychain(server, s("root"));
        SyncEngine engine(db, nam, tls, keychain);
        const auto r = engine.run(options);
        QVERIFY2(r.outcome == SyncOutcome::Synced, qPrintable(r.message));
    }
    const CredentialResult rotated = store.readAndWait(server, s("root"));
    QVERIFY2(rotated.ok(), qPrintable(rotated.message));
    QVERIFY(!rotated.secret.isEmpty());
    QVERIFY2(rotated.secret != first, "the grant's new refresh token replaces the used one in the keychain");

    // A token the server refuses (the used one again) is removed, and the app asks to sign in.
    QVERIFY(store.writeAndWait(server, s("root"), first).ok());
    {
        KeychainCredentials keychain(server, s("root"));
        SyncEngine engine(db, nam, tls, keychain);
        const auto r = engine.run(options);
        QCOMPARE(r.outcome, SyncOutcome::SignInNeeded);
        QVERIFY(!r.message.isEmpty());
    }
    QCOMPARE(int(store.readAndWait(server, s("root")).status), int(CredentialResult::Status::NotFound));
    m_server.stop();
}

void TestKeychainCredentials::noKeychainKeepsTheTokenForTheSessionOnly()
{
    // A session with no D-Bus at all, in a fresh HOME and XDG directories.
    QTemporaryDir dir;
    bool made = false;
    const QProcessEnvironment env = KeyringSession::withoutKeychain(dir, made);
    QVERIFY(made);
    const auto runChildProcess = [&env](const QString &mode) {
        QProcessEnvironment childEnv = env;
        childEnv.insert(s("PD_KEYCHAIN_CHILD"), mode);
        QProcess p;
        p.setProcessEnvironment(childEnv);
        p.start(QCoreApplication::applicationFilePath());
        if (!p.waitForFinished(60000) || p.exitCode() != 0)
            return QString();
        return QString::fromUtf8(p.readAllStandardOutput());
    };
    // The running session keeps its token, also for a new sync worker; a restarted app has none and
    // must ask for the password.
    const QString out = runChildProcess(s("1"));
    QVERIFY2(out.contains(s("same=session-only\n")), qPrintable(out));
    QVERIFY2(out.contains(s("another=session-only\n")), qPrintable(out));
    const QString again = runChildProcess(s("read"));
    QVERIFY2(again == s("restarted=\n"), qPrintable(again));
    const QStringList written = KeyringSession::filesBelow(dir.path());
    QVERIFY2(written.isEmpty(), qPrintable(written.join(s(", "))));
}

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsSet("PD_KEYCHAIN_CHILD"))
        return runChild(argc, argv);
    QCoreApplication app(argc, argv);
#if defined(PD_KEYRING_FIXTURE)
    if (const int rc = KeyringSession::rerunInsideFixture(s(PD_KEYRING_FIXTURE), app.arguments().mid(1)); rc >= 0)
        return rc;
#endif
    TestKeychainCredentials test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_keychaincredentials.moc"
