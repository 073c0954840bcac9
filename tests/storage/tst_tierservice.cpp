#include "Database.h"
#include "DealRepository.h"
#include "PartnerRepository.h"
#include "ProgramRulesRepository.h"
#include "SqlUtil.h"
#include "TierService.h"

#include <QLocale>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace pd;
using namespace pd::domain;
using namespace pd::storage;

class TestTierService final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    FixedClock m_clock{QDateTime(QDate(2025, 9, 1), QTime(10, 0), QTimeZone::utc())};
    QString m_partner;
    QString m_anna;
    QString m_oleg;

    qint64 scalar(const QString &sql) const
    {
        QSqlQuery q(m_db->connection());
        if (!q.exec(sql) || !q.next())
            return -1;
        return q.value(0).toLongLong();
    }

    void wonDeal(const QDateTime &closedAt, qint64 amountMinor, int n)
    {
        DealRepository deals(m_db->connection(), m_clock, QStringLiteral("test"));
        m_clock.set(closedAt.addDays(-1));
        Registration r;
        r.partnerId = m_partner;
        r.customerName = QStringLiteral("Клиент %1").arg(n);
        r.products = {QStringLiteral("Cloud Servers")};
        r.amount = Money::rub(amountMinor);
        r.expectedYear = 2025;
        r.expectedQuarter = 4;
        r.state = ApplicationState::AwaitingReview;
        auto created = deals.create(r);
        QVERIFY(created.ok());
        QVERIFY(deals.transition(created.value().id, ApplicationState::Registered).ok());
        m_clock.set(closedAt);
        QVERIFY(deals.setOutcome(created.value().id, DealOutcome::Won).ok());
    }

    void certificate(const QString &person, const char *competence, const QDate &issued, const QDate &expires)
    {
        QSqlQuery q(m_db->connection());
        q.prepare(
            QStringLiteral("INSERT INTO certificates (id, person_id, partner_id, competence, issued_on, expires_on, "
                           "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, '', '')"));
        q.addBindValue(newId());
        q.addBindValue(person);
        q.addBindValue(m_partner);
        q.addBindValue(QLatin1String(competence));
        q.addBindValue(issued.toString(Qt::ISODate));
        q.addBindValue(expires.toString(Qt::ISODate));
        QVERIFY(q.exec());
    }

private slots:
    void initTestCase()
    {
        auto db = Database::open(m_dir.filePath(QStringLiteral("tiers.db")));
        QVERIFY(db.ok());
        m_db = std::move(db).value();
        PartnerRepository partners(m_db->connection(), m_clock, QStringLiteral("test"));
        Partner p;
        p.name = QStringLiteral("ООО «Альфа»");
        p.inn = QStringLiteral("7707083893");
        p.registeredOn = QDate(2015, 1, 1);
        p.stage = OnboardingStage::AgreementSigned;
        p.tier = Tier::Gold;
        p.people = {Person{{}, {}, QStringLiteral("Анна"), {}, {}, {}},
                    Person{{}, {}, QStringLiteral("Олег"), {}, {}, {}}};
        auto created = partners.create(p);
        QVERIFY(created.ok());
        m_partner = created.value().id;
        m_anna = created.value().people.at(0).id;
        m_oleg = created.value().people.at(1).id;
        // Three deals of 2 000 000 RUB won in autumn 2025: Gold's sales and won-deal thresholds.
        wonDeal(QDateTime(QDate(2025, 9, 10), QTime(12, 0), QTimeZone::utc()), 2'000'000'00, 1);
        wonDeal(QDateTime(QDate(2025, 10, 10), QTime(12, 0), QTimeZone::utc()), 2'000'000'00, 2);
        wonDeal(QDateTime(QDate(2025, 11, 10), QTime(12, 0), QTimeZone::utc()), 2'000'000'00, 3);
        certificate(m_anna, "sale", QDate(2025, 1, 1), QDate(2027, 1, 1));
        certificate(m_oleg, "pre_sale", QDate(2025, 1, 1), QDate(2026, 10, 1));
    }
    void cleanupTestCase() { m_db.reset(); }

    void verdictsDifferBetweenDates()
    {
        const RuleBook rules({ProgramRules::exampleDefaultsFrom(QDate(2020, 1, 1))});
        TierService service(m_db->connection());
        // Before the third win: sales 4 000 000 and two wins, below Gold for more than the grace period.
        auto early = service.evaluate(m_partner, QDate(2025, 11, 1), rules);
        QVERIFY(early.ok());
        QCOMPARE(early.value().metrics.salesMinor, 4'000'000'00);
        QCOMPARE(early.value().metrics.registeredDealsWon, 2);
        QCOMPARE(early.value().verdict.qualified, Tier::Silver);
        QCOMPARE(early.value().verdict.change, TierChange::Downgrade);
        QVERIFY(early.value()
                    .verdict.explanation(QLocale(QLocale::English))
                    .contains(QLatin1String("Downgrade from Gold")));
        // After it: every Gold criterion holds.
        auto later = service.evaluate(m_partner, QDate(2026, 3, 1), rules);
        QCOMPARE(later.value().metrics.salesMinor, 6'000'000'00);
        QCOMPARE(later.value().metrics.certifiedSpecialists, 2);
        QCOMPARE(later.value().verdict.change, TierChange::Keep);
        QCOMPARE(later.value().verdict.recommended, Tier::Gold);
        // Oleg's certificate lapses on 2026-10-01, within 90 days of 2026-08-01: a warning ahead of time.
        auto warned = service.evaluate(m_partner, QDate(2026, 8, 1), rules);
        QCOMPARE(warned.value().atRisk.size(), 1);
        QCOMPARE(warned.value().atRisk.first().personId, m_oleg);
    }

    void graceStartsWhenThePartnerFellBelow()
    {
        const RuleBook rules({ProgramRules::exampleDefaultsFrom(QDate(2020, 1, 1))});
        TierService service(m_db->connection());
        // The first win leaves the 12-month window on 2026-09-10 (sales 4 000 000 from then on).
        auto inGrace = service.evaluate(m_partner, QDate(2026, 9, 20), rules);
        QCOMPARE(inGrace.value().verdict.change, TierChange::KeptInGrace);
        QCOMPARE(inGrace.value().verdict.graceEnds, QDate(2026, 9, 10).addDays(90));
        auto downgraded = service.evaluate(m_partner, QDate(2026, 9, 10).addDays(90), rules);
        QCOMPARE(downgraded.value().verdict.change, TierChange::Downgrade);
        QCOMPARE(downgraded.value().verdict.recommended, Tier::Silver);
    }

    void ruleChangeAppliesFromItsDate()
    {
        ProgramRulesRepository repo(m_db->connection(), m_clock, QStringLiteral("admin"));
        auto book = repo.load();
        QVERIFY(book.ok());
        QVERIFY(book.value().at(QDate(2026, 1, 1)).exampleDefaults);
        ProgramRules stricter = ProgramRules::exampleDefaultsFrom(QDate(2026, 4, 1));
        stricter.exampleDefaults = false;
        stricter.gold.minRegisteredDealsWon = 4;
        QVERIFY(repo.save(stricter).ok());
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM outbox WHERE entity = 'program_rules'")), 1);
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE entity = 'program_rules'")), 1);
        QVERIFY(repo.save(stricter).ok()); // unchanged: nothing written
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE entity = 'program_rules'")), 1);
        ProgramRules broken = stricter;
        broken.platinum.minSalesMinor = 1;
        QVERIFY(!repo.save(broken).ok());

        book = repo.load();
        TierService service(m_db->connection());
        auto march = service.evaluate(m_partner, QDate(2026, 3, 31), book.value());
        auto april = service.evaluate(m_partner, QDate(2026, 4, 1), book.value());
        QCOMPARE(march.value().verdict.qualified, Tier::Gold);
        QCOMPARE(april.value().verdict.qualified, Tier::Silver);
        QVERIFY(!april.value().verdict.exampleRules);
    }
};

QTEST_GUILESS_MAIN(TestTierService)
#include "tst_tierservice.moc"
