// storage::DealRows as the one writer of the deals table: a column added to the table and to DealRows'
// list, and nowhere else, arrives in the rows of every writer of deals: DealRepository (create and edit),
// the CSV import (new and matched rows), the demo data, and sync (a record written as the server sent it,
// and a pulled page's new record written straight from its bytes). A writer that builds its own row
// fails here by name.
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include "Database.h"
#include "DealRepository.h"
#include "DealRows.h"
#include "DealWriter.h"
#include "EntitySchema.h"
#include "Importer.h"
#include "PartnerRepository.h"
#include "PulledPage.h"
#include "SqlUtil.h"
#include "SyncTables.h"

#include <QJsonDocument>

using namespace pd;
using namespace pd::domain;
using storage::DealRows;

namespace {

const QString kColumn = QStringLiteral("test_mark");
const QString kPartnerInn = QStringLiteral("7707083893");

// The new column's value: made from fields that each writer sets, so that a stale value shows too.
QJsonValue mark(const Registration &r)
{
    return QStringLiteral("mark:%1/%2").arg(r.customerName, r.description);
}

} // namespace

class TestDealRows final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void everyWriterCarriesANewColumn_data();
    void everyWriterCarriesANewColumn();
    void syncedColumnsAreTheProtocolsDealFields();

private:
    void addColumn(DealRows::Column::Kind kind);
    // The new column's value in a deal's row, and what it should be.
    void expectMark(const QString &writer, const QString &id, const QString &customer, const QString &description);
    Registration form(const QString &customer, const QString &description) const;
    QString importDeal(const QString &customer, const QString &description);
    QString syncDeal(const Registration &r, bool exists);
    QString pullDeal(const Registration &r);

    QTemporaryDir m_dir;
    std::unique_ptr<storage::Database> m_db;
    FixedClock m_clock{QDateTime(QDate(2026, 6, 1), QTime(9, 0), QTimeZone::utc())};
    QString m_partner;
};

void TestDealRows::init()
{
    QVERIFY(m_dir.isValid());
    static int n = 0;
    auto db = storage::Database::open(m_dir.filePath(QStringLiteral("deals%1.db").arg(++n)));
    QVERIFY2(db.ok(), qPrintable(db.ok() ? QString() : db.error().text()));
    m_db = std::move(db).value();
    storage::PartnerRepository partners(m_db->connection(), m_clock, QStringLiteral("test"));
    Partner p;
    p.name = QStringLiteral("ООО «Альфа»");
    p.inn = kPartnerInn;
    p.registeredOn = QDate(2015, 1, 1);
    p.stage = OnboardingStage::AgreementSigned;
    auto created = partners.create(p);
    QVERIFY2(created.ok(), qPrintable(created.ok() ? QString() : created.error().text()));
    m_partner = created.value().id;
}

void TestDealRows::cleanup()
{
    DealRows::setExtraColumnForTest({});
    m_db.reset();
}

void TestDealRows::addColumn(DealRows::Column::Kind kind)
{
    // The one place: the table gets the column and DealRows' list gets its entry.
    auto added = storage::sql::exec(
        m_db->connection(), QStringLiteral("ALTER TABLE deals ADD COLUMN %1 TEXT NOT NULL DEFAULT ''").arg(kColumn));
    QVERIFY2(added.ok(), qPrintable(added.ok() ? QString() : added.error().text()));
    DealRows::setExtraColumnForTest({kColumn, kind, mark});
}

void TestDealRows::expectMark(const QString &writer, const QString &id, const QString &customer,
                              const QString &description)
{
    auto q =
        storage::sql::exec(m_db->connection(), QStringLiteral("SELECT %1 FROM deals WHERE id = ?").arg(kColumn), {id});
    QVERIFY2(q.ok() && q.value().next(), qPrintable(writer + QStringLiteral(": its deal %1 is not stored").arg(id)));
    const QString stored = q.value().value(0).toString();
    const QString expected = QStringLiteral("mark:%1/%2").arg(customer, description);
    QVERIFY2(stored == expected,
             qPrintable(QStringLiteral("%1 did not write the new deals column %2: it holds «%3», not «%4»")
                            .arg(writer, kColumn, stored, expected)));
}

Registration TestDealRows::form(const QString &customer, const QString &description) const
{
    Registration r;
    r.id = newId();
    r.partnerId = m_partner;
    r.partnerName = QStringLiteral("ООО «Альфа»");
    r.partnerInn = kPartnerInn;
    r.customerName = customer;
    r.description = description;
    r.products = {QStringLiteral("Cloud Servers")};
    r.amount = Money::rub(150'000'000);
    r.expectedYear = 2026;
    r.expectedQuarter = 3;
    r.state = ApplicationState::AwaitingReview;
    r.filedAt = m_clock.nowUtc();
    r.createdAt = m_clock.nowUtc();
    r.updatedAt = m_clock.nowUtc();
    return r;
}

QString TestDealRows::importDeal(const QString &customer, const QString &description)
{
    const QString path = m_dir.filePath(QStringLiteral("deals.csv"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return {};
    file.write(
        QStringLiteral("Partner INN,Customer,Customer INN,Products,Amount excl. VAT,Expected year,Expected quarter,"
                       "Application state,description\n%1,%2,7736050003,Cloud Servers,100,2026,3,awaiting_review,%3\n")
            .arg(kPartnerInn, customer, description)
            .toUtf8());
    file.close();
    io::Importer importer(m_db->connection(), m_clock, QStringLiteral("test"));
    auto report = importer.run(io::DataTable::Deals, path);
    if (!report || report.value().issueCount != 0 || report.value().created + report.value().updated != 1)
        qWarning() << "import:" << (report ? report.value().issues.value(0).message : report.error().text());
    auto q = storage::sql::exec(m_db->connection(),
                                QStringLiteral("SELECT id FROM deals WHERE customer_inn = '7736050003'"));
    return q && q.value().next() ? q.value().value(0).toString() : QString();
}

QString TestDealRows::syncDeal(const Registration &r, bool exists)
{
    // As the engine applies a pulled record: the server's fields as sent, then the deal's derived parts.
    sync::client::SyncTables tables(m_db->connection());
    storage::Transaction tx(m_db->connection());
    if (Status s = tables.write(QStringLiteral("deal"), r.id, DealRows::fields(r), 2, exists); !s)
        qWarning() << "sync write:" << s.error().text();
    if (Status s = tables.refreshDeals({r.id}); !s)
        qWarning() << "sync refresh:" << s.error().text();
    if (Status s = tx.commit(); !s)
        qWarning() << "sync commit:" << s.error().text();
    return r.id;
}

QString TestDealRows::pullDeal(const Registration &r)
{
    const QByteArray fields = QJsonDocument(DealRows::fields(r)).toJson(QJsonDocument::Compact);
    const QByteArray body = R"({"epoch":"e1","last_seq":1,"has_more":false,"changes":[{"entity":"deal","id":")"
                            + r.id.toUtf8() + R"(","version":1,"deleted":false,"fields":)" + fields + "}]}";
    sync::client::SyncTables tables(m_db->connection());
    storage::Transaction tx(m_db->connection());
    sync::client::PulledPage page(m_db->connection(), body);
    if (page.read() != sync::client::PulledPage::Shape::Valid)
        qWarning() << "pulled page: not a page";
    QSet<QString> touched;
    auto written = page.insertRows(tables, QStringLiteral("deal"), {0}, touched);
    if (!written || written.value().size() != 1)
        qWarning() << "pulled page: the deal was not inserted";
    if (Status s = tables.refreshDeals(touched); !s)
        qWarning() << "sync refresh:" << s.error().text();
    if (Status s = tx.commit(); !s)
        qWarning() << "sync commit:" << s.error().text();
    return r.id;
}

void TestDealRows::everyWriterCarriesANewColumn_data()
{
    QTest::addColumn<DealRows::Column::Kind>("kind");
    QTest::newRow("derived") << DealRows::Column::Kind::Derived;
    // A new field of the record: the local writers also queue it for the server; sync stores it as the
    // server sends it. (A pulled page's direct insert takes the fields that the protocol lists, EntitySchema:
    // see syncedColumnsAreTheProtocolsDealFields.)
    QTest::newRow("synced") << DealRows::Column::Kind::Synced;
}

void TestDealRows::everyWriterCarriesANewColumn()
{
    QFETCH(DealRows::Column::Kind, kind);
    addColumn(kind);

    storage::DealRepository deals(m_db->connection(), m_clock, QStringLiteral("test"));
    auto created = deals.create(form(QStringLiteral("Ромашка"), QStringLiteral("first")));
    QVERIFY2(created.ok(), qPrintable(created.ok() ? QString() : created.error().text()));
    expectMark(QStringLiteral("DealRepository::create"), created.value().id, QStringLiteral("Ромашка"),
               QStringLiteral("first"));
    Registration edited = created.value();
    edited.description = QStringLiteral("second");
    auto updated = deals.updateForm(edited);
    QVERIFY2(updated.ok(), qPrintable(updated.ok() ? QString() : updated.error().text()));
    expectMark(QStringLiteral("DealRepository::updateForm"), edited.id, QStringLiteral("Ромашка"),
               QStringLiteral("second"));
    if (kind == DealRows::Column::Kind::Synced) {
        auto queued = storage::sql::exec(
            m_db->connection(), QStringLiteral("SELECT count(*) FROM outbox WHERE entity_id = ? AND fields LIKE ?"),
            {edited.id, QStringLiteral("%\"%1\":\"mark:Ромашка/second\"%").arg(kColumn)});
        QVERIFY(queued.ok() && queued.value().next());
        QVERIFY2(queued.value().value(0).toInt() == 1,
                 "DealRepository::updateForm did not queue the new field for the server");
    }

    const QString imported = importDeal(QStringLiteral("Импорт"), QStringLiteral("first"));
    expectMark(QStringLiteral("DealImporter (new row)"), imported, QStringLiteral("Импорт"), QStringLiteral("first"));
    QCOMPARE(importDeal(QStringLiteral("Импорт"), QStringLiteral("second")), imported);
    expectMark(QStringLiteral("DealImporter (matched row)"), imported, QStringLiteral("Импорт"),
               QStringLiteral("second"));

    const Registration demo = form(QStringLiteral("Демо"), QStringLiteral("first"));
    {
        storage::Transaction tx(m_db->connection());
        demo::DealWriter writer(m_db->connection(), true);
        QVERIFY(writer.write(demo).ok());
        QVERIFY(tx.commit().ok());
    }
    expectMark(QStringLiteral("demo::DealWriter"), demo.id, QStringLiteral("Демо"), QStringLiteral("first"));

    Registration synced = form(QStringLiteral("Синхро"), QStringLiteral("first"));
    syncDeal(synced, false);
    expectMark(QStringLiteral("SyncTables (new record)"), synced.id, QStringLiteral("Синхро"), QStringLiteral("first"));
    synced.description = QStringLiteral("second");
    syncDeal(synced, true);
    expectMark(QStringLiteral("SyncTables (changed record)"), synced.id, QStringLiteral("Синхро"),
               QStringLiteral("second"));

    if (kind == DealRows::Column::Kind::Derived) {
        const Registration pulled = form(QStringLiteral("Страница"), QStringLiteral("first"));
        pullDeal(pulled);
        expectMark(QStringLiteral("PulledPage (new record of a pulled page)"), pulled.id, QStringLiteral("Страница"),
                   QStringLiteral("first"));
    }
}

void TestDealRows::syncedColumnsAreTheProtocolsDealFields()
{
    // What the server accepts and sends of a deal is what the client stores of it, field for field.
    QStringList synced;
    for (const DealRows::Column &c : DealRows::columns()) {
        if (c.kind == DealRows::Column::Kind::Synced)
            synced.append(c.name);
    }
    QStringList protocol = sync::entitySchema::fields(QStringLiteral("deal"));
    synced.sort();
    protocol.sort();
    QCOMPARE(synced, protocol);
}

QTEST_GUILESS_MAIN(TestDealRows)
#include "tst_dealrows.moc"
