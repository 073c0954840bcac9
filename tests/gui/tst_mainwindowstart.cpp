#include "CommissionsPage.h"
#include "DashboardPage.h"
#include "Database.h"
#include "DealRepository.h"
#include "DealsPage.h"
#include "MainWindow.h"
#include "PartnerRepository.h"
#include "TrainingPage.h"

#include <QApplication>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace pd;
using namespace pd::domain;
using pd::views::MainWindow;

// Opening a database gives the current page its data at once and the other pages theirs when they are
// first shown; the partner count and the review badge follow the first paint.
class TestMainWindowStart final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("PartnerDeskTests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_mainwindowstart"));
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("start.db"));
        auto db = storage::Database::open(m_path);
        QVERIFY(db.ok());
        storage::PartnerRepository partners(db.value()->connection(), SystemClock::instance(), QStringLiteral("test"));
        Partner p;
        p.name = QStringLiteral("ООО «Альфа»");
        p.inn = QStringLiteral("7707083893");
        p.registeredOn = QDate(2015, 1, 1);
        p.stage = OnboardingStage::AgreementSigned;
        auto partner = partners.create(p);
        QVERIFY(partner.ok());
        storage::DealRepository deals(db.value()->connection(), SystemClock::instance(), QStringLiteral("test"));
        for (const QString &customer : {QStringLiteral("ООО «Ромашка»"), QStringLiteral("АО «Север»")}) {
            Registration r;
            r.partnerId = partner.value().id;
            r.customerName = customer;
            r.expectedYear = 2026;
            r.expectedQuarter = 3;
            r.products = {QStringLiteral("Cloud Servers")};
            r.amount = Money::rub(100'000'00);
            r.state = ApplicationState::AwaitingReview;
            auto created = deals.create(r);
            QVERIFY2(created.ok(), qPrintable(created.ok() ? QString() : created.error().text()));
        }
    }

    void pagesReadTheirDataWhenFirstShown()
    {
        MainWindow window;
        window.showPage(MainWindow::Page::Partners);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openDatabase(m_path));
        // The Deals page has not read anything yet: it is not on screen.
        QCOMPARE(window.dealsPage()->rowCount(), 0);
        // After the first paint: the partner count in the status bar and the review badge.
        auto *count = window.findChild<QLabel *>(QStringLiteral("partnerCountLabel"));
        QVERIFY(count);
        QTRY_VERIFY(count->text().contains(QLatin1Char('1')));
        auto *navigation = window.findChild<QListWidget *>(QStringLiteral("navigationList"));
        QVERIFY(navigation);
        QTRY_COMPARE(navigation->item(static_cast<int>(MainWindow::Page::ReviewQueue))->toolTip().isEmpty(), false);
        QCOMPARE(window.dealsPage()->rowCount(), 0);
        // Shown, it reads its deals.
        window.showPage(MainWindow::Page::Deals);
        QCOMPARE(window.dealsPage()->rowCount(), 2);
    }

    void onlyTheShownPageIsBuilt()
    {
        // The Deals, Training, Commissions and Dashboard pages are built when first shown: a start on the
        // Partners page with a database open and the window painted has built none of them.
        MainWindow window;
        window.showPage(MainWindow::Page::Partners);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openDatabase(m_path));
        auto *navigation = window.findChild<QListWidget *>(QStringLiteral("navigationList"));
        QTRY_COMPARE(navigation->item(static_cast<int>(MainWindow::Page::ReviewQueue))->toolTip().isEmpty(), false);
        QVERIFY(!window.findChild<views::DealsPage *>());
        QVERIFY(!window.findChild<views::TrainingPage *>());
        QVERIFY(!window.findChild<views::CommissionsPage *>());
        QVERIFY(!window.findChild<views::DashboardPage *>());
        // Shown, the Deals page is built with its data, in the window's layout, with its Export… button.
        window.showPage(MainWindow::Page::Deals);
        auto *deals = window.findChild<views::DealsPage *>();
        QVERIFY(deals);
        QVERIFY(deals->isVisible());
        QCOMPARE(deals->rowCount(), 2);
        QVERIFY(window.findChild<QPushButton *>(deals->objectName() + QStringLiteral("Export")));
        QVERIFY(!window.findChild<views::TrainingPage *>());
    }

    void reopeningForgetsWhatWasPending()
    {
        MainWindow window;
        window.showPage(MainWindow::Page::Deals);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openDatabase(m_path));
        QCOMPARE(window.dealsPage()->rowCount(), 2); // the current page, at once
        window.closeDatabase();
        QCOMPARE(window.dealsPage()->rowCount(), 0);
        window.showPage(MainWindow::Page::Training);
        window.showPage(MainWindow::Page::Deals);
        QCOMPARE(window.dealsPage()->rowCount(), 0); // nothing left over from the closed database
    }

private:
    QTemporaryDir m_dir;
    QString m_path;
};

QTEST_MAIN(TestMainWindowStart)
#include "tst_mainwindowstart.moc"
