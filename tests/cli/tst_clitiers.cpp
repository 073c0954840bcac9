// `partnerdesk-cli tiers` on a demo database: verdicts change between two dates where the data did, every
// line's criterion columns justify its recommended tier, and usage errors exit 2.
#include <QTemporaryDir>
#include <QTest>

#include "CliRun.h"

namespace {

// A CSV line split on commas, honouring double quotes.
QStringList splitCsv(const QString &line)
{
    QStringList cells;
    QString cell;
    bool quoted = false;
    for (qsizetype i = 0; i < line.size(); ++i) {
        const QChar c = line.at(i);
        if (quoted) {
            if (c == u'"' && i + 1 < line.size() && line.at(i + 1) == u'"') {
                cell.append(c);
                ++i;
            } else if (c == u'"') {
                quoted = false;
            } else {
                cell.append(c);
            }
        } else if (c == u'"') {
            quoted = true;
        } else if (c == u',') {
            cells.append(cell);
            cell.clear();
        } else {
            cell.append(c);
        }
    }
    cells.append(cell);
    return cells;
}

using Row = QHash<QString, QString>;

QList<Row> readCsv(const QByteArray &bytes)
{
    const QStringList lines = QString::fromUtf8(bytes).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QList<Row> rows;
    if (lines.isEmpty())
        return rows;
    const QStringList header = splitCsv(lines.first().trimmed());
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QStringList cells = splitCsv(lines.at(i).trimmed());
        Row row;
        for (qsizetype c = 0; c < header.size() && c < cells.size(); ++c)
            row.insert(header.at(c), cells.at(c));
        rows.append(row);
    }
    return rows;
}

// Whether every criterion column of a tier passes, recomputed from required and actual.
bool meets(const Row &row, const QString &tier)
{
    bool any = false;
    for (auto it = row.cbegin(); it != row.cend(); ++it) {
        if (!it.key().startsWith(tier + QLatin1Char('_')) || !it.key().endsWith(QLatin1String("_required")))
            continue;
        const QString prefix = it.key().chopped(int(QStringLiteral("_required").size()));
        if (it.value().isEmpty())
            return false;
        any = true;
        const qint64 required = it.value().toLongLong();
        const qint64 actual = row.value(prefix + QStringLiteral("_actual")).toLongLong();
        const bool pass = actual >= required;
        if (pass != (row.value(prefix + QStringLiteral("_pass")) == QLatin1String("yes")))
            return false; // the pass flag must agree with the numbers; a disagreement fails the tier
        if (!pass)
            return false;
    }
    return any;
}

QString qualifiedFromColumns(const Row &row)
{
    if (!meets(row, QStringLiteral("silver")))
        return {};
    if (!meets(row, QStringLiteral("gold")))
        return QStringLiteral("silver");
    if (!meets(row, QStringLiteral("platinum")))
        return QStringLiteral("gold");
    return QStringLiteral("platinum");
}

} // namespace

class TestCliTiers final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void verdictsFollowTheData();
    void usageErrorsExitTwo();

private:
    QList<Row> tiersOn(const QString &date);

    QTemporaryDir m_dir;
    QString m_db;
};

void TestCliTiers::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_db = m_dir.filePath(QStringLiteral("demo.db"));
    const CliRun demo = runCli({QStringLiteral("--db"), m_db, QStringLiteral("demo"), QStringLiteral("--partners"),
                                QStringLiteral("120"), QStringLiteral("--deals"), QStringLiteral("2000")});
    QVERIFY2(demo.exitCode == 0, qPrintable(demo.err));
}

QList<Row> TestCliTiers::tiersOn(const QString &date)
{
    const CliRun run = runCli({QStringLiteral("--db"), m_db, QStringLiteral("tiers"), QStringLiteral("--as-of"), date,
                               QStringLiteral("--no-bom")});
    if (run.exitCode != 0)
        qWarning("%s", qPrintable(run.err));
    return readCsv(run.out);
}

void TestCliTiers::verdictsFollowTheData()
{
    const QList<Row> now = tiersOn(QStringLiteral("2026-09-01"));
    const QList<Row> before = tiersOn(QStringLiteral("2025-06-01"));
    QCOMPARE(now.size(), 120);
    QCOMPARE(before.size(), 120);

    QHash<QString, Row> earlier;
    for (const Row &r : before)
        earlier.insert(r.value(QStringLiteral("partner_id")), r);
    int changed = 0;
    int upgrades = 0;
    int downgrades = 0;
    for (const Row &r : now) {
        const Row &e = earlier.value(r.value(QStringLiteral("partner_id")));
        const bool dataChanged =
            r.value(QStringLiteral("gold_sales_12m_actual")) != e.value(QStringLiteral("gold_sales_12m_actual"))
            || r.value(QStringLiteral("gold_certified_specialists_actual"))
                   != e.value(QStringLiteral("gold_certified_specialists_actual"));
        if (dataChanged && r.value(QStringLiteral("qualified_tier")) != e.value(QStringLiteral("qualified_tier")))
            ++changed;
        upgrades += r.value(QStringLiteral("change")) == QLatin1String("upgrade") ? 1 : 0;
        downgrades += r.value(QStringLiteral("change")) == QLatin1String("downgrade") ? 1 : 0;
    }
    QVERIFY(changed > 0);
    QVERIFY(upgrades + downgrades > 0);

    for (const QList<Row> &rows : {now, before}) {
        for (const Row &r : rows) {
            const QString id = r.value(QStringLiteral("partner_id"));
            QVERIFY(!r.value(QStringLiteral("why")).isEmpty());
            if (r.value(QStringLiteral("role")) == QLatin1String("agent")) {
                QCOMPARE(r.value(QStringLiteral("recommended_tier")), QString());
                QCOMPARE(r.value(QStringLiteral("gold_sales_12m_required")), QString());
                QCOMPARE(r.value(QStringLiteral("change")), QStringLiteral("not_applicable"));
                continue;
            }
            const QString qualified = qualifiedFromColumns(r);
            QVERIFY2(qualified == r.value(QStringLiteral("qualified_tier")), qPrintable(id));
            const QString change = r.value(QStringLiteral("change"));
            if (change == QLatin1String("kept_in_grace")) {
                QCOMPARE(r.value(QStringLiteral("recommended_tier")), r.value(QStringLiteral("current_tier")));
                QVERIFY(!r.value(QStringLiteral("grace_ends")).isEmpty());
            } else {
                QVERIFY2(r.value(QStringLiteral("recommended_tier")) == qualified, qPrintable(id));
            }
        }
    }
}

void TestCliTiers::usageErrorsExitTwo()
{
    const CliRun badDate = runCli({QStringLiteral("--db"), m_db, QStringLiteral("tiers"), QStringLiteral("--as-of"),
                                   QStringLiteral("2026-02-30")});
    QCOMPARE(badDate.exitCode, 2);
    QVERIFY(badDate.err.contains(QStringLiteral("--as-of")));
    QVERIFY(badDate.err.contains(QStringLiteral("2026-02-30")));
    const CliRun badDelimiter = runCli(
        {QStringLiteral("--db"), m_db, QStringLiteral("tiers"), QStringLiteral("--delimiter"), QStringLiteral("|")});
    QCOMPARE(badDelimiter.exitCode, 2);
    const CliRun unknown = runCli({QStringLiteral("--db"), m_db, QStringLiteral("tiers"), QStringLiteral("--bogus")});
    QCOMPARE(unknown.exitCode, 2);
}

QTEST_GUILESS_MAIN(TestCliTiers)
#include "tst_clitiers.moc"
