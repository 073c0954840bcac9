#include <QJsonDocument>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include "Database.h"
#include "PulledPage.h"
#include "SyncTables.h"
#include "TableChecks.h"

using namespace pd;
using sync::client::PulledPage;
using sync::client::SyncTables;
using sync::client::TableChecks;

// A page's new records written straight from its bytes (PulledPage::insertRows) with the tables' CHECK
// rules evaluated in C++ (TableChecks) instead of SQLite's: the rules read from CREATE TABLE, rows outside
// them (or not surely inside) left to the checked path, SQLite's checks back on afterwards, and the rows
// written equal to those the checked path (SyncTables::write) writes.
class TestPulledPage final : public QObject
{
    Q_OBJECT

private slots:
    void checksReadFromCreateTable();
    void unknownChecksKeepSqlitesOwn();
    void rowsOutsideTheChecksAreLeftToTheCheckedPath();
    void directRowsEqualCheckedRows();

private:
    std::unique_ptr<storage::Database> open(const QString &name);
    static QByteArray page(const QList<QByteArray> &changes);
    static QByteArray partner(const QString &id, const QString &inn, const QByteArray &extra = {});

    QTemporaryDir m_dir;
};

std::unique_ptr<storage::Database> TestPulledPage::open(const QString &name)
{
    auto db = storage::Database::open(m_dir.filePath(name));
    if (!db)
        qFatal("%s", qPrintable(db.error().text()));
    return std::move(db).value();
}

QByteArray TestPulledPage::page(const QList<QByteArray> &changes)
{
    QByteArray body = R"({"epoch":"e1","last_seq":9,"has_more":false,"changes":[)";
    for (qsizetype i = 0; i < changes.size(); ++i)
        body += (i ? "," : "") + changes.at(i);
    return body + "]}";
}

QByteArray TestPulledPage::partner(const QString &id, const QString &inn, const QByteArray &extra)
{
    QByteArray fields = R"({"name":"Partner )" + id.toUtf8() + R"(","inn":")" + inn.toUtf8()
                        + R"(","registered_on":"2020-01-15","role":"partner","stage":"contacted","manager":"root",)"
                          R"("wl_restricted_services":["backup"])";
    if (!extra.isEmpty())
        fields += "," + extra;
    return R"({"entity":"partner","id":")" + id.toUtf8() + R"(","version":3,"deleted":false,"fields":)" + fields + "}}";
}

void TestPulledPage::checksReadFromCreateTable()
{
    const QStringList columns{QStringLiteral("kind"), QStringLiteral("pct"), QStringLiteral("note")};
    const TableChecks checks = TableChecks::fromSql(
        QStringLiteral("CREATE TABLE t (id TEXT PRIMARY KEY, kind TEXT NOT NULL CHECK (kind IN ('a', 'it''s', 'c')), "
                       "pct INTEGER NOT NULL DEFAULT 0 CHECK (pct BETWEEN 0 AND 100), note TEXT NOT NULL DEFAULT '')"),
        columns);
    QVERIFY(checks.usable());
    using V = TableChecks::Value;
    QVERIFY(checks.passes(0, V{V::Kind::Text, 0, "a"}));
    QVERIFY(checks.passes(0, V{V::Kind::Text, 0, "it's"})); // a doubled quote in the list
    QVERIFY(!checks.passes(0, V{V::Kind::Text, 0, "b"}));
    QVERIFY(!checks.passes(0, V{V::Kind::Text, 0, "A"}));   // compared as SQLite's BINARY collation does
    QVERIFY(!checks.passes(0, V{V::Kind::Integer, 1, {}})); // an integer in a text column: not surely, left to SQLite
    QVERIFY(checks.passes(0, V{}));                         // a CHECK on NULL passes
    QVERIFY(checks.passes(1, V{V::Kind::Integer, 0, {}}));
    QVERIFY(checks.passes(1, V{V::Kind::Integer, 100, {}}));
    QVERIFY(!checks.passes(1, V{V::Kind::Integer, 101, {}}));
    QVERIFY(!checks.passes(1, V{V::Kind::Integer, -1, {}}));
    QVERIFY(!checks.passes(1, V{V::Kind::Text, 0, "50"}));
    QVERIFY(checks.passes(2, V{V::Kind::Text, 0, "anything"})); // no CHECK on it

    // The partners table of this build: every enumeration rule found.
    auto db = open(QStringLiteral("schema.db"));
    SyncTables tables(db->connection());
    QStringList names;
    for (const SyncTables::InsertColumn &c : tables.insertColumns(QStringLiteral("partner")))
        names.append(c.name);
    const TableChecks partners(db->connection(), QStringLiteral("partners"), names);
    QVERIFY(partners.usable());
    QVERIFY(partners.passes(names.indexOf(QStringLiteral("legal_form")), V{V::Kind::Text, 0, "sole_proprietor"}));
    QVERIFY(!partners.passes(names.indexOf(QStringLiteral("legal_form")), V{V::Kind::Text, 0, "llc"}));
    QVERIFY(!partners.passes(names.indexOf(QStringLiteral("tier")), V{V::Kind::Text, 0, "bronze"}));
    QVERIFY(!partners.passes(names.indexOf(QStringLiteral("wl_payment_model")), V{V::Kind::Text, 0, "credit"}));
}

void TestPulledPage::unknownChecksKeepSqlitesOwn()
{
    const QStringList columns{QStringLiteral("a"), QStringLiteral("b")};
    QVERIFY(!TableChecks::fromSql(QStringLiteral("CREATE TABLE t (a TEXT CHECK (length(a) = 3), b TEXT)"), columns)
                 .usable());
    QVERIFY(!TableChecks::fromSql(QStringLiteral("CREATE TABLE t (a TEXT COLLATE NOCASE CHECK (a IN ('x')), b TEXT)"),
                                  columns)
                 .usable());
    // A rule on a column the insert does not bind from the record.
    QVERIFY(!TableChecks::fromSql(QStringLiteral("CREATE TABLE t (a TEXT, b TEXT, c TEXT CHECK (c IN ('x')))"), columns)
                 .usable());
    QVERIFY(
        !TableChecks::fromSql(QStringLiteral("CREATE TABLE t (a TEXT CHECK (a IN ('x') OR a = 'y'), b TEXT)"), columns)
             .usable());
    QVERIFY(!TableChecks::fromSql(QString(), columns).usable());
    QVERIFY(TableChecks::fromSql(QStringLiteral("CREATE TABLE t (a TEXT, b TEXT)"), columns).usable());
}

void TestPulledPage::rowsOutsideTheChecksAreLeftToTheCheckedPath()
{
    auto db = open(QStringLiteral("checks.db"));
    QSqlDatabase c = db->connection();
    const QByteArray body = page({
        partner(QStringLiteral("p-ok"), QStringLiteral("7707083893"), R"("tier":"gold","legal_form":"legal_entity")"),
        partner(QStringLiteral("p-bad-form"), QStringLiteral("7707083894"), R"("legal_form":"llc")"),
        partner(QStringLiteral("p-bad-model"), QStringLiteral("7707083895"),
                R"("legal_form":"legal_entity","wl_payment_model":"credit")"),
        partner(QStringLiteral("p-number"), QStringLiteral("7707083896"), R"("legal_form":"legal_entity","tier":5)"),
        partner(QStringLiteral("p-null-tier"), QStringLiteral("7707083897"),
                R"("legal_form":"sole_proprietor","tier":null)"),
    });
    PulledPage pulled(c, body);
    QCOMPARE(pulled.read(), PulledPage::Shape::Valid);
    SyncTables tables(c);
    QSet<QString> deals;
    QVERIFY(c.transaction());
    auto written = pulled.insertRows(tables, QStringLiteral("partner"), {0, 1, 2, 3, 4}, deals);
    QVERIFY2(written, written ? "" : qPrintable(written.error().text()));
    QVERIFY(c.commit());
    // Only the rows surely within the CHECKs: an unknown enumeration value, or a number where the rule
    // lists texts, is left to applyChange(), which writes it with SQLite's checks or holds it back.
    QCOMPARE(written.value(), (QList<qsizetype>{0, 4}));
    QSqlQuery q(c);
    QVERIFY(q.exec(QStringLiteral("SELECT id, tier, legal_form, wl_payment_model, version FROM partners ORDER BY id")));
    QStringList rows;
    while (q.next())
        rows << QStringLiteral("%1 %2 %3 %4 %5")
                    .arg(q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                         q.value(4).toString());
    QCOMPARE(rows, (QStringList{QStringLiteral("p-null-tier none sole_proprietor prepaid 3"),
                                QStringLiteral("p-ok gold legal_entity prepaid 3")}));
    // SQLite's own checks are on again on this connection.
    QVERIFY(q.exec(QStringLiteral("PRAGMA ignore_check_constraints")) && q.next());
    QCOMPARE(q.value(0).toInt(), 0);
    QVERIFY(!q.exec(QStringLiteral("UPDATE partners SET tier = 'bronze' WHERE id = 'p-ok'")));
    // The checked path refuses the rows the direct one left.
    QVERIFY(!tables.write(QStringLiteral("partner"), QStringLiteral("p-bad-form"), pulled.entries().at(1).fields(), 3));
    QVERIFY(
        !tables.write(QStringLiteral("partner"), QStringLiteral("p-bad-model"), pulled.entries().at(2).fields(), 3));
}

void TestPulledPage::directRowsEqualCheckedRows()
{
    auto direct = open(QStringLiteral("direct.db"));
    auto checked = open(QStringLiteral("checked.db"));
    const QByteArray body = page({
        partner(QStringLiteral("p-1"), QStringLiteral("7707083893"),
                R"("legal_form":"legal_entity","tier":"platinum","wl_markup_bp":250)"),
        partner(QStringLiteral("p-2"), QStringLiteral("7707083894"),
                R"("legal_form":"sole_proprietor","notes":"quote \" and \\ and \u00e9")"),
        partner(QStringLiteral("p-3"), QStringLiteral("7707083895"),
                R"("legal_form":"legal_entity","wl_brand":"B","wl_payment_model":"postpaid","region":null)"),
    });
    PulledPage pulled(direct->connection(), body);
    QCOMPARE(pulled.read(), PulledPage::Shape::Valid);
    SyncTables directTables(direct->connection());
    QSet<QString> deals;
    auto written = pulled.insertRows(directTables, QStringLiteral("partner"), {0, 1, 2}, deals);
    QVERIFY(written);
    QCOMPARE(written.value().size(), 3);
    SyncTables checkedTables(checked->connection());
    for (const PulledPage::Entry &e : pulled.entries())
        QVERIFY(checkedTables.write(e.entity, e.id, e.fields(), e.version));
    auto a = directTables.snapshot();
    auto b = checkedTables.snapshot();
    QVERIFY(a && b);
    QCOMPARE(a.value().value(QStringLiteral("partner")).size(), 3);
    QCOMPARE(a.value(), b.value());
    QCOMPARE(a.value()
                 .value(QStringLiteral("partner"))
                 .value(QStringLiteral("p-2"))
                 .value(QStringLiteral("notes"))
                 .toString(),
             QStringLiteral("quote \" and \\ and \u00e9"));
}

QTEST_GUILESS_MAIN(TestPulledPage)
#include "tst_pulledpage.moc"
