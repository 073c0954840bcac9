#include <QRegularExpression>
#include <QSet>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include "Database.h"
#include "EntitySchema.h"

using namespace pd;

// The server checks every synced value by entitySchema::fieldSpecs; the client's tables check them by the
// CHECK constraints, NOT NULL columns and defaults written in its migrations. Both must say the same, for
// every entity and field, on a database made by the real migrations: else the server takes values that
// clients set aside, or refuses values they store.
class TestEntitySchema final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void specsAgreeWithTheClientTables_data();
    void specsAgreeWithTheClientTables();
    void recordProblems();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<storage::Database> m_db;
};

void TestEntitySchema::initTestCase()
{
    QVERIFY(m_dir.isValid());
    auto db = storage::Database::open(m_dir.filePath(QStringLiteral("client.db")));
    QVERIFY2(db.ok(), db.ok() ? "" : qPrintable(db.error().text()));
    m_db = std::move(db.value());
}

void TestEntitySchema::specsAgreeWithTheClientTables_data()
{
    QTest::addColumn<QString>("entity");
    for (const QString &entity : sync::entitySchema::entities())
        QTest::newRow(entity.toUtf8().constData()) << entity;
}

void TestEntitySchema::specsAgreeWithTheClientTables()
{
    QFETCH(QString, entity);
    const QString table = sync::entitySchema::table(entity);
    QSqlQuery q(m_db->connection());
    QVERIFY(q.exec(QStringLiteral("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = '%1'").arg(table)));
    QVERIFY2(q.next(), qPrintable(table));
    const QString createSql = q.value(0).toString();

    // What the table's CHECKs allow, by column.
    QHash<QString, QSet<QString>> allowed;
    QHash<QString, std::pair<qint64, qint64>> ranges;
    static const QRegularExpression in(QStringLiteral(R"(CHECK\s*\(\s*(\w+)\s+IN\s*\(([^)]*)\)\s*\))"));
    for (auto it = in.globalMatch(createSql); it.hasNext();) {
        const auto m = it.next();
        QSet<QString> keys;
        for (QString key : m.captured(2).split(QLatin1Char(',')))
            keys.insert(key.trimmed().remove(QLatin1Char('\'')));
        allowed.insert(m.captured(1), keys);
    }
    static const QRegularExpression between(
        QStringLiteral(R"(CHECK\s*\(\s*(\w+)\s+BETWEEN\s+(-?\d+)\s+AND\s+(-?\d+)\s*\))"));
    for (auto it = between.globalMatch(createSql); it.hasNext();) {
        const auto m = it.next();
        ranges.insert(m.captured(1), {m.captured(2).toLongLong(), m.captured(3).toLongLong()});
    }
    static const QRegularExpression anyCheck(QStringLiteral(R"(\bCHECK\b)"));
    QCOMPARE(int(createSql.count(anyCheck)), int(allowed.size() + ranges.size())); // no CHECK of another form

    // Which columns need a value: NOT NULL without a default.
    QHash<QString, bool> required;
    QVERIFY(q.exec(QStringLiteral("PRAGMA table_info(%1)").arg(table)));
    while (q.next())
        required.insert(q.value(1).toString(), q.value(3).toInt() != 0 && q.value(4).isNull());

    QSet<QString> specified;
    for (const sync::FieldSpec &f : sync::entitySchema::fieldSpecs(entity)) {
        specified.insert(f.name);
        QVERIFY2(required.contains(f.name), qPrintable(QStringLiteral("%1.%2 has no column").arg(table, f.name)));
        QVERIFY2(f.required == required.value(f.name),
                 qPrintable(QStringLiteral("%1.%2: required %3 in EntitySchema").arg(table, f.name).arg(f.required)));
        const QSet<QString> keys(f.allowed.cbegin(), f.allowed.cend());
        QVERIFY2(keys == allowed.value(f.name),
                 qPrintable(QStringLiteral("%1.%2: EntitySchema allows %3, the table %4")
                                .arg(table, f.name, f.allowed.join(QLatin1Char(',')),
                                     QStringList(allowed.value(f.name).cbegin(), allowed.value(f.name).cend())
                                         .join(QLatin1Char(',')))));
        QVERIFY2(f.range.has_value() == ranges.contains(f.name) && (!f.range || *f.range == ranges.value(f.name)),
                 qPrintable(QStringLiteral("%1.%2: ranges differ").arg(table, f.name)));
    }
    // A CHECK or a required column the sync does not know would refuse every record from the server.
    for (auto it = allowed.cbegin(); it != allowed.cend(); ++it)
        QVERIFY2(specified.contains(it.key()),
                 qPrintable(QStringLiteral("%1.%2 is checked but not synced").arg(table, it.key())));
    for (auto it = ranges.cbegin(); it != ranges.cend(); ++it)
        QVERIFY2(specified.contains(it.key()),
                 qPrintable(QStringLiteral("%1.%2 is checked but not synced").arg(table, it.key())));
    const QSet<QString> local{sync::entitySchema::idColumn(entity),   QStringLiteral("created_at"),
                              QStringLiteral("updated_at"),           QStringLiteral("customer_name_norm"),
                              QStringLiteral("customer_sort"),        QStringLiteral("partner_sort"),
                              QStringLiteral("customer_email_domain")};
    for (auto it = required.cbegin(); it != required.cend(); ++it) {
        if (it.value() && !local.contains(it.key()))
            QVERIFY2(specified.contains(it.key()),
                     qPrintable(QStringLiteral("%1.%2 is required but not synced").arg(table, it.key())));
    }
}

void TestEntitySchema::recordProblems()
{
    using sync::entitySchema::recordProblem;
    const QJsonObject course{{QStringLiteral("title"), QStringLiteral("T")},
                             {QStringLiteral("kind"), QStringLiteral("lab")},
                             {QStringLiteral("format"), QStringLiteral("lab")}};
    const auto problem = recordProblem(QStringLiteral("course"), course, true);
    QVERIFY(problem);
    QCOMPARE(problem->field, QStringLiteral("kind"));
    QCOMPARE(problem->value.toString(), QStringLiteral("lab"));
    // Only the sent values are judged without `whole`; a missing required field is a problem with it.
    QVERIFY(!recordProblem(QStringLiteral("course"), {{QStringLiteral("hours"), 3}}, false));
    QCOMPARE(recordProblem(QStringLiteral("course"), {{QStringLiteral("hours"), 3}}, true)->field,
             QStringLiteral("title"));
    // A surrogate pair is text; either half alone is not.
    QVERIFY(!sync::entitySchema::hasForbiddenCharacters(QString::fromUtf8("\xF0\x9F\x98\x80")));
    QVERIFY(sync::entitySchema::hasForbiddenCharacters(QString(QChar(0xD83D))));
    QVERIFY(sync::entitySchema::hasForbiddenCharacters(QString(QChar(0xDE00)) + QStringLiteral("a")));
    QVERIFY(sync::entitySchema::hasForbiddenCharacters(QStringLiteral("a") + QChar(0)));
    QCOMPARE(sync::entitySchema::escapeForbiddenCharacters(QStringLiteral("a") + QChar(0) + QChar(0xD800)),
             QStringLiteral("a\\u0000\\ud800"));
}

QTEST_GUILESS_MAIN(TestEntitySchema)
#include "tst_entityschema.moc"
