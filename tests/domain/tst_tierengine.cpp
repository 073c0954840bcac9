#include "TierEngine.h"

#include <QLocale>
#include <QTest>

using namespace pd::domain;

namespace {

const QDate kToday(2026, 6, 1);

TierMetrics goldMetrics()
{
    return {true, 5'000'000'00, 2, 0, 3};
}

} // namespace

class TestTierEngine final : public QObject
{
    Q_OBJECT

private slots:
    void eachGoldCriterionAtUnderAndOver_data()
    {
        QTest::addColumn<int>("criterion");
        QTest::addColumn<qint64>("delta");
        QTest::addColumn<int>("expected");
        const int gold = int(Tier::Gold);
        const int silver = int(Tier::Silver);
        for (Criterion c : {Criterion::Sales, Criterion::CertifiedSpecialists, Criterion::RegisteredDealsWon}) {
            const QByteArray name = toKey(c).toLatin1();
            const QByteArray at = name + " exactly at", under = name + " just under", over = name + " just over";
            QTest::newRow(at.constData()) << int(c) << qint64(0) << gold;
            QTest::newRow(under.constData()) << int(c) << qint64(-1) << silver;
            QTest::newRow(over.constData()) << int(c) << qint64(1) << gold;
        }
    }
    void eachGoldCriterionAtUnderAndOver()
    {
        QFETCH(int, criterion);
        QFETCH(qint64, delta);
        QFETCH(int, expected);
        const ProgramRules rules = ProgramRules::exampleDefaultsFrom(QDate(2025, 1, 1));
        TierMetrics m = goldMetrics();
        switch (Criterion(criterion)) {
        case Criterion::Sales:
            m.salesMinor += delta;
            break; // one kopeck
        case Criterion::CertifiedSpecialists:
            m.certifiedSpecialists += int(delta);
            break;
        case Criterion::RegisteredDealsWon:
            m.registeredDealsWon += int(delta);
            break;
        default:
            QFAIL("not a Gold criterion");
        }
        const TierVerdict v = tierEngine::evaluate(Role::Partner, Tier::Silver, m, rules, kToday);
        QCOMPARE(int(v.qualified), expected);
        // The failing criterion, and only it, is marked as failed for Gold.
        for (const CriterionCheck &c : v.checksFor(Tier::Gold))
            QCOMPARE(c.pass, !(c.criterion == Criterion(criterion) && delta < 0));
    }

    void platinumNeedsPreSaleSpecialists()
    {
        const ProgramRules rules = ProgramRules::exampleDefaultsFrom(QDate(2025, 1, 1));
        TierMetrics m{true, 20'000'000'00, 5, 2, 10};
        QCOMPARE(tierEngine::qualifiedTier(m, rules), Tier::Platinum);
        m.preSaleSpecialists = 1;
        QCOMPARE(tierEngine::qualifiedTier(m, rules), Tier::Gold);
        m.preSaleSpecialists = 2;
        m.registeredDealsWon = 9;
        QCOMPARE(tierEngine::qualifiedTier(m, rules), Tier::Gold);
    }

    void noAgreementNoStatus()
    {
        const ProgramRules rules = ProgramRules::exampleDefaultsFrom(QDate(2025, 1, 1));
        TierMetrics m = goldMetrics();
        m.agreementSigned = false;
        QCOMPARE(tierEngine::qualifiedTier(m, rules), Tier::None);
    }

    void agentsHaveNoTier()
    {
        const TierVerdict v = tierEngine::evaluate(Role::Agent, Tier::None, goldMetrics(),
                                                   ProgramRules::exampleDefaultsFrom(QDate(2025, 1, 1)), kToday);
        QCOMPARE(v.change, TierChange::NotApplicable);
        QCOMPARE(v.recommended, Tier::None);
        QVERIFY(v.explanation(QLocale(QLocale::English)).contains(QLatin1String("Agents have no status")));
    }

    void upgradeAndKeep()
    {
        const ProgramRules rules = ProgramRules::exampleDefaultsFrom(QDate(2025, 1, 1));
        TierVerdict v = tierEngine::evaluate(Role::WhiteLabel, Tier::Silver, goldMetrics(), rules, kToday);
        QCOMPARE(v.change, TierChange::Upgrade);
        QCOMPARE(v.recommended, Tier::Gold);
        v = tierEngine::evaluate(Role::Partner, Tier::Gold, goldMetrics(), rules, kToday);
        QCOMPARE(v.change, TierChange::Keep);
        const QString why = v.explanation(QLocale(QLocale::English));
        QVERIFY2(why.contains(QLatin1String("Certified specialists: 2 of 2 required")), qPrintable(why));
        QVERIFY(why.contains(QLatin1String("example defaults")));
    }

    void gracePeriodBeforeADowngrade()
    {
        const ProgramRules rules = ProgramRules::exampleDefaultsFrom(QDate(2025, 1, 1));
        TierMetrics m = goldMetrics();
        m.certifiedSpecialists = 1;
        const QDate below(2026, 3, 1);
        TierVerdict v = tierEngine::evaluate(Role::Partner, Tier::Gold, m, rules, below.addDays(89), below);
        QCOMPARE(v.change, TierChange::KeptInGrace);
        QCOMPARE(v.recommended, Tier::Gold);
        QCOMPARE(v.graceEnds, below.addDays(90));
        v = tierEngine::evaluate(Role::Partner, Tier::Gold, m, rules, below.addDays(90), below);
        QCOMPARE(v.change, TierChange::Downgrade);
        QCOMPARE(v.recommended, Tier::Silver);
        // Without a known start, the grace period starts today.
        v = tierEngine::evaluate(Role::Partner, Tier::Gold, m, rules, kToday);
        QCOMPARE(v.change, TierChange::KeptInGrace);
        QCOMPARE(v.graceEnds, kToday.addDays(90));
    }

    // A what-if with the real metrics is the real verdict: it keeps the grace period's real start
    // (here ended, so a downgrade), and only what the changed metrics change.
    void reevaluateWithUnchangedMetricsIsTheVerdict()
    {
        const ProgramRules rules = ProgramRules::exampleDefaultsFrom(QDate(2025, 1, 1));
        TierMetrics m = goldMetrics();
        m.certifiedSpecialists = 1;
        const QDate below(2026, 2, 1);
        const QDate asOf = below.addDays(rules.graceDays + 30);
        const TierVerdict real = tierEngine::evaluate(Role::Partner, Tier::Gold, m, rules, asOf, below);
        QCOMPARE(real.change, TierChange::Downgrade);
        QCOMPARE(real.asOf, asOf);
        QVERIFY(real.belowSince && *real.belowSince == below);

        TierVerdict same = tierEngine::reevaluate(real, m, rules);
        QCOMPARE(same.change, real.change);
        QCOMPARE(same.recommended, Tier::Silver);
        QCOMPARE(same.graceEnds, real.graceEnds);
        QCOMPARE(same.explanation(QLocale(QLocale::English)), real.explanation(QLocale(QLocale::English)));

        // Meeting Gold again keeps Gold; still below it stays a downgrade.
        TierMetrics enough = m;
        enough.certifiedSpecialists = 2;
        QCOMPARE(tierEngine::reevaluate(real, enough, rules).change, TierChange::Keep);
        TierMetrics lessSales = m;
        lessSales.salesMinor -= 1'000'00;
        QCOMPARE(tierEngine::reevaluate(real, lessSales, rules).change, TierChange::Downgrade);

        // In grace: unchanged metrics keep the same grace end, not one counted from today.
        const TierVerdict inGrace = tierEngine::evaluate(Role::Partner, Tier::Gold, m, rules, below.addDays(10), below);
        QCOMPARE(inGrace.change, TierChange::KeptInGrace);
        const TierVerdict again = tierEngine::reevaluate(inGrace, m, rules);
        QCOMPARE(again.change, TierChange::KeptInGrace);
        QCOMPARE(again.graceEnds, below.addDays(rules.graceDays));

        // A partner that meets its tier and would fall below it: the grace period starts on the date judged.
        const TierVerdict keeps = tierEngine::evaluate(Role::Partner, Tier::Gold, goldMetrics(), rules, asOf);
        QCOMPARE(keeps.change, TierChange::Keep);
        const TierVerdict fallen = tierEngine::reevaluate(keeps, m, rules);
        QCOMPARE(fallen.change, TierChange::KeptInGrace);
        QCOMPARE(fallen.graceEnds, asOf.addDays(rules.graceDays));
    }

    void ruleChangedMidYear()
    {
        RuleBook book({ProgramRules::exampleDefaultsFrom(QDate(2025, 1, 1))});
        ProgramRules stricter = ProgramRules::exampleDefaultsFrom(QDate(2026, 7, 1));
        stricter.exampleDefaults = false;
        stricter.gold.minCertifiedSpecialists = 3;
        book.set(stricter);
        QCOMPARE(book.versions().size(), 2);
        QCOMPARE(tierEngine::qualifiedTier(goldMetrics(), book.at(QDate(2026, 6, 30))), Tier::Gold);
        QCOMPARE(tierEngine::qualifiedTier(goldMetrics(), book.at(QDate(2026, 7, 1))), Tier::Silver);
        QVERIFY(!book.at(QDate(2026, 7, 1)).exampleDefaults);
        QCOMPARE(book.at(QDate(2020, 1, 1)).effectiveFrom, QDate(2025, 1, 1));
    }

    void certificatesCountWhileValid()
    {
        const QList<Certificate> certs{
            {QStringLiteral("c1"),
             QStringLiteral("anna"),
             Competence::Sale,
             QDate(2025, 1, 1),
             QDate(2027, 1, 1),
             {},
             {}},
            {QStringLiteral("c2"),
             QStringLiteral("anna"),
             Competence::PreSale,
             QDate(2025, 1, 1),
             QDate(2026, 6, 1),
             {},
             {}},
            {QStringLiteral("c3"),
             QStringLiteral("oleg"),
             Competence::PreSale,
             QDate(2026, 5, 1),
             QDate(2028, 5, 1),
             {},
             {}},
        };
        TierMetrics m = withCertificates({}, certs, QDate(2026, 5, 31));
        QCOMPARE(m.certifiedSpecialists, 2);
        QCOMPARE(m.preSaleSpecialists, 2);
        m = withCertificates({}, certs, QDate(2026, 6, 1)); // c2 lapses on its expiry date
        QCOMPARE(m.certifiedSpecialists, 2);
        QCOMPARE(m.preSaleSpecialists, 1);
    }

    void expiringCertificateThatCostsTheTierIsFlagged()
    {
        const ProgramRules rules = ProgramRules::exampleDefaultsFrom(QDate(2025, 1, 1));
        const QList<Certificate> certs{
            {QStringLiteral("c1"),
             QStringLiteral("anna"),
             Competence::Sale,
             QDate(2025, 1, 1),
             kToday.addDays(30),
             {},
             {}},
            {QStringLiteral("c2"),
             QStringLiteral("oleg"),
             Competence::Sale,
             QDate(2025, 1, 1),
             kToday.addDays(400),
             {},
             {}},
        };
        const TierMetrics base{true, 6'000'000'00, 0, 0, 5};
        QCOMPARE(tierEngine::qualifiedTier(withCertificates(base, certs, kToday), rules), Tier::Gold);
        const QList<Certificate> risk = tierEngine::tierRiskFromExpiry(Tier::Gold, base, certs, rules, kToday, 90);
        QCOMPARE(risk.size(), 1);
        QCOMPARE(risk.first().id, QStringLiteral("c1"));
        // Expiring beyond the horizon, or with a third specialist, is no risk.
        QVERIFY(tierEngine::tierRiskFromExpiry(Tier::Gold, base, certs, rules, kToday, 29).isEmpty());
        QList<Certificate> more = certs;
        more.append({QStringLiteral("c3"),
                     QStringLiteral("ira"),
                     Competence::Sale,
                     QDate(2025, 1, 1),
                     kToday.addDays(500),
                     {},
                     {}});
        QVERIFY(tierEngine::tierRiskFromExpiry(Tier::Gold, base, more, rules, kToday, 90).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestTierEngine)
#include "tst_tierengine.moc"
