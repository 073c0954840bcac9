// partnerdesk-cli as a script sees it: run the built executable, read its exit code and output.
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

#include <Version.h>

#include "CliRun.h"
#include "AuditLog.h"
#include "Database.h"
#include "DemoData.h"
#include "Inn.h"
#include "PartnerRepository.h"
#include "PartnerRules.h"

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

// Every row of every table (SQLite's own tables aside), ordered, one line per row.
QStringList dump(const QString &path)
{
    QStringList lines;
    const QString name = QStringLiteral("dump-") + path;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (!db.open())
            return {QStringLiteral("cannot open ") + path};
        QSqlQuery tables(db);
        tables.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
                                   "ORDER BY name"));
        QStringList names;
        while (tables.next())
            names.append(tables.value(0).toString());
        for (const QString &table : std::as_const(names)) {
            QSqlQuery columns(db);
            columns.exec(QStringLiteral("SELECT * FROM \"%1\" LIMIT 0").arg(table));
            const int count = columns.record().count();
            QStringList order;
            for (int i = 1; i <= count; ++i)
                order.append(QString::number(i));
            QSqlQuery rows(db);
            // Table names come from sqlite_master of a file this test made, never from input.
            rows.exec(QStringLiteral("SELECT * FROM \"%1\" ORDER BY %2").arg(table, order.join(QLatin1Char(','))));
            while (rows.next()) {
                QStringList cells{table};
                for (int i = 0; i < count; ++i)
                    cells.append(rows.isNull(i) ? QStringLiteral("NULL") : rows.value(i).toString());
                lines.append(cells.join(QLatin1Char('|')));
            }
        }
        QSqlQuery version(db);
        version.exec(QStringLiteral("PRAGMA user_version"));
        lines.append(QStringLiteral("user_version|") + (version.next() ? version.value(0).toString() : QString()));
    }
    QSqlDatabase::removeDatabase(name);
    return lines;
}

QString firstDifference(const QStringList &a, const QStringList &b)
{
    for (qsizetype i = 0; i < qMin(a.size(), b.size()); ++i) {
        if (a.at(i) != b.at(i))
            return QStringLiteral("line %1:\n  %2\n  %3").arg(i).arg(a.at(i), b.at(i));
    }
    return QStringLiteral("%1 lines against %2").arg(a.size()).arg(b.size());
}

QStringList filesIn(const QString &dir)
{
    return QDir(dir).entryList(QDir::Files, QDir::Name);
}

} // namespace

class TestCli final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void version();
    void help();
    void usageErrors_data();
    void usageErrors();
    void demoThenCheck();
    void sameSeedSameData();
    void demoPartnersFollowTheRules();
    void demoIntoNonEmptyDatabaseChangesNothing();
    void checkDamagedFile();
    void damagedFileIsCopiedOnce();
    void checkNewerVersion();
    void checkMissingFile();
    void foreignDatabaseIsLeftAlone();

private:
    QString path(const QString &name) const { return m_dir.filePath(name); }
    // A small demo database for the tests that spoil one.
    QString makeSmallDatabase(const QString &name);
    // A small demo database with the headers of every other page in its middle overwritten.
    QString makeDamagedDatabase(const QString &name);

    QTemporaryDir m_dir;
};

void TestCli::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY2(QFileInfo::exists(QStringLiteral(PD_CLI_PATH)), PD_CLI_PATH);
}

QString TestCli::makeSmallDatabase(const QString &name)
{
    const QString file = path(name);
    const CliRun run = runCli({QStringLiteral("--db"), file, QStringLiteral("demo"), QStringLiteral("--seed"),
                               QStringLiteral("5"), QStringLiteral("--partners"), QStringLiteral("300")});
    if (run.exitCode != 0)
        qWarning() << run.err;
    return run.exitCode == 0 ? file : QString();
}

void TestCli::version()
{
    const CliRun run = runCli({QStringLiteral("--version")});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.outText().contains(QLatin1String(pd::version::version)), qPrintable(run.outText()));
    QVERIFY(run.err.isEmpty());
}

void TestCli::help()
{
    const CliRun run = runCli({QStringLiteral("--help")});
    QCOMPARE(run.exitCode, 0);
    for (const char *word : {"check", "demo", "--db", "Exit codes", "0", "1", "2"})
        QVERIFY2(run.outText().contains(QLatin1String(word)), word);
    const CliRun demoHelp = runCli({QStringLiteral("demo"), QStringLiteral("--help")});
    QCOMPARE(demoHelp.exitCode, 0);
    QVERIFY(demoHelp.outText().contains(QLatin1String("--seed")));
    QVERIFY(demoHelp.outText().contains(QLatin1String("--partners")));
}

void TestCli::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("named"); // what the message must name

    const QString db = QStringLiteral("--db");
    const QString file = QDir::temp().filePath(QStringLiteral("never-created-by-tst_cli.db"));
    QTest::newRow("unknown command") << QStringList{QStringLiteral("frobnicate")} << QStringLiteral("frobnicate");
    QTest::newRow("no command") << QStringList{} << QStringLiteral("command");
    QTest::newRow("unknown global option") << QStringList{QStringLiteral("--colour")} << QStringLiteral("colour");
    QTest::newRow("unknown demo option") << QStringList{db, file, QStringLiteral("demo"), QStringLiteral("--deal")}
                                         << QStringLiteral("deal");
    QTest::newRow("bad seed") << QStringList{db, file, QStringLiteral("demo"), QStringLiteral("--seed"),
                                             QStringLiteral("seven")}
                              << QStringLiteral("--seed");
    QTest::newRow("negative partners") << QStringList{db, file, QStringLiteral("demo"), QStringLiteral("--partners"),
                                                      QStringLiteral("-5")}
                                       << QStringLiteral("--partners");
    QTest::newRow("missing value") << QStringList{db, file, QStringLiteral("demo"), QStringLiteral("--partners")}
                                   << QStringLiteral("partners");
    QTest::newRow("stray argument") << QStringList{db, file, QStringLiteral("check"), QStringLiteral("now")}
                                    << QStringLiteral("now");
    QTest::newRow("db without path") << QStringList{db} << QStringLiteral("db");
}

void TestCli::usageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, named);
    const CliRun run = runCli(arguments);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(named), qPrintable(run.err));
    QVERIFY(run.outText().isEmpty());
    QVERIFY(!QFileInfo::exists(QDir::temp().filePath(QStringLiteral("never-created-by-tst_cli.db"))));
}

void TestCli::demoThenCheck()
{
    // A folder that does not exist yet: demo creates it with the database.
    const QString file = path(QStringLiteral("new/a.db"));
    const CliRun demo = runCli({QStringLiteral("--db"), file, QStringLiteral("demo"), QStringLiteral("--seed"),
                                QStringLiteral("1"), QStringLiteral("--partners"), QStringLiteral("2000")});
    QVERIFY2(demo.exitCode == 0, qPrintable(demo.err));
    QVERIFY2(demo.outText().contains(QLatin1String("2000")), qPrintable(demo.outText()));
    qInfo().noquote() << demo.outText().trimmed();

    const CliRun check = runCli({QStringLiteral("--db"), file, QStringLiteral("check")});
    QVERIFY2(check.exitCode == 0, qPrintable(check.err));
    QCOMPARE(check.outText().trimmed(),
             QStringLiteral("ok: schema version %1, 2000 partners").arg(pd::storage::Database::currentSchemaVersion()));
}

void TestCli::sameSeedSameData()
{
    const QString a = path(QStringLiteral("new/a.db"));
    const QString b = path(QStringLiteral("b.db"));
    const QString c = path(QStringLiteral("c.db"));
    QVERIFY(QFileInfo::exists(a));
    const CliRun same = runCli({QStringLiteral("--db"), b, QStringLiteral("demo"), QStringLiteral("--seed"),
                                QStringLiteral("1"), QStringLiteral("--partners"), QStringLiteral("2000")});
    QVERIFY2(same.exitCode == 0, qPrintable(same.err));
    const CliRun other = runCli({QStringLiteral("--db"), c, QStringLiteral("demo"), QStringLiteral("--seed"),
                                 QStringLiteral("2"), QStringLiteral("--partners"), QStringLiteral("2000")});
    QVERIFY2(other.exitCode == 0, qPrintable(other.err));

    const QStringList dumpA = dump(a);
    const QStringList dumpB = dump(b);
    QVERIFY(dumpA.size() > 2000 * 3); // partners, people and their audit entries
    QVERIFY2(dumpA == dumpB, qPrintable(firstDifference(dumpA, dumpB)));
    const QStringList dumpC = dump(c);
    QVERIFY(dumpA != dumpC);
    // A different seed gives different partners, not only a different order.
    const auto partnersOf = [](const QStringList &lines) {
        QSet<QString> set;
        for (const QString &line : lines) {
            if (line.startsWith(QLatin1String("partners|")))
                set.insert(line.section(QLatin1Char('|'), 2, 4)); // name, legal form, INN
        }
        return set;
    };
    const QSet<QString> shared = partnersOf(dumpA) & partnersOf(dumpC);
    QVERIFY2(shared.size() < 20, qPrintable(QString::number(shared.size())));
}

void TestCli::demoPartnersFollowTheRules()
{
    auto opened =
        pd::storage::Database::open(path(QStringLiteral("new/a.db")), pd::storage::Database::Mode::OpenExisting);
    QVERIFY2(opened.ok(), opened.ok() ? "" : qPrintable(opened.error().text()));
    const pd::storage::Database &db = *opened.value();
    const pd::FixedClock clock(pd::demo::baseTime());
    const pd::storage::PartnerRepository repository(db.connection(), clock, QStringLiteral("test"));
    auto list = repository.list();
    QVERIFY(list.ok());
    QCOMPARE(list.value().size(), 2000);

    QSet<QString> inns;
    QSet<pd::domain::Role> roles;
    QSet<pd::domain::Tier> tiers;
    QSet<pd::domain::OnboardingStage> stages;
    QSet<pd::domain::LegalForm> forms;
    int people = 0;
    for (const pd::storage::PartnerSummary &summary : list.value()) {
        auto partner = repository.get(summary.id);
        QVERIFY(partner.ok());
        const pd::domain::Partner &p = partner.value();
        for (const QDate &today : {pd::demo::baseTime().date(), QDate::currentDate()}) {
            const QList<pd::domain::FieldIssue> issues = pd::domain::partnerRules::validate(p, today);
            QVERIFY2(issues.isEmpty(), qPrintable(p.name + QLatin1String(": ") + issues.value(0).field
                                                  + QLatin1String(" ") + issues.value(0).message));
        }
        QCOMPARE(pd::domain::inn::validate(p.inn, p.legalForm), QString());
        QVERIFY2(!inns.contains(p.inn), qPrintable(p.inn));
        inns.insert(p.inn);
        // Up to four contacts, plus the certified specialists the demo's training adds where a tier needs them.
        QVERIFY(p.people.size() >= 1 && p.people.size() <= 8);
        for (const pd::domain::Person &person : p.people)
            QVERIFY(!person.name.isEmpty() && !person.position.isEmpty() && !person.email.isEmpty()
                    && !person.phone.isEmpty());
        QVERIFY(p.createdAt.isValid() && p.createdAt <= pd::demo::baseTime());
        QVERIFY(QUuid::fromString(p.id).version() == QUuid::Random);
        if (p.legalForm == pd::domain::LegalForm::SoleProprietor)
            QVERIFY(p.name.startsWith(QStringLiteral("ИП ")));
        roles.insert(p.role);
        tiers.insert(p.tier);
        stages.insert(p.stage);
        forms.insert(p.legalForm);
        people += int(p.people.size());
    }
    QCOMPARE(roles.size(), 3);
    QCOMPARE(tiers.size(), 4);
    QCOMPARE(stages.size(), 4);
    QCOMPARE(forms.size(), 2);

    // Every record has its "create" entry by "demo"; nothing is queued for sync.
    QSqlQuery q(db.connection());
    QVERIFY(q.exec(QStringLiteral("SELECT count(*), sum(actor = 'demo' AND action = 'create' AND mutation_id IS NULL) "
                                  "FROM audit_log")));
    QVERIFY(q.next());
    const int audited = q.value(0).toInt();
    const int byDemo = q.value(1).toInt();
    // Every person (contacts and the training's specialists) and every training record has its entry too.
    QVERIFY(q.exec(QStringLiteral("SELECT (SELECT count(*) FROM people) + (SELECT count(*) FROM courses) + "
                                  "(SELECT count(*) FROM enrollments) + (SELECT count(*) FROM certificates) + "
                                  "(SELECT count(*) FROM compat_certifications)")));
    QVERIFY(q.next());
    QVERIFY(q.value(0).toInt() >= people);
    QCOMPARE(audited, 2000 + q.value(0).toInt());
    QCOMPARE(byDemo, 2000 + q.value(0).toInt());
    QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM outbox")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toInt(), 0);
    // The audit entries read back as the records' values.
    pd::storage::AuditLog audit(db.connection());
    const QString first = list.value().constFirst().id;
    auto history = audit.historyOf(first);
    QVERIFY(history.ok());
    auto partner = repository.get(first);
    QCOMPARE(history.value().size(), 1 + partner.value().people.size());
    const QJsonObject fields = pd::storage::PartnerRepository::toFields(partner.value());
    for (const pd::storage::AuditEntry &entry : history.value()) {
        if (entry.entity != QLatin1String("partner"))
            continue;
        QCOMPARE(entry.changes.size(), fields.size());
        for (const pd::storage::FieldChange &change : entry.changes)
            QCOMPARE(QJsonValue::fromVariant(change.newValue).toVariant(), fields.value(change.field).toVariant());
    }
}

void TestCli::demoIntoNonEmptyDatabaseChangesNothing()
{
    const QString file = path(QStringLiteral("new/a.db"));
    const QByteArray hash = fileHash(file);
    const QStringList before = dump(file);
    const CliRun run = runCli({QStringLiteral("--db"), file, QStringLiteral("demo"), QStringLiteral("--seed"),
                               QStringLiteral("3"), QStringLiteral("--partners"), QStringLiteral("10")});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(QLatin1String("already holds")), qPrintable(run.err));
    QVERIFY2(run.err.contains(QDir::toNativeSeparators(file)), qPrintable(run.err));
    QCOMPARE(fileHash(file), hash);
    QVERIFY(dump(file) == before);
}

QString TestCli::makeDamagedDatabase(const QString &name)
{
    const QString file = makeSmallDatabase(name);
    if (file.isEmpty() || QFileInfo::exists(file + QStringLiteral("-wal")))
        return {};
    // Scribble over the headers of pages in the middle of the file; page 1 (the schema) stays whole.
    QFile f(file);
    if (!f.open(QIODevice::ReadWrite))
        return {};
    const qint64 pageSize = 4096;
    const qint64 pages = f.size() / pageSize;
    if (pages <= 10)
        return {};
    for (qint64 page = 3; page < pages - 1; page += 2) {
        if (!f.seek(page * pageSize) || f.write(QByteArray(64, char(0xA5))) != 64)
            return {};
    }
    return file;
}

void TestCli::checkDamagedFile()
{
    const QString file = makeDamagedDatabase(QStringLiteral("damaged/d.db"));
    QVERIFY(!file.isEmpty());
    const QString folder = QFileInfo(file).absolutePath();
    const QStringList filesBefore = filesIn(folder);
    const QByteArray hash = fileHash(file);

    const CliRun run = runCli({QStringLiteral("--db"), file, QStringLiteral("check")});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(QLatin1String("damaged")), qPrintable(run.err));
    QVERIFY(run.outText().isEmpty());

    // The copy is where the message says, and the damaged file is still there, byte for byte.
    QStringList copies;
    for (const QString &name : filesIn(folder)) {
        if (!filesBefore.contains(name) && !name.endsWith(QLatin1String("-wal"))
            && !name.endsWith(QLatin1String("-shm")))
            copies.append(QDir(folder).filePath(name));
    }
    QCOMPARE(copies.size(), 1);
    QVERIFY2(run.err.contains(QDir::toNativeSeparators(copies.constFirst())), qPrintable(run.err));
    QCOMPARE(fileHash(copies.constFirst()), hash);
    QVERIFY(QFileInfo::exists(file));
    QCOMPARE(fileHash(file), hash);
}

void TestCli::damagedFileIsCopiedOnce()
{
    const QString file = makeDamagedDatabase(QStringLiteral("damaged-again/d.db"));
    QVERIFY(!file.isEmpty());
    const QString folder = QFileInfo(file).absolutePath();
    const QByteArray hash = fileHash(file);
    auto copiesIn = [&folder] {
        QStringList copies;
        for (const QString &name : filesIn(folder)) {
            if (name.startsWith(QLatin1String("d.damaged-")) && name.endsWith(QLatin1String(".db")))
                copies.append(QDir(folder).filePath(name));
        }
        return copies;
    };

    // Three commands that open it (an hourly check, an export, another check): one copy, named each time.
    const QList<QStringList> commands{
        {QStringLiteral("check")},
        {QStringLiteral("export"), QStringLiteral("partners"), QStringLiteral("--out"), path(QStringLiteral("p.csv"))},
        {QStringLiteral("check")}};
    for (int i = 0; i < commands.size(); ++i) {
        const CliRun run = runCli(QStringList{QStringLiteral("--db"), file} + commands.at(i));
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QLatin1String("damaged")), qPrintable(run.err));
        const QStringList copies = copiesIn();
        QCOMPARE(copies.size(), 1);
        QVERIFY2(run.err.contains(QDir::toNativeSeparators(copies.constFirst())), qPrintable(run.err));
        if (i > 0)
            QVERIFY2(run.err.contains(QLatin1String("at an earlier opening")), qPrintable(run.err));
        QCOMPARE(fileHash(copies.constFirst()), hash);
        QCOMPARE(fileHash(file), hash);
    }
    QVERIFY(!QFileInfo::exists(path(QStringLiteral("p.csv"))));

    // Changed since (here: another page spoilt), it is another file, and it gets its own copy.
    {
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadWrite));
        QVERIFY(f.seek(4 * 4096));
        QCOMPARE(f.write(QByteArray(64, char(0x5A))), qint64(64));
    }
    const CliRun changed = runCli({QStringLiteral("--db"), file, QStringLiteral("check")});
    QCOMPARE(changed.exitCode, 1);
    QVERIFY2(!changed.err.contains(QLatin1String("at an earlier opening")), qPrintable(changed.err));
    QCOMPARE(copiesIn().size(), 2);
}

void TestCli::checkNewerVersion()
{
    const QString file = makeSmallDatabase(QStringLiteral("newer.db"));
    QVERIFY(!file.isEmpty());
    const int newer = pd::storage::Database::currentSchemaVersion() + 1;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("newer"));
        db.setDatabaseName(file);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = %1").arg(newer)));
        QVERIFY(q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
        q.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("newer"));
    const QByteArray hash = fileHash(file);
    const QStringList filesBefore = filesIn(m_dir.path());

    const CliRun check = runCli({QStringLiteral("--db"), file, QStringLiteral("check")});
    QCOMPARE(check.exitCode, 1);
    QVERIFY2(check.err.contains(QLatin1String("newer")), qPrintable(check.err));
    QVERIFY2(check.err.contains(QString::number(newer)), qPrintable(check.err));
    QCOMPARE(fileHash(file), hash);

    // demo refuses it the same way.
    const CliRun demo = runCli(
        {QStringLiteral("--db"), file, QStringLiteral("demo"), QStringLiteral("--partners"), QStringLiteral("5")});
    QCOMPARE(demo.exitCode, 1);
    QVERIFY2(demo.err.contains(QLatin1String("newer")), qPrintable(demo.err));
    QCOMPARE(fileHash(file), hash);
    QStringList filesAfter = filesIn(m_dir.path());
    filesAfter.removeIf(
        [](const QString &n) { return n.endsWith(QLatin1String("-wal")) || n.endsWith(QLatin1String("-shm")); });
    QStringList expected = filesBefore;
    expected.removeIf(
        [](const QString &n) { return n.endsWith(QLatin1String("-wal")) || n.endsWith(QLatin1String("-shm")); });
    QCOMPARE(filesAfter, expected);
}

void TestCli::checkMissingFile()
{
    const QString file = path(QStringLiteral("nowhere/missing.db"));
    const CliRun run = runCli({QStringLiteral("--db"), file, QStringLiteral("check")});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(QDir::toNativeSeparators(file)), qPrintable(run.err));
    QVERIFY(!QFileInfo::exists(file));
    QVERIFY(!QFileInfo::exists(QFileInfo(file).absolutePath()));
}

void TestCli::foreignDatabaseIsLeftAlone()
{
    const QString file = path(QStringLiteral("other-program.db"));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("foreign"));
        db.setDatabaseName(file);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT)")));
        QVERIFY(q.exec(QStringLiteral("INSERT INTO notes (text) VALUES ('keep me')")));
        q.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("foreign"));
    const QByteArray hash = fileHash(file);
    for (const QStringList &command :
         {QStringList{QStringLiteral("check")},
          QStringList{QStringLiteral("demo"), QStringLiteral("--partners"), QStringLiteral("5")}}) {
        const CliRun run = runCli(QStringList{QStringLiteral("--db"), file} + command);
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QLatin1String("not a PartnerDesk database")), qPrintable(run.err));
        QCOMPARE(fileHash(file), hash);
    }
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
