#include "CredentialStore.h"
#include "Database.h"

#include <QDir>
#include <QFileInfo>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace pd::storage;

// What is particular to Windows, on Windows (or Wine): where the data lives, folders with Cyrillic names, paths
// longer than Windows opens, and the Credential Manager behind the keychain.
class TestWindowsPlatform : public QObject
{
    Q_OBJECT

private slots:
    void dataLivesUnderLocalAppData()
    {
        const QString local = qEnvironmentVariable("LOCALAPPDATA");
        QVERIFY2(!local.isEmpty(), "LOCALAPPDATA is not set");
        QCOMPARE(QDir::toNativeSeparators(Database::defaultPath()),
                 QDir::toNativeSeparators(local + QStringLiteral("/PartnerDesk/partnerdesk.db")));
        qInfo("user folder: %s", qPrintable(QDir::toNativeSeparators(QDir::homePath())));
    }

    void cyrillicFoldersHoldADatabase()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("Отчёты Марии/Партнёры ё.db"));
        {
            auto db = Database::open(path);
            QVERIFY2(db, qPrintable(db ? QString() : db.error().text()));
            QSqlQuery q(db.value()->connection());
            QVERIFY(q.exec(QStringLiteral("CREATE TABLE probe(name TEXT)")));
            QVERIFY(q.exec(QStringLiteral("INSERT INTO probe VALUES ('Ёлка')")));
        }
        QVERIFY(QFileInfo::exists(path));
        auto again = Database::open(path, Database::Mode::OpenExisting);
        QVERIFY2(again, qPrintable(again ? QString() : again.error().text()));
        QSqlQuery q(again.value()->connection());
        QVERIFY(q.exec(QStringLiteral("SELECT name FROM probe")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("Ёлка"));
    }

    void pathsLongerThanWindowsOpensAreRefused()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QString folder = dir.path();
        while (folder.size() < 280)
            folder += QStringLiteral("/папка-с-длинным-именем");
        const QString path = folder + QStringLiteral("/partnerdesk.db");
        QVERIFY(Database::windowsPathTooLong(path));
        const auto db = Database::open(path);
        QVERIFY(!db);
        QVERIFY2(db.error().message.contains(QString::number(QDir::toNativeSeparators(path).size())),
                 qPrintable(db.error().message));
        QVERIFY(db.error().detail.contains(QStringLiteral("shorter path")));
        QVERIFY2(!QFileInfo::exists(dir.filePath(QStringLiteral("папка-с-длинным-именем"))), "a folder was made");

        // Just under the limit opens.
        QString shorter = dir.path();
        while (QDir::toNativeSeparators(shorter + QStringLiteral("/x/partnerdesk.db")).size() < 240)
            shorter += QStringLiteral("/п");
        const QString fits = shorter + QStringLiteral("/x/partnerdesk.db");
        QVERIFY(!Database::windowsPathTooLong(fits));
        const auto ok = Database::open(fits);
        QVERIFY2(ok, qPrintable(ok ? QString() : ok.error().text()));
    }

    void credentialManagerKeepsTheToken()
    {
        pd::sync::CredentialStore store(QStringLiteral("PartnerDesk-test-")
                                        + QUuid::createUuid().toString(QUuid::Id128));
        const QUrl server(QStringLiteral("https://sync.example.ru:8443"));
        const QString user = QStringLiteral("мария");
        const auto written = store.writeAndWait(server, user, QStringLiteral("секрет-token"));
        QVERIFY2(written.ok(), qPrintable(written.message));
        const auto read = store.readAndWait(server, user);
        QVERIFY2(read.ok(), qPrintable(read.message));
        QCOMPARE(read.secret, QStringLiteral("секрет-token"));
        QVERIFY(store.removeAndWait(server, user).ok());
        QCOMPARE(store.readAndWait(server, user).status, pd::sync::CredentialResult::Status::NotFound);
    }
};

QTEST_GUILESS_MAIN(TestWindowsPlatform)
#include "tst_windowsplatform.moc"
