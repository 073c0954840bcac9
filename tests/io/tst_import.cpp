// pd::io::Importer and TableExport: headers in Russian or English in any order (unknown columns reported),
// every bad row with its line and column and nothing written, a dry run that writes nothing, re-import by
// natural keys that changes nothing (no audit, no outbox), audit and outbox for synced entities, a Cyrillic
// round trip export → import → export with identical bytes, formulas neutralised and restored, and a
// cancelled export that leaves no file.
#include <QDir>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include "Clock.h"
#include "CsvReader.h"
#include "Database.h"
#include "Importer.h"
#include "Inn.h"
#include "TableExport.h"

using namespace pd;
using namespace pd::io;

namespace {

const QDateTime kNow(QDate(2026, 3, 15), QTime(10, 0), Qt::UTC);

QString innFor(int n)
{
    return domain::inn::complete(QStringLiteral("77%1").arg(n, 7, 10, QLatin1Char('0')));
}

qint64 countOf(const QSqlDatabase &db, const QString &table)
{
    QSqlQuery q(db);
    // Table names are literals of this test.
    q.exec(QStringLiteral("SELECT count(*) FROM %1").arg(table));
    return q.next() ? q.value(0).toLongLong() : -1;
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class TestImport final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void partnersWithRussianHeadersInAnyOrder();
    void badRowsAreReportedAndNothingIsWritten();
    void dryRunWritesNothing();
    void reimportChangesNothing();
    void changedRowUpdatesWithAudit();
    void missingRequiredColumnIsRefused();
    void peopleAndCertificates();
    void namesakesAreToldApartByTheirId();
    void dealsImportAndReimport();
    void consumptionByNaturalKey();
    void bulkConsumptionIsAllOrNothingAndMarksClosedMonths();
    void databaseFailureWhileWritingNamesTheLine();
    void cyrillicRoundTrip();
    void formulasAreNeutralisedAndRestored();
    void cancelledExportLeavesNoFile();
    void nonUtf8FileIsRefused();

private:
    QString write(const QString &name, const QByteArray &bytes);
    Result<ImportReport> import(DataTable table, const QByteArray &bytes, bool dryRun = false);

    QTemporaryDir m_dir;
    std::unique_ptr<storage::Database> m_db;
    FixedClock m_clock{kNow};
};

void TestImport::init()
{
    QVERIFY(m_dir.isValid());
    auto opened = storage::Database::open(
        m_dir.filePath(QStringLiteral("t-%1.db").arg(QLatin1String(QTest::currentTestFunction()))));
    QVERIFY2(opened.ok(), qPrintable(opened.ok() ? QString() : opened.error().text()));
    m_db = std::move(opened).value();
}

void TestImport::cleanup()
{
    m_db.reset();
}

QString TestImport::write(const QString &name, const QByteArray &bytes)
{
    const QString path = m_dir.filePath(name);
    QFile f(path);
    if (f.open(QIODevice::WriteOnly))
        f.write(bytes);
    return path;
}

Result<ImportReport> TestImport::import(DataTable table, const QByteArray &bytes, bool dryRun)
{
    Importer importer(m_db->connection(), m_clock, QStringLiteral("tester"));
    ImportOptions options;
    options.dryRun = dryRun;
    return importer.run(table, write(QStringLiteral("in.csv"), bytes), options);
}

void TestImport::partnersWithRussianHeadersInAnyOrder()
{
    const QByteArray csv =
        QByteArray("\xEF\xBB\xBF")
        + QStringLiteral("Регион;Название;ИНН;Дата регистрации;Статус;Лишняя колонка;Этап подключения\r\n"
                         "Москва;ООО «Ромашка»;%1;2019-05-01;Золотой;x;Договор подписан\r\n"
                         "Казань;ИП Петров;%2;01.02.2018;;y;\r\n")
              .arg(innFor(1), domain::inn::complete(QStringLiteral("7707083890")))
              .toUtf8();
    auto report = import(DataTable::Partners, csv);
    QVERIFY2(report.ok(), qPrintable(report.ok() ? QString() : report.error().text()));
    QCOMPARE(report.value().issueCount, 0);
    QCOMPARE(report.value().created, 2);
    QVERIFY(report.value().applied);
    QCOMPARE(report.value().unknownColumns, QStringList{QStringLiteral("Лишняя колонка")});
    QSqlQuery q(m_db->connection());
    QVERIFY(
        q.exec(QStringLiteral("SELECT name, tier, region, legal_form, registered_on FROM partners ORDER BY region")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("ИП Петров"));
    QCOMPARE(q.value(3).toString(), QStringLiteral("sole_proprietor")); // from the 12-digit INN
    QCOMPARE(q.value(4).toString(), QStringLiteral("2018-02-01"));
    QVERIFY(q.next());
    QCOMPARE(q.value(1).toString(), QStringLiteral("gold"));
    // Synced entities: one audit entry and one outbox mutation per record.
    QCOMPARE(countOf(m_db->connection(), QStringLiteral("outbox")), 2);
    QCOMPARE(countOf(m_db->connection(), QStringLiteral("audit_log")), 2);
}

void TestImport::badRowsAreReportedAndNothingIsWritten()
{
    QByteArray csv("INN,Name,Registered on,Status,Stage\n");
    for (int i = 1; i <= 2000; ++i) {
        QString inn = innFor(i);
        QString date = QStringLiteral("2020-01-01");
        QString tier = QStringLiteral("silver");
        if (i == 777)
            inn.replace(inn.size() - 1, 1, QString::number((inn.back().digitValue() + 1) % 10)); // a bad check digit
        if (i == 1500)
            date = QStringLiteral("2020-13-45");
        if (i == 1600)
            tier = QStringLiteral("Diamond");
        csv += QStringLiteral("%1,Partner %2,%3,%4,agreement_signed\n").arg(inn).arg(i).arg(date, tier).toUtf8();
    }
    auto report = import(DataTable::Partners, csv);
    QVERIFY(report.ok());
    QCOMPARE(report.value().issueCount, 3);
    QVERIFY(!report.value().applied);
    const QList<ImportIssue> &issues = report.value().issues;
    QCOMPARE(issues.at(0).line, 778); // line 1 is the header
    QCOMPARE(issues.at(0).column, QStringLiteral("INN"));
    QCOMPARE(issues.at(1).line, 1501);
    QCOMPARE(issues.at(1).column, QStringLiteral("Registered on"));
    QVERIFY(issues.at(1).message.contains(QStringLiteral("2020-13-45")));
    QCOMPARE(issues.at(2).line, 1601);
    QCOMPARE(issues.at(2).column, QStringLiteral("Status"));
    QVERIFY(issues.at(2).message.contains(QStringLiteral("Diamond")));
    QCOMPARE(countOf(m_db->connection(), QStringLiteral("partners")), 0);
    QCOMPARE(countOf(m_db->connection(), QStringLiteral("outbox")), 0);
    QCOMPARE(countOf(m_db->connection(), QStringLiteral("audit_log")), 0);
}

void TestImport::dryRunWritesNothing()
{
    const QByteArray csv = QStringLiteral("inn,name,registered_on\n%1,A,2020-01-01\n").arg(innFor(5)).toUtf8();
    auto report = import(DataTable::Partners, csv, true);
    QVERIFY(report.ok());
    QCOMPARE(report.value().created, 1);
    QVERIFY(report.value().dryRun);
    QVERIFY(!report.value().applied);
    QCOMPARE(countOf(m_db->connection(), QStringLiteral("partners")), 0);
}

void TestImport::reimportChangesNothing()
{
    const QByteArray csv = QStringLiteral("inn,name,registered_on,manager\n%1,A,2020-01-01,Ivanova\n%2,B,2021-01-01,\n")
                               .arg(innFor(6), innFor(7))
                               .toUtf8();
    QVERIFY(import(DataTable::Partners, csv).ok());
    const qint64 outbox = countOf(m_db->connection(), QStringLiteral("outbox"));
    const qint64 audit = countOf(m_db->connection(), QStringLiteral("audit_log"));
    auto again = import(DataTable::Partners, csv);
    QVERIFY(again.ok());
    QCOMPARE(again.value().unchanged, 2);
    QCOMPARE(again.value().created + again.value().updated, 0);
    QCOMPARE(countOf(m_db->connection(), QStringLiteral("partners")), 2);
    QCOMPARE(countOf(m_db->connection(), QStringLiteral("outbox")), outbox);
    QCOMPARE(countOf(m_db->connection(), QStringLiteral("audit_log")), audit);
}

void TestImport::changedRowUpdatesWithAudit()
{
    QVERIFY(
        import(DataTable::Partners, QStringLiteral("inn,name,registered_on\n%1,A,2020-01-01\n").arg(innFor(8)).toUtf8())
            .ok());
    // A file with fewer columns keeps what it does not name.
    auto report = import(DataTable::Partners, QStringLiteral("ИНН,Менеджер\n%1,Смирнова\n").arg(innFor(8)).toUtf8());
    QVERIFY2(report.ok(), qPrintable(report.ok() ? QString() : report.error().text()));
    QCOMPARE(report.value().issueCount, 0);
    QCOMPARE(report.value().updated, 1);
    QSqlQuery q(m_db->connection());
    QVERIFY(q.exec(QStringLiteral("SELECT name, manager FROM partners")) && q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("A"));
    QCOMPARE(q.value(1).toString(), QStringLiteral("Смирнова"));
    QVERIFY(q.exec(QStringLiteral("SELECT action, changes FROM audit_log ORDER BY id DESC LIMIT 1")) && q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("update"));
    QVERIFY(q.value(1).toString().contains(QStringLiteral("manager")));
}

void TestImport::missingRequiredColumnIsRefused()
{
    auto report = import(DataTable::Partners, QByteArray("name,region\nA,B\n"));
    QVERIFY(!report.ok());
    QVERIFY2(report.error().message.contains(QStringLiteral("INN")), qPrintable(report.error().message));
}

void TestImport::peopleAndCertificates()
{
    QVERIFY(
        import(DataTable::Partners, QStringLiteral("inn,name,registered_on\n%1,A,2020-01-01\n").arg(innFor(9)).toUtf8())
            .ok());
    auto people =
        import(DataTable::People, QStringLiteral("ИНН партнера,ФИО,Эл. почта\n%1,Анна Смирнова,anna@example.ru\n"
                                                 "%1,Олег,not-an-email\n%2,X,\n")
                                      .arg(innFor(9), innFor(10))
                                      .toUtf8());
    QVERIFY(people.ok());
    QCOMPARE(people.value().issueCount, 2);
    QCOMPARE(people.value().issues.at(0).line, 3);
    QCOMPARE(people.value().issues.at(0).column, QStringLiteral("Эл. почта"));
    QCOMPARE(people.value().issues.at(1).line, 4);
    QCOMPARE(people.value().issues.at(1).column, QStringLiteral("ИНН партнера"));
    QCOMPARE(countOf(m_db->connection(), QStringLiteral("people")), 0);

    auto good =
        import(DataTable::People,
               QStringLiteral("partner_inn,name,email\n%1,Анна Смирнова,anna@example.ru\n").arg(innFor(9)).toUtf8());
    QVERIFY(good.ok());
    QCOMPARE(good.value().created, 1);
    const QByteArray certs =
        QStringLiteral("Partner INN,Person,Competence,Issued on\n%1,анна смирнова,Пресейл,2025-06-01\n"
                       "%1,Анна Смирнова,Sale,2027-01-01\n")
            .arg(innFor(9))
            .toUtf8();
    auto bad = import(DataTable::Certificates, certs);
    QVERIFY(bad.ok());
    QCOMPARE(bad.value().issueCount, 1); // issued in the future
    QCOMPARE(bad.value().issues.at(0).line, 3);
    QVERIFY(import(DataTable::Certificates,
                   QStringLiteral("Partner INN,Person,Competence,Issued on\n%1,анна смирнова,Пресейл,2025-06-01\n")
                       .arg(innFor(9))
                       .toUtf8())
                .ok());
    QSqlQuery q(m_db->connection());
    QVERIFY(q.exec(QStringLiteral("SELECT competence, expires_on FROM certificates")) && q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("pre_sale"));
    QCOMPARE(q.value(1).toString(), QStringLiteral("2027-06-01")); // the program rule's 24 months
    QVERIFY(!q.next());
}

void TestImport::namesakesAreToldApartByTheirId()
{
    QVERIFY(import(DataTable::Partners,
                   QStringLiteral("inn,name,registered_on\n%1,A,2020-01-01\n").arg(innFor(11)).toUtf8())
                .ok());
    const QString first = QStringLiteral("0b6f3c1e-8d2a-4c55-9a61-2f3e4d5c6b7a");
    const QString second = QStringLiteral("7d1e2f3a-4b5c-4d6e-8f70-819203a4b5c6");
    auto both =
        import(DataTable::People, QStringLiteral("id,partner_inn,name,email\n%2,%1,Иван Петров,ivan@example.ru\n"
                                                 "%3,%1,Иван Петров,petrov@example.ru\n")
                                      .arg(innFor(11), first, second)
                                      .toUtf8());
    QVERIFY(both.ok());
    QCOMPARE(both.value().issueCount, 0);
    QCOMPARE(both.value().created, 2);

    // By id, each namesake keeps its own row; by name alone, which one is meant cannot be told.
    auto byId =
        import(DataTable::People, QStringLiteral("ID,Partner INN,Full name,Phone\n%2,%1,Иван Петров,+7 812 000-00-02\n")
                                      .arg(innFor(11), second)
                                      .toUtf8());
    QVERIFY(byId.ok());
    QCOMPARE(byId.value().updated, 1);
    QSqlQuery q(m_db->connection());
    QVERIFY(q.exec(QStringLiteral("SELECT id, email, phone FROM people ORDER BY sort_order")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toString(), first);
    QCOMPARE(q.value(2).toString(), QString());
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toString(), second);
    QCOMPARE(q.value(1).toString(), QStringLiteral("petrov@example.ru"));
    QCOMPARE(q.value(2).toString(), QStringLiteral("+7 812 000-00-02"));

    auto byName =
        import(DataTable::People,
               QStringLiteral("partner_inn,name,phone\n%1,иван петров,+7 812 000-00-03\n").arg(innFor(11)).toUtf8());
    QVERIFY(byName.ok());
    QCOMPARE(byName.value().issueCount, 1);
    QVERIFY2(byName.value().issues.at(0).message.contains(QStringLiteral("ID")),
             qPrintable(byName.value().issues.at(0).message));
    auto badId =
        import(DataTable::People, QStringLiteral("id,partner_inn,name\nnot-a-uuid,%1,Анна\n").arg(innFor(11)).toUtf8());
    QVERIFY(badId.ok());
    QCOMPARE(badId.value().issueCount, 1);
    QCOMPARE(badId.value().issues.at(0).column, QStringLiteral("id"));
    QCOMPARE(countOf(m_db->connection(), QStringLiteral("people")), 2);
}

void TestImport::dealsImportAndReimport()
{
    QVERIFY(import(DataTable::Partners,
                   QStringLiteral("inn,name,registered_on\n%1,A,2020-01-01\n").arg(innFor(11)).toUtf8())
                .ok());
    const QByteArray csv =
        QStringLiteral("Partner INN,Customer,Customer INN,Products,Amount excl. VAT,Expected year,Expected quarter,"
                       "Application state\n"
                       "%1,ООО Заказчик,7707083893,\"Cloud Servers, Object Storage\",1 500 000.50,2026,2,Новая\n"
                       "%1,Без ИНН,,Kubernetes,100,2026,3,registered\n")
            .arg(innFor(11))
            .toUtf8();
    auto report = import(DataTable::Deals, csv);
    QVERIFY2(report.ok(), qPrintable(report.ok() ? QString() : report.error().text()));
    QCOMPARE(report.value().issueCount, 0);
    QCOMPARE(report.value().created, 2);
    QSqlQuery q(m_db->connection());
    QVERIFY(q.exec(QStringLiteral("SELECT amount_minor, products, state FROM deals ORDER BY amount_minor DESC"))
            && q.next());
    QCOMPARE(q.value(0).toLongLong(), 150000050);
    QCOMPARE(q.value(1).toString(), QStringLiteral("[\"Cloud Servers\",\"Object Storage\"]"));
    QCOMPARE(countOf(m_db->connection(), QStringLiteral("deal_products")), 3);
    const qint64 outbox = countOf(m_db->connection(), QStringLiteral("outbox"));
    auto again = import(DataTable::Deals, csv);
    QVERIFY(again.ok());
    QCOMPARE(again.value().unchanged, 2);
    QCOMPARE(countOf(m_db->connection(), QStringLiteral("deals")), 2);
    QCOMPARE(countOf(m_db->connection(), QStringLiteral("outbox")), outbox);

    auto bad = import(DataTable::Deals,
                      QStringLiteral("Partner INN,Customer,Products,Amount,Expected year,Expected quarter,Outcome\n"
                                     "%1,X,P,abc,2026,5,won\n")
                          .arg(innFor(11))
                          .toUtf8());
    QVERIFY(bad.ok());
    QCOMPARE(bad.value().issueCount, 3); // amount, quarter, and won without registration
}

void TestImport::consumptionByNaturalKey()
{
    QVERIFY(import(DataTable::Partners,
                   QStringLiteral("inn,name,registered_on\n%1,A,2020-01-01\n").arg(innFor(20)).toUtf8())
                .ok());
    const QString customer = QStringLiteral("7707083893");
    const QString header =
        QStringLiteral("ИНН партнера;ИНН клиента;Клиент;Месяц;Категория услуг;Проект;Сумма без НДС\n");
    const QByteArray csv = (header
                            + QStringLiteral("%1;%2;ООО Клиент;2026-02;Вычисления;p1;1 234,50\n"
                                             "%1;%2;ООО Клиент;2026-02;storage;p1;-10\n"
                                             "%1;%2;ООО Клиент;03.2026;compute;;99.99\n")
                                  .arg(innFor(20), customer))
                               .toUtf8();
    auto first = import(DataTable::Consumption, csv);
    QVERIFY2(first.ok(), qPrintable(first.ok() ? QString() : first.error().text()));
    QCOMPARE(first.value().issueCount, 0);
    QCOMPARE(first.value().created, 3);
    QSqlQuery q(m_db->connection());
    QVERIFY(q.exec(QStringLiteral(
        "SELECT month, category, project, amount_minor, updated_at FROM consumption ORDER BY month, category")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("2026-02-01"));
    QCOMPARE(q.value(1).toString(), QStringLiteral("compute"));
    QCOMPARE(q.value(3).toLongLong(), 123450);
    const QString stamp = q.value(4).toString();
    // The same file again: nothing changes, not even the time of the last change.
    m_clock.advanceSecs(3600);
    auto again = import(DataTable::Consumption, csv);
    QVERIFY(again.ok());
    QCOMPARE(again.value().unchanged, 3);
    QVERIFY(q.exec(QStringLiteral("SELECT count(*), max(updated_at) FROM consumption")) && q.next());
    QCOMPARE(q.value(0).toLongLong(), 3);
    QCOMPARE(q.value(1).toString(), stamp);
    // A changed amount replaces the stored record by its natural key.
    auto changed = import(
        DataTable::Consumption,
        (header + QStringLiteral("%1;%2;ООО Клиент;2026-02;compute;p1;2000\n").arg(innFor(20), customer)).toUtf8());
    QVERIFY(changed.ok());
    QCOMPARE(changed.value().updated, 1);
    QCOMPARE(countOf(m_db->connection(), QStringLiteral("consumption")), 3);
    QCOMPARE(countOf(m_db->connection(), QStringLiteral("outbox")), 1); // the partner only: consumption is not synced

    auto bad = import(DataTable::Consumption, (header
                                               + QStringLiteral("%1;1234567890;X;2026-02;compute;p;1\n"
                                                                "%1;%2;X;2026-13;compute;p;1\n"
                                                                "%1;%2;X;2026-04;gold;p;1\n"
                                                                "%1;%2;X;2026-04;compute;p;1\n"
                                                                "%1;%2;X;2026-04;Вычисления;p;2\n")
                                                     .arg(innFor(20), customer))
                                                  .toUtf8());
    QVERIFY(bad.ok());
    QCOMPARE(bad.value().issueCount, 4);
    QCOMPARE(bad.value().issues.at(0).line, 2);
    QCOMPARE(bad.value().issues.at(0).column, QStringLiteral("ИНН клиента"));
    QCOMPARE(bad.value().issues.at(1).column, QStringLiteral("Месяц"));
    QCOMPARE(bad.value().issues.at(2).column, QStringLiteral("Категория услуг"));
    QCOMPARE(bad.value().issues.at(3).line, 6);
    QVERIFY(bad.value().issues.at(3).message.contains(QStringLiteral("line 5")));
    QCOMPARE(countOf(m_db->connection(), QStringLiteral("consumption")), 3);
}

void TestImport::bulkConsumptionIsAllOrNothingAndMarksClosedMonths()
{
    // A file big enough for the bulk path (the month index and the closed-period insert trigger are dropped
    // and made again at the end): a bad last row leaves nothing and the schema whole; a good file is written
    // with every closed month it touches marked, as the trigger would have marked it row by row.
    const QString partnerA = innFor(20);
    const QString partnerB = innFor(21);
    QVERIFY(import(DataTable::Partners, QStringLiteral("inn,name,registered_on\n%1,A,2020-01-01\n%2,B,2020-01-01\n")
                                            .arg(partnerA, partnerB)
                                            .toUtf8())
                .ok());
    QSqlQuery q(m_db->connection());
    QVERIFY(q.exec(QStringLiteral("INSERT INTO settlement_periods (month, state) VALUES ('2026-01-01', 'closed')")));
    QVERIFY(q.exec(QStringLiteral("PRAGMA cache_size")) && q.next());
    const qint64 cacheSize = q.value(0).toLongLong();
    q.finish();

    const int rows = 60'000;
    QByteArray csv("partner_inn,customer_inn,customer_name,month,service,project,amount\n");
    const QStringList categories{QStringLiteral("compute"), QStringLiteral("storage"), QStringLiteral("network")};
    for (int i = 0; i < rows; ++i) {
        const int customer = i % 3000;
        const int slot = i / 3000; // 0..19: month and category
        // Partner A bills January (closed); partner B only later months.
        const bool a = customer % 2 == 0;
        const int month = a ? 1 + slot % 10 : 2 + slot % 9;
        csv += (a ? partnerA : partnerB).toLatin1() + ',' + innFor(100000 + customer).toLatin1() + ','
               + QStringLiteral("ООО «Клиент %1» длинное имя").arg(customer).toUtf8() + ','
               + QStringLiteral("2026-%1").arg(month, 2, 10, QLatin1Char('0')).toLatin1() + ','
               + categories.at(slot / 10 % 3).toLatin1() + ",p" + QByteArray::number(slot) + ','
               + QByteArray::number(100 + i) + ".50\n";
    }
    auto schemaObjects = [&] {
        QSqlQuery s(m_db->connection());
        s.exec(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name IN ('consumption_month_cover', "
                              "'consumption_closed_insert', 'consumption_id', 'consumption_natural_key')"));
        return s.next() ? s.value(0).toInt() : -1;
    };

    auto bad = import(DataTable::Consumption, csv + partnerA.toLatin1() + ",123,X,2026-01,compute,p,1\n");
    QVERIFY2(bad.ok(), qPrintable(bad.ok() ? QString() : bad.error().text()));
    QCOMPARE(bad.value().issueCount, 1);
    QCOMPARE(bad.value().issues.constFirst().line, qint64(rows + 2));
    QVERIFY(!bad.value().applied);
    QCOMPARE(countOf(m_db->connection(), QStringLiteral("consumption")), 0);
    QCOMPARE(countOf(m_db->connection(), QStringLiteral("commission_dirty")), 0);
    QCOMPARE(schemaObjects(), 4);

    auto good = import(DataTable::Consumption, csv);
    QVERIFY2(good.ok(), qPrintable(good.ok() ? QString() : good.error().text()));
    QCOMPARE(good.value().issueCount, 0);
    QCOMPARE(good.value().created, rows);
    QCOMPARE(countOf(m_db->connection(), QStringLiteral("consumption")), qint64(rows));
    QCOMPARE(schemaObjects(), 4);
    QVERIFY(q.exec(QStringLiteral("SELECT p.inn FROM commission_dirty d JOIN partners p ON p.id = d.partner_id "
                                  "WHERE d.period = '2026-01-01'")));
    QStringList dirty;
    while (q.next())
        dirty.append(q.value(0).toString());
    QCOMPARE(dirty, QStringList{partnerA});
    QCOMPARE(countOf(m_db->connection(), QStringLiteral("commission_dirty")), 1);
    // New ids sort in the order the rows were written, so the id index grew at its end.
    QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM consumption a JOIN consumption b ON b.rowid = a.rowid + 1 "
                                  "WHERE b.id <= a.id"))
            && q.next());
    QCOMPARE(q.value(0).toLongLong(), 0);
    // The connection is as it was: CHECK constraints on, the page cache back to its size.
    QVERIFY(q.exec(QStringLiteral("PRAGMA ignore_check_constraints")) && q.next());
    QCOMPARE(q.value(0).toInt(), 0);
    QVERIFY(q.exec(QStringLiteral("PRAGMA cache_size")) && q.next());
    QCOMPARE(q.value(0).toLongLong(), cacheSize);
    q.finish();
    QVERIFY(q.exec(QStringLiteral("PRAGMA integrity_check")) && q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("ok"));
    q.finish();

    // The same file again changes nothing.
    auto again = import(DataTable::Consumption, csv);
    QVERIFY(again.ok());
    QCOMPARE(again.value().unchanged, rows);
    QCOMPARE(countOf(m_db->connection(), QStringLiteral("consumption")), qint64(rows));
    QCOMPARE(schemaObjects(), 4);

    // The unique indexes sorted at the end of the first import hold: a second row with a stored natural key or id
    // is refused by the table itself.
    QVERIFY(!q.exec(
        QStringLiteral("INSERT INTO consumption (id, partner_id, customer_inn, month, category, project, "
                       "amount_minor, created_at, updated_at) SELECT 'another', partner_id, customer_inn, month, "
                       "category, project, 1, created_at, updated_at FROM consumption LIMIT 1")));
    QVERIFY(!q.exec(QStringLiteral("INSERT INTO consumption (id, partner_id, customer_inn, month, category, project, "
                                   "amount_minor, created_at, updated_at) SELECT id, partner_id, customer_inn, month, "
                                   "category, 'another', 1, created_at, updated_at FROM consumption LIMIT 1")));
    QCOMPARE(countOf(m_db->connection(), QStringLiteral("consumption")), qint64(rows));
}

void TestImport::databaseFailureWhileWritingNamesTheLine()
{
    // The rows are written on a thread of their own while the next ones are read; when the database refuses one
    // (here a trigger of this test), the import stops with that row's line and nothing of the file is kept.
    const QString partner = innFor(30);
    QVERIFY(
        import(DataTable::Partners, QStringLiteral("inn,name,registered_on\n%1,A,2020-01-01\n").arg(partner).toUtf8())
            .ok());
    const int rows = 9'000;
    const int failing = 7'321; // the data row whose customer the trigger refuses: line failing + 2
    QByteArray csv("partner_inn,customer_inn,month,service,project,amount\n");
    for (int i = 0; i < rows; ++i)
        csv += partner.toLatin1() + ',' + innFor(200000 + i).toLatin1() + ",2026-02,compute,," + QByteArray::number(i)
               + "\n";
    QSqlQuery q(m_db->connection());
    QVERIFY(
        q.exec(QStringLiteral("CREATE TRIGGER test_refuse BEFORE INSERT ON consumption WHEN new.customer_inn = '%1' "
                              "BEGIN SELECT RAISE(ABORT, 'refused by the test'); END")
                   .arg(innFor(200000 + failing))));
    auto failed = import(DataTable::Consumption, csv);
    QVERIFY(!failed.ok());
    QVERIFY2(failed.error().message.contains(QStringLiteral("line %1:").arg(failing + 2)),
             qPrintable(failed.error().message));
    QVERIFY2(failed.error().message.contains(QStringLiteral("refused by the test")),
             qPrintable(failed.error().message));
    QCOMPARE(countOf(m_db->connection(), QStringLiteral("consumption")), 0);

    // Without the trigger the same file goes in whole, and a dry run of it afterwards writes nothing.
    QVERIFY(q.exec(QStringLiteral("DROP TRIGGER test_refuse")));
    auto good = import(DataTable::Consumption, csv);
    QVERIFY2(good.ok(), qPrintable(good.ok() ? QString() : good.error().text()));
    QCOMPARE(good.value().created, rows);
    QVERIFY(good.value().applied);
    QByteArray changed = csv;
    changed.replace(",2026-02,compute,,0\n", ",2026-02,compute,,5\n");
    auto dry = import(DataTable::Consumption, changed, true);
    QVERIFY(dry.ok());
    QCOMPARE(dry.value().updated, 1);
    QCOMPARE(dry.value().unchanged, rows - 1);
    QVERIFY(!dry.value().applied);
    QVERIFY(q.exec(QStringLiteral("SELECT amount_minor FROM consumption WHERE customer_inn = '%1'").arg(innFor(200000)))
            && q.next());
    QCOMPARE(q.value(0).toLongLong(), 0);
}

void TestImport::cyrillicRoundTrip()
{
    const QByteArray partners =
        QStringLiteral("ИНН,Название,Дата регистрации,Регион,Заметки,Модель сотрудничества\n"
                       "%1,\"ООО «Ёлка», филиал\",2019-05-01,Санкт-Петербург,\"две\nстроки\",Агент\n"
                       "%2,АО \"Кавычки\",2018-01-01,Москва,,Партнер\n")
            .arg(innFor(12), innFor(13))
            .toUtf8();
    auto initial = import(DataTable::Partners, partners);
    QVERIFY(initial.ok());
    for (const ImportIssue &i : initial.value().issues)
        qWarning() << i.line << i.column << i.message;
    QCOMPARE(initial.value().issueCount, 0);
    QVERIFY(
        import(DataTable::People,
               QStringLiteral("ИНН партнера,ФИО,Должность\n%1,Пётр Щукин,Директор; продажи\n").arg(innFor(12)).toUtf8())
            .ok());
    for (DataTable table : {DataTable::Partners, DataTable::People}) {
        const QString first = m_dir.filePath(QStringLiteral("first-%1.csv").arg(toKey(table)));
        auto written = TableExport(m_db->connection()).toFile(table, first, CsvOptions{QLatin1Char(';'), true});
        QVERIFY(written.ok());
        const QByteArray bytes = readFile(first);
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
        if (table == DataTable::Partners)
            QVERIFY(bytes.contains(QStringLiteral("ООО «Ёлка», филиал").toUtf8()));

        // Into a fresh database, then out again: the same bytes.
        auto other = storage::Database::open(m_dir.filePath(QStringLiteral("other-%1.db").arg(toKey(table))));
        QVERIFY(other.ok());
        if (table == DataTable::People)
            QVERIFY(Importer(other.value()->connection(), m_clock, {})
                        .run(DataTable::Partners, m_dir.filePath(QStringLiteral("first-partners.csv")))
                        .ok());
        auto imported = Importer(other.value()->connection(), m_clock, {}).run(table, first);
        QVERIFY2(imported.ok(), qPrintable(imported.ok() ? QString() : imported.error().text()));
        QCOMPARE(imported.value().issueCount, 0);
        QVERIFY(imported.value().applied);
        const QString second = m_dir.filePath(QStringLiteral("second-%1.csv").arg(toKey(table)));
        QVERIFY(
            TableExport(other.value()->connection()).toFile(table, second, CsvOptions{QLatin1Char(';'), true}).ok());
        QCOMPARE(readFile(second), bytes);
    }
}

void TestImport::formulasAreNeutralisedAndRestored()
{
    QVERIFY(import(DataTable::Partners,
                   QStringLiteral("inn,name,registered_on,notes\n%1,\"=HYPERLINK(\"\"x\"\")\",2020-01-01,+7 495\n")
                       .arg(innFor(14))
                       .toUtf8())
                .ok());
    const QString path = m_dir.filePath(QStringLiteral("formula.csv"));
    QVERIFY(TableExport(m_db->connection()).toFile(DataTable::Partners, path, CsvOptions{}).ok());
    auto records = CsvReader::readAll(readFile(path));
    QVERIFY(records.ok());
    QCOMPARE(records.value().at(1).fields.at(1), QStringLiteral("'=HYPERLINK(\"x\")"));
    QCOMPARE(records.value().at(1).fields.at(9), QStringLiteral("'+7 495"));
    // Importing the exported file restores the values: nothing changes.
    auto again = Importer(m_db->connection(), m_clock, {}).run(DataTable::Partners, path);
    QVERIFY(again.ok());
    QCOMPARE(again.value().unchanged, 1);
}

void TestImport::cancelledExportLeavesNoFile()
{
    QVERIFY(import(DataTable::Partners,
                   QStringLiteral("inn,name,registered_on\n%1,A,2020-01-01\n").arg(innFor(15)).toUtf8())
                .ok());
    const QString path = m_dir.filePath(QStringLiteral("cancelled.csv"));
    auto written = TableExport(m_db->connection()).toFile(DataTable::Partners, path, CsvOptions{}, [](qint64, qint64) {
        return false;
    });
    QVERIFY(!written.ok());
    QVERIFY(written.error().message.contains(QStringLiteral("cancelled")));
    QVERIFY(!QFile::exists(path));
    QCOMPARE(QDir(m_dir.path()).entryList({QStringLiteral("cancelled*")}, QDir::Files), QStringList());
}

void TestImport::nonUtf8FileIsRefused()
{
    QByteArray csv("inn,name,registered_on\n");
    csv += innFor(16).toLatin1() + ",\xCE\xCE\xCE \xD0\xEE\xEC\xE0\xF8\xEA\xE0,2020-01-01\n"; // Windows-1251
    auto report = import(DataTable::Partners, csv);
    QVERIFY(!report.ok());
    QVERIFY(report.error().message.contains(QStringLiteral("line 2")));
    QVERIFY(report.error().message.contains(QStringLiteral("UTF-8")));
    QCOMPARE(countOf(m_db->connection(), QStringLiteral("partners")), 0);
}

QTEST_GUILESS_MAIN(TestImport)
#include "tst_import.moc"
