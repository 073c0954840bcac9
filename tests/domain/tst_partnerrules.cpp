#include "Inn.h"
#include "PartnerRules.h"

#include <QTest>

using namespace pd::domain;

namespace {

const QDate kToday(2026, 11, 25);

Partner validPartner()
{
    Partner p;
    p.name = QStringLiteral("ООО «Северный ветер»");
    p.legalForm = LegalForm::LegalEntity;
    p.inn = QStringLiteral("7707083893");
    p.registeredOn = QDate(2015, 3, 1);
    p.role = Role::Partner;
    p.stage = OnboardingStage::AgreementSigned;
    p.tier = Tier::Gold;
    p.people.append(Person{{},
                           {},
                           QStringLiteral("Анна Петрова"),
                           QStringLiteral("CEO"),
                           QStringLiteral("anna@veter.ru"),
                           QStringLiteral("+7 (495) 123-45-67")});
    return p;
}

QStringList fieldsOf(const QList<FieldIssue> &issues)
{
    QStringList f;
    for (const FieldIssue &i : issues)
        f.append(i.field);
    return f;
}

} // namespace

class TestPartnerRules final : public QObject
{
    Q_OBJECT

private slots:
    void validPartnerPasses()
    {
        const auto issues = partnerRules::validate(validPartner(), kToday);
        QVERIFY2(issues.isEmpty(), qPrintable(issues.isEmpty() ? QString() : issues.first().message));
    }

    void agentHasNoTier()
    {
        Partner p = validPartner();
        p.role = Role::Agent;
        QCOMPARE(fieldsOf(partnerRules::validate(p, kToday)), QStringList{QStringLiteral("tier")});
        p.tier = Tier::None;
        QVERIFY(partnerRules::validate(p, kToday).isEmpty());
    }

    void tierOnlyAfterAgreement()
    {
        Partner p = validPartner();
        p.stage = OnboardingStage::ModelAgreed;
        QCOMPARE(fieldsOf(partnerRules::validate(p, kToday)), QStringList{QStringLiteral("tier")});
        p.tier = Tier::None;
        QVERIFY(partnerRules::validate(p, kToday).isEmpty());
    }

    void soleProprietorAgentNeedsMoreThanAYear_data()
    {
        QTest::addColumn<QDate>("registered");
        QTest::addColumn<bool>("allowed");
        QTest::newRow("registered yesterday") << kToday.addDays(-1) << false;
        QTest::newRow("exactly one year") << kToday.addYears(-1) << false;
        QTest::newRow("one year and a day") << kToday.addYears(-1).addDays(-1) << true;
        QTest::newRow("ten years") << kToday.addYears(-10) << true;
    }
    void soleProprietorAgentNeedsMoreThanAYear()
    {
        QFETCH(QDate, registered);
        QFETCH(bool, allowed);
        Partner p = validPartner();
        p.legalForm = LegalForm::SoleProprietor;
        p.inn = QStringLiteral("500100732259");
        p.role = Role::Agent;
        p.tier = Tier::None;
        p.registeredOn = registered;
        const auto issues = partnerRules::validate(p, kToday);
        QCOMPARE(issues.isEmpty(), allowed);
        if (!allowed)
            QCOMPARE(fieldsOf(issues), QStringList{QStringLiteral("role")});
        // A legal entity registered the same day may be an Agent: the rule is for sole proprietors.
        p.legalForm = LegalForm::LegalEntity;
        p.inn = QStringLiteral("7707083893");
        QVERIFY(partnerRules::validate(p, kToday).isEmpty());
    }

    void innMustFitLegalForm()
    {
        Partner p = validPartner();
        p.legalForm = LegalForm::SoleProprietor;
        QCOMPARE(fieldsOf(partnerRules::validate(p, kToday)), QStringList{QStringLiteral("inn")});
        p.inn = QStringLiteral("7707083894");
        p.legalForm = LegalForm::LegalEntity;
        QCOMPARE(fieldsOf(partnerRules::validate(p, kToday)), QStringList{QStringLiteral("inn")});
    }

    void requiredFields()
    {
        Partner p = validPartner();
        p.name = QStringLiteral("   ");
        p.registeredOn = QDate();
        QCOMPARE(fieldsOf(partnerRules::validate(p, kToday)),
                 (QStringList{QStringLiteral("name"), QStringLiteral("registered_on")}));
        p = validPartner();
        p.registeredOn = kToday.addDays(1);
        QCOMPARE(fieldsOf(partnerRules::validate(p, kToday)), QStringList{QStringLiteral("registered_on")});
    }

    void whiteLabelNeedsBrand()
    {
        Partner p = validPartner();
        p.role = Role::WhiteLabel;
        QCOMPARE(fieldsOf(partnerRules::validate(p, kToday)), QStringList{QStringLiteral("wl_brand")});
        p.whiteLabel.brandName = QStringLiteral("VeterCloud");
        p.whiteLabel.priceMarkupBp = -1;
        QCOMPARE(fieldsOf(partnerRules::validate(p, kToday)), QStringList{QStringLiteral("wl_markup_bp")});
        p.whiteLabel.priceMarkupBp = 1250;
        QVERIFY(partnerRules::validate(p, kToday).isEmpty());
    }

    void contacts_data()
    {
        QTest::addColumn<QString>("email");
        QTest::addColumn<QString>("phone");
        QTest::addColumn<QStringList>("fields");
        QTest::newRow("both fine") << QStringLiteral("a.b@mail.example.ru") << QStringLiteral("+74951234567")
                                   << QStringList{};
        QTest::newRow("empty optional") << QString() << QString() << QStringList{};
        QTest::newRow("no at") << QStringLiteral("anna.veter.ru") << QString()
                               << QStringList{QStringLiteral("people[0].email")};
        QTest::newRow("no domain") << QStringLiteral("anna@veter") << QString()
                                   << QStringList{QStringLiteral("people[0].email")};
        QTest::newRow("letters in phone")
            << QString() << QStringLiteral("+7 495 CALL-ME") << QStringList{QStringLiteral("people[0].phone")};
        QTest::newRow("short phone") << QString() << QStringLiteral("123")
                                     << QStringList{QStringLiteral("people[0].phone")};
    }
    void contacts()
    {
        QFETCH(QString, email);
        QFETCH(QString, phone);
        QFETCH(QStringList, fields);
        Partner p = validPartner();
        p.people[0].email = email;
        p.people[0].phone = phone;
        QCOMPARE(fieldsOf(partnerRules::validate(p, kToday)), fields);
    }

    void keysRoundTrip()
    {
        for (Role r : allValues<Role>())
            QCOMPARE(roleFromKey(toKey(r)), std::optional<Role>(r));
        for (Tier t : allValues<Tier>())
            QCOMPARE(tierFromKey(toKey(t)), std::optional<Tier>(t));
        for (OnboardingStage s : allValues<OnboardingStage>())
            QCOMPARE(stageFromKey(toKey(s)), std::optional<OnboardingStage>(s));
        QVERIFY(!roleFromKey(QStringLiteral("reseller")).has_value());
        QCOMPARE(allValues<OnboardingStage>().size(), 4);
    }
};

QTEST_GUILESS_MAIN(TestPartnerRules)
#include "tst_partnerrules.moc"
