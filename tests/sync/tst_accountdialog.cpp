#include <QApplication>
#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <memory>

#include "AccountDialog.h"
#include "KeyringSession.h"
#include "ServerProcess.h"
#include "CredentialStore.h"
#include "TlsCertificateDialog.h"

using pd::sync::CredentialResult;
using pd::sync::CredentialStore;
using pd::sync::ServerTrust;
using pd::views::AccountDialog;

namespace {

QString s(const char *latin1)
{
    return QString::fromLatin1(latin1);
}

using pd::server::ServerProcess;

template <typename T>
T *child(QWidget *parent, const char *name)
{
    return parent->findChild<T *>(QString::fromLatin1(name));
}

} // namespace

// The Sync Account dialog against a real server with its self-signed development certificate and a
// real keychain (the test runs itself through keyring-fixture.sh); the no-keychain path in a child
// process without D-Bus.
class TestAccountDialog final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void refuseThenTrustThenSignedIn();
    void mistakesAreShownWhereTheyAre();
    void reopenShowsSavedSignInAndSignsOut();
    void noKeychainSaysSo();

private:
    pd::views::TlsCertificateDialog *waitForCertificateDialog(AccountDialog &dialog);
    void fill(AccountDialog &dialog, const QString &server, const QString &user, const QString &password);
    void shoot(QWidget *widget, const char *file);

    QTemporaryDir m_dir;
    QString m_data;
    QString m_service;
    QUrl m_url;
    std::unique_ptr<ServerProcess> m_server;
    bool m_child = false;
};

void TestAccountDialog::initTestCase()
{
    m_child = qEnvironmentVariableIsSet("PD_ACCOUNT_CHILD");
    m_service = s("PartnerDesk test ") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    if (m_child) {
        m_url = QUrl(qEnvironmentVariable("PD_ACCOUNT_SERVER"));
        m_data = qEnvironmentVariable("PD_ACCOUNT_DATA");
        return;
    }
    QVERIFY(m_dir.isValid());
    m_data = m_dir.filePath(s("data"));
    const QString initError = ServerProcess::init(s(PD_SERVER_PATH), m_data, s("root"), s("rootpw"));
    QVERIFY2(initError.isEmpty(), qPrintable(initError));
    m_server = std::make_unique<ServerProcess>();
    QVERIFY(m_server->start(s(PD_SERVER_PATH), m_data));
    m_url = QUrl(QStringLiteral("https://localhost:%1").arg(m_server->port()));
}

void TestAccountDialog::fill(AccountDialog &dialog, const QString &server, const QString &user, const QString &password)
{
    child<QLineEdit>(&dialog, "serverEdit")->setText(server);
    child<QLineEdit>(&dialog, "userEdit")->setText(user);
    child<QLineEdit>(&dialog, "passwordEdit")->setText(password);
}

pd::views::TlsCertificateDialog *TestAccountDialog::waitForCertificateDialog(AccountDialog &dialog)
{
    QElapsedTimer t;
    t.start();
    while (t.elapsed() < 20000) {
        auto *cert = dialog.findChild<pd::views::TlsCertificateDialog *>();
        if (cert && cert->isVisible())
            return cert;
        QTest::qWait(20);
    }
    return nullptr;
}

// Screenshots for the documentation, when PD_SCREENSHOT_DIR is set (run under Xvfb with xcb).
void TestAccountDialog::shoot(QWidget *widget, const char *file)
{
    const QString dir = qEnvironmentVariable("PD_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    widget->activateWindow();
    QTest::qWait(300);
    widget->grab().save(dir + QLatin1Char('/') + QLatin1String(file));
}

void TestAccountDialog::refuseThenTrustThenSignedIn()
{
    if (m_child)
        QSKIP("The child process runs only noKeychainSaysSo.");
    ServerTrust trust(m_dir.filePath(s("trust.ini")));
    CredentialStore store(m_service);
    AccountDialog dialog(trust, &store);
    QSignalSpy signedIn(&dialog, &AccountDialog::signedIn);
    dialog.show();
    fill(dialog, QStringLiteral("localhost:%1").arg(m_server->port()), s("root"), s("rootpw"));
    QTest::mouseClick(child<QPushButton>(&dialog, "signInButton"), Qt::LeftButton);

    auto *cert = waitForCertificateDialog(dialog);
    QVERIFY(cert);
    const QSslCertificate served = QSslCertificate::fromPath(m_data + s("/cert.pem")).value(0);
    const QString fingerprint = QString::fromLatin1(served.digest(QCryptographicHash::Sha256).toHex(':').toUpper());
    QCOMPARE(child<QLabel>(cert, "certificateFingerprint")->text(), fingerprint);
    QCOMPARE(child<QLabel>(cert, "certificateSubject")->text(), s("CN=localhost"));
    QCOMPARE(child<QLabel>(cert, "certificateIssuer")->text(), s("CN=localhost"));
    QCOMPARE(child<QLabel>(cert, "certificateServer")->text(), QStringLiteral("localhost:%1").arg(m_server->port()));
    QVERIFY(child<QLabel>(cert, "certificateReasons")->text().contains(s("Self-signed")));
    QVERIFY(!child<QLabel>(cert, "certificateValidTo")->text().isEmpty());
    QVERIFY(child<QPushButton>(cert, "refuseButton")->isDefault());
    QVERIFY(!child<QPushButton>(&dialog, "signInButton")->isEnabled()); // busy while asking
    shoot(cert, "tls-certificate.png");

    QTest::mouseClick(child<QPushButton>(cert, "refuseButton"), Qt::LeftButton);
    QTRY_VERIFY(child<QLabel>(&dialog, "accountStatus")->text().contains(s("You refused the certificate")));
    QVERIFY(child<QLabel>(&dialog, "accountStatus")->text().contains(s("Nothing was sent")));
    QVERIFY(trust.pins(m_url).isEmpty());
    QCOMPARE(signedIn.count(), 0);
    QVERIFY(dialog.tokens().isNull());
    QVERIFY(child<QPushButton>(&dialog, "signInButton")->isEnabled());

    QTest::mouseClick(child<QPushButton>(&dialog, "signInButton"), Qt::LeftButton);
    QTRY_VERIFY(dialog.findChild<pd::views::TlsCertificateDialog *>() == nullptr); // closed and deleted
    cert = waitForCertificateDialog(dialog);
    QVERIFY(cert);
    QTest::mouseClick(child<QPushButton>(cert, "trustButton"), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(signedIn.count(), 1, 20000);
    QCOMPARE(trust.pins(m_url), QStringList{fingerprint});
    QCOMPARE(child<QLabel>(&dialog, "accountStatus")->text(),
             QStringLiteral("Signed in to localhost as root (admin)."));
    QVERIFY(child<QLineEdit>(&dialog, "passwordEdit")->text().isEmpty());
    QCOMPARE(trust.account().server, m_url);
    QCOMPARE(trust.account().user, s("root"));
    QTRY_VERIFY(child<QLabel>(&dialog, "keychainNote")->text().contains(s("kept in the system keychain")));
    // The refresh token really is in the Secret Service, under this server and user.
    const CredentialResult saved = CredentialStore(m_service).readAndWait(m_url, s("root"));
    QVERIFY2(saved.ok(), qPrintable(saved.message));
    QCOMPARE(saved.secret, dialog.tokens().refreshToken);
    QVERIFY(!saved.secret.isEmpty());
}

void TestAccountDialog::mistakesAreShownWhereTheyAre()
{
    if (m_child)
        QSKIP("The child process runs only noKeychainSaysSo.");
    ServerTrust trust(m_dir.filePath(s("mistakes.ini")));
    trust.pin(m_url, QSslCertificate::fromPath(m_data + s("/cert.pem")).value(0));
    CredentialStore store(m_service);
    AccountDialog dialog(trust, &store);
    dialog.show();
    auto *status = child<QLabel>(&dialog, "accountStatus");
    auto *signIn = child<QPushButton>(&dialog, "signInButton");

    fill(dialog, s("http://localhost:1"), s("root"), s("rootpw"));
    QTest::mouseClick(signIn, Qt::LeftButton);
    QVERIFY(status->text().contains(s("https://")));
    QCOMPARE(dialog.focusWidget(), child<QLineEdit>(&dialog, "serverEdit"));

    fill(dialog, m_url.toString(), s("root"), s("wrong"));
    QTest::mouseClick(signIn, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(status->text(), s("Wrong user name or password."), 20000);
    QVERIFY(dialog.findChild<pd::views::TlsCertificateDialog *>() == nullptr); // pinned: no question
    QVERIFY(dialog.tokens().isNull());

    child<QLineEdit>(&dialog, "caFileEdit")->setText(m_dir.filePath(s("missing.pem")));
    fill(dialog, m_url.toString(), s("root"), s("rootpw"));
    QTest::mouseClick(signIn, Qt::LeftButton);
    QVERIFY(status->text().contains(s("missing.pem")));
    QCOMPARE(dialog.focusWidget(), child<QLineEdit>(&dialog, "caFileEdit"));
    QVERIFY(dialog.tokens().isNull());
}

void TestAccountDialog::reopenShowsSavedSignInAndSignsOut()
{
    if (m_child)
        QSKIP("The child process runs only noKeychainSaysSo.");
    ServerTrust trust(m_dir.filePath(s("trust.ini"))); // what refuseThenTrustThenSignedIn left
    CredentialStore store(m_service);
    AccountDialog dialog(trust, &store);
    dialog.show();
    QCOMPARE(child<QLineEdit>(&dialog, "serverEdit")->text(), m_url.toString());
    QCOMPARE(child<QLineEdit>(&dialog, "userEdit")->text(), s("root"));
    auto *note = child<QLabel>(&dialog, "keychainNote");
    auto *signOut = child<QPushButton>(&dialog, "signOutButton");
    QTRY_VERIFY(note->isVisible() && note->text().contains(s("root is signed in")));
    QVERIFY(signOut->isVisible());
    child<QLineEdit>(&dialog, "passwordEdit")->setText(s("password"));
    shoot(&dialog, "sync-account.png");
    QTest::mouseClick(signOut, Qt::LeftButton);
    QTRY_VERIFY(note->text().contains(s("Signed out")));
    QVERIFY(!signOut->isVisible());
    QCOMPARE(int(store.readAndWait(m_url, s("root")).status), int(CredentialResult::Status::NotFound));
}

void TestAccountDialog::noKeychainSaysSo()
{
    if (!m_child) {
        // The same test in a child process with no D-Bus session bus (so no keychain) and a fresh HOME.
        QTemporaryDir home;
        QVERIFY(home.isValid());
        QDir(home.path()).mkpath(s("run"));
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const char *name : {"DBUS_SESSION_BUS_ADDRESS", "DISPLAY", "WAYLAND_DISPLAY", "PD_SCREENSHOT_DIR"})
            env.remove(s(name));
        env.insert(s("QT_QPA_PLATFORM"), s("offscreen"));
        env.insert(s("HOME"), home.path());
        env.insert(s("XDG_RUNTIME_DIR"), home.filePath(s("run")));
        env.insert(s("XDG_CONFIG_HOME"), home.filePath(s("config")));
        env.insert(s("XDG_DATA_HOME"), home.filePath(s("data")));
        env.insert(s("PD_ACCOUNT_CHILD"), s("1"));
        env.insert(s("PD_ACCOUNT_SERVER"), m_url.toString());
        env.insert(s("PD_ACCOUNT_DATA"), m_data);
        env.insert(s("PD_ACCOUNT_TRUST"), home.filePath(s("trust.ini")));
        QProcess p;
        p.setProcessEnvironment(env);
        p.setProcessChannelMode(QProcess::MergedChannels);
        p.start(QCoreApplication::applicationFilePath(), {s("noKeychainSaysSo")});
        QVERIFY(p.waitForFinished(120000));
        const QString out = QString::fromUtf8(p.readAll());
        QVERIFY2(p.exitCode() == 0 && out.contains(s("PASS   : TestAccountDialog::noKeychainSaysSo()")),
                 qPrintable(out));
        return;
    }
    ServerTrust trust(qEnvironmentVariable("PD_ACCOUNT_TRUST"));
    // The server's self-signed certificate as the CA file: trusted without a question.
    QVERIFY(trust.setCaFile(m_url, m_data + s("/cert.pem")).ok());
    CredentialStore store(m_service);
    AccountDialog dialog(trust, &store);
    QSignalSpy signedIn(&dialog, &AccountDialog::signedIn);
    dialog.show();
    fill(dialog, m_url.toString(), s("root"), s("rootpw"));
    child<QLineEdit>(&dialog, "caFileEdit")->setText(m_data + s("/cert.pem"));
    QTest::mouseClick(child<QPushButton>(&dialog, "signInButton"), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(signedIn.count(), 1, 20000);
    QVERIFY(!dialog.tokens().isNull()); // usable for this session
    auto *note = child<QLabel>(&dialog, "keychainNote");
    QTRY_VERIFY(note->isVisible() && note->text().contains(s("No keychain is available")));
    QVERIFY(note->text().contains(s("ask for your password each session")));
    QVERIFY(!child<QPushButton>(&dialog, "signOutButton")->isVisible());
    QCOMPARE(store.availability(), CredentialStore::Availability::Unavailable);
    // Nothing of the token in the settings file.
    QFile ini(qEnvironmentVariable("PD_ACCOUNT_TRUST"));
    QVERIFY(ini.open(QIODevice::ReadOnly));
    QVERIFY(!ini.readAll().contains(dialog.tokens().refreshToken.toUtf8()));
}

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
#if defined(PD_KEYRING_FIXTURE)
    // Run again inside a private D-Bus session with an unlocked gnome-keyring (keyring-fixture.sh
    // fails loudly when it cannot start one); the no-keychain child is marked by PD_ACCOUNT_CHILD.
    if (!qEnvironmentVariableIsSet("PD_ACCOUNT_CHILD")) {
        if (const int rc = KeyringSession::rerunInsideFixture(s(PD_KEYRING_FIXTURE), app.arguments().mid(1)); rc >= 0)
            return rc;
    }
#endif
    TestAccountDialog test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_accountdialog.moc"
