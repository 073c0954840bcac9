// partnerdesk-cli export: every deal of a demo database written (rows counted against the database),
// the delimiter and BOM options, standard output, usage errors, and people exported and imported back.
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include "CliRun.h"
#include "CsvReader.h"
#include "Database.h"
#include "PartnerRepository.h"

namespace {

// Every person with the INN of their partner, one line each, in a stable order.
QStringList peopleOf(const QString &path)
{
    QStringList lines;
    const QString name = QStringLiteral("people-") + path;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        if (!db.open())
            return {QStringLiteral("cannot open ") + path};
        QSqlQuery q(db);
        q.exec(QStringLiteral(
            "SELECT pe.id, p.inn, pe.name, pe.position, pe.email, pe.phone, pe.sort_order FROM people pe "
            "JOIN partners p ON p.id = pe.partner_id ORDER BY pe.id"));
        while (q.next()) {
            QStringList cells;
            for (int i = 0; i < 7; ++i)
                cells.append(q.value(i).toString());
            lines.append(cells.join(QLatin1Char('|')));
        }
    }
    QSqlDatabase::removeDatabase(name);
    return lines;
}

} // namespace

class TestCliExport final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void everyDealIsWritten();
    void delimiterAndBom();
    void usageErrors();
    void peopleOfTheSameNameImportBack();

private:
    QTemporaryDir m_dir;
    QString m_db;
};

void TestCliExport::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_db = m_dir.filePath(QStringLiteral("cli.db"));
    QCOMPARE(
        runCli({QStringLiteral("--db"), m_db, QStringLiteral("demo"), QStringLiteral("--seed"), QStringLiteral("5"),
                QStringLiteral("--partners"), QStringLiteral("30"), QStringLiteral("--deals"), QStringLiteral("3000")})
            .exitCode,
        0);
}

void TestCliExport::everyDealIsWritten()
{
    const QString out = m_dir.filePath(QStringLiteral("d.csv"));
    const CliRun run = runCli({QStringLiteral("--db"), m_db, QStringLiteral("export"), QStringLiteral("deals"),
                               QStringLiteral("--out"), out});
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
    QVERIFY(comma.out.startsWith("\xEF\xBB\xBFID,Partner INN,Full name,"));
}

void TestCliExport::usageErrors()
{
    QCOMPARE(runCli({QStringLiteral("--db"), m_db, QStringLiteral("export")}).exitCode, 2);
    QCOMPARE(runCli({QStringLiteral("--db"), m_db, QStringLiteral("export"), QStringLiteral("nope")}).exitCode, 2);
    QCOMPARE(runCli({QStringLiteral("--db"), m_db, QStringLiteral("export"), QStringLiteral("deals"),
                     QStringLiteral("--delimiter"), QStringLiteral("|")})
                 .exitCode,
             2);
    QCOMPARE(runCli({QStringLiteral("--db"), m_dir.filePath(QStringLiteral("absent.db")), QStringLiteral("export"),
                     QStringLiteral("deals")})
                 .exitCode,
             1);
}

void TestCliExport::peopleOfTheSameNameImportBack()
{
    const QString source = m_dir.filePath(QStringLiteral("namesakes.db"));
    QCOMPARE(runCli({QStringLiteral("--db"), source, QStringLiteral("demo"), QStringLiteral("--seed"),
                     QStringLiteral("8"), QStringLiteral("--partners"), QStringLiteral("6")})
                 .exitCode,
             0);
    {
        // A second person of a partner with the name of its first, told apart by position and email.
        auto db = pd::storage::Database::open(source, pd::storage::Database::Mode::OpenExisting);
        QVERIFY(db.ok());
        pd::storage::PartnerRepository partners(db.value()->connection(), pd::SystemClock::instance(),
                                                QStringLiteral("test"));
        auto list = partners.list();
        QVERIFY(list.ok() && !list.value().isEmpty());
        auto partner = partners.get(list.value().constFirst().id);
        QVERIFY(partner.ok());
        QVERIFY(!partner.value().people.isEmpty());
        pd::domain::Partner p = partner.value();
        pd::domain::Person namesake = p.people.constFirst();
        namesake.id.clear();
        namesake.position = QStringLiteral("Engineer");
        namesake.email = QStringLiteral("namesake@example.org");
        namesake.phone = QStringLiteral("+7 495 000-00-01");
        p.people.append(namesake);
        auto updated = partners.update(p);
        QVERIFY2(updated.ok(), qPrintable(updated.ok() ? QString() : updated.error().text()));
    }
    const QStringList people = peopleOf(source);

    const QString partnersCsv = m_dir.filePath(QStringLiteral("namesakes-partners.csv"));
    const QString peopleCsv = m_dir.filePath(QStringLiteral("namesakes-people.csv"));
    QCOMPARE(runCli({QStringLiteral("--db"), source, QStringLiteral("export"), QStringLiteral("partners"),
                     QStringLiteral("--out"), partnersCsv})
                 .exitCode,
             0);
    QCOMPARE(runCli({QStringLiteral("--db"), source, QStringLiteral("export"), QStringLiteral("people"),
                     QStringLiteral("--out"), peopleCsv})
                 .exitCode,
             0);

    // Into a fresh database: every person arrives, namesakes included, with their own values and ids.
    const QString fresh = m_dir.filePath(QStringLiteral("namesakes-fresh.db"));
    QCOMPARE(runCli({QStringLiteral("--db"), fresh, QStringLiteral("import"), QStringLiteral("partners"), partnersCsv})
                 .exitCode,
             0);
    const CliRun intoFresh =
        runCli({QStringLiteral("--db"), fresh, QStringLiteral("import"), QStringLiteral("people"), peopleCsv});
    QVERIFY2(intoFresh.exitCode == 0, qPrintable(intoFresh.err));
    QCOMPARE(peopleOf(fresh), people);

    // Into the database it came from, and again into the fresh one: nothing new, nothing changed.
    for (const QString &db : {source, fresh}) {
        const CliRun again =
            runCli({QStringLiteral("--db"), db, QStringLiteral("import"), QStringLiteral("people"), peopleCsv});
        QVERIFY2(again.exitCode == 0, qPrintable(again.err));
        QVERIFY2(again.err.contains(QStringLiteral(": 0 new, 0 updated, %1 unchanged.").arg(people.size())),
                 qPrintable(again.err));
        QCOMPARE(peopleOf(db), people);
    }
}

QTEST_GUILESS_MAIN(TestCliExport)
#include "tst_cliexport.moc"
