#include "Database.h"
#include "Migrations.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace pd::storage;

namespace {

QByteArray hashOf(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

qint64 scalar(const Database &db, const QString &sql)
{
    QSqlQuery q(db.connection());
    if (!q.exec(sql) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

// Makes a sound database, closes it, and returns its path.
QString makeDatabase(const QTemporaryDir &dir, const QString &name)
{
    const QString path = dir.filePath(name);
    auto db = Database::open(path);
    if (!db)
        qFatal("could not create %s", qPrintable(db.error().text()));
    QSqlQuery q(db.value()->connection());
    q.exec(QStringLiteral("INSERT INTO partners (id, name, legal_form, inn, registered_on, role, stage, created_at, "
                          "updated_at) VALUES ('p1', 'Test', 'legal_entity', '7707083893', '2020-01-01', 'partner', "
                          "'application', '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z')"));
    q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    return path;
}

} // namespace

class TestDatabase final : public QObject
{
    Q_OBJECT

private slots:
    void createsAndMigratesAnEmptyFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("sub/folder/new.db"));
        auto db = Database::open(path);
        QVERIFY2(db.ok(), qPrintable(db.ok() ? QString() : db.error().text()));
        QVERIFY(QFile::exists(path));
        QCOMPARE(db.value()->schemaVersion(), migrations::latestVersion());
        QVERIFY(migrations::latestVersion() >= 1);
        QCOMPARE(scalar(*db.value(), QStringLiteral("PRAGMA application_id")), qint64(Database::kApplicationId));
        QSqlQuery q(db.value()->connection());
        QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("wal"));
        QCOMPARE(scalar(*db.value(), QStringLiteral("PRAGMA foreign_keys")), 1);
        QCOMPARE(scalar(*db.value(), QStringLiteral("PRAGMA synchronous")), 2); // FULL
        for (const char *table : {"partners", "people", "audit_log", "outbox", "sync_state"})
            QCOMPARE(scalar(*db.value(), QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND "
                                                        "name = '%1'").arg(QLatin1String(table))),
                     1);
        QVERIFY(db.value()->verify().ok());
    }

    void reopensWithoutMigratingAgain()
    {
        QTemporaryDir dir;
        const QString path = makeDatabase(dir, QStringLiteral("a.db"));
        auto db = Database::open(path, Database::Mode::OpenExisting);
        QVERIFY(db.ok());
        QCOMPARE(scalar(*db.value(), QStringLiteral("SELECT count(*) FROM partners")), 1);
    }

    void missingFileWithOpenExisting()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("nothing.db"));
        auto db = Database::open(path, Database::Mode::OpenExisting);
        QVERIFY(!db.ok());
        QVERIFY(db.error().message.contains(QLatin1String("There is no database")));
        QVERIFY(!QFile::exists(path));
    }

    void refusesNewerVersionUntouched()
    {
        QTemporaryDir dir;
        const QString path = makeDatabase(dir, QStringLiteral("newer.db"));
        {
            auto db = Database::open(path);
            QSqlQuery q(db.value()->connection());
            QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = %1").arg(migrations::latestVersion() + 5)));
            QVERIFY(q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
        }
        const QByteArray before = hashOf(path);
        auto db = Database::open(path);
        QVERIFY(!db.ok());
        QVERIFY2(db.error().message.contains(QLatin1String("newer version")), qPrintable(db.error().message));
        QVERIFY(db.error().message.contains(QString::number(migrations::latestVersion() + 5)));
        QVERIFY(db.error().detail.contains(QLatin1String("untouched")));
        QCOMPARE(hashOf(path), before);
    }

    void quarantinesADamagedFile()
    {
        QTemporaryDir dir;
        const QString path = makeDatabase(dir, QStringLiteral("damaged.db"));
        {
            // Overwrite the middle of the file (past the header): the b-tree pages are garbage now.
            QFile f(path);
            QVERIFY(f.open(QIODevice::ReadWrite));
            QVERIFY(f.size() >= 8192);
            f.seek(4096);
            f.write(QByteArray(f.size() - 4096, '\x5A'));
        }
        const QByteArray damaged = hashOf(path);
        auto db = Database::open(path);
        QVERIFY(!db.ok());
        QVERIFY2(db.error().message.contains(QLatin1String("damaged")), qPrintable(db.error().text()));
        // The original stays where it was, byte for byte, and a copy is saved beside it.
        QCOMPARE(hashOf(path), damaged);
        const QStringList copies = QDir(dir.path()).entryList({QStringLiteral("damaged.damaged-*.db")}, QDir::Files);
        QCOMPARE(copies.size(), 1);
        QCOMPARE(hashOf(dir.filePath(copies.first())), damaged);
        QVERIFY(db.error().detail.contains(copies.first()));
    }

    void quarantinesAFileThatIsNotADatabase()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("notes.db"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray("These are my notes, not a database.\n").repeated(200));
        f.close();
        const QByteArray before = hashOf(path);
        auto db = Database::open(path);
        QVERIFY(!db.ok());
        QVERIFY(db.error().message.contains(QLatin1String("damaged")));
        QCOMPARE(hashOf(path), before);
    }

    void refusesAnotherProgramsDatabase()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("other.sqlite"));
        {
            QSqlDatabase other = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("other"));
            other.setDatabaseName(path);
            QVERIFY(other.open());
            QSqlQuery q(other);
            QVERIFY(q.exec(QStringLiteral("CREATE TABLE bookmarks (url TEXT)")));
            other.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("other"));
        const QByteArray before = hashOf(path);
        auto db = Database::open(path);
        QVERIFY(!db.ok());
        QVERIFY(db.error().message.contains(QLatin1String("not a PartnerDesk database")));
        QCOMPARE(hashOf(path), before);
    }

    void migratesAnOlderVersionKeepingItsData()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("v1.db"));
        {
            // A file exactly as version 1 left it.
            QSqlDatabase old = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v1"));
            old.setDatabaseName(path);
            QVERIFY(old.open());
            QSqlQuery q(old);
            for (const QString &statement : migrations::all().first().statements)
                QVERIFY2(q.exec(statement), qPrintable(q.lastError().text()));
            QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = 1")));
            QVERIFY(q.exec(QStringLiteral("INSERT INTO partners (id, name, legal_form, inn, registered_on, role, stage, "
                                          "created_at, updated_at) VALUES ('p1', 'Kept', 'legal_entity', '7707083893', "
                                          "'2020-01-01', 'partner', 'application', '2026-01-01T00:00:00.000Z', "
                                          "'2026-01-01T00:00:00.000Z')")));
            old.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("v1"));
        auto db = Database::open(path);
        QVERIFY2(db.ok(), qPrintable(db.ok() ? QString() : db.error().text()));
        QCOMPARE(db.value()->schemaVersion(), migrations::latestVersion());
        QCOMPARE(scalar(*db.value(), QStringLiteral("SELECT name = 'Kept' FROM partners WHERE id = 'p1'")), 1);
        QCOMPARE(scalar(*db.value(), QStringLiteral("SELECT count(*) FROM deals")), 0);
        QVERIFY(db.value()->verify().ok());
    }

    void verifyReportsASchemaMismatch()
    {
        QTemporaryDir dir;
        auto db = Database::open(dir.filePath(QStringLiteral("v.db")));
        QVERIFY(db.ok());
        QVERIFY(db.value()->verify().ok());
        QSqlQuery q(db.value()->connection());
        QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = 0")));
        const pd::Status s = db.value()->verify();
        QVERIFY(!s.ok());
        QVERIFY(s.error().message.contains(QLatin1String("schema version 0")));
    }

    void transactionRollsBackUnlessCommitted()
    {
        QTemporaryDir dir;
        auto db = Database::open(dir.filePath(QStringLiteral("t.db")));
        QVERIFY(db.ok());
        const QSqlDatabase c = db.value()->connection();
        {
            Transaction tx(c);
            QVERIFY(tx.isActive());
            QSqlQuery q(c);
            QVERIFY(q.exec(QStringLiteral("INSERT INTO sync_state (key, value) VALUES ('a', '1')")));
        }
        QCOMPARE(scalar(*db.value(), QStringLiteral("SELECT count(*) FROM sync_state")), 0);
        {
            Transaction tx(c);
            QSqlQuery q(c);
            QVERIFY(q.exec(QStringLiteral("INSERT INTO sync_state (key, value) VALUES ('a', '1')")));
            QVERIFY(tx.commit().ok());
        }
        QCOMPARE(scalar(*db.value(), QStringLiteral("SELECT count(*) FROM sync_state")), 1);
    }
};

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"
