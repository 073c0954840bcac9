#include "Commission.h"

#include <QTest>

using namespace pd::domain;

namespace {

const QDate kPeriod(2026, 5, 1);

ConsumptionRecord record(qint64 minor, ServiceCategory category = ServiceCategory::Compute)
{
    return {QStringLiteral("c1"), QStringLiteral("p1"), QStringLiteral("Ромашка"), QStringLiteral("7707083893"),
            kPeriod, category, QStringLiteral("prj-1"), Money::rub(minor)};
}

} // namespace

class TestCommission final : public QObject
{
    Q_OBJECT

private slots:
    void rounding_data()
    {
        QTest::addColumn<qint64>("basis");
        QTest::addColumn<int>("bp");
        QTest::addColumn<qint64>("expected");
        QTest::newRow("exact") << qint64(100000) << 1000 << qint64(10000);
        QTest::newRow("half rounds up") << qint64(5) << 1000 << qint64(1);        // 0.5 kopeck
        QTest::newRow("below half rounds down") << qint64(4) << 1000 << qint64(0); // 0.4 kopeck
        QTest::newRow("negative half rounds away") << qint64(-5) << 1000 << qint64(-1);
        QTest::newRow("odd amount at 15 %") << qint64(123457) << 1500 << qint64(18519); // 18518.55
        QTest::newRow("large") << qint64(2'000'000'000'00) << 2000 << qint64(400'000'000'00);
    }
    void rounding()
    {
        QFETCH(qint64, basis);
        QFETCH(int, bp);
        QFETCH(qint64, expected);
        QCOMPARE(commission::applyRate(basis, bp), expected);
        QCOMPARE(commission::applyRate(-basis, bp), -expected); // a refund reverses the charge exactly
    }

    void partnerWithARegisteredDeal()
    {
        const ProgramRules rules = ProgramRules::exampleDefaultsFrom(QDate(2025, 1, 1));
        // 1 000 000.00 RUB of compute for a Gold partner's registered customer: 10 % + 15 %.
        const auto lines = commission::price(record(1'000'000'00), Role::Partner, Tier::Gold, QStringLiteral("d1"), rules, kPeriod);
        QCOMPARE(lines.size(), 2);
        QCOMPARE(lines.at(0).kind, LineKind::BaseDiscount);
        QCOMPARE(lines.at(0).amount, Money::rub(100'000'00));
        QCOMPARE(lines.at(1).kind, LineKind::RegistrationDiscount);
        QCOMPARE(lines.at(1).amount, Money::rub(150'000'00));
        QCOMPARE(lines.at(1).dealId, QStringLiteral("d1"));
        QCOMPARE(lines.at(1).tier, Tier::Gold);
        QCOMPARE(lines.at(1).ruleEffectiveFrom, QDate(2025, 1, 1));
        QCOMPARE(commission::total(lines), Money::rub(250'000'00));
    }

    void tierBoundaryChangesTheRegistrationPart()
    {
        const ProgramRules rules = ProgramRules::exampleDefaultsFrom(QDate(2025, 1, 1));
        const qint64 basis = 333'333'33;
        QCOMPARE(commission::total(commission::price(record(basis), Role::WhiteLabel, Tier::Silver, QStringLiteral("d"), rules, kPeriod)),
                 Money::rub(commission::applyRate(basis, 1000) * 2));
        QCOMPARE(commission::total(commission::price(record(basis), Role::WhiteLabel, Tier::Platinum, QStringLiteral("d"), rules, kPeriod)),
                 Money::rub(commission::applyRate(basis, 1000) + commission::applyRate(basis, 2000)));
        // Without a registered deal only the base discount applies.
        QCOMPARE(commission::price(record(basis), Role::Partner, Tier::Platinum, {}, rules, kPeriod).size(), 1);
    }

    void agents()
    {
        const ProgramRules rules = ProgramRules::exampleDefaultsFrom(QDate(2025, 1, 1));
        const auto lines = commission::price(record(200'000'00), Role::Agent, Tier::None, QStringLiteral("d"), rules, kPeriod);
        QCOMPARE(lines.size(), 1);
        QCOMPARE(lines.first().kind, LineKind::AgentPercentage);
        QCOMPARE(lines.first().amount, Money::rub(10'000'00)); // 5 %
        const CommissionLine reward = commission::presaleReward(QStringLiteral("p1"), QStringLiteral("d"), rules, kPeriod);
        QCOMPARE(reward.amount, Money::rub(15'000'00));
    }

    void exclusionsEarnNothing()
    {
        const ProgramRules rules = ProgramRules::exampleDefaultsFrom(QDate(2025, 1, 1));
        for (ServiceCategory c : {ServiceCategory::BonusRubles, ServiceCategory::Marketplace,
                                  ServiceCategory::ThirdPartyLicenses, ServiceCategory::AdminServices}) {
            QVERIFY(commission::price(record(1'000'00, c), Role::Partner, Tier::Gold, QStringLiteral("d"), rules, kPeriod).isEmpty());
            QVERIFY(commission::price(record(1'000'00, c), Role::Agent, Tier::None, {}, rules, kPeriod).isEmpty());
        }
    }

    void correctionOfAClosedPeriodIsOneLine()
    {
        const ProgramRules rules = ProgramRules::exampleDefaultsFrom(QDate(2025, 1, 1));
        const QDate closed(2026, 4, 1);
        const QDate open(2026, 5, 1);
        QList<CommissionLine> settled = commission::price(record(1'000'000'00), Role::Partner, Tier::Gold, QStringLiteral("d1"), rules, closed);
        // Billing corrected April down by 100 000.00: a refund.
        QList<CommissionLine> recomputed = commission::price(record(900'000'00), Role::Partner, Tier::Gold, QStringLiteral("d1"), rules, closed);
        const auto fix = commission::corrections(settled, recomputed, closed, open);
        QCOMPARE(fix.size(), 1);
        QCOMPARE(fix.first().kind, LineKind::Clawback);
        QCOMPARE(fix.first().period, open);
        QCOMPARE(fix.first().correctsPeriod, closed);
        QCOMPARE(fix.first().amount, Money::rub(-25'000'00));
        // What was settled plus the correction equals what should have been.
        QCOMPARE(commission::total(settled) + fix.first().amount, commission::total(recomputed));
        // An upward correction is a top-up; no change is no line.
        QCOMPARE(commission::corrections(recomputed, settled, closed, open).first().kind, LineKind::TopUp);
        QVERIFY(commission::corrections(settled, settled, closed, open).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCommission)
#include "tst_commission.moc"
