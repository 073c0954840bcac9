#include "Commission.h"

#include <QTest>

using namespace pd::domain;

namespace {

const QDate kPeriod(2026, 5, 1);

ConsumptionRecord record(qint64 minor, ServiceCategory category = ServiceCategory::Compute)
{
    return {QStringLiteral("c1"),
            QStringLiteral("p1"),
            QStringLiteral("Ромашка"),
            QStringLiteral("7707083893"),
            kPeriod,
            category,
            QStringLiteral("prj-1"),
            Money::rub(minor)};
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
        QTest::newRow("half rounds up") << qint64(5) << 1000 << qint64(1);         // 0.5 kopeck
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
        const auto lines =
            commission::price(record(1'000'000'00), Role::Partner, Tier::Gold, QStringLiteral("d1"), rules, kPeriod);
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
        QCOMPARE(commission::total(commission::price(record(basis), Role::WhiteLabel, Tier::Silver, QStringLiteral("d"),
                                                     rules, kPeriod)),
                 Money::rub(commission::applyRate(basis, 1000) * 2));
        QCOMPARE(commission::total(commission::price(record(basis), Role::WhiteLabel, Tier::Platinum,
                                                     QStringLiteral("d"), rules, kPeriod)),
                 Money::rub(commission::applyRate(basis, 1000) + commission::applyRate(basis, 2000)));
        // Without a registered deal only the base discount applies.
        QCOMPARE(commission::price(record(basis), Role::Partner, Tier::Platinum, {}, rules, kPeriod).size(), 1);
    }

    void agents()
    {
        const ProgramRules rules = ProgramRules::exampleDefaultsFrom(QDate(2025, 1, 1));
        const auto lines =
            commission::price(record(200'000'00), Role::Agent, Tier::None, QStringLiteral("d"), rules, kPeriod);
        QCOMPARE(lines.size(), 1);
        QCOMPARE(lines.first().kind, LineKind::AgentPercentage);
        QCOMPARE(lines.first().amount, Money::rub(10'000'00)); // 5 %
        const CommissionLine reward =
            commission::presaleReward(QStringLiteral("p1"), QStringLiteral("d"), rules, kPeriod);
        QCOMPARE(reward.amount, Money::rub(15'000'00));
    }

    void exclusionsEarnNothing()
    {
        const ProgramRules rules = ProgramRules::exampleDefaultsFrom(QDate(2025, 1, 1));
        for (ServiceCategory c : {ServiceCategory::BonusRubles, ServiceCategory::Marketplace,
                                  ServiceCategory::ThirdPartyLicenses, ServiceCategory::AdminServices}) {
            QVERIFY(
                commission::price(record(1'000'00, c), Role::Partner, Tier::Gold, QStringLiteral("d"), rules, kPeriod)
                    .isEmpty());
            QVERIFY(commission::price(record(1'000'00, c), Role::Agent, Tier::None, {}, rules, kPeriod).isEmpty());
        }
    }

    void correctionOfAClosedPeriodIsOneLine()
    {
        const ProgramRules rules = ProgramRules::exampleDefaultsFrom(QDate(2025, 1, 1));
        const QDate closed(2026, 4, 1);
        const QDate open(2026, 5, 1);
        QList<CommissionLine> settled =
            commission::price(record(1'000'000'00), Role::Partner, Tier::Gold, QStringLiteral("d1"), rules, closed);
        // Billing corrected April down by 100 000.00: a refund.
        QList<CommissionLine> recomputed =
            commission::price(record(900'000'00), Role::Partner, Tier::Gold, QStringLiteral("d1"), rules, closed);
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

    void rateParts()
    {
        const ProgramRules rules = ProgramRules::exampleDefaultsFrom(QDate(2025, 1, 1));
        // Registration part by tier; none without a deal or without a tier.
        const struct
        {
            Tier tier;
            int registrationBp;
        } tiers[] = {{Tier::None, 0}, {Tier::Silver, 1000}, {Tier::Gold, 1500}, {Tier::Platinum, 2000}};
        for (const auto &t : tiers) {
            const commission::RateParts withDeal =
                commission::rateParts(ServiceCategory::Storage, Role::Partner, t.tier, true, rules);
            QCOMPARE(withDeal.count, t.registrationBp ? 2 : 1);
            QCOMPARE(withDeal.kinds[0], LineKind::BaseDiscount);
            QCOMPARE(withDeal.ratesBp[0], 1000);
            if (t.registrationBp) {
                QCOMPARE(withDeal.kinds[1], LineKind::RegistrationDiscount);
                QCOMPARE(withDeal.ratesBp[1], t.registrationBp);
            }
            QCOMPARE(commission::rateParts(ServiceCategory::Storage, Role::WhiteLabel, t.tier, false, rules).count, 1);
        }
        // An Agent's percentage whatever the tier and deal; excluded categories nothing for anyone.
        const commission::RateParts agent =
            commission::rateParts(ServiceCategory::AiMl, Role::Agent, Tier::Gold, true, rules);
        QCOMPARE(agent.count, 1);
        QCOMPARE(agent.kinds[0], LineKind::AgentPercentage);
        QCOMPARE(agent.ratesBp[0], 500);
        QCOMPARE(commission::rateParts(ServiceCategory::BonusRubles, Role::Partner, Tier::Gold, true, rules).count, 0);
        // The rates are data: a later rule version changes them.
        ProgramRules later = ProgramRules::exampleDefaultsFrom(QDate(2026, 1, 1));
        later.baseDiscountBp = 1200;
        later.registrationBpGold = 1800;
        const commission::RateParts changed =
            commission::rateParts(ServiceCategory::Compute, Role::Partner, Tier::Gold, true, later);
        QCOMPARE(changed.ratesBp[0], 1200);
        QCOMPARE(changed.ratesBp[1], 1800);
        QCOMPARE(commission::price(record(100'00), Role::Partner, Tier::Gold, QStringLiteral("d"), later, kPeriod)
                     .at(1)
                     .ruleEffectiveFrom,
                 QDate(2026, 1, 1));
    }

    void conversionToRubles_data()
    {
        QTest::addColumn<qint64>("minor");
        QTest::addColumn<qint64>("rateMicro");
        QTest::addColumn<qint64>("expected");
        QTest::newRow("whole rate") << qint64(100'00) << qint64(90'000'000) << qint64(9'000'00);
        QTest::newRow("six decimals") << qint64(1'000'00) << qint64(92'456'789) << qint64(92'456'79); // 92 456.7890
        QTest::newRow("half kopeck rounds away") << qint64(1) << qint64(500'000) << qint64(1);        // 0.5 kopeck
        QTest::newRow("below half") << qint64(1) << qint64(499'999) << qint64(0);
        // 10^12 kopecks × 10^9 micro-rubles overflows 64 bits in between; the result does not.
        QTest::newRow("large") << qint64(1'000'000'000'000) << qint64(1'000'000'000) << qint64(1'000'000'000'000'000);
    }
    void conversionToRubles()
    {
        QFETCH(qint64, minor);
        QFETCH(qint64, rateMicro);
        QFETCH(qint64, expected);
        QCOMPARE(commission::toRub(minor, rateMicro), expected);
        QCOMPARE(commission::toRub(-minor, rateMicro), -expected);
    }

    void rateText()
    {
        QCOMPARE(commission::rateText(1500), QStringLiteral("15.00 %"));
        QCOMPARE(commission::rateText(5), QStringLiteral("0.05 %"));
        QCOMPARE(commission::rateText(-1250), QStringLiteral("-12.50 %"));
    }

    void refundsMirrorCharges()
    {
        const ProgramRules rules = ProgramRules::exampleDefaultsFrom(QDate(2025, 1, 1));
        const auto charge =
            commission::price(record(123'457), Role::Partner, Tier::Gold, QStringLiteral("d"), rules, kPeriod);
        const auto refund =
            commission::price(record(-123'457), Role::Partner, Tier::Gold, QStringLiteral("d"), rules, kPeriod);
        QCOMPARE(refund.size(), charge.size());
        for (qsizetype i = 0; i < charge.size(); ++i)
            QCOMPARE(refund.at(i).amount, -charge.at(i).amount);
        QCOMPARE(commission::total(charge) + commission::total(refund), Money::rub(0));
    }
};

QTEST_GUILESS_MAIN(TestCommission)
#include "tst_commission.moc"
