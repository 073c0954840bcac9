#include "CommissionReports.h"
#include "CommissionService.h"
#include "ConsumptionRepository.h"
#include "CurrencyRateRepository.h"
#include "Database.h"
#include "DealRepository.h"
#include "Inn.h"
#include "PartnerRepository.h"
#include "SqlUtil.h"

#include <QSqlQuery>
#include <QSqlRecord>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace pd;
using namespace pd::domain;
using namespace pd::storage;

namespace {

const QDate kFeb(2026, 2, 1);
const QDate kMar(2026, 3, 1);
const QDate kApr(2026, 4, 1);
const QDate kMay(2026, 5, 1);
const QDate kJun(2026, 6, 1);
const QDate kJul(2026, 7, 1);

QDateTime at(int year, int month, int day)
{
    return QDateTime(QDate(year, month, day), QTime(12, 0), QTimeZone::utc());
}

// Each test customer gets its own valid 10-digit INN.
QString customerInn(int n)
{
    return inn::complete(QStringLiteral("77%1").arg(n, 7, 10, QLatin1Char('0')));
}

} // namespace

class TestCommissionService final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    FixedClock m_clock{at(2026, 1, 5)};
    QString m_gold;   // a Partner that becomes Gold with its third win in March 2026
    QString m_silver; // a White Label partner with a signed agreement and no wins: Silver
    QString m_agent;
    QString m_goldDeal;    // Gold's won deal for customer 1
    QString m_silverDeal;  // Silver's registered deal (in progress) for customer 3
    QString m_lateDeal;    // Silver's deal for customer 4, registered only in June
    QString m_presaleDeal; // the Agent's deal won in May with pre-sale

    QSqlDatabase db() const { return m_db->connection(); }

    qint64 scalar(const QString &sql, const QVariantList &args = {}) const
    {
        QSqlQuery q(db());
        q.prepare(sql);
        for (const QVariant &a : args)
            q.addBindValue(a);
        if (!q.exec() || !q.next())
            return -1;
        return q.value(0).toLongLong();
    }

    QString partner(const QString &name, const QString &partnerInn, Role role, Tier stored)
    {
        PartnerRepository partners(db(), m_clock, QStringLiteral("test"));
        Partner p;
        p.name = name;
        p.inn = partnerInn;
        p.registeredOn = QDate(2015, 1, 1);
        p.role = role;
        p.stage = OnboardingStage::AgreementSigned;
        p.tier = stored;
        if (role == Role::WhiteLabel)
            p.whiteLabel.brandName = QStringLiteral("Beta Cloud");
        if (partnerInn.size() == 12)
            p.legalForm = LegalForm::SoleProprietor;
        p.people = {Person{{}, {}, QStringLiteral("Анна"), {}, {}, {}},
                    Person{{}, {}, QStringLiteral("Олег"), {}, {}, {}}};
        auto created = partners.create(p);
        if (!created)
            qWarning() << created.error().text();
        return created ? created.value().id : QString();
    }

    QString deal(const QString &partnerId, int customer, const QDateTime &registered, const QDateTime &won = {},
                 qint64 amountMinor = 2'000'000'00)
    {
        DealRepository deals(db(), m_clock, QStringLiteral("test"));
        m_clock.set(registered.addDays(-1));
        Registration r;
        r.partnerId = partnerId;
        r.customerName = QStringLiteral("Клиент %1").arg(customer);
        r.customerInn = customerInn(customer);
        r.products = {QStringLiteral("Cloud Servers")};
        r.amount = Money::rub(amountMinor);
        r.expectedYear = 2026;
        r.expectedQuarter = 2;
        r.state = ApplicationState::AwaitingReview;
        auto created = deals.create(r);
        if (!created) {
            qWarning() << created.error().text();
            return {};
        }
        m_clock.set(registered);
        if (!deals.transition(created.value().id, ApplicationState::Registered))
            return {};
        if (won.isValid()) {
            m_clock.set(won);
            if (!deals.setOutcome(created.value().id, DealOutcome::Won))
                return {};
        }
        return created.value().id;
    }

    void certify(const QString &partnerId)
    {
        auto people = sql::exec(db(), QStringLiteral("SELECT id FROM people WHERE partner_id = ?"), {partnerId});
        QVERIFY(people.ok());
        while (people.value().next()) {
            QSqlQuery q(db());
            q.prepare(QStringLiteral("INSERT INTO certificates (id, person_id, partner_id, competence, issued_on, "
                                     "expires_on, created_at, updated_at) VALUES (?, ?, ?, 'sale', '2025-01-01', "
                                     "'2028-01-01', '', '')"));
            q.addBindValue(newId());
            q.addBindValue(people.value().value(0).toString());
            q.addBindValue(partnerId);
            QVERIFY(q.exec());
        }
    }

    QString consume(const QString &partnerId, int customer, const QDate &month, ServiceCategory category, qint64 minor,
                    const QString &currency = QStringLiteral("RUB"), const QString &project = QStringLiteral("prj-1"))
    {
        ConsumptionRepository repo(db(), m_clock);
        ConsumptionRecord r;
        r.partnerId = partnerId;
        r.customerName = QStringLiteral("Клиент %1").arg(customer);
        r.customerInn = customerInn(customer);
        r.month = month;
        r.category = category;
        r.project = project;
        r.amount = Money(minor, currency);
        auto saved = repo.save(r);
        if (!saved)
            qWarning() << saved.error().text();
        return saved ? saved.value() : QString();
    }

    // A period's lines (without their ids), totals and digests as text, in a fixed order.
    QStringList stored(const QDate &month) const
    {
        QStringList rows;
        for (const QString &query :
             {QStringLiteral(
                  "SELECT period, partner_id, kind, role, tier, rule_from, consumption_id, deal_id, category, "
                  "basis_minor, rate_bp, amount_minor, currency, source_minor, source_currency, fx_rate_micro, "
                  "corrects_period, reg_rate_bp, reg_amount_minor FROM commission_lines WHERE period = ? "
                  "ORDER BY partner_id, consumption_id, kind, corrects_period"),
              QStringLiteral("SELECT * FROM commission_totals WHERE period = ? ORDER BY partner_id, category, kind"),
              QStringLiteral("SELECT * FROM commission_digests WHERE period = ? ORDER BY partner_id"),
              QStringLiteral("SELECT month, state, total_minor, line_count FROM settlement_periods WHERE month = ?")}) {
            auto q = sql::exec(db(), query, {sql::toStored(month)});
            if (!q)
                return {q.error().text()};
            while (q.value().next()) {
                QStringList values;
                for (int i = 0; i < q.value().record().count(); ++i)
                    values.append(q.value().isNull(i) ? QStringLiteral("NULL") : q.value().value(i).toString());
                rows.append(values.join(QLatin1Char('|')));
            }
        }
        return rows;
    }

    // 40 more Agents with 205 records each in July: more partners than the recompute's reading thread may hold
    // ready for the writing one, and more records than one progress step (8 192).
    void fillJuly()
    {
        if (scalar(QStringLiteral("SELECT count(*) FROM consumption WHERE month = '2026-07-01'")) > 8192)
            return;
        QList<ConsumptionRecord> records;
        for (int p = 0; p < 40; ++p) {
            const QString id =
                partner(QStringLiteral("Агент %1").arg(p),
                        inn::complete(QStringLiteral("6%1").arg(p, 8, 10, QLatin1Char('0'))), Role::Agent, Tier::None);
            QVERIFY(!id.isEmpty());
            for (int r = 0; r < 205; ++r) {
                ConsumptionRecord c;
                c.partnerId = id;
                c.customerName = QStringLiteral("Клиент %1").arg(100 + r % 7);
                c.customerInn = customerInn(100 + r % 7);
                c.month = kJul;
                c.category = r % 2 ? ServiceCategory::Compute : ServiceCategory::Storage;
                c.project = QStringLiteral("prj-%1-%2").arg(p).arg(r); // the natural key has no partner
                c.amount = Money::rub(1'000'00 + p * 1000 + r);
                records.append(c);
            }
        }
        auto saved = ConsumptionRepository(db(), m_clock).saveAll(records);
        QVERIFY2(saved.ok(), saved ? "" : qPrintable(saved.error().text()));
    }

    qint64 linesSum(const QDate &month, const QString &partnerId, const QString &extra = {}) const
    {
        return scalar(QStringLiteral("SELECT COALESCE(SUM(amount_minor), 0) FROM line_parts WHERE period = ? AND "
                                     "partner_id = ?")
                          + extra,
                      QVariantList{sql::toStored(month), partnerId});
    }

    QList<StoredLine> linesOf(const QDate &month, const QString &partnerId) const
    {
        auto l = CommissionReports(db()).lines(month, partnerId);
        return l ? l.value() : QList<StoredLine>();
    }

private slots:
    void initTestCase()
    {
        auto opened = Database::open(m_dir.filePath(QStringLiteral("commission.db")));
        QVERIFY(opened.ok());
        m_db = std::move(opened).value();
        // The lines as the program describes them, one per part, straight from the rows (a record's base
        // discount row also carries its registration discount): what the checks below count and add up.
        QVERIFY(QSqlQuery(db()).exec(QStringLiteral(
            "CREATE TEMP VIEW line_parts AS "
            "SELECT id, period, partner_id, kind, amount_minor, corrects_period FROM main.commission_lines "
            "UNION ALL SELECT id, period, partner_id, 'registration_discount', reg_amount_minor, corrects_period "
            "FROM main.commission_lines WHERE reg_amount_minor IS NOT NULL")));
        m_gold = partner(QStringLiteral("ООО «Альфа»"), QStringLiteral("7707083893"), Role::Partner, Tier::Silver);
        m_silver = partner(QStringLiteral("ООО «Бета»"), inn::complete(QStringLiteral("500100732")), Role::WhiteLabel,
                           Tier::Silver);
        m_agent =
            partner(QStringLiteral("ИП Гамма"), inn::complete(QStringLiteral("5001007320")), Role::Agent, Tier::None);
        QVERIFY(!m_gold.isEmpty() && !m_silver.isEmpty() && !m_agent.isEmpty());
        certify(m_gold);
        // Gold needs 5 000 000 RUB of sales and 3 won registered deals in 12 months: the third win, on
        // 2026-03-15, makes the partner Gold from March on; in February it is Silver.
        m_goldDeal = deal(m_gold, 1, at(2025, 11, 1), at(2026, 1, 10));
        QVERIFY(!deal(m_gold, 11, at(2025, 11, 2), at(2026, 2, 10)).isEmpty());
        QVERIFY(!deal(m_gold, 12, at(2025, 11, 3), at(2026, 3, 15)).isEmpty());
        m_silverDeal = deal(m_silver, 3, at(2026, 4, 20));
        m_lateDeal = deal(m_silver, 4, at(2026, 6, 5));
        m_presaleDeal = deal(m_agent, 5, at(2026, 3, 1), at(2026, 5, 20), 100'000'00);
        const QString aprilWin = deal(m_agent, 6, at(2026, 3, 2), at(2026, 4, 20), 100'000'00);
        QVERIFY(!m_goldDeal.isEmpty() && !m_silverDeal.isEmpty() && !m_presaleDeal.isEmpty() && !aprilWin.isEmpty());
        m_clock.set(at(2026, 6, 15));
        CommissionService service(db(), m_clock, QStringLiteral("test"));
        QVERIFY(service.setPresale(m_presaleDeal, true, QStringLiteral("Олег")).ok());
        QVERIFY(service.setPresale(aprilWin, true).ok());
        QVERIFY(!service.setPresale(QStringLiteral("no-such-deal"), true).ok());
    }
    void cleanupTestCase() { m_db.reset(); }

    void consumptionIsUpsertedByItsNaturalKey()
    {
        ConsumptionRepository repo(db(), m_clock);
        const QString id = consume(m_gold, 99, kJul, ServiceCategory::Compute, 100);
        QVERIFY(!id.isEmpty());
        const qint64 before = repo.count().value();
        // The same customer, month, category and project again: same row, new amount.
        QCOMPARE(consume(m_gold, 99, kJul, ServiceCategory::Compute, 250), id);
        QCOMPARE(repo.count().value(), before);
        QCOMPARE(repo.find(id).value()->amount, Money::rub(250));
        // Another project is another record.
        QVERIFY(consume(m_gold, 99, kJul, ServiceCategory::Compute, 1, QStringLiteral("RUB"), QStringLiteral("prj-2"))
                != id);
        QVERIFY(repo.remove(id).ok());
        QVERIFY(!repo.find(id).value().has_value());

        ConsumptionRecord bad;
        bad.partnerId = m_gold;
        bad.customerInn = QStringLiteral("1234");
        bad.month = kJul;
        QCOMPARE(ConsumptionRepository::validate(bad).error().field, QStringLiteral("customer_inn"));
        bad.customerInn = customerInn(1);
        bad.month = QDate(2026, 7, 2);
        QCOMPARE(ConsumptionRepository::validate(bad).error().field, QStringLiteral("month"));
        bad.month = kJul;
        bad.amount = Money(1, QStringLiteral("usd"));
        QCOMPARE(ConsumptionRepository::validate(bad).error().field, QStringLiteral("currency"));
        // A batch with one bad record writes nothing.
        ConsumptionRecord good = bad;
        good.amount = Money::rub(5);
        good.customerInn = customerInn(98);
        auto batch = repo.saveAll({good, bad});
        QVERIFY(!batch.ok());
        QVERIFY(batch.error().detail.contains(QLatin1String("2")));
        QCOMPARE(repo.forMonth(kJul, m_gold).value().size(), 1); // only prj-2 from above
    }

    void partnerAndWhiteLabelRules()
    {
        // May 2026. Gold partner: customer 1 has a won deal (base 10 % + Gold 15 %), customer 2 none (base only),
        // marketplace earns nothing.
        consume(m_gold, 1, kMay, ServiceCategory::Compute, 1'000'000'00);
        consume(m_gold, 2, kMay, ServiceCategory::Storage, 333'333'33);
        consume(m_gold, 1, kMay, ServiceCategory::Marketplace, 500'000'00);
        // Silver White Label: customer 3 has a registered deal (in progress) since April: 10 % + 10 %; odd
        // kopecks round half away from zero, a refund too; customer 4's deal comes only in June: base only.
        consume(m_silver, 3, kMay, ServiceCategory::Compute, 10'000'05);
        consume(m_silver, 3, kMay, ServiceCategory::Network, -5);
        consume(m_silver, 4, kMay, ServiceCategory::Databases, 50'000'00);
        consume(m_silver, 4, kMay, ServiceCategory::AdminServices, 70'000'00);

        CommissionService service(db(), m_clock, QStringLiteral("test"));
        auto summary = service.recompute(kMay);
        QVERIFY2(summary.ok(), summary.ok() ? "" : qPrintable(summary.error().text()));

        const QList<StoredLine> gold = linesOf(kMay, m_gold);
        QCOMPARE(gold.size(), 3);
        qint64 registration = 0;
        for (const StoredLine &l : gold) {
            QCOMPARE(l.line.tier, Tier::Gold);
            QCOMPARE(l.line.ruleEffectiveFrom, QDate(2000, 1, 1));
            QVERIFY(!l.line.consumptionId.isEmpty());
            QVERIFY(l.category != QLatin1String("marketplace"));
            if (l.line.kind == LineKind::RegistrationDiscount) {
                QCOMPARE(l.line.dealId, m_goldDeal);
                QCOMPARE(l.line.rateBp, 1500);
                registration += l.line.amount.minorUnits();
            }
        }
        QCOMPARE(registration, 150'000'00);
        // 100 000.00 + 150 000.00 + 33 333.33 (10 % of 333 333.33 = 33 333.333)
        QCOMPARE(linesSum(kMay, m_gold), 283'333'33);

        const QList<StoredLine> silver = linesOf(kMay, m_silver);
        // customer 3: two records × two parts; customer 4: base only, admin services nothing.
        QCOMPARE(silver.size(), 5);
        for (const StoredLine &l : silver) {
            QCOMPARE(l.line.tier, Tier::Silver);
            QCOMPARE(l.role, Role::WhiteLabel);
            if (l.line.kind == LineKind::RegistrationDiscount)
                QCOMPARE(l.line.dealId, m_silverDeal);
            if (l.customerInn == customerInn(4))
                QCOMPARE(l.line.kind, LineKind::BaseDiscount);
        }
        // 10 000.05 × 10 % = 1 000.005 → 1 000.01 twice; −0.05 × 10 % = −0.005 → −0.01 twice; 5 000.00.
        QCOMPARE(linesSum(kMay, m_silver), 1'000'01 * 2 - 1 * 2 + 5'000'00);
    }

    void aRecordPricedBothWaysIsOneRowReadAsTwoLines()
    {
        // May, Gold: customer 1 (won deal) earns base and registration parts, customer 2 the base part only.
        const QString rows =
            QStringLiteral("SELECT count(*) FROM main.commission_lines WHERE period = '2026-05-01' AND "
                           "partner_id = ? AND corrects_period IS NULL");
        QCOMPARE(scalar(rows, {m_gold}), 2);
        const QList<StoredLine> lines = linesOf(kMay, m_gold);
        QCOMPARE(lines.size(), 3);
        QSet<qint64> ids;
        CommissionReports reports(db());
        for (const StoredLine &l : lines) {
            ids.insert(l.id);
            auto why = reports.explain(l.id);
            QVERIFY2(why.ok(), why ? "" : qPrintable(why.error().text()));
            QCOMPARE(why.value().line.line.kind, l.line.kind);
            QCOMPARE(why.value().line.line.amount, l.line.amount);
            QCOMPARE(why.value().line.line.dealId,
                     l.line.kind == LineKind::RegistrationDiscount ? m_goldDeal : QString());
            QVERIFY(why.value().consumption.has_value());
        }
        QCOMPARE(ids.size(), 3);
        // The line after a base part that has no registration part does not exist.
        for (const StoredLine &l : lines) {
            if (l.line.kind == LineKind::BaseDiscount && !ids.contains(l.id + 1))
                QVERIFY(!reports.explain(l.id + 1).ok());
        }

        // Rows stored before a row could hold both parts (schema 14: one row per part) read as the same lines,
        // and a recompute with nothing changed leaves them as they are.
        const auto texts = [](const QList<StoredLine> &of) {
            QStringList list;
            for (const StoredLine &l : of)
                list.append(QStringLiteral("%1 %2 %3 %4 %5")
                                .arg(l.line.consumptionId, toKey(l.line.kind))
                                .arg(l.line.rateBp)
                                .arg(l.line.amount.minorUnits())
                                .arg(l.line.dealId));
            list.sort(); // the split rows below come in another order
            return list;
        };
        const QStringList before = texts(lines);
        QSqlQuery split(db());
        QVERIFY(split.exec(QStringLiteral(
            "INSERT INTO commission_lines (period, partner_id, kind, role, tier, rule_from, consumption_id, deal_id, "
            "category, basis_minor, rate_bp, amount_minor, currency, source_minor, source_currency, fx_rate_micro) "
            "SELECT period, partner_id, 'registration_discount', role, tier, rule_from, consumption_id, deal_id, "
            "category, "
            "basis_minor, reg_rate_bp, reg_amount_minor, currency, source_minor, source_currency, fx_rate_micro "
            "FROM commission_lines WHERE period = '2026-05-01' AND reg_amount_minor IS NOT NULL")));
        QVERIFY(split.exec(QStringLiteral("UPDATE commission_lines SET deal_id = NULL, reg_rate_bp = NULL, "
                                          "reg_amount_minor = NULL WHERE period = '2026-05-01' AND "
                                          "reg_amount_minor IS NOT NULL")));
        QCOMPARE(scalar(rows, {m_gold}), 3);
        const auto readBack = [&] {
            return texts(linesOf(kMay, m_gold));
        };
        QCOMPARE(readBack(), before);
        const qint64 total =
            CommissionService(db(), m_clock, QStringLiteral("test")).recompute(kMay).value().totalMinor;
        QCOMPARE(scalar(rows, {m_gold}), 3);
        QCOMPARE(readBack(), before);
        // Without the digests every partner is rewritten: two rows again, the same lines and total.
        QVERIFY(sql::exec(db(), QStringLiteral("DELETE FROM commission_digests WHERE period = '2026-05-01'")).ok());
        QCOMPARE(CommissionService(db(), m_clock, QStringLiteral("test")).recompute(kMay).value().totalMinor, total);
        QCOMPARE(scalar(rows, {m_gold}), 2);
        QCOMPARE(readBack(), before);
    }

    void agentRules()
    {
        consume(m_agent, 5, kMay, ServiceCategory::Containers, 200'000'00);
        consume(m_agent, 5, kMay, ServiceCategory::ThirdPartyLicenses, 90'000'00);
        CommissionService service(db(), m_clock, QStringLiteral("test"));
        QVERIFY(service.recompute(kMay).ok());
        const QList<StoredLine> lines = linesOf(kMay, m_agent);
        QCOMPARE(lines.size(), 2);
        int percentage = 0;
        int rewards = 0;
        for (const StoredLine &l : lines) {
            QCOMPARE(l.line.tier, Tier::None);
            if (l.line.kind == LineKind::AgentPercentage) {
                ++percentage;
                QCOMPARE(l.line.amount, Money::rub(10'000'00)); // 5 % of 200 000.00
            } else {
                QCOMPARE(l.line.kind, LineKind::PresaleReward);
                QCOMPARE(l.line.dealId, m_presaleDeal); // the April win is April's reward, not May's
                QCOMPARE(l.line.amount, Money::rub(15'000'00));
                ++rewards;
            }
        }
        QCOMPARE(percentage, 1);
        QCOMPARE(rewards, 1);
        QCOMPARE(linesSum(kApr, m_agent), 0); // April was never computed
    }

    void tierBoundaryBetweenMonths()
    {
        // The same consumption in February (Silver: two wins) and March (Gold after the third win).
        consume(m_gold, 1, kFeb, ServiceCategory::Compute, 100'000'00);
        consume(m_gold, 1, kMar, ServiceCategory::Compute, 100'000'00);
        CommissionService service(db(), m_clock, QStringLiteral("test"));
        QVERIFY(service.recompute(kFeb).ok());
        QVERIFY(service.recompute(kMar).ok());
        QCOMPARE(linesSum(kFeb, m_gold), 10'000'00 + 10'000'00);
        QCOMPARE(linesSum(kMar, m_gold), 10'000'00 + 15'000'00);
        QCOMPARE(linesOf(kFeb, m_gold).first().line.tier, Tier::Silver);
        QCOMPARE(linesOf(kMar, m_gold).first().line.tier, Tier::Gold);
    }

    void currencyConversion()
    {
        // 1 000.00 USD at 92.456789 RUB = 92 456.7890 → 92 456.79 RUB; Gold base 10 % → 9 245.679 → 9 245.68.
        consume(m_gold, 2, kJun, ServiceCategory::Compute, 1'000'00, QStringLiteral("USD"));
        CommissionService service(db(), m_clock, QStringLiteral("test"));
        auto missing = service.recompute(kJun);
        QVERIFY(!missing.ok());
        QVERIFY(missing.error().message.contains(QLatin1String("USD")));
        QVERIFY(missing.error().message.contains(QLatin1String("2026-06")));
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM line_parts WHERE period = '2026-06-01'")), 0);

        CurrencyRateRepository rates(db(), m_clock);
        QVERIFY(!rates.save({kJun, QStringLiteral("RUB"), 1'000'000}).ok());
        QVERIFY(rates.save({kJun, QStringLiteral("USD"), 92'456'789}).ok());
        QCOMPARE(commission::toRub(1'000'00, 92'456'789), 92'456'79);
        QCOMPARE(commission::toRub(-1'000'00, 92'456'789), -92'456'79);
        QVERIFY(service.recompute(kJun).ok());
        const QList<StoredLine> lines = linesOf(kJun, m_gold);
        QCOMPARE(lines.size(), 1);
        QCOMPARE(lines.first().source, Money(1'000'00, QStringLiteral("USD")));
        QCOMPARE(lines.first().line.basis, Money::rub(92'456'79));
        QCOMPARE(lines.first().fxRateMicro, 92'456'789);
        QCOMPARE(lines.first().line.amount, Money::rub(9'245'68));
    }

    void recomputeIsIdempotentAndTotalsAgree()
    {
        CommissionService service(db(), m_clock, QStringLiteral("test"));
        const qint64 lines = scalar(QStringLiteral("SELECT count(*) FROM line_parts WHERE period = '2026-05-01'"));
        const qint64 sum =
            scalar(QStringLiteral("SELECT SUM(amount_minor) FROM line_parts WHERE period = '2026-05-01'"));
        auto again = service.recompute(kMay);
        QVERIFY(again.ok());
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM line_parts WHERE period = '2026-05-01'")), lines);
        QCOMPARE(again.value().totalMinor, sum);
        QCOMPARE(qint64(again.value().lines), lines);
        QCOMPARE(scalar(QStringLiteral("SELECT SUM(amount_minor) FROM commission_totals WHERE period = '2026-05-01'")),
                 sum);
        QCOMPARE(service.period(kMay).value().totalMinor, sum);
        CommissionReports reports(db());
        qint64 perPartner = 0;
        const auto totals = reports.totals(kMay);
        QVERIFY(totals.ok());
        for (const PartnerPeriodTotal &t : totals.value())
            perPartner += t.totalMinor;
        QCOMPARE(perPartner, sum);
        qint64 byTier = 0;
        const auto tiers = reports.monthlyByTier(kMay, kMay);
        QVERIFY(tiers.ok());
        for (const MonthlyAmount &m : tiers.value())
            byTier += m.amountMinor;
        QCOMPARE(byTier, sum);
        qint64 byCategory = 0;
        const auto categories = reports.monthlyByCategory(kMay, kMay);
        QVERIFY(categories.ok());
        for (const MonthlyAmount &m : categories.value())
            byCategory += m.amountMinor;
        QCOMPARE(byCategory, sum);
        const MonthOverMonth mom = reports.monthOverMonth(QDate(2026, 6, 15)).value();
        QCOMPARE(mom.lastMonth, kMay);
        QCOMPARE(mom.lastMinor, sum);
        QVERIFY(mom.lastComputed);
    }

    void closedPeriodCorrectionIsOneLineInTheNextOpenOne()
    {
        CommissionService service(db(), m_clock, QStringLiteral("test"));
        consume(m_gold, 1, kApr, ServiceCategory::Compute, 400'000'00); // Gold, won deal: 25 %
        QVERIFY(service.recompute(kApr).ok());
        QVERIFY(service.close(kApr).ok());
        QCOMPARE(service.period(kApr).value().state, PeriodState::Closed);
        QVERIFY(!service.recompute(kApr).ok()); // closed: refused
        const qint64 settled = linesSum(kApr, m_gold);
        QCOMPARE(settled, 100'000'00);
        const qint64 settledLines =
            scalar(QStringLiteral("SELECT count(*) FROM line_parts WHERE period = '2026-04-01'"));

        // Billing corrects April down to 300 000.00 (a refund of 100 000.00).
        consume(m_gold, 1, kApr, ServiceCategory::Compute, 300'000'00);
        QVERIFY(service.recompute(kMay).ok());
        const QString corrections = QStringLiteral(" AND corrects_period = '2026-04-01'");
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM line_parts WHERE period = '2026-05-01' AND "
                                       "corrects_period IS NOT NULL")),
                 1);
        QCOMPARE(linesSum(kMay, m_gold, corrections), -25'000'00);
        const StoredLine clawback = [&] {
            for (const StoredLine &l : linesOf(kMay, m_gold))
                if (l.line.kind == LineKind::Clawback)
                    return l;
            return StoredLine();
        }();
        QCOMPARE(clawback.line.correctsPeriod, kApr);
        QCOMPARE(clawback.line.amount, Money::rub(-25'000'00));
        // April's own lines are untouched; what was settled plus the correction is what April is worth now.
        QCOMPARE(linesSum(kApr, m_gold), settled);
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM line_parts WHERE period = '2026-04-01'")), settledLines);
        QCOMPARE(settled + clawback.line.amount.minorUnits(), commission::applyRate(300'000'00, 2500));

        // Recomputing May again keeps exactly one correction line.
        QVERIFY(service.recompute(kMay).ok());
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM line_parts WHERE corrects_period IS NOT NULL")), 1);
        // A second change to April replaces it with the whole difference.
        consume(m_gold, 2, kApr, ServiceCategory::Storage, 10'000'00); // no deal: base 10 %
        auto posted = service.postPendingCorrections();
        QVERIFY(posted.ok());
        QCOMPARE(posted.value(), QList<QDate>{kMay});
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM line_parts WHERE corrects_period IS NOT NULL")), 1);
        QCOMPARE(linesSum(kMay, m_gold, corrections), -25'000'00 + 1'000'00);
        // The page total of May includes the correction.
        QCOMPARE(service.period(kMay).value().totalMinor,
                 scalar(QStringLiteral("SELECT SUM(amount_minor) FROM line_parts WHERE period = '2026-05-01'")));
        QCOMPARE(CommissionReports(db()).total(kMay, m_gold).value()->correctionsMinor, -24'000'00);

        // Once May is closed, a further change to April goes to June, counting what May already carried.
        QVERIFY(service.close(kMay).ok());
        QVERIFY(service.recompute(kJun).ok());
        consume(m_gold, 1, kApr, ServiceCategory::Compute, 200'000'00);
        QVERIFY(service.recompute(kJun).ok());
        QCOMPARE(linesSum(kJun, m_gold, corrections), -25'000'00);
        QCOMPARE(settled + linesSum(kMay, m_gold, corrections) + linesSum(kJun, m_gold, corrections),
                 commission::applyRate(200'000'00, 2500) + commission::applyRate(10'000'00, 1000));
        // Re-importing the same data changes nothing and posts nothing.
        consume(m_gold, 1, kApr, ServiceCategory::Compute, 200'000'00);
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM commission_dirty")), 0);
    }

    void explainNamesEverythingThatPricedALine()
    {
        CommissionReports reports(db());
        StoredLine registration;
        for (const StoredLine &l : linesOf(kMar, m_gold))
            if (l.line.kind == LineKind::RegistrationDiscount)
                registration = l;
        QVERIFY(registration.id > 0);
        auto e = reports.explain(registration.id);
        QVERIFY(e.ok());
        QVERIFY(e.value().consumption.has_value());
        QCOMPARE(e.value().consumption->amount, Money::rub(100'000'00));
        QVERIFY(e.value().rules.has_value());
        const QString text = e.value().text();
        QVERIFY2(text.contains(m_goldDeal), qPrintable(text));
        QVERIFY(text.contains(QLatin1String("15.00 %")));
        QVERIFY(text.contains(displayName(Tier::Gold)));
        QVERIFY(text.contains(registration.line.consumptionId));
        QVERIFY(!reports.explain(-1).ok());
    }

    void explainWritesTheRuleDateInFull()
    {
        StoredLine base;
        for (const StoredLine &l : linesOf(kMar, m_gold))
            if (l.line.kind == LineKind::BaseDiscount)
                base = l;
        QVERIFY(base.id > 0);
        const QString text = CommissionReports(db()).explain(base.id).value().text();
        // The rule's date as a person reads it in the interface language, never a short "1/1/00".
        QVERIFY2(text.contains(QLocale().toString(QDate(2000, 1, 1), QStringLiteral("d MMMM yyyy"))), qPrintable(text));
        QVERIFY(text.contains(QLocale().monthName(1)));
        QVERIFY(!text.contains(QLocale().toString(QDate(2000, 1, 1), QLocale::ShortFormat)));
    }

    void recomputeRewritesOnlyChangedPartners()
    {
        // June is open. A recompute with nothing changed writes no line; a change to one partner's consumption
        // rewrites that partner's lines only, and the result is what a full recompute gives.
        CommissionService service(db(), m_clock, QStringLiteral("test"));
        QSqlQuery setup(db());
        QVERIFY(setup.exec(QStringLiteral("CREATE TEMP TABLE line_writes (partner_id TEXT)")));
        // A rewritten partner's lines take the places of its previous ones (updates) and add or drop the rest.
        QVERIFY(setup.exec(QStringLiteral("CREATE TEMP TRIGGER count_line_writes AFTER INSERT ON main.commission_lines "
                                          "WHEN new.corrects_period IS NULL BEGIN "
                                          "INSERT INTO line_writes VALUES (new.partner_id); END")));
        QVERIFY(
            setup.exec(QStringLiteral("CREATE TEMP TRIGGER count_line_updates AFTER UPDATE ON main.commission_lines "
                                      "WHEN new.corrects_period IS NULL BEGIN "
                                      "INSERT INTO line_writes VALUES (new.partner_id); END")));
        auto writes = [&](const QString &partnerId) {
            return scalar(QStringLiteral("SELECT count(*) FROM line_writes WHERE partner_id = ?"), {partnerId});
        };
        auto forget = [&] {
            QVERIFY(QSqlQuery(db()).exec(QStringLiteral("DELETE FROM line_writes")));
        };

        consume(m_silver, 3, kJun, ServiceCategory::Compute, 50'000'00);
        QVERIFY(service.recompute(kJun).ok());
        QCOMPARE(writes(m_gold), 0); // Gold's June lines were stored by an earlier recompute and did not change
        QVERIFY(writes(m_silver) > 0);
        forget();
        auto same = service.recompute(kJun);
        QVERIFY(same.ok());
        QCOMPARE(writes(m_gold), 0);
        QCOMPARE(writes(m_silver), 0);
        QVERIFY(same.value().lines > 0);

        consume(m_silver, 3, kJun, ServiceCategory::Compute, 60'000'00);
        auto changed = service.recompute(kJun);
        QVERIFY(changed.ok());
        QCOMPARE(writes(m_gold), 0);
        QCOMPARE(writes(m_silver), 1); // the one record's row: its base and registration parts
        QCOMPARE(changed.value().partners, same.value().partners);
        QCOMPARE(changed.value().lines, same.value().lines);
        const qint64 total = changed.value().totalMinor;
        QCOMPARE(total - same.value().totalMinor, commission::applyRate(10'000'00, 1000) * 2); // base + Silver part
        QCOMPARE(total, scalar(QStringLiteral("SELECT SUM(amount_minor) FROM line_parts WHERE period = '2026-06-01'")));
        QCOMPARE(total,
                 scalar(QStringLiteral("SELECT SUM(amount_minor) FROM commission_totals WHERE period = '2026-06-01'")));

        // Without digests (a database from before them) the whole period is rewritten to the same figures.
        forget();
        QVERIFY(sql::exec(db(), QStringLiteral("DELETE FROM commission_digests WHERE period = '2026-06-01'")).ok());
        auto full = service.recompute(kJun);
        QVERIFY(full.ok());
        QCOMPARE(full.value().totalMinor, total);
        QCOMPARE(full.value().lines, changed.value().lines);
        QVERIFY(writes(m_gold) > 0);
        // A partner whose consumption is gone loses its lines.
        ConsumptionRepository repo(db(), m_clock);
        const auto silverJune = repo.forMonth(kJun, m_silver);
        QVERIFY(silverJune.ok() && !silverJune.value().isEmpty());
        for (const ConsumptionRecord &r : silverJune.value())
            QVERIFY(repo.remove(r.id).ok());
        QVERIFY(service.recompute(kJun).ok());
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM line_parts WHERE period = '2026-06-01' AND "
                                       "partner_id = ? AND corrects_period IS NULL"),
                        {m_silver}),
                 0);
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM commission_totals WHERE period = '2026-06-01' AND "
                                       "partner_id = ?"),
                        {m_silver}),
                 0);
        QCOMPARE(service.period(kJun).value().totalMinor,
                 scalar(QStringLiteral("SELECT SUM(amount_minor) FROM line_parts WHERE period = '2026-06-01'")));
        QVERIFY(setup.exec(QStringLiteral("DROP TRIGGER count_line_writes")));
        QVERIFY(setup.exec(QStringLiteral("DROP TRIGGER count_line_updates")));
        QVERIFY(setup.exec(QStringLiteral("DROP TABLE line_writes")));
    }

    void dealChangeToAClosedPeriodIsCorrectedInTheNextOpenOne()
    {
        // May is closed with Silver's registration part for customer 3 (deal registered in April). The deal is
        // then no longer registered (as a sync or an import writes it): May is worth its base discount only, and
        // June, the next open period, gets exactly one clawback of the registration part.
        CommissionService service(db(), m_clock, QStringLiteral("test"));
        QCOMPARE(service.period(kMay).value().state, PeriodState::Closed);
        const QString corrections = QStringLiteral(" AND corrects_period = '2026-05-01'");
        QCOMPARE(linesSum(kJun, m_silver, corrections), 0);
        const qint64 settled = linesSum(kMay, m_silver);
        const qint64 registrationPart = linesSum(kMay, m_silver, QStringLiteral(" AND kind = 'registration_discount'"));
        QCOMPARE(registrationPart, commission::applyRate(10'000'05, 1000) + commission::applyRate(-5, 1000));

        auto withdraw =
            sql::exec(db(), QStringLiteral("UPDATE deals SET state = 'rejected' WHERE id = ?"), {m_silverDeal});
        QVERIFY(withdraw.ok());
        QVERIFY(scalar(QStringLiteral(
                           "SELECT count(*) FROM commission_dirty WHERE period = '2026-05-01' AND partner_id = ?"),
                       {m_silver})
                == 1);
        auto posted = service.postPendingCorrections();
        QVERIFY(posted.ok());
        QCOMPARE(posted.value(), QList<QDate>{kJun});
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM line_parts WHERE period = '2026-06-01' AND "
                                       "partner_id = ? AND corrects_period = '2026-05-01'"),
                        {m_silver}),
                 1);
        QCOMPARE(linesSum(kJun, m_silver, corrections), -registrationPart);
        QCOMPARE(linesSum(kMay, m_silver), settled); // the closed lines stay as they were

        // Registered again: May is worth what was settled, and the correction goes away on the next recompute.
        QVERIFY(
            sql::exec(db(), QStringLiteral("UPDATE deals SET state = 'registered' WHERE id = ?"), {m_silverDeal}).ok());
        QVERIFY(service.recompute(kJun).ok());
        QCOMPARE(linesSum(kJun, m_silver, corrections), 0);
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM commission_dirty")), 0);

        // An Agent's pre-sale mark set after the month it was won was closed: a top-up of the reward.
        QCOMPARE(service.period(kApr).value().state, PeriodState::Closed);
        const qint64 reward = ProgramRules{}.presaleRewardMinor;
        const QString aprilWin = QStringLiteral("SELECT id FROM deals WHERE partner_id = ? AND outcome = 'won' AND "
                                                "closed_at LIKE '2026-04-%'");
        QSqlQuery win(db());
        win.prepare(aprilWin);
        win.addBindValue(m_agent);
        QVERIFY(win.exec() && win.next());
        const QString winId = win.value(0).toString();
        QVERIFY(service.setPresale(winId, false).ok());
        QVERIFY(service.recompute(kJun).ok());
        QCOMPARE(linesSum(kJun, m_agent, QStringLiteral(" AND corrects_period = '2026-04-01'")), -reward);
        QVERIFY(service.setPresale(winId, true).ok());
        QVERIFY(service.recompute(kJun).ok());
        QCOMPARE(linesSum(kJun, m_agent, QStringLiteral(" AND corrects_period = '2026-04-01'")), 0);
    }

    void twoThreadsStoreWhatOneThreadStores()
    {
        // The recompute prices on a second thread with its own connection while this one writes; the lines,
        // totals and digests are the ones the one-thread path stores, whether written anew or rewritten.
        fillJuly();
        CommissionService service(db(), m_clock, QStringLiteral("test"));
        auto dropDigests = [&] {
            QVERIFY(sql::exec(db(), QStringLiteral("DELETE FROM commission_digests WHERE period = '2026-07-01'")).ok());
        };
        service.setParallel(false);
        auto one = service.recompute(kJul);
        QVERIFY2(one.ok(), one ? "" : qPrintable(one.error().text()));
        const qint64 july = scalar(QStringLiteral("SELECT count(*) FROM consumption WHERE month = '2026-07-01'"));
        QVERIFY(july > 40 * 205);
        QCOMPARE(qint64(one.value().records), july);
        QVERIFY(one.value().lines >= 40 * 205);
        const QStringList expected = stored(kJul);
        QVERIFY(expected.size() > 40 * 205);

        service.setParallel(true);
        dropDigests();
        auto rewritten = service.recompute(kJul); // every partner rewritten over its previous lines
        QVERIFY2(rewritten.ok(), rewritten ? "" : qPrintable(rewritten.error().text()));
        QCOMPARE(rewritten.value().records, one.value().records);
        QCOMPARE(rewritten.value().lines, one.value().lines);
        QCOMPARE(rewritten.value().totalMinor, one.value().totalMinor);
        QCOMPARE(stored(kJul), expected);

        QVERIFY(sql::exec(db(), QStringLiteral("DELETE FROM commission_lines WHERE period = '2026-07-01'")).ok());
        dropDigests();
        auto fresh = service.recompute(kJul); // the first pricing of the month: every line inserted
        QVERIFY(fresh.ok());
        QCOMPARE(stored(kJul), expected);
        QCOMPARE(service.recompute(kJul).value().totalMinor, one.value().totalMinor); // nothing changed
        QCOMPARE(stored(kJul), expected);

        // June holds correction lines among a partner's lines (posted for closed periods): a rewrite of the whole
        // month puts the priced lines back and leaves the corrections exactly as they were.
        QVERIFY(scalar(QStringLiteral("SELECT count(*) FROM line_parts WHERE period = '2026-06-01' AND "
                                      "corrects_period IS NOT NULL"))
                > 0);
        QVERIFY(service.recompute(kJun).ok());
        const QStringList june = stored(kJun);
        QVERIFY(sql::exec(db(), QStringLiteral("DELETE FROM commission_digests WHERE period = '2026-06-01'")).ok());
        QVERIFY(service.recompute(kJun).ok());
        QCOMPARE(stored(kJun), june);
    }

    void correctionLinesAmongAPartnersLinesStayAsTheyWere()
    {
        // A rewritten partner's lines take the ids of its previous lines. A correction line posted into the period
        // (here a clawback for closed April) can sit between them once the partner's lines grew after it: it keeps
        // its id and values through rewrites that grow and shrink the partner's lines, whether digests exist or not.
        CommissionService service(db(), m_clock, QStringLiteral("test"));
        QCOMPARE(service.period(kApr).value().state, PeriodState::Closed);
        QVERIFY(service.recompute(kJun).ok());
        consume(m_gold, 1, kApr, ServiceCategory::Compute, 150'000'00); // April corrected again, into June
        QVERIFY(service.recompute(kJun).ok());
        const QString correctionSql =
            QStringLiteral("SELECT id, amount_minor FROM commission_lines WHERE period = "
                           "'2026-06-01' AND partner_id = ? AND corrects_period = '2026-04-01'");
        const qint64 correctionId = scalar(correctionSql, {m_gold});
        QVERIFY(correctionId > 0);
        const qint64 correctionAmount =
            scalar(QStringLiteral("SELECT amount_minor FROM commission_lines WHERE id = ?"), {correctionId});
        QVERIFY(correctionAmount != 0);

        // Three more customers of Gold in June: its new lines are inserted after the correction.
        QStringList added;
        for (int customer : {41, 42, 43})
            added.append(consume(m_gold, customer, kJun, ServiceCategory::Network, 7'000'00 + customer));
        QVERIFY(service.recompute(kJun).ok());
        const QString regularIds = QStringLiteral("SELECT %1(id) FROM commission_lines WHERE period = '2026-06-01' AND "
                                                  "partner_id = ? AND corrects_period IS NULL");
        QVERIFY(scalar(regularIds.arg(QStringLiteral("min")), {m_gold}) < correctionId);
        QVERIFY(scalar(regularIds.arg(QStringLiteral("max")), {m_gold}) > correctionId);

        // Fewer lines again, with and without the period's digests.
        for (bool withDigests : {true, false}) {
            QVERIFY(ConsumptionRepository(db(), m_clock).remove(added.takeLast()).ok());
            if (!withDigests)
                QVERIFY(
                    sql::exec(db(), QStringLiteral("DELETE FROM commission_digests WHERE period = '2026-06-01'")).ok());
            auto rewritten = service.recompute(kJun);
            QVERIFY2(rewritten.ok(), rewritten ? "" : qPrintable(rewritten.error().text()));
            QCOMPARE(scalar(QStringLiteral(
                                "SELECT count(*) FROM main.commission_lines WHERE id = ? AND amount_minor = ? AND "
                                "corrects_period = '2026-04-01' AND partner_id = ?"),
                            {correctionId, correctionAmount, m_gold}),
                     1);
        }
        // What is stored is what the first pricing of the month stores.
        const QStringList june = stored(kJun);
        QVERIFY(sql::exec(db(), QStringLiteral("DELETE FROM commission_lines WHERE period = '2026-06-01' AND "
                                               "corrects_period IS NULL"))
                    .ok());
        QVERIFY(sql::exec(db(), QStringLiteral("DELETE FROM commission_digests WHERE period = '2026-06-01'")).ok());
        QVERIFY(service.recompute(kJun).ok());
        QCOMPARE(stored(kJun), june);
        QCOMPARE(scalar(QStringLiteral("SELECT amount_minor FROM commission_lines WHERE id = ?"), {correctionId}),
                 correctionAmount);
        for (const QString &id : std::as_const(added))
            QVERIFY(ConsumptionRepository(db(), m_clock).remove(id).ok());
        QVERIFY(service.recompute(kJun).ok());
    }

    void aFailedWriteStopsThePricingAndChangesNothing()
    {
        // The writing connection fails on its first line while the reading thread is still pricing (and
        // waiting for room to hand over more partners): the error comes back, nothing of the recompute stays.
        fillJuly();
        CommissionService service(db(), m_clock, QStringLiteral("test"));
        QVERIFY(service.recompute(kJul).ok());
        QVERIFY(sql::exec(db(), QStringLiteral("DELETE FROM commission_digests WHERE period = '2026-07-01'")).ok());
        const QStringList before = stored(kJul);
        QSqlQuery setup(db());
        for (const char *event : {"INSERT", "UPDATE"}) {
            QVERIFY(setup.exec(QStringLiteral("CREATE TEMP TRIGGER refuse_%1 BEFORE %1 ON main.commission_lines BEGIN "
                                              "SELECT RAISE(ABORT, 'the disk refused the line'); END")
                                   .arg(QLatin1String(event))));
        }
        auto failed = service.recompute(kJul);
        QVERIFY(!failed.ok());
        QVERIFY2(failed.error().text().contains(QLatin1String("the disk refused the line")),
                 qPrintable(failed.error().text()));
        QCOMPARE(stored(kJul), before);
        for (const char *event : {"INSERT", "UPDATE"})
            QVERIFY(setup.exec(QStringLiteral("DROP TRIGGER refuse_%1").arg(QLatin1String(event))));

        // A pricing error on the reading thread (a rate missing) also leaves everything as it was.
        consume(m_agent, 9, kJul, ServiceCategory::Compute, 10'00, QStringLiteral("EUR"));
        auto noRate = service.recompute(kJul);
        QVERIFY(!noRate.ok());
        QVERIFY(noRate.error().message.contains(QLatin1String("EUR")));
        QCOMPARE(stored(kJul), before);
        const auto eur = ConsumptionRepository(db(), m_clock).forMonth(kJul, m_agent);
        QVERIFY(eur.ok());
        for (const ConsumptionRecord &r : eur.value())
            QVERIFY(ConsumptionRepository(db(), m_clock).remove(r.id).ok());
    }

    void aCancelledRecomputeChangesNothing()
    {
        fillJuly();
        CommissionService service(db(), m_clock, QStringLiteral("test"));
        QVERIFY(sql::exec(db(), QStringLiteral("DELETE FROM commission_digests WHERE period = '2026-07-01'")).ok());
        const QStringList before = stored(kJul);
        for (bool parallel : {true, false}) {
            service.setParallel(parallel);
            qint64 seen = 0;
            qint64 total = 0;
            auto cancelled = service.recompute(kJul, [&](qint64 done, qint64 all) {
                seen = done;
                total = all;
                return false;
            });
            QVERIFY(!cancelled.ok());
            QVERIFY(cancelled.error().text().contains(QLatin1String("cancelled")));
            QVERIFY(seen >= 8192);
            QCOMPARE(total, scalar(QStringLiteral("SELECT count(*) FROM consumption WHERE month = '2026-07-01'")));
            QCOMPARE(stored(kJul), before);
        }
    }

    void recomputeLeavesTheCheckpointToAThreadOfItsOwn()
    {
        // Last of the slots: a month of its own, which no other slot expects to be computed.
        const QDate month(2026, 9, 1);
        consume(m_gold, 7, month, ServiceCategory::Compute, 10'000'00);
        CommissionService service(db(), m_clock, QStringLiteral("test"));
        QVERIFY(service.recompute(month).ok());
        // The commit put its pages in the write-ahead log and no further; they are copied into the file by a
        // thread of its own, once.
        const auto copied = service.waitForCheckpoint();
        QVERIFY(copied.pages > 0);
        QVERIFY(copied.ms > 0);
        QCOMPARE(service.waitForCheckpoint().pages, 0);
        // The connection checkpoints automatically again, as it did before the recompute.
        QCOMPARE(scalar(QStringLiteral("PRAGMA wal_autocheckpoint")), 1000);
    }
};

QTEST_GUILESS_MAIN(TestCommissionService)
#include "tst_commissionservice.moc"
