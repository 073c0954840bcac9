#include "Database.h"
#include "DealRepository.h"
#include "PartnerRepository.h"
#include "SqlUtil.h"

#include <QLocale>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace pd;
using namespace pd::domain;
using namespace pd::storage;

class TestDealRepository final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    FixedClock m_clock{QDateTime(QDate(2026, 6, 1), QTime(9, 0), QTimeZone::utc())};
    std::unique_ptr<DealRepository> m_deals;
    QString m_alpha;
    QString m_beta;

    qint64 scalar(const QString &sql) const
    {
        QSqlQuery q(m_db->connection());
        if (!q.exec(sql) || !q.next())
            return -1;
        return q.value(0).toLongLong();
    }

    QString makePartner(const QString &name, const QString &inn)
    {
        PartnerRepository partners(m_db->connection(), m_clock, QStringLiteral("test"));
        Partner p;
        p.name = name;
        p.inn = inn;
        p.registeredOn = QDate(2015, 1, 1);
        p.stage = OnboardingStage::AgreementSigned;
        p.tier = Tier::Silver;
        auto created = partners.create(p);
        if (!created)
            qFatal("%s", qPrintable(created.error().text()));
        return created.value().id;
    }

    Registration form(const QString &partnerId, const QString &customer, const QString &inn,
                      const QStringList &products = {QStringLiteral("Cloud Servers")})
    {
        Registration r;
        r.partnerId = partnerId;
        r.customerName = customer;
        r.customerInn = inn;
        r.products = products;
        r.amount = Money::rub(150'000'000);
        r.expectedYear = 2026;
        r.expectedQuarter = 3;
        r.state = ApplicationState::AwaitingReview;
        r.customerContact = {QStringLiteral("Иван Орлов"),
                             QStringLiteral("CIO"),
                             {QStringLiteral("+7 495 111-22-33")},
                             {QStringLiteral("orlov@romashka.ru")}};
        return r;
    }

private slots:
    void init()
    {
        static int n = 0;
        auto db = Database::open(m_dir.filePath(QStringLiteral("deals%1.db").arg(++n)));
        QVERIFY(db.ok());
        m_db = std::move(db).value();
        m_clock.set(QDateTime(QDate(2026, 6, 1), QTime(9, 0), QTimeZone::utc()));
        m_deals = std::make_unique<DealRepository>(m_db->connection(), m_clock, QStringLiteral("irina"));
        m_alpha = makePartner(QStringLiteral("ООО «Альфа»"), QStringLiteral("7707083893"));
        m_beta = makePartner(QStringLiteral("АО «Бета»"), QStringLiteral("7736050003"));
    }
    void cleanup()
    {
        m_deals.reset();
        m_db.reset();
    }

    void createStoresTheFormAndAuditsIt()
    {
        const qint64 outboxBefore = scalar(QStringLiteral("SELECT count(*) FROM outbox"));
        auto created = m_deals->create(form(m_alpha, QStringLiteral("ООО «Ромашка»"), QString()));
        QVERIFY2(created.ok(), qPrintable(created.ok() ? QString() : created.error().text()));
        const Registration &r = created.value();
        QCOMPARE(r.partnerName, QStringLiteral("ООО «Альфа»"));
        QCOMPARE(r.partnerInn, QStringLiteral("7707083893"));
        QCOMPARE(r.filedAt, m_clock.nowUtc());
        QCOMPARE(r.amount, Money::rub(150'000'000));
        QCOMPARE(r.customerContact.emails, QStringList{QStringLiteral("orlov@romashka.ru")});
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM outbox")), outboxBefore + 1);
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE entity = 'deal'")), 1);
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM deal_products")), 1);
        QSqlQuery q(m_db->connection());
        QVERIFY(q.exec(QStringLiteral("SELECT customer_name_norm, customer_email_domain FROM deals")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("romashka"));
        QCOMPARE(q.value(1).toString(), QStringLiteral("romashka.ru"));
    }

    void badFormsAreRefused()
    {
        Registration r = form(m_alpha, QStringLiteral("Ромашка"), QStringLiteral("7707083894"));
        auto refused = m_deals->create(r);
        QVERIFY(!refused.ok());
        QVERIFY(refused.error().message.contains(QLatin1String("Customer INN")));
        r = form(m_alpha, QStringLiteral("Ромашка"), QString(), {});
        QVERIFY(!m_deals->create(r).ok());
        r = form(QStringLiteral("no-such-partner"), QStringLiteral("Ромашка"), QString());
        QVERIFY(!m_deals->create(r).ok());
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM deals")), 0);
    }

    void reviewToRegistrationAndOutcome()
    {
        auto r = m_deals->create(form(m_alpha, QStringLiteral("Ромашка"), QStringLiteral("7728168971")));
        const QString id = r.value().id;
        QVERIFY(!m_deals->transition(id, ApplicationState::Rejected).ok()); // no reason
        QVERIFY(m_deals->transition(id, ApplicationState::InProgress).ok());
        m_clock.advanceSecs(3600);
        auto registered = m_deals->transition(id, ApplicationState::Registered);
        QVERIFY2(registered.ok(), qPrintable(registered.ok() ? QString() : registered.error().text()));
        QCOMPARE(registered.value().registeredAt, m_clock.nowUtc());
        QCOMPARE(registered.value().protectionDays, 90);
        QCOMPARE(dealRules::protectionEnd(registered.value()), m_clock.nowUtc().addDays(90));
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM deals WHERE protection_ends_at IS NOT NULL")), 1);
        auto refused = m_deals->transition(id, ApplicationState::Rejected, QStringLiteral("late"));
        QVERIFY(!refused.ok());
        QVERIFY(refused.error().message.contains(QLatin1String("already registered")));
        auto won = m_deals->setOutcome(id, DealOutcome::Won);
        QVERIFY(won.ok());
        QCOMPARE(won.value().closedAt, m_clock.nowUtc());
        QVERIFY(!m_deals->setOutcome(id, DealOutcome::Lost).ok());
        // Each decision is in the audit log and the outbox.
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE entity = 'deal'")), 4);
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM outbox WHERE entity = 'deal'")), 4);
    }

    void approvalAgainstARegisteredCompetitorIsRefusedOffline()
    {
        auto first = m_deals->create(form(m_alpha, QStringLiteral("ООО «Ромашка»"), QStringLiteral("7728168971")));
        QVERIFY(m_deals->transition(first.value().id, ApplicationState::Registered).ok());
        m_clock.advanceSecs(600);
        // Beta files for the same customer, without an INN but with the same name and domain.
        auto second = m_deals->create(form(m_beta, QStringLiteral("Ромашка, ООО"), QString(),
                                           {QStringLiteral("Object Storage"), QStringLiteral("cloud servers")}));
        QVERIFY(second.ok());
        auto conflicts = m_deals->conflictsOf(second.value(), QLocale(QLocale::English));
        QVERIFY(conflicts.ok());
        QCOMPARE(conflicts.value().size(), 1);
        QCOMPARE(conflicts.value().first().first.id, first.value().id);
        QCOMPARE(conflicts.value().first().conflict.matched,
                 (QList<MatchedField>{MatchedField::Name, MatchedField::EmailDomain}));

        const qint64 audits = scalar(QStringLiteral("SELECT count(*) FROM audit_log"));
        auto refused = m_deals->transition(second.value().id, ApplicationState::Registered);
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().detail.contains(QStringLiteral("already registered to «ООО «Альфа»»")),
                 qPrintable(refused.error().detail));
        QCOMPARE(m_deals->get(second.value().id).value().state, ApplicationState::AwaitingReview);
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM audit_log")), audits);

        // Once the first deal is lost, its protection ends and the second may be approved.
        QVERIFY(m_deals->setOutcome(first.value().id, DealOutcome::Lost).ok());
        QVERIFY(m_deals->transition(second.value().id, ApplicationState::Registered).ok());
    }

    void allConflictsListsEachPairOnce()
    {
        auto a = m_deals->create(form(m_alpha, QStringLiteral("ООО «Ромашка»"), QStringLiteral("7728168971")));
        m_clock.advanceSecs(60);
        auto b = m_deals->create(form(m_beta, QStringLiteral("Ромашка"), QStringLiteral("7728168971")));
        m_clock.advanceSecs(60);
        // Not a conflict: a different product.
        QVERIFY(m_deals
                    ->create(form(m_beta, QStringLiteral("Ромашка"), QStringLiteral("7728168971"),
                                  {QStringLiteral("Managed Kubernetes")}))
                    .ok());
        // Not a conflict: another customer.
        QVERIFY(m_deals->create(form(m_beta, QStringLiteral("Лютик"), QStringLiteral("7712040126"))).ok());
        auto all = m_deals->allConflicts(QLocale(QLocale::English));
        QVERIFY(all.ok());
        QCOMPARE(all.value().size(), 1);
        const DealConflict &c = all.value().first();
        QCOMPARE(c.first.id, a.value().id);
        QCOMPARE(c.second.id, b.value().id);
        QVERIFY(c.conflict.matched.contains(MatchedField::Inn));
        QVERIFY2(c.reason.contains(QLatin1String("INN 7728168971")), qPrintable(c.reason));
        // The pair is stored both ways for the "has conflicts" filter, and a rebuild finds the same.
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM deal_conflicts WHERE until = '9999-12-31T00:00:00.000Z'")),
                 2);
        QVERIFY(m_deals->rebuildConflicts().ok());
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM deal_conflicts")), 2);
        // Registering the first bounds the conflict by its protection.
        QVERIFY(m_deals->transition(a.value().id, ApplicationState::Registered).ok());
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM deal_conflicts WHERE until = '%1'")
                            .arg(sql::toStored(m_clock.nowUtc().addDays(90)))),
                 2);
        // Rejecting one removes the conflict.
        QVERIFY(m_deals->transition(b.value().id, ApplicationState::Rejected, QStringLiteral("Duplicate")).ok());
        QCOMPARE(m_deals->allConflicts(QLocale(QLocale::English)).value().size(), 0);
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM deal_conflicts")), 0);
    }

    void extensionsAndFeedback()
    {
        auto r = m_deals->create(form(m_alpha, QStringLiteral("Ромашка"), QString()));
        const QString id = r.value().id;
        QVERIFY(!m_deals->requestExtension(id, QStringLiteral("budget")).ok()); // not registered yet
        QVERIFY(m_deals->transition(id, ApplicationState::Registered).ok());
        QVERIFY(!m_deals->requestExtension(id, QStringLiteral("  ")).ok());
        auto requested = m_deals->requestExtension(id, QStringLiteral("Budget moved to Q4"));
        QVERIFY(requested.ok());
        const QString extId = requested.value().extensions.first().id;
        auto approved = m_deals->decideExtension(id, extId, true);
        QVERIFY(approved.ok());
        QCOMPARE(dealRules::protectionEnd(approved.value()), approved.value().registeredAt.addDays(180));
        QVERIFY(!m_deals->decideExtension(id, extId, false).ok()); // already decided
        QSqlQuery q(m_db->connection());
        QVERIFY(q.exec(QStringLiteral("SELECT protection_ends_at FROM deals")) && q.next());
        QCOMPARE(q.value(0).toString(), approved.value().registeredAt.addDays(180).toString(Qt::ISODateWithMs));

        m_clock.advanceSecs(86400 * 40);
        QVERIFY(dealRules::isFeedbackOverdue(m_deals->get(id).value(), m_clock.nowUtc()));
        FeedbackEntry f;
        f.category = FeedbackCategory::Implementation;
        f.comment = QStringLiteral("Pilot done");
        f.competitors = {{QStringLiteral("Competitor Cloud"), QStringLiteral("cheaper storage")}};
        auto withFeedback = m_deals->addFeedback(id, f);
        QVERIFY(withFeedback.ok());
        QCOMPARE(withFeedback.value().feedback.size(), 1);
        QCOMPARE(withFeedback.value().feedback.first().competitors.first().comment, QStringLiteral("cheaper storage"));
        QVERIFY(!dealRules::isFeedbackOverdue(withFeedback.value(), m_clock.nowUtc()));
        QCOMPARE(
            scalar(QStringLiteral("SELECT count(*) FROM outbox WHERE entity IN ('deal_extension', 'deal_feedback')")),
            3);
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE parent_id = '%1'").arg(id)), 3);
    }

    void aPartnerWithDealsIsNotDeleted()
    {
        QVERIFY(m_deals->create(form(m_alpha, QStringLiteral("Ромашка"), QString())).ok());
        PartnerRepository partners(m_db->connection(), m_clock, QStringLiteral("test"));
        const qint64 audits = scalar(QStringLiteral("SELECT count(*) FROM audit_log"));
        const Status s = partners.remove(m_alpha);
        QVERIFY(!s.ok());
        QVERIFY2(s.error().message.contains(QLatin1String("1 deal registration")), qPrintable(s.error().message));
        QVERIFY(partners.get(m_alpha).ok());
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM audit_log")), audits);
        QVERIFY(partners.remove(m_beta).ok());
    }

    void textSearchFindsCyrillicSubstrings()
    {
        QVERIFY(m_deals->create(form(m_alpha, QStringLiteral("ООО «Северсталь-Инфо»"), QString())).ok());
        QVERIFY(m_deals->create(form(m_alpha, QStringLiteral("АО «Южный порт»"), QString())).ok());
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM deals_fts WHERE deals_fts MATCH '\"сталь\"'")), 1);
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM deals_fts WHERE deals_fts MATCH '\"альфа\"'")), 2);
    }
};

QTEST_GUILESS_MAIN(TestDealRepository)
#include "tst_dealrepository.moc"
