#include "Conflicts.h"

#include <QLocale>
#include <QTest>
#include <QTimeZone>

using namespace pd::domain;

namespace {

const QDateTime kNow(QDate(2026, 6, 1), QTime(12, 0), QTimeZone::utc());

Registration reg(const QString &id, const QString &partner, const QString &customer, const QString &inn,
                 const QStringList &products, ApplicationState state = ApplicationState::AwaitingReview)
{
    Registration r;
    r.id = id;
    r.partnerId = partner;
    r.partnerName = QStringLiteral("Partner ") + partner;
    r.customerName = customer;
    r.customerInn = inn;
    r.products = products;
    r.state = state;
    r.filedAt = kNow.addDays(-20);
    if (state == ApplicationState::Registered) {
        r.registeredAt = kNow.addDays(-10);
        r.protectionDays = 90;
    }
    return r;
}

const QStringList kServers{QStringLiteral("Cloud Servers")};

} // namespace

class TestConflicts final : public QObject
{
    Q_OBJECT

private slots:
    void nameVariantsAreOneCustomer_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("quoted with form first") << QStringLiteral("ООО \"Ромашка\"");
        QTest::newRow("guillemets") << QStringLiteral("ООО «Ромашка»");
        QTest::newRow("form last") << QStringLiteral("Ромашка, ООО");
        QTest::newRow("latin llc") << QStringLiteral("romashka llc");
        QTest::newRow("latin upper") << QStringLiteral("ROMASHKA LTD.");
        QTest::newRow("full form words") << QStringLiteral("Общество с ограниченной ответственностью «Ромашка»");
    }
    void nameVariantsAreOneCustomer()
    {
        QFETCH(QString, name);
        QCOMPARE(customers::normalizeName(name), customers::normalizeName(QStringLiteral("Ромашка")));
        QVERIFY(!customers::normalizeName(name).isEmpty());
    }

    void differentNamesStayDifferent()
    {
        QVERIFY(customers::normalizeName(QStringLiteral("ООО «Ромашка»"))
                != customers::normalizeName(QStringLiteral("ООО «Ромашка-2»")));
        QVERIFY(customers::normalizeName(QStringLiteral("Лютик"))
                != customers::normalizeName(QStringLiteral("Ромашка")));
        QCOMPARE(customers::normalizeName(QStringLiteral("Химки Групп")),
                 customers::normalizeName(QStringLiteral("Himki")));
        QCOMPARE(customers::normalizeName(QStringLiteral("ООО")), QString());
    }

    void emailDomains()
    {
        QCOMPARE(customers::emailDomain(QStringLiteral("Ivan@Romashka.RU")), QStringLiteral("romashka.ru"));
        QCOMPARE(customers::emailDomain(QStringLiteral("ivan@gmail.com")), QString());
        QCOMPARE(customers::emailDomain(QStringLiteral("ivan@mail.ru")), QString());
        QCOMPARE(customers::emailDomain(QStringLiteral("not an address")), QString());
    }

    void sameInnConflicts()
    {
        const Registration a = reg(QStringLiteral("a"), QStringLiteral("P1"), QStringLiteral("ООО «Ромашка»"),
                                   QStringLiteral("7707083893"), kServers);
        Registration b =
            reg(QStringLiteral("b"), QStringLiteral("P2"), QStringLiteral("Совсем другое имя"),
                QStringLiteral("7707083893"), {QStringLiteral("Object Storage"), QStringLiteral("cloud servers")});
        b.filedAt = a.filedAt.addSecs(60);
        const auto c = conflicts::find(b, a, {}, kNow);
        QVERIFY(c.has_value());
        QCOMPARE(c->matched, QList<MatchedField>{MatchedField::Inn});
        QCOMPARE(c->firstId, QStringLiteral("a")); // filed first
        QCOMPARE(c->commonProducts, QStringList{QStringLiteral("Cloud Servers")});
        const QString why = conflicts::explain(*c, a, b, QLocale(QLocale::English));
        QVERIFY2(why.contains(QLatin1String("INN 7707083893")), qPrintable(why));
        QVERIFY(why.contains(QLatin1String("Partner P1")));
    }

    void differentInnsNeverConflict()
    {
        const Registration a = reg(QStringLiteral("a"), QStringLiteral("P1"), QStringLiteral("Ромашка"),
                                   QStringLiteral("7707083893"), kServers);
        const Registration b = reg(QStringLiteral("b"), QStringLiteral("P2"), QStringLiteral("Ромашка"),
                                   QStringLiteral("7736050003"), kServers);
        QVERIFY(!conflicts::find(a, b, {}, kNow).has_value());
    }

    void missingInnFallsBackToNameAndDomain()
    {
        Registration a = reg(QStringLiteral("a"), QStringLiteral("P1"), QStringLiteral("ООО «Ромашка»"),
                             QStringLiteral("7707083893"), kServers);
        Registration b =
            reg(QStringLiteral("b"), QStringLiteral("P2"), QStringLiteral("romashka llc"), QString(), kServers);
        auto c = conflicts::find(a, b, {}, kNow);
        QVERIFY(c.has_value());
        QCOMPARE(c->matched, QList<MatchedField>{MatchedField::Name});

        b.customerName = QStringLiteral("Chamomile Holding");
        a.customerContact.emails = {QStringLiteral("cio@romashka.ru")};
        b.customerContact.emails = {QStringLiteral("it@ROMASHKA.ru")};
        c = conflicts::find(a, b, {}, kNow);
        QVERIFY(c.has_value());
        QCOMPARE(c->matched, QList<MatchedField>{MatchedField::EmailDomain});

        // Two customers that both use a public mail service are not one customer.
        a.customerContact.emails = {QStringLiteral("cio@gmail.com")};
        b.customerContact.emails = {QStringLiteral("it@gmail.com")};
        QVERIFY(!conflicts::find(a, b, {}, kNow).has_value());
    }

    void noCommonProductNoConflict()
    {
        const Registration a = reg(QStringLiteral("a"), QStringLiteral("P1"), QStringLiteral("Ромашка"),
                                   QStringLiteral("7707083893"), kServers);
        const Registration b = reg(QStringLiteral("b"), QStringLiteral("P2"), QStringLiteral("Ромашка"),
                                   QStringLiteral("7707083893"), {QStringLiteral("Object Storage")});
        QVERIFY(!conflicts::find(a, b, {}, kNow).has_value());
    }

    void samePartnerNeverConflicts()
    {
        const Registration a = reg(QStringLiteral("a"), QStringLiteral("P1"), QStringLiteral("Ромашка"),
                                   QStringLiteral("7707083893"), kServers);
        const Registration b = reg(QStringLiteral("b"), QStringLiteral("P1"), QStringLiteral("Ромашка"),
                                   QStringLiteral("7707083893"), kServers);
        QVERIFY(!conflicts::find(a, b, {}, kNow).has_value());
    }

    void windowsThatDoNotOverlap()
    {
        // A registration whose protection lapsed before now claims nothing any more.
        Registration old = reg(QStringLiteral("a"), QStringLiteral("P1"), QStringLiteral("Ромашка"),
                               QStringLiteral("7707083893"), kServers, ApplicationState::Registered);
        old.registeredAt = kNow.addDays(-91);
        const Registration fresh = reg(QStringLiteral("b"), QStringLiteral("P2"), QStringLiteral("Ромашка"),
                                       QStringLiteral("7707083893"), kServers);
        QVERIFY(!conflicts::find(old, fresh, {}, kNow).has_value());
        // ...but it did while it ran.
        QVERIFY(conflicts::find(old, fresh, {}, kNow.addDays(-2)).has_value());
        // A won, lost or rejected registration claims nothing either.
        Registration won = old;
        won.registeredAt = kNow.addDays(-5);
        won.outcome = DealOutcome::Won;
        QVERIFY(!conflicts::find(won, fresh, {}, kNow).has_value());
        Registration rejected = fresh;
        rejected.id = QStringLiteral("c");
        rejected.partnerId = QStringLiteral("P3");
        rejected.state = ApplicationState::Rejected;
        QVERIFY(!conflicts::find(rejected, fresh, {}, kNow).has_value());
    }

    void approvalIsRefusedAgainstARegisteredCompetitor()
    {
        const Registration registered = reg(QStringLiteral("a"), QStringLiteral("P1"), QStringLiteral("Ромашка"),
                                            QStringLiteral("7707083893"), kServers, ApplicationState::Registered);
        Registration pending =
            reg(QStringLiteral("b"), QStringLiteral("P2"), QStringLiteral("ООО «Ромашка»"), QString(), kServers);
        const QString refusal = conflicts::approvalRefusal(pending, {registered}, {}, kNow);
        QVERIFY2(refusal.contains(QStringLiteral("already registered to «Partner P1»")), qPrintable(refusal));
        QVERIFY(refusal.contains(QLatin1String("customer name")));
        pending.products = {QStringLiteral("Object Storage")};
        QVERIFY(conflicts::approvalRefusal(pending, {registered}, {}, kNow).isEmpty());
    }

    void earlierFilingHasPriority()
    {
        Registration first = reg(QStringLiteral("a"), QStringLiteral("P1"), QStringLiteral("Ромашка"),
                                 QStringLiteral("7707083893"), kServers);
        Registration second = reg(QStringLiteral("b"), QStringLiteral("P2"), QStringLiteral("Ромашка"),
                                  QStringLiteral("7707083893"), kServers);
        second.filedAt = first.filedAt.addSecs(1);
        QVERIFY(conflicts::approvalRefusal(second, {first}, {}, kNow).contains(QLatin1String("priority")));
        QVERIFY(conflicts::approvalRefusal(first, {second}, {}, kNow).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestConflicts)
#include "tst_conflicts.moc"
