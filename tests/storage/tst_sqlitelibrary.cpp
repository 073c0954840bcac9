#include "Database.h"
#include "SqliteLibrary.h"
#include "SqliteStatement.h"

#include <QFile>
#include <QLibrary>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

using namespace pd::storage;
using pd::Status;

// One SQLite library in the process: the run-time check that Qt's driver and the program share it, tried against
// the program's own library (accepted) and against a second, separately loaded copy of the same library file
// (refused), which is what a Qt with a private SQLite in its driver amounts to.
class TestSqliteLibrary : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QSqlDatabase m_db;
    QLibrary m_copy;

    static QString source(const char *(*sourceId)()) { return QString::fromLatin1(sourceId()); }
    static const char *olderSourceId()
    {
        return "2019-07-10 17:32:03 fc82b73eaac8b36950e527f12c4b5dc1e147e6f4ad2217ae43ad82882a88bfa6";
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("probe"));
        m_db.setDatabaseName(m_dir.filePath(QStringLiteral("probe.db")));
        QVERIFY(m_db.open());
    }

    void cleanupTestCase()
    {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("probe"));
        if (m_copy.isLoaded())
            m_copy.unload();
    }

    void programLibraryIsTheDrivers()
    {
        const Status s = sqlitelib::probe(m_db, sqlitelib::programLibrary());
        QVERIFY2(s, qPrintable(s ? QString() : s.error().text()));
        QVERIFY(sqlitelib::checkSameLibrary(m_db));
        QVERIFY(SqliteStatement::handleOf(m_db) != nullptr);
        // The probe leaves the process-wide setting it borrows as it was.
        QCOMPARE(sqlite3_soft_heap_limit64(-1), 0LL);
    }

    void secondCopyOfTheLibraryIsRefused()
    {
        // A copy of the library file under another name loads as a second, independent SQLite.
        const QString copyPath = m_dir.filePath(QStringLiteral("pd-second-sqlite") +
#ifdef Q_OS_WIN
                                                QStringLiteral(".dll")
#else
                                                QStringLiteral(".so")
#endif
        );
        QVERIFY(QFile::copy(QStringLiteral(PD_SQLITE_LIBRARY_FILE), copyPath));
        m_copy.setFileName(copyPath);
        QVERIFY2(m_copy.load(), qPrintable(m_copy.errorString()));
        const sqlitelib::Api second{
            reinterpret_cast<const char *(*)()>(m_copy.resolve("sqlite3_sourceid")),
            reinterpret_cast<long long (*)(long long)>(m_copy.resolve("sqlite3_soft_heap_limit64"))};
        QVERIFY(second.sourceId && second.softHeapLimit64);
        QCOMPARE(source(second.sourceId), source(&sqlite3_sourceid)); // same version: only the instance differs
        QVERIFY(second.softHeapLimit64 != &sqlite3_soft_heap_limit64);

        const Status s = sqlitelib::probe(m_db, second);
        QVERIFY(!s);
        QVERIFY2(s.error().message.contains(QStringLiteral("SQLite library of its own")), qPrintable(s.error().text()));
        QVERIFY(s.error().detail.contains(QStringLiteral("-system-sqlite")));
        QCOMPARE(second.softHeapLimit64(-1), 0LL); // restored in the copy too
    }

    void otherVersionIsRefusedWithBothVersions()
    {
        const Status s = sqlitelib::probe(m_db, sqlitelib::Api{&olderSourceId, &sqlite3_soft_heap_limit64});
        QVERIFY(!s);
        QVERIFY2(s.error().message.contains(QStringLiteral("2019-07-10 17:32:03")), qPrintable(s.error().message));
        QVERIFY(s.error().message.contains(QString::fromLatin1(sqlite3_sourceid()).left(19)));
    }

    void databaseOpensThroughTheCheck()
    {
        auto db = Database::open(m_dir.filePath(QStringLiteral("real.db")));
        QVERIFY2(db, qPrintable(db ? QString() : db.error().text()));
    }
};

QTEST_GUILESS_MAIN(TestSqliteLibrary)
#include "tst_sqlitelibrary.moc"
