// Opening a file of schema 15 with a million deals: schema 16 folds «ё» to «е» in the deals' full-text index.
// The step keeps the index of schema 15 and re-indexes only the deals whose text has a «ё»; the reference,
// measured in the same run on a copy of the same file, is FTS5's own 'rebuild' of the whole index (what
// re-tokenizing every deal costs). PD_BENCH_DEALS sets the number of deals (default 1 000 000; one in
// twenty has a «ё» in its customer's or partner's name).

#include "BenchUtil.h"
#include "Database.h"
#include "Migrations.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <cstdio>

namespace {

const auto kName = QStringLiteral("migration16");

bool fail(const QString &what)
{
    std::fprintf(stderr, "bench_migration16: %s\n", qPrintable(what));
    return false;
}

// A file as schema 15 left it: every step up to 15, one partner, `deals` deals indexed as written.
bool makeSchema15(const QString &path, int deals)
{
    bool ok = true;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v15"));
        db.setDatabaseName(path);
        if (!db.open())
            return fail(db.lastError().text());
        QSqlQuery q(db);
        for (const pd::storage::Migration &step : pd::storage::migrations::all()) {
            if (step.version >= 16)
                break;
            for (const QString &statement : step.statements) {
                if (!q.exec(statement))
                    return fail(q.lastError().text());
            }
        }
        ok =
            q.exec(QStringLiteral("PRAGMA user_version = 15"))
            && q.exec(QStringLiteral("INSERT INTO partners (id, name, legal_form, inn, registered_on, role, stage, "
                                     "created_at, updated_at) VALUES ('p1', 'ООО «Облако»', 'legal_entity', "
                                     "'7707083893', '2020-01-01', 'partner', 'application', "
                                     "'2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z')"))
            && db.transaction()
            && q.prepare(QStringLiteral("INSERT INTO deals (id, partner_id, partner_name, customer_name, customer_inn, "
                                        "products, expected_year, expected_quarter, state, filed_at, created_at, "
                                        "updated_at) VALUES (?, 'p1', ?, ?, ?, '[\"Cloud Servers\",\"CDN\"]', 2026, 1, "
                                        "'awaiting_review', '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z', "
                                        "'2026-01-01T00:00:00.000Z')"));
        const QStringList plain{QStringLiteral("ООО «Вектор Плюс»"), QStringLiteral("АО «Северный Код»"),
                                QStringLiteral("ИП Смирнова Анна"), QStringLiteral("ПАО «Сибирские Сети»")};
        const QStringList withYo{QStringLiteral("ООО «Надёжное облако»"), QStringLiteral("ИП Ёлкин Пётр")};
        for (int i = 0; ok && i < deals; ++i) {
            const bool yo = i % 20 == 7;
            q.addBindValue(QStringLiteral("d%1").arg(i));
            q.addBindValue(yo && i % 40 == 7 ? withYo.at(0) : QStringLiteral("ООО «Облако» %1").arg(i % 300));
            q.addBindValue(QStringLiteral("%1 %2").arg(yo ? withYo.at((i / 20) % 2) : plain.at(i % 4)).arg(i % 997));
            q.addBindValue(QStringLiteral("77%1").arg(i, 8, 10, QLatin1Char('0')));
            ok = q.exec();
        }
        if (!ok)
            return fail(q.lastError().text());
        if (!db.commit())
            return fail(db.lastError().text());
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("v15"));
    return ok;
}

// What went wrong, on stderr; the process's exit status.
int exitWith(const QString &what)
{
    fail(what);
    return 1;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int deals =
        qEnvironmentVariableIsSet("PD_BENCH_DEALS") ? qEnvironmentVariableIntValue("PD_BENCH_DEALS") : 1'000'000;
    QTemporaryDir dir;
    const QString source = dir.filePath(QStringLiteral("v15.db"));
    std::fprintf(stderr, "bench_migration16: making a schema-15 file of %d deals…\n", deals);
    if (!dir.isValid() || !makeSchema15(source, deals))
        return 1;
    const QString rebuilt = dir.filePath(QStringLiteral("rebuild.db"));
    const QString upgraded = dir.filePath(QStringLiteral("upgrade.db"));
    if (!QFile::copy(source, rebuilt) || !QFile::copy(source, upgraded))
        return exitWith(QStringLiteral("cannot copy %1").arg(source));

    // The reference: every deal tokenized again, on a copy.
    double rebuildMs = 0;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("rebuild"));
        db.setDatabaseName(rebuilt);
        QSqlQuery q(db);
        QElapsedTimer timer;
        timer.start();
        const bool rebuiltOk =
            db.open() && q.exec(QStringLiteral("INSERT INTO deals_fts (deals_fts) VALUES ('rebuild')"));
        rebuildMs = pd::bench::elapsedMs(timer);
        if (!rebuiltOk)
            return exitWith(q.lastError().text() + db.lastError().text());
        q.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("rebuild"));

    // The figure: opening the file, which upgrades it to the latest schema.
    QElapsedTimer timer;
    timer.start();
    auto db = pd::storage::Database::open(upgraded);
    const double openMs = pd::bench::elapsedMs(timer);
    if (!db.ok())
        return exitWith(db.error().text());

    pd::bench::report(kName, QStringLiteral("open a schema-15 file (step 16 re-indexes the deals with «ё»)"), {openMs});
    pd::bench::report(kName, QStringLiteral("reference: FTS5 'rebuild' of every deal"), {rebuildMs});
    pd::bench::reportFigure(kName, QStringLiteral("upgrade time / full rebuild"), openMs / rebuildMs,
                            QStringLiteral("ratio"), 1.0, pd::bench::Better::Lower,
                            QStringLiteral("%1 deals, 5 % with «ё»").arg(deals));
    return 0;
}
