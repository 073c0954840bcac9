#include "DashboardCard.h"
#include "DashboardPage.h"
#include "Database.h"
#include "DealRepository.h"
#include "DealService.h"
#include "DealsPage.h"
#include "MainWindow.h"
#include "PageSlot.h"
#include "PartnerRepository.h"
#include "ReviewQueuePage.h"
#include "TrainingPage.h"
#include "TrainingRepository.h"

#include <QCheckBox>
#include <QComboBox>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace pd;
using namespace pd::domain;
using pd::views::DashboardCard;
using pd::views::DashboardPage;
using pd::views::MainWindow;

// Drives the real main window offscreen over a database whose figures are known by construction: the
// Dashboard's cards count them (read on the worker thread), follow a change, and open their lists.
class TestDashboardPage final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void cardsCountTheData();
    void aChangeRefreshesTheCards();
    void protectionCardOpensDealsFiltered();
    void feedbackCardOpensDealsFiltered();
    void reviewAndCertificateCardsOpenTheirPages();
    void noDatabaseShowsTheEmptyState();

private:
    template <typename T>
    T *find(const char *name) const
    {
        auto *w = m_window->findChild<T *>(QLatin1String(name));
        if (!w)
            qWarning("no child named %s", name);
        return w;
    }
    DashboardPage *page() const { return m_window->dashboardPage(); }
    QString cardValue(const char *name) const { return find<DashboardCard>(name)->value(); }
    // The page the stack shows (a page built on first show sits in its PageSlot).
    QWidget *currentPage() const { return views::PageSlot::pageOf(find<QStackedWidget>("pageStack")->currentWidget()); }
    static Partner partner(const QString &name, const QString &inn, Tier tier);
    static Registration registration(const QString &partnerId, const QString &customer, const QString &inn);

    QTemporaryDir m_dir;
    std::unique_ptr<MainWindow> m_window;
    QString m_alpha;
};

void TestDashboardPage::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("PartnerDeskTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_dashboardpage"));
    QVERIFY(m_dir.isValid());
}

Partner TestDashboardPage::partner(const QString &name, const QString &inn, Tier tier)
{
    Partner p;
    p.name = name;
    p.inn = inn;
    p.registeredOn = QDate(2015, 1, 1);
    p.stage = OnboardingStage::AgreementSigned;
    p.tier = tier;
    return p;
}

Registration TestDashboardPage::registration(const QString &partnerId, const QString &customer, const QString &inn)
{
    Registration r;
    r.partnerId = partnerId;
    r.customerName = customer;
    r.customerInn = inn;
    r.products = {QStringLiteral("Cloud Servers")};
    r.amount = Money::rub(100'000'000);
    r.expectedYear = 2026;
    r.expectedQuarter = 4;
    r.state = ApplicationState::AwaitingReview;
    return r;
}

// The store, as of now: 3 registrations awaiting review; 2 registered 80 days ago (protection ends in 10
// days, feedback a month and a half overdue); 1 registered 20 days ago (neither); a partner above its
// tier and one below it; one certificate expiring in 30 days and one in 300.
void TestDashboardPage::init()
{
    static int n = 0;
    const QString path = m_dir.filePath(QStringLiteral("dashboard%1.db").arg(++n));
    {
        auto db = storage::Database::open(path);
        QVERIFY(db.ok());
        const QSqlDatabase c = db.value()->connection();
        storage::PartnerRepository partners(c, SystemClock::instance(), QStringLiteral("test"));
        Partner alpha = partner(QStringLiteral("ООО «Альфа»"), QStringLiteral("7707083893"), Tier::Silver);
        Person person;
        person.name = QStringLiteral("Анна Смирнова");
        alpha.people.append(person);
        auto a = partners.create(alpha);
        QVERIFY2(a.ok(), qPrintable(a.ok() ? QString() : a.error().text()));
        m_alpha = a.value().id;
        QVERIFY(partners.create(partner(QStringLiteral("АО «Бета»"), QStringLiteral("7736050003"), Tier::None)).ok());
        QVERIFY(
            partners.create(partner(QStringLiteral("ПАО «Гамма»"), QStringLiteral("7702070139"), Tier::Platinum)).ok());

        const QDateTime now = QDateTime::currentDateTimeUtc();
        FixedClock clock(now.addDays(-80));
        storage::DealRepository deals(c, clock, QStringLiteral("test"));
        const QStringList inns{QStringLiteral("7728168971"), QStringLiteral("7710140679"),
                               QStringLiteral("7704217370"), QStringLiteral("7725114488"),
                               QStringLiteral("7830002293"), QStringLiteral("5001000010")};
        for (int i = 0; i < 6; ++i) {
            if (i == 2)
                clock.set(now.addDays(-20));
            if (i == 3)
                clock.set(now.addSecs(-600));
            auto created = deals.create(registration(m_alpha, QStringLiteral("Клиент %1").arg(i), inns.at(i)));
            QVERIFY2(created.ok(), qPrintable(created.ok() ? QString() : created.error().text()));
            if (i < 3)
                QVERIFY(deals.transition(created.value().id, ApplicationState::Registered).ok());
        }

        const FixedClock today(now);
        storage::TrainingRepository training(c, today, QStringLiteral("test"));
        const QString personId = partners.get(m_alpha).value().people.value(0).id;
        QVERIFY(!personId.isEmpty());
        for (int days : {30, 300}) {
            Certificate cert;
            cert.personId = personId;
            cert.competence = Competence::Sale;
            cert.issuedOn = now.date().addMonths(-6);
            cert.expiresOn = now.date().addDays(days);
            QVERIFY(training.addCertificate(cert, 24).ok());
        }
    }
    m_window = std::make_unique<MainWindow>();
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QVERIFY(m_window->openDatabase(path));
    m_window->showPage(MainWindow::Page::Dashboard);
    QTRY_VERIFY_WITH_TIMEOUT(page()->isComplete(), 20000);
}

void TestDashboardPage::cleanup()
{
    m_window.reset();
}

void TestDashboardPage::cardsCountTheData()
{
    QCOMPARE(currentPage(), page());
    const items::DashboardFigures &f = page()->figures();
    QCOMPARE(f.awaitingReview, 3);
    QCOMPARE(f.protectionEndingSoon, 2);
    QCOMPARE(f.feedbackOverdue, 2);
    QCOMPARE(f.certificatesExpiring, 1);
    // Beta (no tier, agreement signed) is due Silver; Gamma (Platinum, no sales) falls below its tier.
    QCOMPARE(f.upgrades, 1);
    QCOMPARE(f.downgrades + f.inGrace, 1);
    const QLocale locale;
    QCOMPARE(cardValue("reviewCard"), locale.toString(3));
    QCOMPARE(cardValue("protectionCard"), locale.toString(2));
    QCOMPARE(cardValue("feedbackCard"), locale.toString(2));
    QCOMPARE(cardValue("certificatesCard"), locale.toString(1));
    QCOMPARE(cardValue("tierCard"), locale.toString(2));
    QVERIFY(find<DashboardCard>("protectionCard")->caption().contains(QStringLiteral("14")));
}

void TestDashboardPage::aChangeRefreshesTheCards()
{
    auto created = m_window->dealService()->create(
        registration(m_alpha, QStringLiteral("Новый клиент"), QStringLiteral("7707049388")));
    QVERIFY(created.ok());
    QTRY_COMPARE_WITH_TIMEOUT(cardValue("reviewCard"), QLocale().toString(4), 20000);
    QTRY_VERIFY_WITH_TIMEOUT(page()->isComplete(), 20000);
    QVERIFY(m_window->dealService()
                ->transition(created.value().id, ApplicationState::Rejected, QStringLiteral("дубль"))
                .ok());
    QTRY_COMPARE_WITH_TIMEOUT(page()->figures().awaitingReview, 3, 20000);
}

void TestDashboardPage::protectionCardOpensDealsFiltered()
{
    QTest::mouseClick(find<DashboardCard>("protectionCard"), Qt::LeftButton);
    QCOMPARE(currentPage(), m_window->dealsPage());
    auto *combo = find<QComboBox>("dealProtectionCombo");
    QCOMPARE(combo->currentData().toInt(), items::DashboardFigures::kProtectionDays);
    QCOMPARE(m_window->dealsPage()->rowCount(), page()->figures().protectionEndingSoon);
    QCOMPARE(find<QTableView>("dealsTable")->model()->rowCount(), 2);
}

void TestDashboardPage::feedbackCardOpensDealsFiltered()
{
    QTest::mouseClick(find<DashboardCard>("protectionCard"), Qt::LeftButton); // a filter that must be replaced
    m_window->showPage(MainWindow::Page::Dashboard);
    QTest::keyClick(find<DashboardCard>("feedbackCard"), Qt::Key_Return);
    QCOMPARE(currentPage(), m_window->dealsPage());
    QVERIFY(find<QCheckBox>("dealOverdueCheck")->isChecked());
    QCOMPARE(find<QComboBox>("dealProtectionCombo")->currentData().toInt(), -1);
    QCOMPARE(m_window->dealsPage()->rowCount(), page()->figures().feedbackOverdue);
    QVERIFY(m_window->dealsPage()->filter().feedbackOverdue);
}

void TestDashboardPage::reviewAndCertificateCardsOpenTheirPages()
{
    QTest::mouseClick(find<DashboardCard>("reviewCard"), Qt::LeftButton);
    QCOMPARE(currentPage(), m_window->reviewQueuePage());
    QCOMPARE(find<QTableView>("reviewQueueTable")->model()->rowCount(), page()->figures().awaitingReview);

    m_window->showPage(MainWindow::Page::Dashboard);
    QTest::mouseClick(find<DashboardCard>("certificatesCard"), Qt::LeftButton);
    QCOMPARE(currentPage(), m_window->trainingPage());
    QVERIFY(find<QTabWidget>("trainingTabs")->currentWidget()->isAncestorOf(find<QWidget>("tierWatchPanel")));
    QCOMPARE(find<QTableWidget>("expiringTable")->rowCount(), 1);
    QCOMPARE(find<QTableWidget>("upgradeCandidatesTable")->rowCount(), page()->figures().upgrades);
}

void TestDashboardPage::noDatabaseShowsTheEmptyState()
{
    m_window->closeDatabase();
    QVERIFY(!find<QWidget>("dashboardRefreshButton")->isEnabled());
    QCOMPARE(page()->figures().awaitingReview, 0);
    QVERIFY(!page()->figures().asOf.isValid());
}

QTEST_MAIN(TestDashboardPage)
#include "tst_dashboardpage.moc"
