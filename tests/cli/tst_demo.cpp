// pd::demo::generate in process: progress and cancelling, refusing a database with partners, and the
// small data sets that must still show every role, tier, stage and legal form.
#include <QSet>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

#include "AuditLog.h"
#include "Database.h"
#include "DemoData.h"
#include "PartnerRepository.h"
#include "PartnerRules.h"
#include "Training.h"
#include "TrainingRepository.h"

namespace {

// Every row of a table, ordered, one line per row; the table name is a literal of this test.
QStringList dumpTable(const QSqlDatabase &db, const QString &table)
{
    QStringList rows;
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT * FROM ") + table + QStringLiteral(" ORDER BY id")))
        return {QStringLiteral("query failed")};
    while (q.next()) {
        QStringList cells;
        for (int i = 0; i < q.record().count(); ++i)
            cells.append(q.value(i).toString());
        rows.append(cells.join(QLatin1Char('|')));
    }
    return rows;
}

qint64 countOf(const QSqlDatabase &db, const QString &table)
{
    QSqlQuery q(db);
    // Table names are literals of this test.
    if (!q.exec(QStringLiteral("SELECT count(*) FROM ") + table) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

} // namespace

class TestDemo final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }
    void cancelWritesNothing();
    void cancelDuringDealsWritesNothing();
    void dealsLeavePartnersAsTheyWere();
    void bulkDealsKeepTheSchemaAndSearch();
    void refusesDatabaseWithPartners();
    void smallSetShowsEverything();
    void idsAreUuidV4FromTheSeed();
    void trainingIsDeterministicAndValid();

private:
    std::unique_ptr<pd::storage::Database> open(const QString &name)
    {
        auto opened = pd::storage::Database::open(m_dir.filePath(name));
        if (!opened) {
            qWarning() << opened.error().text();
            return {};
        }
        return std::move(opened).value();
    }

    QTemporaryDir m_dir;
};

void TestDemo::cancelWritesNothing()
{
    auto db = open(QStringLiteral("cancel.db"));
    QVERIFY(db);
    QList<int> seen;
    const pd::Status s = pd::demo::generate(*db, {7, 500}, [&seen](int done, int total) {
        seen.append(done);
        return !(total == 500 && done >= 300);
    });
    QVERIFY(!s.ok());
    QVERIFY2(s.error().message.contains(QLatin1String("cancelled")), qPrintable(s.error().message));
    QCOMPARE(seen.constFirst(), 0);
    QCOMPARE(seen.constLast(), 300);
    for (const char *table : {"partners", "people", "audit_log", "outbox"})
        QCOMPARE(countOf(db->connection(), QLatin1String(table)), 0);

    // The same database takes the data afterwards, and progress ends at the total.
    seen.clear();
    pd::demo::Summary summary;
    const pd::Status again = pd::demo::generate(
        *db, {7, 500},
        [&seen](int done, int) {
            seen.append(done);
            return true;
        },
        &summary);
    QVERIFY2(again.ok(), again.ok() ? "" : qPrintable(again.error().text()));
    QCOMPARE(seen.constLast(), 500);
    QCOMPARE(summary.partners, 500);
    QCOMPARE(countOf(db->connection(), QStringLiteral("partners")), 500);
    QCOMPARE(countOf(db->connection(), QStringLiteral("people")), summary.people);
    QCOMPARE(countOf(db->connection(), QStringLiteral("audit_log")), 500 + summary.people + summary.courses
                                                                         + summary.enrollments + summary.certificates
                                                                         + summary.compatTracks);
    QCOMPARE(countOf(db->connection(), QStringLiteral("outbox")), 0);
}

void TestDemo::cancelDuringDealsWritesNothing()
{
    auto db = open(QStringLiteral("cancel-deals.db"));
    QVERIFY(db);
    int last = 0;
    const pd::Status s = pd::demo::generate(*db, {7, 200, 2000}, [&last](int done, int total) {
        last = done;
        return done < 200 + 1500 || total != 2200;
    });
    QVERIFY(!s.ok());
    QVERIFY(last >= 1700);
    for (const char *table : {"partners", "deals", "deal_products", "deal_extensions", "deal_feedback", "audit_log"})
        QCOMPARE(countOf(db->connection(), QLatin1String(table)), 0);
}

void TestDemo::dealsLeavePartnersAsTheyWere()
{
    // Deals come from their own random stream: asking for them changes no partner of the seed.
    auto without = open(QStringLiteral("without-deals.db"));
    auto with = open(QStringLiteral("with-deals.db"));
    QVERIFY(without && with);
    QVERIFY(pd::demo::generate(*without, {3, 50}).ok());
    pd::demo::Summary summary;
    QVERIFY(pd::demo::generate(*with, {3, 50, 500}, {}, &summary).ok());
    QCOMPARE(summary.deals, 500);
    QVERIFY(summary.dealsAudited);
    const auto ids = [](const QSqlDatabase &db) {
        QStringList list;
        QSqlQuery q(db);
        q.exec(QStringLiteral("SELECT id || name || inn FROM partners ORDER BY id"));
        while (q.next())
            list.append(q.value(0).toString());
        return list;
    };
    QCOMPARE(ids(with->connection()), ids(without->connection()));
    QCOMPARE(countOf(with->connection(), QStringLiteral("deals")), 500);
    QCOMPARE(countOf(with->connection(), QStringLiteral("outbox")), 0);
}

namespace {

QStringList schemaOf(const QSqlDatabase &db)
{
    QStringList objects;
    QSqlQuery q(db);
    q.exec(
        QStringLiteral("SELECT type || ' ' || name || ' ' || ifnull(sql, '') FROM sqlite_master ORDER BY type, name"));
    while (q.next())
        objects.append(q.value(0).toString());
    return objects;
}

} // namespace

void TestDemo::bulkDealsKeepTheSchemaAndSearch()
{
    // From 10 000 deals on, the deal tables' indexes and search triggers are built after the rows; they
    // must come back exactly, agree with the rows, and stay as they were when the run is cancelled.
    auto fresh = open(QStringLiteral("bulk-fresh.db"));
    auto cancelled = open(QStringLiteral("bulk-cancelled.db"));
    auto bulk = open(QStringLiteral("bulk.db"));
    QVERIFY(fresh && cancelled && bulk);
    const QStringList schema = schemaOf(fresh->connection());
    QVERIFY(schema.size() > 20);

    QVERIFY(!pd::demo::generate(*cancelled, {5, 60, 10'000}, [](int done, int) { return done < 5'000; }).ok());
    QCOMPARE(schemaOf(cancelled->connection()), schema);
    QCOMPARE(countOf(cancelled->connection(), QStringLiteral("deals")), 0);

    QVERIFY(pd::demo::generate(*bulk, {5, 60, 10'000}).ok());
    QCOMPARE(schemaOf(bulk->connection()), schema);
    QVERIFY(bulk->verify().ok());
    const QSqlDatabase db = bulk->connection();
    QSqlQuery q(db);
    QVERIFY(q.exec(QStringLiteral("SELECT customer_name FROM deals ORDER BY rowid DESC LIMIT 1")) && q.next());
    const QString name = q.value(0).toString();
    QSqlQuery search(db);
    QVERIFY(search.prepare(QStringLiteral("SELECT count(*) FROM deals_fts WHERE deals_fts MATCH ?")));
    QString part = name.mid(4, 5);
    part.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    search.addBindValue(QString(QLatin1Char('"') + part + QLatin1Char('"')));
    QVERIFY(search.exec() && search.next());
    QVERIFY(search.value(0).toInt() > 0);
    QSqlQuery check(db);
    QVERIFY(check.exec(QStringLiteral("INSERT INTO deals_fts (deals_fts) VALUES ('integrity-check')")));
}

void TestDemo::refusesDatabaseWithPartners()
{
    auto db = open(QStringLiteral("full.db"));
    QVERIFY(db);
    QVERIFY(pd::demo::generate(*db, {1, 20}).ok());
    const qint64 audit = countOf(db->connection(), QStringLiteral("audit_log"));
    const pd::Status s = pd::demo::generate(*db, {2, 20});
    QVERIFY(!s.ok());
    QVERIFY2(s.error().message.contains(QLatin1String("already holds")), qPrintable(s.error().message));
    QCOMPARE(countOf(db->connection(), QStringLiteral("partners")), 20);
    QCOMPARE(countOf(db->connection(), QStringLiteral("audit_log")), audit);
}

void TestDemo::smallSetShowsEverything()
{
    auto db = open(QStringLiteral("small.db"));
    QVERIFY(db);
    QVERIFY(pd::demo::generate(*db, {99, 8}).ok());
    const pd::FixedClock clock(pd::demo::baseTime());
    const pd::storage::PartnerRepository repository(db->connection(), clock, QStringLiteral("test"));
    auto list = repository.list();
    QVERIFY(list.ok());
    QSet<int> roles, tiers, stages, forms;
    for (const pd::storage::PartnerSummary &s : list.value()) {
        roles.insert(int(s.role));
        tiers.insert(int(s.tier));
        stages.insert(int(s.stage));
        forms.insert(int(s.legalForm));
        auto p = repository.get(s.id);
        QVERIFY(p.ok());
        QVERIFY(pd::domain::partnerRules::validate(p.value(), clock.todayUtc()).isEmpty());
        if (p.value().role == pd::domain::Role::WhiteLabel)
            QVERIFY(!p.value().whiteLabel.brandName.isEmpty() && p.value().whiteLabel.priceMarkupBp > 0);
    }
    QCOMPARE(roles.size(), 3);
    QCOMPARE(tiers.size(), 4);
    QCOMPARE(stages.size(), 4);
    QCOMPARE(forms.size(), 2);
}

void TestDemo::idsAreUuidV4FromTheSeed()
{
    auto a = open(QStringLiteral("ids-a.db"));
    auto b = open(QStringLiteral("ids-b.db"));
    QVERIFY(a && b);
    QVERIFY(pd::demo::generate(*a, {42, 30}).ok());
    QVERIFY(pd::demo::generate(*b, {42, 30}).ok());
    const auto ids = [](const pd::storage::Database &db) {
        QStringList list;
        QSqlQuery q(db.connection());
        q.exec(QStringLiteral("SELECT id FROM partners UNION ALL SELECT id FROM people ORDER BY 1"));
        while (q.next())
            list.append(q.value(0).toString());
        return list;
    };
    const QStringList idsA = ids(*a);
    QCOMPARE(idsA, ids(*b));
    QCOMPARE(QSet<QString>(idsA.begin(), idsA.end()).size(), idsA.size());
    for (const QString &id : idsA) {
        const QUuid uuid = QUuid::fromString(id);
        QVERIFY2(!uuid.isNull() && uuid.version() == QUuid::Random && uuid.variant() == QUuid::DCE, qPrintable(id));
    }
}

void TestDemo::trainingIsDeterministicAndValid()
{
    // The same seed gives the same training tables, with or without deals; every compatibility track is
    // consistent; some certificates lapse within 90 days of the demo's present.
    auto first = open(QStringLiteral("training-1.db"));
    auto second = open(QStringLiteral("training-2.db"));
    QVERIFY(first && second);
    pd::demo::Summary summary;
    QVERIFY(pd::demo::generate(*first, {11, 300}, {}, &summary).ok());
    QVERIFY(pd::demo::generate(*second, {11, 300, 400}).ok());
    QCOMPARE(summary.courses, 12);
    QVERIFY(summary.certificates > 0);
    QVERIFY(summary.enrollments > 0);
    QVERIFY(summary.compatTracks >= 3);
    for (const char *table : {"courses", "enrollments", "certificates", "compat_certifications", "people"}) {
        const QStringList a = dumpTable(first->connection(), QString::fromLatin1(table));
        QVERIFY2(!a.isEmpty(), table);
        QCOMPARE(a, dumpTable(second->connection(), QString::fromLatin1(table)));
    }
    QCOMPARE(countOf(first->connection(), QStringLiteral("certificates")), summary.certificates);

    const pd::FixedClock present(pd::demo::baseTime());
    const pd::storage::TrainingRepository training(first->connection(), present, QStringLiteral("test"));
    QSqlQuery partners(first->connection());
    QVERIFY(partners.exec(QStringLiteral("SELECT DISTINCT partner_id FROM compat_certifications")));
    int tracks = 0;
    bool certified = false;
    while (partners.next()) {
        auto list = training.compatOfPartner(partners.value(0).toString());
        QVERIFY(list.ok());
        for (const pd::domain::CompatCertification &c : list.value()) {
            QVERIFY2(pd::domain::training::validateCompat(c).isEmpty(),
                     qPrintable(pd::domain::training::validateCompat(c)));
            QVERIFY(!c.steps.isEmpty());
            certified = certified || c.outcome == pd::domain::CompatOutcome::Certified;
            ++tracks;
        }
    }
    QCOMPARE(tracks, summary.compatTracks);
    QVERIFY(certified);

    auto expiring = training.expiringCertificates(pd::demo::baseTime().date(), 90);
    QVERIFY(expiring.ok());
    QVERIFY(!expiring.value().isEmpty());
    QSqlQuery q(first->connection());
    QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM certificates WHERE expires_on <= '2026-09-01'")) && q.next());
    QVERIFY(q.value(0).toInt() > 0);
    QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM enrollments WHERE completed_on >= '2026-09-01' "
                                  "OR enrolled_on >= '2026-09-01'"))
            && q.next());
    QCOMPARE(q.value(0).toInt(), 0);
}

QTEST_GUILESS_MAIN(TestDemo)
#include "tst_demo.moc"
