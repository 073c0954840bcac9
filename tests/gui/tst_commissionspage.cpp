#include "CommissionCharts.h"
#include "CommissionLinesModel.h"
#include "CommissionReports.h"
#include "CommissionSummaryModel.h"
#include "CommissionWhyPanel.h"
#include "CommissionsPage.h"
#include "ConsumptionRepository.h"
#include "DashboardCard.h"
#include "DashboardPage.h"
#include "Database.h"
#include "DealRepository.h"
#include "MainWindow.h"
#include "PageSlot.h"
#include "PartnerRepository.h"

#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <qcustomplot.h>

using namespace pd;
using namespace pd::domain;
using pd::views::CommissionsPage;
using pd::views::MainWindow;

// Drives the Commissions page of the real main window offscreen over a small database with consumption:
// a recompute on the worker thread fills the per-partner table, whose total is the sum of the stored
// lines; the selected line's "why" names its rule and tier; the charts carry the partner's amounts;
// statements are written; a closed period can no longer be recomputed.
class TestCommissionsPage final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void recomputeFillsTheTableAndTheTotalIsTheSumOfTheLines();
    void whyPanelShowsTheRuleAndTierOfTheSelectedLine();
    void chartsHaveTheSelectedPartnersAmounts();
    void statementsAreWritten();
    void closingAPeriodStopsRecomputes();
    void dashboardShowsTheLatestComputedMonth();

private:
    template <typename T>
    T *find(const char *name) const
    {
        auto *w = m_window->findChild<T *>(QLatin1String(name));
        if (!w)
            qWarning("no child named %s", name);
        return w;
    }
    CommissionsPage *page() const { return m_window->commissionsPage(); }
    void recompute();
    qint64 storedSum(const QString &partnerId = {}) const;

    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<MainWindow> m_window;
    QString m_gold;
    QString m_agent;
    QDate m_month;
};

void TestCommissionsPage::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("PartnerDeskTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_commissionspage"));
    QVERIFY(m_dir.isValid());
}

// Last month: a Gold partner with a registered deal for one of its two customers, an Agent with one
// customer; each customer consumes compute and storage, and one excluded category (marketplace).
void TestCommissionsPage::init()
{
    static int n = 0;
    m_path = m_dir.filePath(QStringLiteral("commission%1.db").arg(++n));
    const QDate today = QDate::currentDate();
    m_month = QDate(today.year(), today.month(), 1).addMonths(-1);
    {
        auto db = storage::Database::open(m_path);
        QVERIFY(db.ok());
        const QSqlDatabase c = db.value()->connection();
        storage::PartnerRepository partners(c, SystemClock::instance(), QStringLiteral("test"));
        Partner gold;
        gold.name = QStringLiteral("ООО «Золото»");
        gold.inn = QStringLiteral("7707083893");
        gold.registeredOn = QDate(2015, 1, 1);
        gold.stage = OnboardingStage::AgreementSigned;
        gold.tier = Tier::Gold;
        auto g = partners.create(gold);
        QVERIFY2(g.ok(), qPrintable(g.ok() ? QString() : g.error().text()));
        m_gold = g.value().id;
        Partner agent = gold;
        agent.name = QStringLiteral("ИП Агентов");
        agent.inn = QStringLiteral("500100732259");
        agent.role = Role::Agent;
        agent.legalForm = LegalForm::SoleProprietor;
        agent.tier = Tier::None;
        auto a = partners.create(agent);
        QVERIFY2(a.ok(), qPrintable(a.ok() ? QString() : a.error().text()));
        m_agent = a.value().id;

        FixedClock clock(QDateTime(m_month.addMonths(-2), QTime(10, 0), Qt::UTC));
        storage::DealRepository deals(c, clock, QStringLiteral("test"));
        Registration r;
        r.partnerId = m_gold;
        r.customerName = QStringLiteral("ООО «Ромашка»");
        r.customerInn = QStringLiteral("7728168971");
        r.products = {QStringLiteral("Cloud Servers")};
        r.amount = Money::rub(500'000'00);
        r.expectedYear = m_month.year();
        r.expectedQuarter = (m_month.month() + 2) / 3;
        r.state = ApplicationState::AwaitingReview;
        auto created = deals.create(r);
        QVERIFY2(created.ok(), qPrintable(created.ok() ? QString() : created.error().text()));
        QVERIFY(deals.transition(created.value().id, ApplicationState::Registered).ok());

        QList<ConsumptionRecord> records;
        auto add = [&](const QString &partner, const QString &customer, const QString &inn, ServiceCategory category,
                       qint64 minor) {
            ConsumptionRecord rec;
            rec.partnerId = partner;
            rec.customerName = customer;
            rec.customerInn = inn;
            rec.month = m_month;
            rec.category = category;
            rec.amount = Money::rub(minor);
            records.append(rec);
        };
        add(m_gold, QStringLiteral("ООО «Ромашка»"), QStringLiteral("7728168971"), ServiceCategory::Compute,
            1'234'567'89);
        add(m_gold, QStringLiteral("ООО «Ромашка»"), QStringLiteral("7728168971"), ServiceCategory::Storage, 98'765'43);
        add(m_gold, QStringLiteral("ПАО «Василёк»"), QStringLiteral("7702070139"), ServiceCategory::Compute,
            500'000'01);
        add(m_gold, QStringLiteral("ПАО «Василёк»"), QStringLiteral("7702070139"), ServiceCategory::Marketplace,
            77'777'77);
        add(m_agent, QStringLiteral("АО «Лютик»"), QStringLiteral("7710140679"), ServiceCategory::Databases,
            300'000'33);
        storage::ConsumptionRepository consumption(c, clock);
        auto saved = consumption.saveAll(records);
        QVERIFY2(saved.ok(), qPrintable(saved.ok() ? QString() : saved.error().text()));
    }
    m_window = std::make_unique<MainWindow>();
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QVERIFY(m_window->openDatabase(m_path));
    m_window->showPage(MainWindow::Page::Commissions);
    page()->setPeriod(m_month);
    recompute();
}

void TestCommissionsPage::cleanup()
{
    m_window.reset();
}

void TestCommissionsPage::recompute()
{
    auto *button = find<QPushButton>("recomputeButton");
    QTRY_VERIFY_WITH_TIMEOUT(button->isEnabled(), 10000);
    QTest::mouseClick(button, Qt::LeftButton);
    QVERIFY(page()->isBusy()); // the work runs on the worker thread; the GUI thread goes on
    QTRY_VERIFY_WITH_TIMEOUT(!page()->isBusy(), 20000);
    QTRY_VERIFY_WITH_TIMEOUT(page()->summaryModel()->rowCount() == 2, 20000);
    QTRY_VERIFY_WITH_TIMEOUT(page()->linesModel()->rowCount() > 0, 20000);
}

qint64 TestCommissionsPage::storedSum(const QString &partnerId) const
{
    auto db = storage::Database::open(m_path, storage::Database::Mode::OpenExisting);
    if (!db)
        return -1;
    auto lines = storage::CommissionReports(db.value()->connection()).lines(m_month, partnerId);
    if (!lines)
        return -1;
    qint64 sum = 0;
    for (const storage::StoredLine &l : lines.value())
        sum += l.line.amount.minorUnits();
    return sum;
}

void TestCommissionsPage::recomputeFillsTheTableAndTheTotalIsTheSumOfTheLines()
{
    const qint64 sum = storedSum();
    QVERIFY(sum > 0);
    QCOMPARE(page()->summaryModel()->totalMinor(), sum);
    QVERIFY2(find<QLabel>("commissionTotalLabel")->text().contains(Money::rub(sum).toString(QLocale())),
             qPrintable(find<QLabel>("commissionTotalLabel")->text()));
    // The selected partner's lines add up to its row.
    const QString partner = page()->currentPartnerId();
    QVERIFY(!partner.isEmpty());
    QTRY_COMPARE(page()->linesModel()->totalMinor(), storedSum(partner));
    const int row = page()->summaryModel()->rowOfPartner(partner);
    QCOMPARE(page()->summaryModel()->totalAt(row).totalMinor, page()->linesModel()->totalMinor());
    QVERIFY(find<QLabel>("commissionPeriodStateLabel")->text().contains(QStringLiteral("Open")));
}

void TestCommissionsPage::whyPanelShowsTheRuleAndTierOfTheSelectedLine()
{
    QVERIFY(page()->selectPartner(m_gold));
    QTRY_VERIFY_WITH_TIMEOUT(
        page()->linesModel()->rowCount() > 0 && page()->linesModel()->lineAt(0).line.partnerId == m_gold, 10000);
    // The registration discount of the registered customer: rule, tier and deal all matter.
    int registration = -1;
    for (int r = 0; r < page()->linesModel()->rowCount(); ++r) {
        if (page()->linesModel()->lineAt(r).line.kind == LineKind::RegistrationDiscount)
            registration = r;
    }
    QVERIFY(registration >= 0);
    auto *table = find<QTableView>("commissionLinesTable");
    const QModelIndex proxyIndex = static_cast<QSortFilterProxyModel *>(table->model())
                                       ->mapFromSource(page()->linesModel()->index(registration, 0));
    QSignalSpy loaded(page(), &CommissionsPage::loaded);
    QVERIFY(page()->selectLine(proxyIndex.row()));
    QTRY_VERIFY_WITH_TIMEOUT(!page()->whyPanel()->ruleText().isEmpty() && loaded.count() > 0, 10000);
    const CommissionLine &line = page()->linesModel()->lineAt(registration).line;
    QVERIFY2(page()->whyPanel()->ruleText().contains(items::CommissionLinesModel::dateText(line.ruleEffectiveFrom)),
             qPrintable(page()->whyPanel()->ruleText()));
    QVERIFY(page()->whyPanel()->ruleText().contains(commission::rateText(line.rateBp)));
    QVERIFY2(page()->whyPanel()->tierText().contains(displayName(line.tier)),
             qPrintable(page()->whyPanel()->tierText()));
    QVERIFY(line.tier != Tier::None);
    QVERIFY(!page()->whyPanel()->stepsText().isEmpty());
    QVERIFY(find<QLabel>("whyDealLabel")->text().contains(QStringLiteral("Ромашка")));

    // The base discount of the same record needs no deal, though the customer has one: the panel says so rather
    // than that the customer has none.
    int base = -1;
    for (int r = 0; r < page()->linesModel()->rowCount(); ++r) {
        const CommissionLine &l = page()->linesModel()->lineAt(r).line;
        if (l.kind == LineKind::BaseDiscount && l.consumptionId == line.consumptionId)
            base = r;
    }
    QVERIFY(base >= 0);
    QVERIFY(page()->selectLine(static_cast<QSortFilterProxyModel *>(table->model())
                                   ->mapFromSource(page()->linesModel()->index(base, 0))
                                   .row()));
    QTRY_VERIFY_WITH_TIMEOUT(page()->whyPanel()->dealText().startsWith(QStringLiteral("Not needed")), 10000);
    QVERIFY(!page()->whyPanel()->dealText().contains(QStringLiteral("no registered deal")));
}

void TestCommissionsPage::chartsHaveTheSelectedPartnersAmounts()
{
    QVERIFY(page()->selectPartner(m_agent));
    QCustomPlot *plot = page()->charts()->plot(views::CommissionCharts::Chart::Partner);
    const qint64 agentTotal = storedSum(m_agent);
    QVERIFY(agentTotal > 0);
    QTRY_COMPARE_WITH_TIMEOUT(page()->charts()->partnerAmount(m_month), agentTotal, 10000);
    QCOMPARE(page()->charts()->partnerCount(), 2); // both partners in the field, the Agent highlighted over it
    QVERIFY(plot->plottableCount() >= 2);
    QVERIFY(page()->charts()->plot(views::CommissionCharts::Chart::Tier)->graphCount() >= 2); // Gold and no tier
    QCustomPlot *categories = page()->charts()->plot(views::CommissionCharts::Chart::Category);
    QTRY_VERIFY_WITH_TIMEOUT(categories->plottableCount() >= 1, 10000);
    const QString png = m_dir.filePath(QStringLiteral("chart.png"));
    page()->charts()->showChart(views::CommissionCharts::Chart::Category);
    QVERIFY(page()->charts()->saveChart(png));
    QVERIFY(QFile(png).size() > 1000);
}

void TestCommissionsPage::statementsAreWritten()
{
    QVERIFY(page()->selectPartner(m_gold));
    const QString csv = m_dir.filePath(QStringLiteral("statement.csv"));
    const QString pdf = m_dir.filePath(QStringLiteral("statement.pdf"));
    page()->exportStatement(false, csv);
    QTRY_VERIFY_WITH_TIMEOUT(!page()->isBusy(), 10000);
    page()->exportStatement(true, pdf);
    QTRY_VERIFY_WITH_TIMEOUT(!page()->isBusy(), 10000);
    QFile file(csv);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll());
    QVERIFY(text.contains(QStringLiteral("Ромашка")));
    QVERIFY(!text.contains(QStringLiteral("Лютик"))); // the other partner's customer
    QFile doc(pdf);
    QVERIFY(doc.open(QIODevice::ReadOnly));
    QVERIFY(doc.read(5) == "%PDF-");
    QVERIFY(find<QLabel>("commissionMessageLabel")->text().contains(QStringLiteral("statement.pdf")));
}

void TestCommissionsPage::closingAPeriodStopsRecomputes()
{
    QSignalSpy changed(page(), &CommissionsPage::commissionChanged);
    page()->closePeriod(true);
    QTRY_VERIFY_WITH_TIMEOUT(!page()->isBusy(), 20000);
    QTRY_VERIFY_WITH_TIMEOUT(find<QLabel>("commissionPeriodStateLabel")->text().contains(QStringLiteral("Closed")),
                             10000);
    QCOMPARE(changed.count(), 1);
    QVERIFY(!find<QPushButton>("recomputeButton")->isEnabled());
    QVERIFY(!find<QPushButton>("closePeriodButton")->isEnabled());
    auto *combo = find<QComboBox>("commissionPeriodCombo");
    QVERIFY(combo->currentText().contains(QStringLiteral("closed")));
    QCOMPARE(page()->summaryModel()->totalMinor(), storedSum());
}

void TestCommissionsPage::dashboardShowsTheLatestComputedMonth()
{
    // This month has nothing computed: the dashboard's commission card shows last month's total.
    m_window->showPage(MainWindow::Page::Dashboard);
    views::DashboardPage *dashboard = m_window->dashboardPage();
    dashboard->refresh();
    QTRY_VERIFY_WITH_TIMEOUT(dashboard->isComplete() && dashboard->figures().commissionThisMonth.has_value(), 20000);
    QCOMPARE(dashboard->figures().commissionMonth, m_month);
    QCOMPARE(dashboard->figures().commissionThisMonth->minorUnits(), storedSum());
    QVERIFY(!dashboard->figures().commissionLastMonth.has_value()); // nothing computed before it
    auto *card = dashboard->card(views::DashboardPage::Card::Commission);
    QCOMPARE(card->value(), Money::rub(storedSum()).toString(QLocale()));
    card->click();
    QCOMPARE(
        views::PageSlot::pageOf(m_window->findChild<QStackedWidget *>(QStringLiteral("pageStack"))->currentWidget()),
        page());
}

QTEST_MAIN(TestCommissionsPage)
#include "tst_commissionspage.moc"
