#include <QCoreApplication>
#include <QDirIterator>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <cstdio>

#include "CredentialStore.h"
#include "KeyringSession.h"

using pd::sync::CredentialResult;
using pd::sync::CredentialStore;

namespace {

QString s(const char *latin1)
{
    return QString::fromLatin1(latin1);
}

const char *statusName(CredentialResult::Status status)
{
    switch (status) {
    case CredentialResult::Status::Ok:
        return "ok";
    case CredentialResult::Status::NotFound:
        return "notfound";
    case CredentialResult::Status::Unavailable:
        return "unavailable";
    case CredentialResult::Status::Denied:
        return "denied";
    case CredentialResult::Status::Failed:
        return "failed";
    }
    return "?";
}

// The child side of the tests that need another process (another environment, or proof that the
// secret is not only in this process's memory): PD_CREDENTIAL_CHILD=write|read SERVICE URL USER [SECRET].
int runChild(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList a = app.arguments();
    if (a.size() < 4)
        return 2;
    CredentialStore store(a.at(1));
    const QByteArray op = qgetenv("PD_CREDENTIAL_CHILD");
    const QUrl url(a.at(2));
    const CredentialResult r =
        op == "write" ? store.writeAndWait(url, a.at(3), a.value(4)) : store.readAndWait(url, a.at(3));
    std::printf("status=%s\nsecret=%s\navailability=%d\nmessage=%s\nreason=%s\n", statusName(r.status),
                r.secret.toUtf8().constData(), int(store.availability()), r.message.toUtf8().constData(),
                store.unavailableReason().toUtf8().constData());
    return 0;
}

} // namespace

// The refresh token in a real Secret Service (gnome-keyring on a private D-Bus, started by
// keyring-fixture.sh), and the no-keychain path with no D-Bus at all.
class TestCredentialStore final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void keyForSeparatesServersAndUsers();
    void roundTripInSecretService();
    void anotherProcessReadsTheStoredSecret();
    void noKeychainReportsUnavailableAndWritesNothing();

private:
    QMap<QString, QString> child(const QProcessEnvironment &env, const QStringList &args);

    bool m_fixture = false;
    QString m_service;
};

void TestCredentialStore::initTestCase()
{
    m_fixture = qEnvironmentVariableIsSet("PD_KEYRING_FIXTURE");
    m_service = s("PartnerDesk test ") + QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QMap<QString, QString> TestCredentialStore::child(const QProcessEnvironment &env, const QStringList &args)
{
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(QCoreApplication::applicationFilePath(), args);
    if (!p.waitForFinished(60000))
        p.kill();
    QMap<QString, QString> out;
    const QStringList lines = QString::fromUtf8(p.readAllStandardOutput()).split(QLatin1Char('\n'));
    for (const QString &line : lines) {
        const qsizetype eq = line.indexOf(QLatin1Char('='));
        if (eq > 0)
            out.insert(line.left(eq), line.mid(eq + 1));
    }
    out.insert(s("exit"), QString::number(p.exitCode()));
    out.insert(s("stderr"), QString::fromUtf8(p.readAllStandardError()));
    return out;
}

void TestCredentialStore::keyForSeparatesServersAndUsers()
{
    const QString a = CredentialStore::keyFor(QUrl(s("https://Sync.Example.com")), s("maria"));
    QCOMPARE(a, s("https://sync.example.com:443 maria"));
    QVERIFY(a != CredentialStore::keyFor(QUrl(s("https://sync.example.com:8443")), s("maria")));
    QVERIFY(a != CredentialStore::keyFor(QUrl(s("https://sync.example.com")), s("vera")));
}

void TestCredentialStore::roundTripInSecretService()
{
    if (!m_fixture)
        QSKIP("Needs a Secret Service: run through tests/sync/keyring-fixture.sh (the test does so itself on Linux).");
    CredentialStore store(m_service);
    QSignalSpy availability(&store, &CredentialStore::availabilityChanged);
    const QUrl server(s("https://localhost:8443"));

    CredentialResult r = store.readAndWait(server, s("maria"));
    QCOMPARE(int(r.status), int(CredentialResult::Status::NotFound));
    QCOMPARE(store.availability(), CredentialStore::Availability::Available);
    QCOMPARE(availability.count(), 1);

    r = store.writeAndWait(server, s("maria"), s("refresh-1 ÄЖ"));
    QVERIFY2(r.ok(), qPrintable(r.message));
    r = store.readAndWait(server, s("maria"));
    QVERIFY2(r.ok(), qPrintable(r.message));
    QCOMPARE(r.secret, s("refresh-1 ÄЖ"));

    // A refresh token is single-use: writing again replaces it.
    QVERIFY(store.writeAndWait(server, s("maria"), s("refresh-2")).ok());
    QCOMPARE(store.readAndWait(server, s("maria")).secret, s("refresh-2"));
    // Other user, other port: other entries.
    QCOMPARE(int(store.readAndWait(server, s("vera")).status), int(CredentialResult::Status::NotFound));
    QCOMPARE(int(store.readAndWait(QUrl(s("https://localhost:9443")), s("maria")).status),
             int(CredentialResult::Status::NotFound));

    // A second store object (as after a restart) sees it too.
    CredentialStore again(m_service);
    QCOMPARE(again.readAndWait(server, s("maria")).secret, s("refresh-2"));

    r = store.removeAndWait(server, s("maria"));
    QVERIFY2(r.ok(), qPrintable(r.message));
    QCOMPARE(int(store.readAndWait(server, s("maria")).status), int(CredentialResult::Status::NotFound));

    // The asynchronous form calls back once, on this thread.
    int calls = 0;
    store.write(server, s("async"), s("x"), [&calls](const CredentialResult &result) {
        QVERIFY(result.ok());
        ++calls;
    });
    QTRY_COMPARE(calls, 1);
    QVERIFY(store.removeAndWait(server, s("async")).ok());
}

void TestCredentialStore::anotherProcessReadsTheStoredSecret()
{
    if (!m_fixture)
        QSKIP("Needs a Secret Service: run through tests/sync/keyring-fixture.sh (the test does so itself on Linux).");
    const QString url = s("https://127.0.0.1:9443");
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(s("PD_CREDENTIAL_CHILD"), s("write"));
    auto out = child(env, {m_service, url, s("maria"), s("from-child")});
    QCOMPARE(out.value(s("status")), s("ok"));
    // Read back in this process: the secret lives in the Secret Service, not in the child's memory.
    CredentialStore store(m_service);
    QCOMPARE(store.readAndWait(QUrl(url), s("maria")).secret, s("from-child"));
    env.insert(s("PD_CREDENTIAL_CHILD"), s("read"));
    out = child(env, {m_service, url, s("maria")});
    QCOMPARE(out.value(s("secret")), s("from-child"));
    QVERIFY(store.removeAndWait(QUrl(url), s("maria")).ok());
}

void TestCredentialStore::noKeychainReportsUnavailableAndWritesNothing()
{
    // A session with no D-Bus at all: no bus address, no display to autolaunch one, an empty runtime
    // directory, and a fresh HOME and XDG directories to prove nothing is written anywhere instead.
    QTemporaryDir dir;
    bool made = false;
    QProcessEnvironment env = KeyringSession::withoutKeychain(dir, made);
    QVERIFY(made);
    env.insert(s("PD_CREDENTIAL_CHILD"), s("write"));

    auto out = child(env, {m_service, s("https://localhost:8443"), s("maria"), s("must-not-land-on-disk")});
    QVERIFY2(out.value(s("status")) == QLatin1String("unavailable"),
             qPrintable(out.value(s("status")) + QLatin1Char(' ') + out.value(s("message")) + out.value(s("stderr"))));
    QCOMPARE(out.value(s("availability")).toInt(), int(CredentialStore::Availability::Unavailable));
    QVERIFY(out.value(s("message")).contains(s("No keychain is available")));
    QVERIFY(out.value(s("message")).contains(s("ask for your password each session")));
    QCOMPARE(out.value(s("reason")), out.value(s("message")));

    env.insert(s("PD_CREDENTIAL_CHILD"), s("read"));
    out = child(env, {m_service, s("https://localhost:8443"), s("maria")});
    QCOMPARE(out.value(s("status")), s("unavailable"));
    QVERIFY(out.value(s("secret")).isEmpty());

    const QStringList written = KeyringSession::filesBelow(dir.path());
    QVERIFY2(written.isEmpty(), qPrintable(written.join(s(", "))));
}

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsSet("PD_CREDENTIAL_CHILD"))
        return runChild(argc, argv);
    QCoreApplication app(argc, argv);
#if defined(PD_KEYRING_FIXTURE)
    if (const int rc = KeyringSession::rerunInsideFixture(s(PD_KEYRING_FIXTURE), app.arguments().mid(1)); rc >= 0)
        return rc;
#endif
    TestCredentialStore test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_credentialstore.moc"
