// partnerdesk-cli backup and restore as scripts use them: a backup is made, checked and listed with what it
// holds; a restore round trip brings the backup's records back and keeps the replaced file aside; a restore
// is refused while the database is open elsewhere and for a damaged backup; a backup folder that cannot be
// written exits 1 naming it; an import makes a backup before it writes.
#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include "CliRun.h"

namespace {

const QString kDb = QStringLiteral("--db");

qint64 partnerCount(const QString &path)
{
    qint64 count = -1;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("count"));
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (db.open()) {
            QSqlQuery q(db);
            if (q.exec(QStringLiteral("SELECT count(*) FROM partners")) && q.next())
                count = q.value(0).toLongLong();
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("count"));
    return count;
}

QStringList backupFiles(const QString &dir)
{
    return QDir(dir + QStringLiteral("/backups")).entryList({QStringLiteral("*.db")}, QDir::Files, QDir::Name);
}

} // namespace

class TestCliBackup final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_config.isValid());
        // The rotation setting the CLI reads and writes lives in a throw-away folder.
        qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_config.path()));
    }

    void backupListRestoreRoundTrip()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("work.db"));
        QCOMPARE(runCli({kDb, db, QStringLiteral("demo"), QStringLiteral("--partners"), QStringLiteral("20"),
                         QStringLiteral("--deals"), QStringLiteral("60")})
                     .exitCode,
                 0);
        const CliRun made = runCli({QStringLiteral("backup"), kDb, db}); // --db after the command works too
        QVERIFY2(made.exitCode == 0, qPrintable(made.err));
        const QString backup = made.outText().trimmed();
        QVERIFY2(QFile::exists(backup), qPrintable(backup));
        QCOMPARE(QFileInfo(backup).absolutePath(),
                 QFileInfo(dir.filePath(QStringLiteral("backups"))).absoluteFilePath());
        QVERIFY2(made.err.contains(QLatin1String("20 partners")), qPrintable(made.err));

        const CliRun listed = runCli({kDb, db, QStringLiteral("backup"), QStringLiteral("--list")});
        QCOMPARE(listed.exitCode, 0);
        const QStringList lines = listed.outText().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 1);
        QVERIFY2(lines.first().trimmed().startsWith(QLatin1String("1 ")), qPrintable(lines.first()));
        QVERIFY2(lines.first().contains(QLatin1String("20 partners, 60 deals")), qPrintable(lines.first()));
        QVERIFY(lines.first().contains(QDir::toNativeSeparators(backup)));

        // A change after the backup...
        {
            QSqlDatabase c = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("write"));
            c.setDatabaseName(db);
            QVERIFY(c.open());
            QSqlQuery q(c);
            QVERIFY2(
                q.exec(QStringLiteral("INSERT INTO partners (id, name, legal_form, inn, registered_on, role, stage, "
                                      "created_at, updated_at) VALUES ('after', 'After', 'legal_entity', "
                                      "'7707083893', '2020-01-01', 'partner', 'application', "
                                      "'2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z')")),
                qPrintable(q.lastError().text()));

            // ...and a restore while this connection has the file open is refused, changing nothing.
            const CliRun refused = runCli({kDb, db, QStringLiteral("restore"), QStringLiteral("1")});
            QCOMPARE(refused.exitCode, 1);
            QVERIFY2(refused.err.contains(QLatin1String("open in another")), qPrintable(refused.err));
            QCOMPARE(QDir(dir.path()).entryList({QStringLiteral("work.db.before-restore-*")}), QStringList());
            q.finish();
            c.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("write"));
        QCOMPARE(partnerCount(db), 21);

        const CliRun restored = runCli({kDb, db, QStringLiteral("restore"), QStringLiteral("1")});
        QVERIFY2(restored.exitCode == 0, qPrintable(restored.err));
        QCOMPARE(partnerCount(db), 20);
        const QStringList aside = QDir(dir.path()).entryList({QStringLiteral("work.db.before-restore-*")}, QDir::Files);
        QCOMPARE(aside.size(), 1);
        QVERIFY2(restored.err.contains(aside.first()), qPrintable(restored.err));
        QCOMPARE(partnerCount(dir.filePath(aside.first())), 21); // the replaced file is whole, with the change
        QVERIFY(QFile::exists(backup));
        const CliRun checked = runCli({kDb, db, QStringLiteral("check")});
        QVERIFY2(checked.exitCode == 0, qPrintable(checked.err));

        // Restoring by file name works as well.
        QCOMPARE(runCli({kDb, db, QStringLiteral("restore"), backup}).exitCode, 0);
        QCOMPARE(partnerCount(db), 20);
    }

    void damagedBackupIsListedAndRefused()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("d.db"));
        QCOMPARE(runCli({kDb, db, QStringLiteral("demo"), QStringLiteral("--partners"), QStringLiteral("10"),
                         QStringLiteral("--deals"), QStringLiteral("30")})
                     .exitCode,
                 0);
        const CliRun made = runCli({kDb, db, QStringLiteral("backup")});
        QCOMPARE(made.exitCode, 0);
        {
            QFile f(made.outText().trimmed());
            QVERIFY(f.open(QIODevice::ReadWrite));
            f.seek(4096);
            f.write(QByteArray(f.size() - 4096, '\x5A'));
        }
        const CliRun listed = runCli({kDb, db, QStringLiteral("backup"), QStringLiteral("--list")});
        QCOMPARE(listed.exitCode, 0);
        QVERIFY2(listed.outText().contains(QLatin1String("DAMAGED")), qPrintable(listed.outText()));
        QVERIFY2(listed.err.contains(QLatin1String("cannot be restored")), qPrintable(listed.err));
        const CliRun refused = runCli({kDb, db, QStringLiteral("restore"), QStringLiteral("1")});
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.err.contains(QLatin1String("cannot be restored")), qPrintable(refused.err));
        QCOMPARE(QDir(dir.path()).entryList({QStringLiteral("d.db.before-restore-*")}), QStringList());
        QCOMPARE(partnerCount(db), 10);
    }

    void unwritableFolderExitsNamingIt()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("u.db"));
        QCOMPARE(runCli({kDb, db, QStringLiteral("demo"), QStringLiteral("--partners"), QStringLiteral("5"),
                         QStringLiteral("--deals"), QStringLiteral("0")})
                     .exitCode,
                 0);
        // A file where the folder should be: it cannot be written, whoever runs the test.
        QFile blocker(dir.filePath(QStringLiteral("backups")));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        const CliRun made = runCli({kDb, db, QStringLiteral("backup")});
        QCOMPARE(made.exitCode, 1);
        QVERIFY2(made.err.contains(QDir::toNativeSeparators(dir.filePath(QStringLiteral("backups")))),
                 qPrintable(made.err));
        QVERIFY(made.out.isEmpty());
        // The work goes on: an import still runs and says that no backup was made.
        QFile csv(dir.filePath(QStringLiteral("p.csv")));
        QVERIFY(csv.open(QIODevice::WriteOnly));
        csv.write("INN,Name,Legal form,Registered on,Cooperation model,Onboarding stage\n"
                  "7707083893,ООО Новый,legal_entity,2021-03-01,partner,application\n");
        csv.close();
        const CliRun imported = runCli({kDb, db, QStringLiteral("import"), QStringLiteral("partners"), csv.fileName()});
        QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
        QVERIFY2(imported.err.contains(QLatin1String("Warning")), qPrintable(imported.err));
        QCOMPARE(partnerCount(db), 6);
    }

    void importMakesABackupFirst()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("i.db"));
        QCOMPARE(runCli({kDb, db, QStringLiteral("demo"), QStringLiteral("--partners"), QStringLiteral("5"),
                         QStringLiteral("--deals"), QStringLiteral("0")})
                     .exitCode,
                 0);
        QCOMPARE(backupFiles(dir.path()), QStringList());
        QFile csv(dir.filePath(QStringLiteral("p.csv")));
        QVERIFY(csv.open(QIODevice::WriteOnly));
        csv.write("INN,Name,Legal form,Registered on,Cooperation model,Onboarding stage\n"
                  "7707083893,ООО Новый,legal_entity,2021-03-01,partner,application\n");
        csv.close();
        // A dry run writes nothing and backs up nothing.
        QCOMPARE(runCli({kDb, db, QStringLiteral("import"), QStringLiteral("partners"), csv.fileName(),
                         QStringLiteral("--dry-run")})
                     .exitCode,
                 0);
        QCOMPARE(backupFiles(dir.path()), QStringList());
        const CliRun imported = runCli({kDb, db, QStringLiteral("import"), QStringLiteral("partners"), csv.fileName()});
        QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
        const QStringList files = backupFiles(dir.path());
        QCOMPARE(files.size(), 1);
        QVERIFY2(files.first().endsWith(QLatin1String("-import.db")), qPrintable(files.first()));
        QCOMPARE(partnerCount(dir.filePath(QStringLiteral("backups/")) + files.first()), 5);
        QCOMPARE(partnerCount(db), 6);
    }

    void rotationSettingFromTheCommandLine()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("r.db"));
        QCOMPARE(runCli({kDb, db, QStringLiteral("demo"), QStringLiteral("--partners"), QStringLiteral("3"),
                         QStringLiteral("--deals"), QStringLiteral("0")})
                     .exitCode,
                 0);
        const CliRun set = runCli({kDb, db, QStringLiteral("backup"), QStringLiteral("--keep-daily"),
                                   QStringLiteral("2"), QStringLiteral("--keep-weekly"), QStringLiteral("1")});
        QVERIFY2(set.exitCode == 0, qPrintable(set.err));
        QVERIFY2(set.err.contains(QLatin1String("2 daily, 1 weekly")), qPrintable(set.err));
        QCOMPARE(
            runCli({kDb, db, QStringLiteral("backup"), QStringLiteral("--keep-daily"), QStringLiteral("0")}).exitCode,
            2);
        // Backups named as made on four earlier days: the next backup thins them to two days and one week.
        const QDate today = QDateTime::currentDateTimeUtc().date();
        const auto named = [&dir, today](int daysAgo) {
            return dir.filePath(QStringLiteral("backups/r-%1-120000-daily.db")
                                    .arg(today.addDays(-daysAgo).toString(QStringLiteral("yyyyMMdd"))));
        };
        for (int daysAgo : {40, 30, 20, 10})
            QVERIFY(QFile::copy(set.outText().trimmed(), named(daysAgo)));
        const CliRun made = runCli({kDb, db, QStringLiteral("backup")});
        QCOMPARE(made.exitCode, 0);
        QCOMPARE(backupFiles(dir.path()).size(), 3); // today's (the newer of two), 10 days ago, then 20 days ago
        QVERIFY(QFile::exists(made.outText().trimmed()));
        QVERIFY(QFile::exists(named(10)));
        QVERIFY(QFile::exists(named(20)));
        QCOMPARE(runCli({kDb, db, QStringLiteral("backup"), QStringLiteral("--keep-daily"), QStringLiteral("7"),
                         QStringLiteral("--keep-weekly"), QStringLiteral("4")})
                     .exitCode,
                 0);
    }

private:
    QTemporaryDir m_config;
};

QTEST_GUILESS_MAIN(TestCliBackup)
#include "tst_clibackup.moc"
