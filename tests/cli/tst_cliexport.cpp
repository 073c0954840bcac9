// partnerdesk-cli export: every deal of a demo database written (rows counted against the database),
// the delimiter and BOM options, standard output, and usage errors.
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include "CliRun.h"
#include "CsvReader.h"

class TestCliExport final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void everyDealIsWritten();
    void delimiterAndBom();
    void usageErrors();

private:
    QTemporaryDir m_dir;
    QString m_db;
};

void TestCliExport::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_db = m_dir.filePath(QStringLiteral("cli.db"));
    QCOMPARE(runCli({QStringLiteral("--db"), m_db, QStringLiteral("demo"), QStringLiteral("--seed"), QStringLiteral("5"),
                     QStringLiteral("--partners"), QStringLiteral("30"), QStringLiteral("--deals"), QStringLiteral("3000")})
                 .exitCode,
             0);
}

void TestCliExport::everyDealIsWritten()
{
    const QString out = m_dir.filePath(QStringLiteral("d.csv"));
    const CliRun run = runCli({QStringLiteral("--db"), m_db, QStringLiteral("export"), QStringLiteral("deals"), QStringLiteral("--out"), out});
    QCOMPARE(run.exitCode, 0);
    QFile f(out);
    QVERIFY(f.open(QIODevice::ReadOnly));
    auto records = pd::io::CsvReader::readAll(f.readAll());
    QVERIFY(records.ok());
    qint64 stored = -1;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("count"));
        db.setDatabaseName(m_db);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM deals")) && q.next());
        stored = q.value(0).toLongLong();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("count"));
    QCOMPARE(stored, 3000);
    QCOMPARE(records.value().size() - 1, stored);
    QCOMPARE(records.value().constFirst().fields.constFirst(), QStringLiteral("ID"));
    QVERIFY(run.err.contains(QStringLiteral("3000 rows written")));
}

void TestCliExport::delimiterAndBom()
{
    const CliRun semicolon = runCli({QStringLiteral("--db"), m_db, QStringLiteral("export"), QStringLiteral("partners"),
                                     QStringLiteral("--delimiter"), QStringLiteral(";"), QStringLiteral("--no-bom")});
    QCOMPARE(semicolon.exitCode, 0);
    QVERIFY(!semicolon.out.startsWith("\xEF\xBB\xBF"));
    QVERIFY(semicolon.out.startsWith("INN;Name;Legal form"));
    const CliRun comma = runCli({QStringLiteral("--db"), m_db, QStringLiteral("export"), QStringLiteral("people")});
    QCOMPARE(comma.exitCode, 0);
    QVERIFY(comma.out.startsWith("\xEF\xBB\xBFPartner INN,Full name,"));
}

void TestCliExport::usageErrors()
{
    QCOMPARE(runCli({QStringLiteral("--db"), m_db, QStringLiteral("export")}).exitCode, 2);
    QCOMPARE(runCli({QStringLiteral("--db"), m_db, QStringLiteral("export"), QStringLiteral("nope")}).exitCode, 2);
    QCOMPARE(runCli({QStringLiteral("--db"), m_db, QStringLiteral("export"), QStringLiteral("deals"), QStringLiteral("--delimiter"),
                     QStringLiteral("|")})
                 .exitCode,
             2);
    QCOMPARE(runCli({QStringLiteral("--db"), m_dir.filePath(QStringLiteral("absent.db")), QStringLiteral("export"), QStringLiteral("deals")})
                 .exitCode,
             1);
}

QTEST_GUILESS_MAIN(TestCliExport)
#include "tst_cliexport.moc"
