// partnerdesk-cli on a database it cannot write: a read-only folder and a read-only file are named as
// such (never "damaged", never blamed on a line of the CSV), and nothing is written, copied or half done.
// Made read-only by permissions; as root, whom permissions do not stop, by a read-only bind mount in a
// mount namespace of the command's own.
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include "CliRun.h"
#include "Inn.h"

#include <unistd.h>

namespace {

QByteArray fileHash(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    return hash.result().toHex();
}

// Every file under `dir` with its hash, so that "nothing was written" compares two of these.
QStringList contentsOf(const QString &dir)
{
    QStringList lines;
    const QDir root(dir);
    for (const QFileInfo &info :
         root.entryInfoList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden, QDir::Name)) {
        if (info.isDir())
            lines.append(contentsOf(info.absoluteFilePath()));
        else
            lines.append(root.relativeFilePath(info.absoluteFilePath()) + QLatin1Char(' ')
                         + QString::fromLatin1(fileHash(info.absoluteFilePath())));
    }
    return lines;
}

} // namespace

class TestCliReadOnly final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void newDatabaseInReadOnlyFolder();
    void existingDatabaseInReadOnlyFolder();
    void readOnlyDatabaseFile();

private:
    // Runs the CLI with `target` (a folder or a file) read-only for the run.
    CliRun runReadOnly(const QString &target, const QStringList &arguments);
    QString partnersCsv();

    QTemporaryDir m_dir;
    QString m_data; // the app's own data folder for the runs (where a copy could go when all else fails)
    bool m_asRoot = false;
};

void TestCliReadOnly::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_data = m_dir.filePath(QStringLiteral("xdg-data"));
    QVERIFY(QDir().mkpath(m_data));
    qputenv("XDG_DATA_HOME", m_data.toLocal8Bit());
    m_asRoot = geteuid() == 0;
    if (m_asRoot) {
        QProcess probe;
        probe.start(QStringLiteral("unshare"),
                    {QStringLiteral("--mount"), QStringLiteral("--propagation"), QStringLiteral("private"),
                     QStringLiteral("mount"), QStringLiteral("--bind"), m_dir.path(), m_dir.path()});
        if (!probe.waitForFinished(30'000) || probe.exitStatus() != QProcess::NormalExit || probe.exitCode() != 0)
            QSKIP("Running as root, whom file permissions do not stop, and without the right to mount a read-only "
                  "folder (unshare --mount): there is no way to make a folder read-only here.");
    }
}

CliRun TestCliReadOnly::runReadOnly(const QString &target, const QStringList &arguments)
{
    if (m_asRoot) {
        const QString script = QStringLiteral("mount --bind \"$1\" \"$1\" && mount -o remount,bind,ro \"$1\" \"$1\" "
                                              "&& shift && exec \"$@\"");
        return runCliWrapped({QStringLiteral("unshare"), QStringLiteral("--mount"), QStringLiteral("--propagation"),
                              QStringLiteral("private"), QStringLiteral("sh"), QStringLiteral("-c"), script,
                              QStringLiteral("sh"), target},
                             arguments);
    }
    QFile file(target);
    const QFile::Permissions before = file.permissions();
    const bool isDir = QFileInfo(target).isDir();
    file.setPermissions(QFile::ReadOwner | QFile::ReadUser
                        | (isDir ? QFile::ExeOwner | QFile::ExeUser : QFile::Permissions()));
    const CliRun run = runCli(arguments);
    file.setPermissions(before);
    return run;
}

QString TestCliReadOnly::partnersCsv()
{
    const QString path = m_dir.filePath(QStringLiteral("partners.csv"));
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return {};
    f.write(QStringLiteral("INN,Name,Registered on\n%1,ООО «Ромашка»,2020-01-15\n%2,ООО «Лютик»,2021-03-01\n")
                .arg(pd::domain::inn::complete(QStringLiteral("780000001")),
                     pd::domain::inn::complete(QStringLiteral("780000002")))
                .toUtf8());
    return path;
}

void TestCliReadOnly::newDatabaseInReadOnlyFolder()
{
    const QString folder = m_dir.filePath(QStringLiteral("locked"));
    QVERIFY(QDir().mkpath(folder));
    const QString csv = partnersCsv();
    QVERIFY(!csv.isEmpty());
    const QString db = QDir(folder).filePath(QStringLiteral("x.sqlite"));

    const CliRun run =
        runReadOnly(folder, {QStringLiteral("--db"), db, QStringLiteral("import"), QStringLiteral("partners"), csv});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(QLatin1String("Cannot write to the folder ") + QDir::toNativeSeparators(folder)
                              + QLatin1String(" (it is read-only)")),
             qPrintable(run.err));
    QVERIFY2(!run.err.contains(QLatin1String("damaged")), qPrintable(run.err));
    QVERIFY2(!run.err.contains(QLatin1String(":2:")), qPrintable(run.err));
    QVERIFY(contentsOf(folder).isEmpty());
    QVERIFY(contentsOf(m_data).isEmpty());
}

void TestCliReadOnly::existingDatabaseInReadOnlyFolder()
{
    const QString folder = m_dir.filePath(QStringLiteral("shelf"));
    const QString db = QDir(folder).filePath(QStringLiteral("x.sqlite"));
    QCOMPARE(runCli({QStringLiteral("--db"), db, QStringLiteral("demo"), QStringLiteral("--seed"), QStringLiteral("4"),
                     QStringLiteral("--partners"), QStringLiteral("5")})
                 .exitCode,
             0);
    const QString csv = partnersCsv();
    QVERIFY(!csv.isEmpty());
    const QStringList before = contentsOf(folder);

    for (const QStringList &command : {QStringList{QStringLiteral("import"), QStringLiteral("partners"), csv},
                                       QStringList{QStringLiteral("check")}}) {
        const CliRun run = runReadOnly(folder, QStringList{QStringLiteral("--db"), db} + command);
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QLatin1String("Cannot write to the folder ") + QDir::toNativeSeparators(folder)
                                  + QLatin1String(" (it is read-only)")),
                 qPrintable(run.err));
        QVERIFY2(!run.err.contains(QLatin1String("damaged")), qPrintable(run.err));
        QVERIFY2(!run.err.contains(QLatin1String(":2:")), qPrintable(run.err));
        QCOMPARE(contentsOf(folder), before);
        QVERIFY(contentsOf(m_data).isEmpty());
    }
}

void TestCliReadOnly::readOnlyDatabaseFile()
{
    const QString folder = m_dir.filePath(QStringLiteral("desk"));
    const QString db = QDir(folder).filePath(QStringLiteral("x.sqlite"));
    QCOMPARE(runCli({QStringLiteral("--db"), db, QStringLiteral("demo"), QStringLiteral("--seed"), QStringLiteral("4"),
                     QStringLiteral("--partners"), QStringLiteral("5")})
                 .exitCode,
             0);
    const QString csv = partnersCsv();
    QVERIFY(!csv.isEmpty());
    const QStringList before = contentsOf(folder);

    const CliRun run =
        runReadOnly(db, {QStringLiteral("--db"), db, QStringLiteral("import"), QStringLiteral("partners"), csv});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(QLatin1String("The database file ") + QDir::toNativeSeparators(db)
                              + QLatin1String(" is read-only")),
             qPrintable(run.err));
    QVERIFY2(!run.err.contains(QLatin1String("damaged")), qPrintable(run.err));
    QVERIFY2(!run.err.contains(QLatin1String(":2:")), qPrintable(run.err));
    // Not even a backup before the import: nothing is written when the import cannot be.
    QCOMPARE(contentsOf(folder), before);
    QVERIFY(contentsOf(m_data).isEmpty());
}

QTEST_GUILESS_MAIN(TestCliReadOnly)
#include "tst_clireadonly.moc"
