// Automatic local backups: a backup taken while another process writes is whole and holds every change
// committed before it began; restoring keeps the current file aside; the rotation keeps exactly the
// configured number; a damaged backup is reported and never restored; an unwritable folder is named.
#include "Backups.h"
#include "Clock.h"
#include "DailyBackup.h"
#include "Database.h"
#include "Migrations.h"

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QProcess>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <QUuid>

#include <atomic>
#include <thread>

#ifdef Q_OS_WIN
#ifndef NOMINMAX
#define NOMINMAX
#endif
#include <windows.h>
#endif

using namespace pd;
using namespace pd::storage;

namespace {

// Wine's ntdll has an export of its own that Windows' lacks.
bool underWine()
{
#ifdef Q_OS_WIN
    const HMODULE ntdll = GetModuleHandleW(L"ntdll.dll");
    return ntdll && GetProcAddress(ntdll, "wine_get_version");
#else
    return false;
#endif
}

QByteArray hashOf(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

void addPartner(const QSqlDatabase &db, const QString &id, const QString &name, const QString &inn)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO partners (id, name, legal_form, inn, registered_on, role, stage, created_at, "
                             "updated_at) VALUES (?, ?, 'legal_entity', ?, '2020-01-01', 'partner', 'application', "
                             "'2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z')"));
    q.addBindValue(id);
    q.addBindValue(name);
    q.addBindValue(inn);
    if (!q.exec())
        qFatal("could not add a partner: %s", qPrintable(q.lastError().text()));
}

// A read-only connection to a file that is closed when it goes out of scope.
class ReadOnly final
{
public:
    explicit ReadOnly(const QString &path) : m_name(QUuid::createUuid().toString())
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        m_ok = db.open();
    }
    ~ReadOnly()
    {
        QSqlDatabase::database(m_name, false).close();
        QSqlDatabase::removeDatabase(m_name);
    }
    bool ok() const { return m_ok; }
    QSqlDatabase db() const { return QSqlDatabase::database(m_name, false); }
    QStringList column(const QString &sql) const
    {
        QStringList values;
        QSqlQuery q(db());
        if (!q.exec(sql))
            return {QStringLiteral("error: ") + q.lastError().text()};
        while (q.next())
            values.append(q.value(0).toString());
        return values;
    }

private:
    QString m_name;
    bool m_ok = false;
};

QDateTime at(int year, int month, int day, int hour = 12)
{
    return QDateTime(QDate(year, month, day), QTime(hour, 0), QTimeZone::utc());
}

void corrupt(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadWrite) || f.size() < 8192)
        qFatal("cannot corrupt %s", qPrintable(path));
    f.seek(4096);
    f.write(QByteArray(f.size() - 4096, '\x5A'));
}

} // namespace

class TestBackups final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        // The rotation setting is read from and written to a throw-away configuration folder.
        QVERIFY(m_config.isValid());
        qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_config.path()));
    }

    void backupWhileAnotherProcessWrites()
    {
        if (underWine())
            QSKIP("Under Wine, Qt 6.4.2's QProcess faults inside Qt6Core while this test polls the writer process "
                  "every 20 ms (scripts/build-windows.sh runs it there); it runs on Linux, and the other tests here "
                  "make and restore backups under Wine too.");
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("busy.db"));
        {
            auto db = Database::open(path);
            QVERIFY(db.ok());
            // Ballast, so that copying takes long enough for the writer to commit many times meanwhile.
            QSqlQuery q(db.value()->connection());
            QVERIFY(q.exec(QStringLiteral("CREATE TABLE ballast (b BLOB)")));
            QVERIFY(
                q.exec(QStringLiteral("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 160) "
                                      "INSERT INTO ballast SELECT randomblob(1048576) FROM n")));
        }
        QProcess writer;
        writer.start(QStringLiteral(PD_CRASH_WRITER_PATH), {path, QStringLiteral("0")});
        QVERIFY(writer.waitForStarted());
        auto cleanup = qScopeGuard([&writer] {
            writer.kill();
            writer.waitForFinished();
        });
        QHash<QString, qint64> acked; // partner id → the newest rev the writer was told is committed
        auto readAcks = [&writer, &acked] {
            int n = 0;
            while (writer.canReadLine()) {
                const QList<QByteArray> parts = writer.readLine().trimmed().split(' ');
                if (parts.size() == 4 && parts.at(0) == "ack") {
                    acked[QString::fromUtf8(parts.at(1))] = parts.at(3).toLongLong();
                    ++n;
                }
            }
            return n;
        };
        QElapsedTimer waited;
        waited.start();
        while (acked.size() < 20 && waited.elapsed() < 30000) {
            writer.waitForReadyRead(1000);
            readAcks();
        }
        QVERIFY2(acked.size() >= 20, writer.readAllStandardError().constData());

        auto db = Database::open(path, Database::Mode::OpenExisting);
        QVERIFY(db.ok());
        const FixedClock clock(QDateTime::currentDateTimeUtc());
        for (int round = 0; round < 3; ++round) {
            readAcks();
            const QHash<QString, qint64> committedBefore = acked;
            // The backup runs on a thread of its own with its own connection, as the app's daily backup does,
            // while this thread counts the writer's commits.
            std::atomic<bool> done = false;
            QString backupPath;
            QString error;
            double ms = 0;
            std::thread backup([&] {
                auto own = db.value()->openAnother();
                QElapsedTimer t;
                t.start();
                auto made = own ? backups::make(own.value()->connection(), backups::Reason::Manual, clock, {})
                                : Result<backups::Backup>(own.error());
                ms = double(t.nsecsElapsed()) / 1e6;
                if (made)
                    backupPath = made.value().path;
                else
                    error = made.error().text();
                done = true;
            });
            int during = 0;
            while (!done) {
                writer.waitForReadyRead(20);
                during += readAcks();
            }
            backup.join();
            QVERIFY2(error.isEmpty(), qPrintable(error));
            qInfo("backup %d: %.0f ms of 160 MB while the writer committed %d changes", round, ms, during);
            QVERIFY2(during > 0, "the writer should have gone on committing during the backup");

            ReadOnly copy(backupPath);
            QVERIFY(copy.ok());
            QCOMPARE(copy.column(QStringLiteral("PRAGMA integrity_check")), QStringList{QStringLiteral("ok")});
            QCOMPARE(copy.column(QStringLiteral("PRAGMA foreign_key_check")), QStringList());
            QHash<QString, qint64> revs;
            QSqlQuery q(copy.db());
            QVERIFY(q.exec(QStringLiteral("SELECT id, notes FROM partners")));
            while (q.next())
                revs.insert(q.value(0).toString(), q.value(1).toString().mid(4).toLongLong());
            for (auto it = committedBefore.cbegin(); it != committedBefore.cend(); ++it) {
                QVERIFY2(revs.contains(it.key()), qPrintable(it.key()));
                QVERIFY2(revs.value(it.key()) >= it.value(), qPrintable(it.key()));
            }
            // Whole transactions only: each partner's newest audited value is the one in its row.
            QCOMPARE(copy.column(QStringLiteral("SELECT count(*) FROM partners p WHERE NOT EXISTS (SELECT 1 FROM "
                                                "audit_log a WHERE a.entity = 'partner' AND a.entity_id = p.id)")),
                     QStringList{QStringLiteral("0")});
        }
    }

    void restoreRoundTripKeepsTheCurrentFileAside()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("work.db"));
        FixedClock clock(at(2026, 12, 7, 15));
        QString backupPath;
        {
            auto db = Database::open(path);
            QVERIFY(db.ok());
            addPartner(db.value()->connection(), QStringLiteral("a"), QStringLiteral("Before"),
                       QStringLiteral("7707083893"));
            auto made = backups::make(db.value()->connection(), backups::Reason::Manual, clock, {});
            QVERIFY2(made.ok(), qPrintable(made.ok() ? QString() : made.error().text()));
            backupPath = made.value().path;
            QCOMPARE(QFileInfo(backupPath).absolutePath(),
                     QFileInfo(dir.filePath(QStringLiteral("backups"))).absoluteFilePath());
            QCOMPARE(QFileInfo(backupPath).fileName(), QStringLiteral("work-20261207-150000-manual.db"));
            QCOMPARE(made.value().contents.partners, 1);
            QCOMPARE(made.value().contents.schemaVersion, migrations::latestVersion());
            addPartner(db.value()->connection(), QStringLiteral("b"), QStringLiteral("After"),
                       QStringLiteral("500100732259"));

            // Refused while the database is open (here: this connection), and nothing changes.
            const QByteArray before = hashOf(path);
            clock.advanceSecs(60);
            auto refused = backups::restore(path, backupPath, clock);
            QVERIFY(!refused.ok());
            QVERIFY2(refused.error().message.contains(QLatin1String("open")), qPrintable(refused.error().text()));
            QCOMPARE(hashOf(path), before);
            QCOMPARE(QDir(dir.path()).entryList({QStringLiteral("*.before-restore-*")}, QDir::Files), QStringList());
        }
        clock.advanceSecs(60);
        auto restored = backups::restore(path, backupPath, clock);
        QVERIFY2(restored.ok(), qPrintable(restored.ok() ? QString() : restored.error().text()));
        QCOMPARE(QFileInfo(restored.value()).fileName(), QStringLiteral("work.db.before-restore-20261207-150200"));
        QVERIFY(QFile::exists(backupPath)); // the backup stays
        {
            auto db = Database::open(path, Database::Mode::OpenExisting);
            QVERIFY(db.ok());
            QSqlQuery q(db.value()->connection());
            QVERIFY(q.exec(QStringLiteral("SELECT group_concat(name) FROM partners")) && q.next());
            QCOMPARE(q.value(0).toString(), QStringLiteral("Before"));
            QVERIFY(db.value()->verify().ok());
        }
        {
            // The file it replaced is whole on its own, with both partners.
            ReadOnly aside(restored.value());
            QVERIFY(aside.ok());
            QCOMPARE(aside.column(QStringLiteral("SELECT name FROM partners ORDER BY name")),
                     (QStringList{QStringLiteral("After"), QStringLiteral("Before")}));
        }
    }

    void restoreIsRefusedWhileAnotherProcessHasTheFileOpen()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("shared.db"));
        QString backupPath;
        {
            auto db = Database::open(path);
            QVERIFY(db.ok());
            auto made = backups::make(db.value()->connection(), backups::Reason::Manual, SystemClock::instance(), {});
            QVERIFY(made.ok());
            backupPath = made.value().path;
        }
        QProcess writer;
        writer.start(QStringLiteral(PD_CRASH_WRITER_PATH), {path, QStringLiteral("1")});
        QVERIFY(writer.waitForStarted());
        QVERIFY(writer.waitForReadyRead(30000));
        auto refused = backups::restore(path, backupPath, SystemClock::instance());
        writer.kill();
        writer.waitForFinished();
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().message.contains(QLatin1String("open in another")),
                 qPrintable(refused.error().text()));
        QCOMPARE(QDir(dir.path()).entryList({QStringLiteral("*.before-restore-*")}, QDir::Files), QStringList());
    }

    void rotationKeepsExactlyTheConfiguredNumber_data()
    {
        QTest::addColumn<int>("daily");
        QTest::addColumn<int>("weekly");
        QTest::newRow("default 7 + 4") << 7 << 4;
        QTest::newRow("3 + 2") << 3 << 2;
        QTest::newRow("1 + 0") << 1 << 0;
    }

    void rotationKeepsExactlyTheConfiguredNumber()
    {
        QFETCH(int, daily);
        QFETCH(int, weekly);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("rot.db"));
        auto db = Database::open(path);
        QVERIFY(db.ok());
        const backups::Policy policy{daily, weekly};
        FixedClock clock(at(2026, 9, 1, 9));
        // Sixty days, a daily backup each morning and, every third day, one before an import in the afternoon.
        for (int day = 0; day < 60; ++day) {
            clock.set(at(2026, 9, 1, 9).addDays(day));
            QVERIFY(backups::make(db.value()->connection(), backups::Reason::Daily, clock, policy).ok());
            if (day % 3 == 0) {
                clock.advanceSecs(6 * 3600);
                QVERIFY(backups::make(db.value()->connection(), backups::Reason::Import, clock, policy).ok());
            }
        }
        const QList<backups::Backup> left = backups::list(path);
        QCOMPARE(left.size(), daily + weekly);
        // The newest of each of the last `daily` days...
        const QDate last = QDate(2026, 9, 1).addDays(59);
        for (int i = 0; i < daily; ++i) {
            QCOMPARE(left.at(i).madeAt.date(), last.addDays(-i));
            QVERIFY(left.at(i).isGood());
            // On a day with an import in the afternoon, that newer backup is the day's.
            QCOMPARE(left.at(i).reason, (59 - i) % 3 == 0 ? backups::Reason::Import : backups::Reason::Daily);
        }
        // ...then one per week, each from an earlier ISO week than the one after it.
        for (int i = daily; i < left.size(); ++i) {
            QVERIFY(left.at(i).madeAt < left.at(i - 1).madeAt);
            if (i > daily)
                QVERIFY(left.at(i).madeAt.date().weekNumber() != left.at(i - 1).madeAt.date().weekNumber());
        }
    }

    void rotationSettingHasDefaultsAndIsSaved()
    {
        const backups::Policy defaults = backups::Policy::fromSettings();
        QCOMPARE(defaults.daily, 7);
        QCOMPARE(defaults.weekly, 4);
        backups::Policy{3, 1}.save();
        QCOMPARE(backups::Policy::fromSettings().daily, 3);
        QCOMPARE(backups::Policy::fromSettings().weekly, 1);
        backups::Policy{}.save();
    }

    void damagedBackupIsReportedAndNotRestored()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("d.db"));
        FixedClock clock(at(2026, 12, 1));
        QString older;
        QString newer;
        {
            auto db = Database::open(path);
            QVERIFY(db.ok());
            QSqlQuery q(db.value()->connection());
            // Enough pages that overwriting the middle of a copy hits its b-trees.
            QVERIFY(q.exec(QStringLiteral("CREATE TABLE ballast (b BLOB)")));
            QVERIFY(q.exec(QStringLiteral("INSERT INTO ballast VALUES (randomblob(100000))")));
            addPartner(db.value()->connection(), QStringLiteral("a"), QStringLiteral("A"),
                       QStringLiteral("7707083893"));
            older = backups::make(db.value()->connection(), backups::Reason::Daily, clock, {}).value().path;
            clock.advanceSecs(86400);
            newer = backups::make(db.value()->connection(), backups::Reason::Daily, clock, {}).value().path;
        }
        corrupt(newer);
        const QList<backups::Backup> listed = backups::list(path);
        QCOMPARE(listed.size(), 2);
        QCOMPARE(listed.at(0).path, newer);
        QVERIFY(!listed.at(0).isGood());
        QVERIFY(!listed.at(0).problem.isEmpty());
        QVERIFY(listed.at(1).isGood());
        QCOMPARE(listed.at(1).contents.partners, 1);
        QCOMPARE(backups::newestGood(path)->path, older);

        const QByteArray before = hashOf(path);
        auto refused = backups::restore(path, newer, clock);
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().message.contains(QLatin1String("cannot be restored")),
                 qPrintable(refused.error().text()));
        QCOMPARE(hashOf(path), before);

        // A file that is not a database at all, named like a backup, is reported too.
        QFile junk(backups::folderFor(path) + QStringLiteral("/d-20261203-120000-daily.db"));
        QVERIFY(junk.open(QIODevice::WriteOnly));
        junk.write(QByteArray(5000, 'x'));
        junk.close();
        const QList<backups::Backup> again = backups::list(path);
        QCOMPARE(again.size(), 3);
        QVERIFY(!again.at(0).isGood());
    }

    void unwritableFolderIsNamedAndTheDatabaseKeepsWorking()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("u.db"));
        // A file where the folder should be: no backup can be written there, as root or not.
        QFile blocker(dir.filePath(QStringLiteral("backups")));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        auto db = Database::open(path);
        QVERIFY(db.ok());
        auto made = backups::make(db.value()->connection(), backups::Reason::Manual, SystemClock::instance(), {});
        QVERIFY(!made.ok());
        QVERIFY2(made.error().message.contains(QDir::toNativeSeparators(dir.filePath(QStringLiteral("backups")))),
                 qPrintable(made.error().text()));
        // The user's work goes on.
        addPartner(db.value()->connection(), QStringLiteral("a"), QStringLiteral("A"), QStringLiteral("7707083893"));
        QVERIFY(db.value()->verify().ok());
        QCOMPARE(backups::list(path).size(), 0);
    }

    void upgradeOfAnOlderFileIsBackedUpFirst()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("v1.db"));
        {
            QSqlDatabase old = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v1"));
            old.setDatabaseName(path);
            QVERIFY(old.open());
            QSqlQuery q(old);
            for (const QString &statement : migrations::all().first().statements)
                QVERIFY2(q.exec(statement), qPrintable(q.lastError().text()));
            QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = 1")));
            addPartner(old, QStringLiteral("p1"), QStringLiteral("Kept"), QStringLiteral("7707083893"));
            q.finish();
            old.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("v1"));
        {
            auto db = Database::open(path);
            QVERIFY(db.ok());
        }
        const QList<backups::Backup> made = backups::list(path);
        QCOMPARE(made.size(), 1);
        QCOMPARE(made.first().reason, backups::Reason::Upgrade);
        QVERIFY(made.first().isGood());
        QCOMPARE(made.first().contents.schemaVersion, 1);
        QCOMPARE(made.first().contents.partners, 1);
        QCOMPARE(made.first().contents.deals, -1); // version 1 had no deals

        // Opening it again (nothing to upgrade) and creating a new file make none.
        QVERIFY(Database::open(path).ok());
        QVERIFY(Database::open(dir.filePath(QStringLiteral("new.db"))).ok());
        QCOMPARE(backups::list(path).size(), 1);
        QCOMPARE(backups::list(dir.filePath(QStringLiteral("new.db"))).size(), 0);
    }

    void aQuarantinedFileNamesTheNewestGoodBackup()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("q.db"));
        FixedClock clock(at(2026, 11, 30));
        QString good;
        {
            auto db = Database::open(path);
            QVERIFY(db.ok());
            QSqlQuery q(db.value()->connection());
            QVERIFY(q.exec(QStringLiteral("CREATE TABLE ballast (b BLOB)")));
            QVERIFY(q.exec(QStringLiteral("INSERT INTO ballast VALUES (randomblob(100000))")));
            good = backups::make(db.value()->connection(), backups::Reason::Daily, clock, {}).value().path;
            clock.advanceSecs(86400);
            const QString bad = backups::make(db.value()->connection(), backups::Reason::Daily, clock, {}).value().path;
            corrupt(bad);
            QVERIFY(q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
        }
        corrupt(path);
        auto db = Database::open(path);
        QVERIFY(!db.ok());
        QVERIFY2(db.error().detail.contains(QDir::toNativeSeparators(good)), qPrintable(db.error().text()));
    }

    void dailyBackupRunsOnceADayOnAWorker()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("day.db"));
        auto db = Database::open(path);
        QVERIFY(db.ok());
        FixedClock clock(at(2026, 12, 7, 8));
        DailyBackup daily(clock);
        daily.setTimes(0, 3600 * 1000);
        QSignalSpy made(&daily, &DailyBackup::made);
        QSignalSpy failed(&daily, &DailyBackup::failed);
        QSignalSpy finished(&daily, &DailyBackup::finished);
        daily.setDatabase(path);
        QVERIFY(finished.wait(30000));
        QCOMPARE(made.size(), 1);
        QCOMPARE(failed.size(), 0);
        QCOMPARE(QFileInfo(made.first().first().toString()).fileName(), QStringLiteral("day-20261207-080000-daily.db"));
        // Later the same day: nothing new. The next day: one more.
        clock.advanceSecs(6 * 3600);
        daily.checkNow();
        QVERIFY(finished.wait(30000));
        QCOMPARE(made.size(), 1);
        clock.advanceSecs(24 * 3600);
        daily.checkNow();
        QVERIFY(finished.wait(30000));
        QCOMPARE(made.size(), 2);
        QCOMPARE(backups::list(path).size(), 2);
        daily.setDatabase({});
    }

    void dailyBackupReportsAFolderItCannotWrite()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("day.db"));
        QFile blocker(dir.filePath(QStringLiteral("backups")));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        auto db = Database::open(path);
        QVERIFY(db.ok());
        DailyBackup daily(SystemClock::instance());
        daily.setTimes(0, 3600 * 1000);
        QSignalSpy failed(&daily, &DailyBackup::failed);
        daily.setDatabase(path);
        QVERIFY(failed.wait(30000));
        QVERIFY2(failed.first().first().toString().contains(
                     QDir::toNativeSeparators(dir.filePath(QStringLiteral("backups")))),
                 qPrintable(failed.first().first().toString()));
        addPartner(db.value()->connection(), QStringLiteral("a"), QStringLiteral("A"), QStringLiteral("7707083893"));
    }

private:
    QTemporaryDir m_config;
};

QTEST_GUILESS_MAIN(TestBackups)
#include "tst_backups.moc"
