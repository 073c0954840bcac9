// partnerdesk-cli import: a file with one bad row among thousands exits 1, names the line, column and
// reason, and leaves the database byte for byte as it was; a dry run changes nothing; a good file is
// imported and importing it again changes nothing; usage errors exit 2; a non-UTF-8 file is refused.
#include <QCryptographicHash>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include "CliRun.h"
#include "Inn.h"

namespace {

QString innFor(int n)
{
    return pd::domain::inn::complete(QStringLiteral("78%1").arg(n, 7, 10, QLatin1Char('0')));
}

QByteArray hashOf(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

} // namespace

class TestCliImport final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void oneBadRowAmongThousandsChangesNothing();
    void dryRunChangesNothing();
    void importThenReimport();
    void usageErrors();
    void notUtf8IsRefused();

private:
    QString file(const QString &name, const QByteArray &bytes);
    QString goodPartners(int count) const;

    QTemporaryDir m_dir;
    QString m_db;
};

void TestCliImport::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_db = m_dir.filePath(QStringLiteral("cli.db"));
    const CliRun demo =
        runCli({QStringLiteral("--db"), m_db, QStringLiteral("demo"), QStringLiteral("--seed"), QStringLiteral("3"),
                QStringLiteral("--partners"), QStringLiteral("20"), QStringLiteral("--deals"), QStringLiteral("100")});
    QCOMPARE(demo.exitCode, 0);
}

QString TestCliImport::file(const QString &name, const QByteArray &bytes)
{
    const QString path = m_dir.filePath(name);
    QFile f(path);
    if (f.open(QIODevice::WriteOnly))
        f.write(bytes);
    return path;
}

QString TestCliImport::goodPartners(int count) const
{
    QString csv = QStringLiteral("Название;ИНН;Дата регистрации;Регион\r\n");
    for (int i = 1; i <= count; ++i)
        csv += QStringLiteral("ООО «Импорт %1»;%2;2020-02-03;Тверь\r\n").arg(i).arg(innFor(i));
    return csv;
}

void TestCliImport::oneBadRowAmongThousandsChangesNothing()
{
    QString csv = goodPartners(3000);
    csv.replace(QStringLiteral("ООО «Импорт 2345»;%1;2020-02-03").arg(innFor(2345)),
                QStringLiteral("ООО «Импорт 2345»;%1;2020-02-31").arg(innFor(2345)));
    const QString path = file(QStringLiteral("bad.csv"), csv.toUtf8());
    const QByteArray before = hashOf(m_db);
    const CliRun run =
        runCli({QStringLiteral("--db"), m_db, QStringLiteral("import"), QStringLiteral("partners"), path});
    QCOMPARE(run.exitCode, 1);
    // Line 1 is the header, so partner 2345 is on line 2346.
    QVERIFY2(run.err.contains(QStringLiteral("bad.csv:2346: Дата регистрации: «2020-02-31» is not a date")),
             qPrintable(run.err));
    QVERIFY(run.err.contains(QStringLiteral("Nothing was imported")));
    QCOMPARE(run.err.count(QStringLiteral("bad.csv:")), 1);
    QCOMPARE(hashOf(m_db), before);
}

void TestCliImport::dryRunChangesNothing()
{
    const QString path = file(QStringLiteral("dry.csv"), goodPartners(10).toUtf8());
    const QByteArray before = hashOf(m_db);
    const CliRun run = runCli({QStringLiteral("--db"), m_db, QStringLiteral("import"), QStringLiteral("partners"), path,
                               QStringLiteral("--dry-run")});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.err.contains(QStringLiteral("10 new")), qPrintable(run.err));
    QVERIFY(run.err.contains(QStringLiteral("Dry run")));
    QCOMPARE(hashOf(m_db), before);
}

void TestCliImport::importThenReimport()
{
    const QString path = file(QStringLiteral("good.csv"), goodPartners(25).toUtf8());
    const CliRun first =
        runCli({QStringLiteral("--db"), m_db, QStringLiteral("import"), QStringLiteral("partners"), path});
    QCOMPARE(first.exitCode, 0);
    QVERIFY2(first.err.contains(QStringLiteral("25 new")), qPrintable(first.err));
    const QString exported = m_dir.filePath(QStringLiteral("partners.csv"));
    QCOMPARE(runCli({QStringLiteral("--db"), m_db, QStringLiteral("export"), QStringLiteral("partners"),
                     QStringLiteral("--out"), exported})
                 .exitCode,
             0);
    const QByteArray before = hashOf(m_db);
    const CliRun again =
        runCli({QStringLiteral("--db"), m_db, QStringLiteral("import"), QStringLiteral("partners"), exported});
    QCOMPARE(again.exitCode, 0);
    QVERIFY2(again.err.contains(QStringLiteral("0 new, 0 updated, 45 unchanged")), qPrintable(again.err));
    QCOMPARE(hashOf(m_db), before);
}

void TestCliImport::usageErrors()
{
    QCOMPARE(runCli({QStringLiteral("--db"), m_db, QStringLiteral("import"), QStringLiteral("invoices"),
                     QStringLiteral("x.csv")})
                 .exitCode,
             2);
    QCOMPARE(runCli({QStringLiteral("--db"), m_db, QStringLiteral("import"), QStringLiteral("partners")}).exitCode, 2);
    const CliRun missing = runCli({QStringLiteral("--db"), m_db, QStringLiteral("import"), QStringLiteral("partners"),
                                   m_dir.filePath(QStringLiteral("absent.csv"))});
    QCOMPARE(missing.exitCode, 1);
    QVERIFY(missing.err.contains(QStringLiteral("absent.csv")));
}

void TestCliImport::notUtf8IsRefused()
{
    QByteArray csv("name,inn,registered_on\n\xCE\xCE\xCE,");
    csv += innFor(1).toLatin1() + ",2020-01-01\n";
    const QString path = file(QStringLiteral("cp1251.csv"), csv);
    const CliRun run =
        runCli({QStringLiteral("--db"), m_db, QStringLiteral("import"), QStringLiteral("partners"), path});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(QStringLiteral("line 2: the file is not UTF-8")), qPrintable(run.err));
}

QTEST_GUILESS_MAIN(TestCliImport)
#include "tst_cliimport.moc"
