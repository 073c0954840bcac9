#include "Database.h"
#include "DealQuery.h"
#include "Migrations.h"
#include "SqlUtil.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
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
                                                        "name = '%1'")
                                             .arg(QLatin1String(table))),
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
            QVERIFY(
                q.exec(QStringLiteral("INSERT INTO partners (id, name, legal_form, inn, registered_on, role, stage, "
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

    void schema13RebuildsConsumptionKeepingItsRows()
    {
        // A file as the step before schema 13 left it, with consumption in it: the rebuilt table keeps every
        // row with its rowid and id, the natural key and the id stay unique (now as named indexes), and the
        // closed-period triggers on consumption and those of other tables that read it still mark closed months.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("v12.db"));
        int before = 0;
        {
            QSqlDatabase old = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v12"));
            old.setDatabaseName(path);
            QVERIFY(old.open());
            QSqlQuery q(old);
            for (const Migration &step : migrations::all()) {
                if (step.version >= 13)
                    break;
                for (const QString &statement : step.statements)
                    QVERIFY2(q.exec(statement), qPrintable(q.lastError().text()));
                before = step.version;
            }
            QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = %1").arg(before)));
            QVERIFY(
                q.exec(QStringLiteral("INSERT INTO partners (id, name, legal_form, inn, registered_on, role, stage, "
                                      "created_at, updated_at) VALUES ('p1', 'Kept', 'legal_entity', '7707083893', "
                                      "'2020-01-01', 'partner', 'application', '2026-01-01T00:00:00.000Z', "
                                      "'2026-01-01T00:00:00.000Z')")));
            for (int i = 0; i < 300; ++i) {
                // Rowids with gaps (every third), as deletes leave them.
                QVERIFY2(q.exec(QStringLiteral(
                                    "INSERT INTO consumption (rowid, id, partner_id, customer_name, customer_inn, "
                                    "month, category, project, amount_minor, currency, created_at, updated_at) "
                                    "VALUES (%1, 'c%2', 'p1', 'Клиент %2', '50%3', '2026-0%4-01', '%5', 'p', %6, "
                                    "'%7', '2026-01-01T00:00:00.000Z', '2026-01-02T00:00:00.000Z')")
                                    .arg(3 * i + 1)
                                    .arg(i)
                                    .arg(i % 100, 8, 10, QLatin1Char('0'))
                                    .arg(1 + i / 100)
                                    .arg(i % 2 ? QStringLiteral("compute") : QStringLiteral("storage"))
                                    .arg(-50 + i)
                                    .arg(i % 5 ? QStringLiteral("RUB") : QStringLiteral("USD"))),
                         qPrintable(q.lastError().text()));
            }
            QVERIFY(q.exec(
                QStringLiteral("INSERT INTO settlement_periods (month, state) VALUES ('2026-01-01', 'closed')")));
            QVERIFY(q.exec(QStringLiteral(
                "INSERT INTO currency_rates (month, currency, rub_per_unit_micro, created_at, updated_at) "
                "VALUES ('2026-02-01', 'USD', 90000000, 'x', 'x')")));
            old.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("v12"));
        auto db = Database::open(path);
        QVERIFY2(db.ok(), qPrintable(db.ok() ? QString() : db.error().text()));
        Database &d = *db.value();
        QCOMPARE(d.schemaVersion(), migrations::latestVersion());
        QVERIFY(d.verify().ok());
        QCOMPARE(scalar(d, QStringLiteral("SELECT count(*) FROM consumption")), 300);
        QCOMPARE(scalar(d, QStringLiteral("SELECT count(*) FROM consumption WHERE id = 'c' || ((rowid - 1) / 3) "
                                          "AND amount_minor = -50 + (rowid - 1) / 3 AND customer_name = 'Клиент ' || "
                                          "((rowid - 1) / 3) AND updated_at = '2026-01-02T00:00:00.000Z'")),
                 300);
        QCOMPARE(scalar(d, QStringLiteral("SELECT count(*) FROM sqlite_master WHERE tbl_name = 'consumption' AND ("
                                          "name LIKE 'sqlite_autoindex%' OR name = 'consumption_v13')")),
                 0);
        QCOMPARE(scalar(d, QStringLiteral(
                               "SELECT count(*) FROM sqlite_master WHERE name IN ('consumption_id', "
                               "'consumption_natural_key', 'consumption_month_cover', 'consumption_closed_insert', "
                               "'consumption_closed_delete', 'consumption_closed_update')")),
                 6);
        QSqlQuery q(d.connection());
        // The natural key and the id are still unique; the upsert still finds its conflict target.
        QVERIFY(!q.exec(
            QStringLiteral("INSERT INTO consumption (id, partner_id, customer_inn, month, category, project, "
                           "amount_minor, created_at, updated_at) VALUES ('new', 'p1', '5000000000', '2026-01-01', "
                           "'storage', 'p', 1, 'x', 'x')")));
        QVERIFY(!q.exec(
            QStringLiteral("INSERT INTO consumption (id, partner_id, customer_inn, month, category, project, "
                           "amount_minor, created_at, updated_at) VALUES ('c0', 'p1', '5000000000', '2026-01-01', "
                           "'storage', 'other', 1, 'x', 'x')")));
        QVERIFY2(q.exec(QStringLiteral(
                     "INSERT INTO consumption (id, partner_id, customer_inn, month, category, project, "
                     "amount_minor, created_at, updated_at) VALUES ('new', 'p1', '5000000000', '2026-01-01', "
                     "'storage', 'p', 7, 'x', 'y') ON CONFLICT (customer_inn, month, category, project) "
                     "DO UPDATE SET amount_minor = excluded.amount_minor")),
                 qPrintable(q.lastError().text()));
        QCOMPARE(scalar(d, QStringLiteral("SELECT amount_minor FROM consumption WHERE id = 'c0'")), 7);
        QCOMPARE(scalar(d, QStringLiteral("SELECT count(*) FROM commission_dirty")),
                 1); // the update trigger, closed January
        // The currency-rate trigger reads the new table: a changed February rate with February USD consumption...
        QVERIFY(q.exec(QStringLiteral("UPDATE settlement_periods SET state = 'open'")));
        QVERIFY(
            q.exec(QStringLiteral("INSERT INTO settlement_periods (month, state) VALUES ('2026-02-01', 'closed')")));
        QVERIFY(q.exec(QStringLiteral("DELETE FROM commission_dirty")));
        QVERIFY(q.exec(QStringLiteral("UPDATE currency_rates SET rub_per_unit_micro = 91000000")));
        QCOMPARE(scalar(d, QStringLiteral("SELECT count(*) FROM commission_dirty WHERE period = '2026-02-01'")), 1);
        // ...and the insert and delete triggers of the table itself mark the closed month.
        QVERIFY(q.exec(QStringLiteral("DELETE FROM commission_dirty")));
        QVERIFY(q.exec(QStringLiteral("DELETE FROM consumption WHERE id = 'c150'")));
        QCOMPARE(scalar(d, QStringLiteral("SELECT count(*) FROM commission_dirty WHERE period = '2026-02-01'")), 1);
        QVERIFY(q.exec(QStringLiteral("DELETE FROM commission_dirty")));
        QVERIFY(q.exec(
            QStringLiteral("INSERT INTO consumption (id, partner_id, customer_inn, month, category, project, "
                           "amount_minor, created_at, updated_at) VALUES ('c999', 'p1', '5000000099', '2026-02-01', "
                           "'network', '', 1, 'x', 'x')")));
        QCOMPARE(scalar(d, QStringLiteral("SELECT count(*) FROM commission_dirty WHERE period = '2026-02-01'")), 1);
        // The foreign key to partners is still there.
        QVERIFY(
            !q.exec(QStringLiteral("INSERT INTO consumption (id, partner_id, customer_inn, month, category, project, "
                                   "amount_minor, created_at, updated_at) VALUES ('c998', 'nobody', '5000000098', "
                                   "'2026-03-01', 'network', '', 1, 'x', 'x')")));
        QVERIFY(d.verify().ok());
    }

    void schema16ReindexesDealsWithYoFolded()
    {
        // A file as schema 15 left it, with deals indexed as written: after the upgrade «надежное» finds the
        // deals written with «ё», the deals without one are still found from the index kept as it was, and the
        // index agrees with its content (integrity-check) through later edits and deletes.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("v15.db"));
        {
            QSqlDatabase old = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v15"));
            old.setDatabaseName(path);
            QVERIFY(old.open());
            QSqlQuery q(old);
            for (const Migration &step : migrations::all()) {
                if (step.version >= 16)
                    break;
                for (const QString &statement : step.statements)
                    QVERIFY2(q.exec(statement), qPrintable(q.lastError().text()));
            }
            QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = 15")));
            QVERIFY(
                q.exec(QStringLiteral("INSERT INTO partners (id, name, legal_form, inn, registered_on, role, stage, "
                                      "created_at, updated_at) VALUES ('p1', 'ООО «Надёжное облако»', 'legal_entity', "
                                      "'7707083893', '2020-01-01', 'partner', 'application', "
                                      "'2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z')")));
            const QStringList customers{QStringLiteral("АО «НАДЁЖНОЕ ОБЛАКО»"), QStringLiteral("ООО «Вектор»"),
                                        QStringLiteral("ООО «Берёзка»"), QStringLiteral("ИП Ёлкин")};
            for (int i = 0; i < 200; ++i) {
                // The partner's name has a «ё» in one deal of four, a customer's in one of four.
                QVERIFY(q.prepare(QStringLiteral(
                    "INSERT INTO deals (id, partner_id, partner_name, customer_name, "
                    "customer_inn, products, expected_year, expected_quarter, state, filed_at, created_at, "
                    "updated_at) VALUES (?, 'p1', ?, ?, ?, '[\"Cloud Servers\"]', 2026, 1, "
                    "'awaiting_review', '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z', "
                    "'2026-01-01T00:00:00.000Z')")));
                q.addBindValue(QStringLiteral("d%1").arg(i));
                q.addBindValue(i % 4 == 1 ? QStringLiteral("ООО «Надёжное облако»") : QStringLiteral("ООО «Вега»"));
                q.addBindValue(customers.at(i % 4 == 1 ? 1 : (i / 4) % 4));
                q.addBindValue(QStringLiteral("77%1").arg(i, 8, 10, QLatin1Char('0')));
                QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
            }
            QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM deals_fts WHERE deals_fts MATCH '\"надежное\"'")));
            QVERIFY(q.next());
            QCOMPARE(q.value(0).toInt(), 0); // as schema 15 indexed them
            q.finish();
            old.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("v15"));
        auto db = Database::open(path);
        QVERIFY2(db.ok(), qPrintable(db.ok() ? QString() : db.error().text()));
        Database &d = *db.value();
        QCOMPARE(d.schemaVersion(), migrations::latestVersion());
        QVERIFY(d.verify().ok());
        const auto found = [&d](const QString &text) {
            pd::storage::DealFilter f;
            f.text = text;
            return pd::storage::DealQuery(d.connection(), f, pd::storage::DealSort::FiledAt, Qt::AscendingOrder,
                                          QDateTime::currentDateTimeUtc())
                .count()
                .value();
        };
        const qint64 partnerRows = 50; // the deals of the partner written with «ё» (i % 4 == 1)
        QCOMPARE(found(QStringLiteral("надежное облако")),
                 scalar(d, QStringLiteral("SELECT count(*) FROM deals WHERE partner_name LIKE '%Надёжное%' "
                                          "OR customer_name LIKE '%НАДЁЖНОЕ%'")));
        QVERIFY(found(QStringLiteral("надежное облако")) > partnerRows);
        QCOMPARE(found(QStringLiteral("НАДЁЖНОЕ")), found(QStringLiteral("надежное облако")));
        QCOMPARE(found(QStringLiteral("березка")),
                 scalar(d, QStringLiteral("SELECT count(*) FROM deals WHERE customer_name = 'ООО «Берёзка»'")));
        QVERIFY(found(QStringLiteral("березка")) > 0);
        QCOMPARE(found(QStringLiteral("елкин")),
                 scalar(d, QStringLiteral("SELECT count(*) FROM deals WHERE customer_name = 'ИП Ёлкин'")));
        QCOMPARE(found(QStringLiteral("вектор")),
                 scalar(d, QStringLiteral("SELECT count(*) FROM deals WHERE customer_name = 'ООО «Вектор»'")));
        QVERIFY(found(QStringLiteral("вектор")) > partnerRows);
        QCOMPARE(found(QStringLiteral("7700000012")), 1); // an INN, from the index kept as it was
        QCOMPARE(scalar(d, QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name LIKE 'deals_fts_v15%'")), 0);
        QSqlQuery q(d.connection());
        QVERIFY2(q.exec(QStringLiteral("INSERT INTO deals_fts (deals_fts) VALUES ('integrity-check')")),
                 qPrintable(q.lastError().text()));
        // The new triggers keep the index: an edit, a delete and a new deal.
        QVERIFY(
            q.exec(QStringLiteral("UPDATE deals SET customer_name = 'ООО «Вектор»' WHERE customer_name = 'ИП Ёлкин'")));
        QCOMPARE(found(QStringLiteral("елкин")), 0);
        QVERIFY(q.exec(QStringLiteral("DELETE FROM deals WHERE customer_name = 'ООО «Берёзка»'")));
        QCOMPARE(found(QStringLiteral("березка")), 0);
        QVERIFY(q.exec(QStringLiteral(
            "INSERT INTO deals (id, partner_id, partner_name, customer_name, expected_year, "
            "expected_quarter, state, filed_at, created_at, updated_at) VALUES ('new', 'p1', 'ООО «Вега»', "
            "'ООО «Зелёный берег»', 2026, 2, 'new', '2026-02-01T00:00:00.000Z', "
            "'2026-02-01T00:00:00.000Z', '2026-02-01T00:00:00.000Z')")));
        QCOMPARE(found(QStringLiteral("ЗЕЛЕНЫЙ")), 1);
        QVERIFY2(q.exec(QStringLiteral("INSERT INTO deals_fts (deals_fts) VALUES ('integrity-check')")),
                 qPrintable(q.lastError().text()));
        // A full rebuild (the demo's bulk load does one) reads the same folded text.
        QVERIFY(q.exec(QStringLiteral("INSERT INTO deals_fts (deals_fts) VALUES ('rebuild')")));
        QCOMPARE(found(QStringLiteral("ЗЕЛЕНЫЙ")), 1);
        QVERIFY(q.exec(QStringLiteral("INSERT INTO deals_fts (deals_fts) VALUES ('integrity-check')")));
    }

    // Every writer binds a field's JSON value by the one rule of sql::bound, checked here as SQLite stores it.
    void jsonValuesBindByOneRule()
    {
        QTemporaryDir dir;
        auto db = Database::open(dir.filePath(QStringLiteral("bind.db")));
        QVERIFY(db.ok());
        QSqlQuery q(db.value()->connection());
        QVERIFY(q.exec(QStringLiteral("CREATE TABLE t (v)")));
        const auto stored = [&](const QJsonValue &v) {
            QSqlQuery insert(db.value()->connection());
            insert.prepare(QStringLiteral("INSERT INTO t (v) VALUES (?) RETURNING typeof(v), quote(v)"));
            insert.addBindValue(sql::bound(v));
            return insert.exec() && insert.next()
                       ? insert.value(0).toString() + QLatin1Char(' ') + insert.value(1).toString()
                       : insert.lastError().text();
        };
        QCOMPARE(stored(QJsonValue(QString())), QStringLiteral("text ''")); // never NULL: NOT NULL columns take it
        QCOMPARE(stored(QJsonValue(QStringLiteral("Ёлка"))), QStringLiteral("text 'Ёлка'"));
        QCOMPARE(stored(QJsonValue()), QStringLiteral("null NULL"));
        QCOMPARE(stored(QJsonValue(QJsonValue::Undefined)), QStringLiteral("null NULL"));
        QCOMPARE(stored(QJsonValue(150000.0)), QStringLiteral("integer 150000"));
        QCOMPARE(stored(QJsonValue(true)), QStringLiteral("integer 1"));
        QCOMPARE(stored(QJsonArray{QStringLiteral("a"), 2}), QStringLiteral("text '[\"a\",2]'"));
        QCOMPARE(stored(QJsonObject{{QStringLiteral("k"), 1}}), QStringLiteral("text '{\"k\":1}'"));
    }
};

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"
