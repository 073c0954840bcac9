// partnerdesk-cli with deals: `demo --deals` (deterministic, valid, every state) and `conflicts` (CSV that
// names its matched fields and lists exactly the pairs DealRepository::allConflicts finds).
#include <QFile>
#include <QLocale>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

#include "CliRun.h"
#include "Database.h"
#include "DealRepository.h"

namespace {

// The rows of the deal tables, ordered, one line per row.
QStringList dumpDeals(const QString &path)
{
    QStringList lines;
    const QString name = QStringLiteral("dump-") + path;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (!db.open())
            return {QStringLiteral("cannot open ") + path};
        // Table names are literals of this test.
        for (const char *table : {"deals", "deal_products", "deal_extensions", "deal_feedback"}) {
            QSqlQuery q(db);
            q.exec(QStringLiteral("SELECT * FROM %1 ORDER BY 1, 2").arg(QLatin1String(table)));
            while (q.next()) {
                QStringList cells{QLatin1String(table)};
                for (int c = 0; c < q.record().count(); ++c)
                    cells.append(q.value(c).toString());
                lines.append(cells.join(QLatin1Char('|')));
            }
        }
    }
    QSqlDatabase::removeDatabase(name);
    return lines;
}

// A minimal RFC 4180 reader for the checks here: records of cells, quotes undone.
QList<QStringList> parseCsv(QString text, QChar delimiter)
{
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    QList<QStringList> rows;
    QStringList row;
    QString cell;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                cell += c;
                ++i;
            } else if (c == QLatin1Char('"')) {
                quoted = false;
            } else {
                cell += c;
            }
        } else if (c == QLatin1Char('"')) {
            quoted = true;
        } else if (c == delimiter) {
            row.append(cell);
            cell.clear();
        } else if (c == QLatin1Char('\r')) {
            continue;
        } else if (c == QLatin1Char('\n')) {
            row.append(cell);
            rows.append(row);
            row.clear();
            cell.clear();
        } else {
            cell += c;
        }
    }
    return rows;
}

} // namespace

class TestCliDeals final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void sameSeedSameDeals();
    void demoDealsAreValidAndCoverEveryState();
    void conflictsFileMatchesRepository();
    void conflictsToStdout();
    void conflictsUsageAndErrors();

private:
    QTemporaryDir m_dir;
    QString m_db;
};

void TestCliDeals::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_db = m_dir.filePath(QStringLiteral("deals.db"));
    const CliRun demo = runCli({QStringLiteral("--db"), m_db, QStringLiteral("demo"), QStringLiteral("--seed"),
                                QStringLiteral("7"), QStringLiteral("--partners"), QStringLiteral("200"),
                                QStringLiteral("--deals"), QStringLiteral("3000")});
    QVERIFY2(demo.exitCode == 0, qPrintable(demo.err));
    QVERIFY(QString::fromUtf8(demo.out).contains(QLatin1String("3000 deal registrations")));
    const CliRun check = runCli({QStringLiteral("--db"), m_db, QStringLiteral("check")});
    QVERIFY2(check.exitCode == 0, qPrintable(check.err));
}

void TestCliDeals::sameSeedSameDeals()
{
    const QString other = m_dir.filePath(QStringLiteral("same.db"));
    const CliRun demo = runCli({QStringLiteral("--db"), other, QStringLiteral("demo"), QStringLiteral("--seed"),
                                QStringLiteral("7"), QStringLiteral("--partners"), QStringLiteral("200"),
                                QStringLiteral("--deals"), QStringLiteral("3000")});
    QVERIFY2(demo.exitCode == 0, qPrintable(demo.err));
    const QStringList a = dumpDeals(m_db);
    QVERIFY(a.size() > 3000);
    QCOMPARE(dumpDeals(other), a);

    const QString seed8 = m_dir.filePath(QStringLiteral("seed8.db"));
    QCOMPARE(
        runCli({QStringLiteral("--db"), seed8, QStringLiteral("demo"), QStringLiteral("--seed"), QStringLiteral("8"),
                QStringLiteral("--partners"), QStringLiteral("200"), QStringLiteral("--deals"), QStringLiteral("100")})
            .exitCode,
        0);
    QVERIFY(dumpDeals(seed8) != a);
}

void TestCliDeals::demoDealsAreValidAndCoverEveryState()
{
    auto opened = pd::storage::Database::open(m_db, pd::storage::Database::Mode::OpenExisting);
    QVERIFY(opened);
    const QSqlDatabase db = opened.value()->connection();
    const pd::storage::DealRepository deals(db, pd::SystemClock::instance(), QStringLiteral("test"));
    QSqlQuery ids(db);
    QVERIFY(ids.exec(QStringLiteral("SELECT id FROM deals ORDER BY id")));
    QSet<pd::domain::ApplicationState> states;
    QSet<pd::domain::DealOutcome> outcomes;
    int withoutInn = 0;
    int withExtensions = 0;
    int withFeedback = 0;
    int overdue = 0;
    int checked = 0;
    const QDateTime base(QDate(2026, 9, 1), QTime(9, 0), Qt::UTC);
    while (ids.next()) {
        auto r = deals.get(ids.value(0).toString());
        QVERIFY(r);
        const pd::domain::Registration &d = r.value();
        QVERIFY2(pd::storage::DealRepository::validateForm(d).isEmpty(),
                 qPrintable(d.customerName + QStringLiteral(": ") + pd::storage::DealRepository::validateForm(d)));
        QVERIFY(d.filedAt < base);
        QVERIFY(d.filedAt >= base.addYears(-2));
        states.insert(d.state);
        if (d.state == pd::domain::ApplicationState::Registered)
            outcomes.insert(d.outcome);
        if (d.state == pd::domain::ApplicationState::Rejected || d.state == pd::domain::ApplicationState::Returned)
            QVERIFY(!d.stateComment.isEmpty());
        withoutInn += d.customerInn.isEmpty() ? 1 : 0;
        withExtensions += d.extensions.isEmpty() ? 0 : 1;
        withFeedback += d.feedback.isEmpty() ? 0 : 1;
        overdue += pd::domain::dealRules::isFeedbackOverdue(d, base) ? 1 : 0;
        ++checked;
    }
    QCOMPARE(checked, 3000);
    QCOMPARE(states.size(), 7);
    QCOMPARE(outcomes.size(), 3);
    QVERIFY(withoutInn > 100);
    QVERIFY(withExtensions > 0);
    QVERIFY(withFeedback > 1000);
    QVERIFY(overdue > 0);
    // Demo deals are never queued for sync.
    QSqlQuery outbox(db);
    QVERIFY(outbox.exec(QStringLiteral("SELECT count(*) FROM outbox")) && outbox.next());
    QCOMPARE(outbox.value(0).toInt(), 0);
    QSqlQuery audit(db);
    QVERIFY(audit.exec(QStringLiteral("SELECT count(*) FROM audit_log WHERE entity = 'deal' AND actor = 'demo'"))
            && audit.next());
    QCOMPARE(audit.value(0).toInt(), 3000);
}

void TestCliDeals::conflictsFileMatchesRepository()
{
    const QString csv = m_dir.filePath(QStringLiteral("c.csv"));
    const CliRun run =
        runCli({QStringLiteral("--db"), m_db, QStringLiteral("conflicts"), QStringLiteral("--out"), csv});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY(run.out.isEmpty());
    QVERIFY(run.err.contains(QLatin1String("written to")));
    QFile file(csv);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
    const QList<QStringList> rows = parseCsv(QString::fromUtf8(bytes), QLatin1Char(','));
    QVERIFY(!rows.isEmpty());
    const QStringList header = rows.first();
    QCOMPARE(header.value(0), QStringLiteral("first_registration_id"));
    const qsizetype matchedColumn = header.indexOf(QStringLiteral("matched_fields"));
    QVERIFY(matchedColumn > 0);
    QVERIFY(header.contains(QStringLiteral("reason")));

    QSet<QPair<QString, QString>> fromCsv;
    for (qsizetype i = 1; i < rows.size(); ++i) {
        const QStringList &row = rows.at(i);
        QCOMPARE(row.size(), header.size());
        QVERIFY(!row.at(matchedColumn).isEmpty());
        for (const QString &key : row.at(matchedColumn).split(QStringLiteral(", ")))
            QVERIFY2(key == QLatin1String("customer_inn") || key == QLatin1String("customer_name")
                         || key == QLatin1String("customer_email_domain"),
                     qPrintable(key));
        fromCsv.insert({row.at(0), row.at(1)});
    }

    auto opened = pd::storage::Database::open(m_db, pd::storage::Database::Mode::OpenExisting);
    QVERIFY(opened);
    const pd::storage::DealRepository deals(opened.value()->connection(), pd::SystemClock::instance(), QString());
    auto all = deals.allConflicts(QLocale::c());
    QVERIFY(all);
    QSet<QPair<QString, QString>> fromRepository;
    for (const pd::storage::DealConflict &c : all.value())
        fromRepository.insert({c.conflict.firstId, c.conflict.secondId});
    QCOMPARE(fromCsv, fromRepository);
    QCOMPARE(rows.size() - 1, all.value().size());
    // Under-review registrations claim their customer whatever the date, so the demo's deliberate
    // conflicts between two of them stay conflicts.
    QVERIFY(!fromRepository.isEmpty());
}

void TestCliDeals::conflictsToStdout()
{
    const CliRun run = runCli({QStringLiteral("--db"), m_db, QStringLiteral("conflicts"), QStringLiteral("--delimiter"),
                               QStringLiteral(";"), QStringLiteral("--no-bom")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY(run.out.startsWith("first_registration_id;second_registration_id;"));
    QVERIFY(run.err.contains(QLatin1String("conflict")));
    const QList<QStringList> rows = parseCsv(QString::fromUtf8(run.out), QLatin1Char(';'));
    QVERIFY(rows.size() >= 2);
    QCOMPARE(rows.at(1).size(), rows.at(0).size());

    // No deals at all: a header, zero conflicts, still success.
    const QString empty = m_dir.filePath(QStringLiteral("empty.db"));
    QCOMPARE(runCli({QStringLiteral("--db"), empty, QStringLiteral("demo"), QStringLiteral("--partners"),
                     QStringLiteral("5")})
                 .exitCode,
             0);
    const CliRun none = runCli({QStringLiteral("--db"), empty, QStringLiteral("conflicts")});
    QCOMPARE(none.exitCode, 0);
    QCOMPARE(parseCsv(QString::fromUtf8(none.out), QLatin1Char(',')).size(), 1);
    QVERIFY(none.err.contains(QLatin1String("0 conflict")));
}

void TestCliDeals::conflictsUsageAndErrors()
{
    const CliRun badDelimiter = runCli({QStringLiteral("--db"), m_db, QStringLiteral("conflicts"),
                                        QStringLiteral("--delimiter"), QStringLiteral("|")});
    QCOMPARE(badDelimiter.exitCode, 2);
    QVERIFY(badDelimiter.err.contains(QLatin1String("--delimiter")));

    const CliRun missing =
        runCli({QStringLiteral("--db"), m_dir.filePath(QStringLiteral("missing.db")), QStringLiteral("conflicts")});
    QCOMPARE(missing.exitCode, 1);
    QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("missing.db"))));

    const QString unwritable = m_dir.filePath(QStringLiteral("no/such/dir/c.csv"));
    const CliRun cannotWrite =
        runCli({QStringLiteral("--db"), m_db, QStringLiteral("conflicts"), QStringLiteral("--out"), unwritable});
    QCOMPARE(cannotWrite.exitCode, 1);
    QVERIFY(!cannotWrite.err.isEmpty());
}

QTEST_GUILESS_MAIN(TestCliDeals)
#include "tst_clideals.moc"
