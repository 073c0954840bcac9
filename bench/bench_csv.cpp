// CSV at scale, each against sqlite3's own shell on the same rows, printed as a ratio from one run:
//  - export of every deal of the large data set (1 000 000) by TableExport vs `sqlite3 -csv` of the same
//    columns (target: ratio <= 1.0);
//  - import of 1 000 000 consumption rows with full validation (INN checksums, months, categories, money,
//    partner references, natural-key lookups, one transaction) vs sqlite3 `.import --csv` of the same
//    file into a bare table (target: ratio <= 2.0), and beside it SQLite's own share of that import (the same
//    rows moved from a staging table into the consumption schema), the floor under any importer of that schema.
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <cstdio>

#include <sys/resource.h>

#include "BenchUtil.h"
#include "Clock.h"
#include "Database.h"
#include "Importer.h"
#include "Inn.h"
#include "LargeData.h"
#include "TableExport.h"

using namespace pd;

namespace {

const QString kBench = QStringLiteral("bench_csv");

// User plus system CPU time in ms of this process (RUSAGE_SELF) or of its finished children.
double cpuMs(int who)
{
    rusage u{};
    getrusage(who, &u);
    return double(u.ru_utime.tv_sec + u.ru_stime.tv_sec) * 1000.0
           + double(u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1000.0;
}

// Runs sqlite3 with `arguments`, its output into `outFile` when given; the wall time in ms, or -1.
double timeSqlite(const QStringList &arguments, const QString &outFile = {})
{
    QProcess p;
    p.setProgram(QStringLiteral("sqlite3"));
    p.setArguments(arguments);
    if (!outFile.isEmpty())
        p.setStandardOutputFile(outFile);
    QElapsedTimer t;
    t.start();
    p.start();
    if (!p.waitForFinished(-1) || p.exitCode() != 0) {
        std::fprintf(stderr, "sqlite3 failed: %s\n", p.readAllStandardError().constData());
        return -1;
    }
    return bench::elapsedMs(t);
}

void exportDeals(const QString &dir)
{
    const QString large = bench::largeDatabase();
    if (large.isEmpty())
        return;
    double ours = 0;
    double oursCpu = 0;
    qint64 rows = 0;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("export"));
        db.setDatabaseName(large);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (!db.open())
            return;
        // Warm the page cache the same way for both programs: the table's pages, not just an index (count(*)
        // reads only the smallest index, so whichever side ran first read the table from disk).
        timeSqlite({QStringLiteral("-readonly"), large,
                    QStringLiteral("SELECT sum(length(description) + length(products) + "
                                   "length(customer_name)) FROM deals")},
                   dir + QStringLiteral("/warm"));
        const double cpu0 = cpuMs(RUSAGE_SELF);
        QElapsedTimer t;
        t.start();
        auto written =
            io::TableExport(db).toFile(io::DataTable::Deals, dir + QStringLiteral("/deals.csv"), io::CsvOptions{});
        ours = bench::elapsedMs(t);
        oursCpu = cpuMs(RUSAGE_SELF) - cpu0;
        if (!written) {
            std::fprintf(stderr, "export failed: %s\n", qPrintable(written.error().text()));
            return;
        }
        rows = written.value();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("export"));
    const double sqliteCpu0 = cpuMs(RUSAGE_CHILDREN);
    const double sqlite =
        timeSqlite({QStringLiteral("-readonly"), QStringLiteral("-csv"), QStringLiteral("-header"), large,
                    QStringLiteral("SELECT id, partner_inn, customer_name, customer_inn, customer_project_ids, "
                                   "products, amount_minor, currency, expected_year, expected_quarter, "
                                   "expected_consumption_minor, description, state, outcome, filed_at, "
                                   "registered_at FROM deals")},
                   dir + QStringLiteral("/deals-sqlite.csv"));
    bench::reportFigure(kBench, QStringLiteral("export %1 deals, ms").arg(rows), ours, QStringLiteral("ms"));
    bench::reportFigure(kBench, QStringLiteral("export %1 deals, sqlite3 -csv, ms").arg(rows), sqlite,
                        QStringLiteral("ms"));
    bench::reportFigure(kBench, QStringLiteral("export %1 deals, CPU ms").arg(rows), oursCpu, QStringLiteral("ms"));
    bench::reportFigure(kBench, QStringLiteral("export %1 deals, sqlite3 -csv, CPU ms").arg(rows),
                        cpuMs(RUSAGE_CHILDREN) - sqliteCpu0, QStringLiteral("ms"));
    if (sqlite > 0)
        bench::reportFigure(kBench, QStringLiteral("export deals / sqlite3 -csv"), ours / sqlite,
                            QStringLiteral("ratio"), 1.0, bench::Better::Lower,
                            QStringLiteral("sqlite3 -csv of the same columns"));
}

// SQLite's own share of the import: a floor that no importer writing this schema can go below, whatever its
// reading and checking cost. The same file is first loaded into a bare staging table, and the partners copied
// (not timed); then, timed, one INSERT ... SELECT puts the rows into a table made from the consumption DDL that
// `imported` stores, with foreign keys on, CHECKs skipped, the same 256 MiB page cache, WAL and synchronous=FULL,
// builds the table's indexes after the rows and commits: what the importer does on its bulk path, without
// parsing a byte or checking a value. -1 when the shell fails.
double importFloorMs(const QString &dir, const QString &csvPath, const QString &imported, qint64 expectedRows)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("floor-ddl"));
    db.setDatabaseName(imported);
    QString table;
    QStringList indexes;
    if (db.open()) {
        QSqlQuery q(db);
        q.exec(
            QStringLiteral("SELECT type, sql FROM sqlite_master WHERE tbl_name = 'consumption' AND sql IS NOT NULL AND "
                           "type IN ('table', 'index') ORDER BY type DESC"));
        while (q.next())
            (q.value(0).toString() == QLatin1String("table") ? table : indexes.emplace_back()) = q.value(1).toString();
        db.close();
    }
    db = {};
    QSqlDatabase::removeDatabase(QStringLiteral("floor-ddl"));
    if (table.isEmpty())
        return -1;
    const QString floorDb = dir + QStringLiteral("/floor.db");
    const QString prepare =
        QStringLiteral("PRAGMA journal_mode = WAL;\n"
                       "CREATE TABLE staging (partner_inn, customer_inn, customer_name, month, category, project, "
                       "amount, currency);\n"
                       ".import --csv --skip 1 '%1' staging\n"
                       "ATTACH '%2' AS imported;\n"
                       "CREATE TABLE partners (id TEXT PRIMARY KEY NOT NULL, inn TEXT NOT NULL UNIQUE);\n"
                       "INSERT INTO partners SELECT id, inn FROM imported.partners;\n"
                       "DETACH imported;\n"
                       "%3;\n")
            .arg(csvPath, imported, table);
    QFile script(dir + QStringLiteral("/floor-prepare.sql"));
    if (!script.open(QIODevice::WriteOnly) || script.write(prepare.toUtf8()) < 0)
        return -1;
    script.close();
    if (timeSqlite({floorDb, QStringLiteral(".read '%1'").arg(script.fileName())}) < 0)
        return -1;
    // Ids as long as the importer's and in the same ascending order; amounts in kopecks (the file has two decimals).
    QString timed = QStringLiteral(
        "PRAGMA synchronous = FULL;\n"
        "PRAGMA foreign_keys = ON;\n"
        "PRAGMA cache_size = -262144;\n"
        "PRAGMA ignore_check_constraints = ON;\n"
        "BEGIN;\n"
        "INSERT INTO consumption (id, partner_id, customer_name, customer_inn, month, category, project, amount_minor, "
        "currency, created_at, updated_at) SELECT printf('%036d', s.rowid), p.id, s.customer_name, s.customer_inn, "
        "s.month || '-01', s.category, s.project, CAST(replace(s.amount, '.', '') AS INTEGER), s.currency, "
        "'2026-03-01T00:00:00.000Z', '2026-03-01T00:00:00.000Z' FROM staging s JOIN partners p ON p.inn = "
        "s.partner_inn "
        "ORDER BY s.rowid;\n");
    for (const QString &index : std::as_const(indexes))
        timed += index + QStringLiteral(";\n");
    timed += QStringLiteral("COMMIT;\n");
    QFile work(dir + QStringLiteral("/floor-work.sql"));
    if (!work.open(QIODevice::WriteOnly) || work.write(timed.toUtf8()) < 0)
        return -1;
    work.close();
    const double ms = timeSqlite({floorDb, QStringLiteral(".read '%1'").arg(work.fileName())});
    // Every row of the file went in (the partner join dropped none).
    const QString counted = dir + QStringLiteral("/floor-count.txt");
    timeSqlite({floorDb, QStringLiteral("SELECT count(*) FROM consumption")}, counted);
    QFile count(counted);
    const qint64 stored = count.open(QIODevice::ReadOnly) ? count.readAll().trimmed().toLongLong() : -1;
    if (stored != expectedRows) {
        std::fprintf(stderr, "the floor's table holds %lld rows, not %lld\n", stored, expectedRows);
        return -1;
    }
    return ms;
}

void importConsumption(const QString &dir, int rows)
{
    const QString dbPath = dir + QStringLiteral("/import.db");
    auto opened = storage::Database::open(dbPath);
    if (!opened) {
        std::fprintf(stderr, "cannot open %s: %s\n", qPrintable(dbPath), qPrintable(opened.error().text()));
        return;
    }
    // 200 partners, then a file of `rows` consumption rows of 5 000 customers over 24 months.
    QString partners = QStringLiteral("inn,name,registered_on\n");
    QStringList partnerInns;
    for (int i = 0; i < 200; ++i) {
        partnerInns.append(domain::inn::complete(QStringLiteral("77%1").arg(i, 7, 10, QLatin1Char('0'))));
        partners += QStringLiteral("%1,Partner %2,2020-01-01\n").arg(partnerInns.constLast()).arg(i);
    }
    QFile pf(dir + QStringLiteral("/partners.csv"));
    if (!pf.open(QIODevice::WriteOnly))
        return;
    pf.write(partners.toUtf8());
    pf.close();
    const FixedClock clock(QDateTime(QDate(2026, 3, 1), QTime(0, 0), Qt::UTC));
    if (auto p = io::Importer(opened.value()->connection(), clock, QStringLiteral("bench"))
                     .run(io::DataTable::Partners, pf.fileName());
        !p || p.value().issueCount > 0) {
        std::fprintf(stderr, "partner import failed: %s\n",
                     p ? qPrintable(p.value().issues.value(0).message) : qPrintable(p.error().text()));
        return;
    }
    const QStringList categories{QStringLiteral("compute"),   QStringLiteral("storage"),    QStringLiteral("network"),
                                 QStringLiteral("databases"), QStringLiteral("containers"), QStringLiteral("ai_ml"),
                                 QStringLiteral("other"),     QStringLiteral("marketplace")};
    QStringList customers;
    for (int c = 0; c < 5000; ++c)
        customers.append(domain::inn::complete(QStringLiteral("50%1").arg(c, 7, 10, QLatin1Char('0'))));
    const QString csvPath = dir + QStringLiteral("/consumption.csv");
    {
        QFile f(csvPath);
        if (!f.open(QIODevice::WriteOnly))
            return;
        f.write("\xEF\xBB\xBFPartner INN,Customer INN,Customer,Month,Service category,Project,Amount excl. "
                "VAT,Currency\r\n");
        QByteArray chunk;
        for (int i = 0; i < rows; ++i) {
            const int customer = i % 5000;
            const int slot = i / 5000; // 0..199: month and category and project
            const QDate month = QDate(2024, 1, 1).addMonths(slot % 24);
            chunk += partnerInns.at(customer % 200).toLatin1() + ',' + customers.at(customer).toLatin1()
                     + ",ООО Клиент " + QByteArray::number(customer) + ','
                     + month.toString(QStringLiteral("yyyy-MM")).toLatin1() + ','
                     + categories.at((slot / 24) % categories.size()).toLatin1() + ",proj-"
                     + QByteArray::number(slot / 192) + ',' + QByteArray::number(1000 + (qint64(i) * 7919) % 900000)
                     + '.' + QByteArray::number(10 + i % 90) + ",RUB\r\n";
            if (chunk.size() > (1 << 20)) {
                f.write(chunk);
                chunk.clear();
            }
        }
        f.write(chunk);
    }
    const double cpu0 = cpuMs(RUSAGE_SELF);
    QElapsedTimer t;
    t.start();
    auto report = io::Importer(opened.value()->connection(), clock, QStringLiteral("bench"))
                      .run(io::DataTable::Consumption, csvPath);
    const double ours = bench::elapsedMs(t);
    const double oursCpu = cpuMs(RUSAGE_SELF) - cpu0;
    if (!report || report.value().issueCount > 0 || report.value().created != rows) {
        std::fprintf(stderr, "import failed (line %lld): %s\n", report ? report.value().issues.value(0).line : 0LL,
                     report ? qPrintable(report.value().issues.value(0).message) : qPrintable(report.error().text()));
        return;
    }
    const double sqliteCpu0 = cpuMs(RUSAGE_CHILDREN);
    const double sqlite = timeSqlite(
        {dir + QStringLiteral("/sqlite-import.db"), QStringLiteral(".import --csv %1 consumption").arg(csvPath)});
    bench::reportFigure(kBench, QStringLiteral("import %1 consumption rows, ms").arg(rows), ours, QStringLiteral("ms"));
    bench::reportFigure(kBench, QStringLiteral("import %1 consumption rows, sqlite3 .import, ms").arg(rows), sqlite,
                        QStringLiteral("ms"));
    bench::reportFigure(kBench, QStringLiteral("import %1 consumption rows, CPU ms").arg(rows), oursCpu,
                        QStringLiteral("ms"));
    bench::reportFigure(kBench, QStringLiteral("import %1 consumption rows, sqlite3 .import, CPU ms").arg(rows),
                        cpuMs(RUSAGE_CHILDREN) - sqliteCpu0, QStringLiteral("ms"));
    if (sqlite > 0)
        bench::reportFigure(kBench, QStringLiteral("import consumption / sqlite3 .import"), ours / sqlite,
                            QStringLiteral("ratio"), 2.0, bench::Better::Lower,
                            QStringLiteral("sqlite3 .import --csv of the same file"));
    const double floor = importFloorMs(dir, csvPath, dbPath, rows);
    if (floor > 0 && sqlite > 0) {
        bench::reportFigure(kBench, QStringLiteral("import %1 rows, SQLite's own work for the schema, ms").arg(rows),
                            floor, QStringLiteral("ms"), 0, bench::Better::Lower,
                            QStringLiteral("the rows already in SQLite, no parsing or checks"));
        bench::reportFigure(kBench, QStringLiteral("import floor / sqlite3 .import"), floor / sqlite,
                            QStringLiteral("ratio"), 0, bench::Better::Lower,
                            QStringLiteral("the lowest ratio any importer can reach with this schema"));
    }
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTemporaryDir dir;
    if (!dir.isValid())
        return 1;
    bool ok = false;
    const int rows = qEnvironmentVariableIntValue("PD_BENCH_CSV_ROWS", &ok);
    importConsumption(dir.path(), ok && rows > 0 ? rows : 1'000'000);
    exportDeals(dir.path());
    return 0;
}
