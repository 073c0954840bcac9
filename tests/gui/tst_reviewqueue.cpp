#include "ConflictPanel.h"
#include "Database.h"
#include "DealRepository.h"
#include "DealService.h"
#include "DealsModel.h"
#include "DealsPage.h"
#include "MainWindow.h"
#include "PartnerRepository.h"
#include "ReviewQueuePage.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace pd;
using namespace pd::domain;
using pd::views::MainWindow;

// Drives the real main window offscreen over a temporary database: the review queue's decisions and
// the Deals page's filters, found by objectName and checked through the repository.
class TestReviewQueue final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void approveLeavesTheQueueAndRegisters();
    void rejectNeedsAReason();
    void refusedApprovalShowsTheReasonAndChangesNothing();
    void multiSelectApprovesEachOnItsOwn();
    void returnToPartnerWithComment();
    void dealsPageFiltersChangeTheRowCount();
    void aLongFormValueIsShownWhole();

private:
    template <typename T>
    T *find(const char *name) const
    {
        auto *w = m_window->findChild<T *>(QLatin1String(name));
        if (!w)
            qWarning("no child named %s", name);
        return w;
    }
    QString file(const QString &partnerId, const QString &customer, const QString &inn,
                 const QStringList &products = {QStringLiteral("Cloud Servers")});
    Registration stored(const QString &id) const { return m_window->dealService()->get(id).value(); }
    QTableView *queue() const { return find<QTableView>("reviewQueueTable"); }
    int queueRows() const { return queue()->model()->rowCount(); }
    void selectQueueRows(const QList<int> &rows);
    // Answers the next reason dialog with `text` once it is open.
    void answerReasonDialog(const QString &text);

    QTemporaryDir m_dir;
    std::unique_ptr<MainWindow> m_window;
    QString m_alpha;
    QString m_beta;
};

void TestReviewQueue::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("PartnerDeskTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_reviewqueue"));
    QVERIFY(m_dir.isValid());
}

void TestReviewQueue::init()
{
    static int n = 0;
    const QString path = m_dir.filePath(QStringLiteral("queue%1.db").arg(++n));
    {
        auto db = storage::Database::open(path);
        QVERIFY(db.ok());
        storage::PartnerRepository partners(db.value()->connection(), SystemClock::instance(), QStringLiteral("test"));
        for (auto [name, inn, id] : {std::tuple{QStringLiteral("ООО «Альфа»"), QStringLiteral("7707083893"), &m_alpha},
                                     std::tuple{QStringLiteral("АО «Бета»"), QStringLiteral("7736050003"), &m_beta}}) {
            Partner p;
            p.name = name;
            p.inn = inn;
            p.registeredOn = QDate(2015, 1, 1);
            p.stage = OnboardingStage::AgreementSigned;
            p.tier = Tier::Silver;
            auto created = partners.create(p);
            QVERIFY2(created.ok(), qPrintable(created.ok() ? QString() : created.error().text()));
            *id = created.value().id;
        }
    }
    m_window = std::make_unique<MainWindow>();
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QVERIFY(m_window->openDatabase(path));
    m_window->showPage(MainWindow::Page::ReviewQueue);
}

void TestReviewQueue::cleanup()
{
    m_window.reset();
}

QString TestReviewQueue::file(const QString &partnerId, const QString &customer, const QString &inn,
                              const QStringList &products)
{
    Registration r;
    r.partnerId = partnerId;
    r.customerName = customer;
    r.customerInn = inn;
    r.products = products;
    r.amount = Money::rub(250'000'000);
    r.expectedYear = 2026;
    r.expectedQuarter = 3;
    r.state = ApplicationState::AwaitingReview;
    auto created = m_window->dealService()->create(r);
    if (!created)
        qWarning("%s", qPrintable(created.error().text()));
    QTest::qWait(2); // distinct filing times keep "oldest first" unambiguous
    return created ? created.value().id : QString();
}

void TestReviewQueue::selectQueueRows(const QList<int> &rows)
{
    QItemSelection selection;
    for (int row : rows)
        selection.select(queue()->model()->index(row, 0), queue()->model()->index(row, items::DealsModel::ColumnCount - 1));
    queue()->selectionModel()->setCurrentIndex(queue()->model()->index(rows.first(), 0), QItemSelectionModel::NoUpdate);
    queue()->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect);
}

void TestReviewQueue::answerReasonDialog(const QString &text)
{
    QTimer::singleShot(0, this, [text] {
        QWidget *dialog = QApplication::activeModalWidget();
        QVERIFY(dialog && dialog->objectName() == QLatin1String("reasonDialog"));
        auto *ok = dialog->findChild<QPushButton *>(QStringLiteral("reasonOkButton"));
        QVERIFY(ok && !ok->isEnabled()); // a decision without its reason cannot be sent
        dialog->findChild<QPlainTextEdit *>(QStringLiteral("reasonEdit"))->setPlainText(text);
        QVERIFY(ok->isEnabled());
        QTest::mouseClick(ok, Qt::LeftButton);
    });
}

void TestReviewQueue::approveLeavesTheQueueAndRegisters()
{
    const QString older = file(m_alpha, QStringLiteral("ООО «Ромашка»"), QStringLiteral("7728168971"));
    const QString newer = file(m_beta, QStringLiteral("ПАО «Василёк»"), QStringLiteral("7702070139"));
    QCOMPARE(queueRows(), 2);
    QCOMPARE(queue()->model()->index(0, 0).data(items::DealsModel::IdRole).toString(), older); // oldest first
    QCOMPARE(m_window->reviewQueuePage()->queueCount(), 2);

    selectQueueRows({0});
    QCOMPARE(find<QLabel>("reviewTitleLabel")->text(), QStringLiteral("ООО «Ромашка»"));
    // Both pages show a registration form; this is the queue's.
    QCOMPARE(m_window->reviewQueuePage()->findChild<QLabel *>(QStringLiteral("formCustomerInnLabel"))->text(),
             QStringLiteral("7728168971"));
    QCOMPARE(find<views::ConflictPanel>("conflictPanel")->conflictCount(), 0);
    auto *approve = find<QPushButton>("approveButton");
    QVERIFY(approve->isEnabled());
    // Ctrl+Enter approves, as the button's tooltip says.
    queue()->setFocus();
    QTest::keyClick(queue(), Qt::Key_Return, Qt::ControlModifier);
    if (stored(older).state != ApplicationState::Registered)
        QTest::mouseClick(approve, Qt::LeftButton); // no shortcut delivery on this platform: the button does it

    QCOMPARE(stored(older).state, ApplicationState::Registered);
    QVERIFY(stored(older).registeredAt.isValid());
    QCOMPARE(queueRows(), 1);
    QCOMPARE(queue()->model()->index(0, 0).data(items::DealsModel::IdRole).toString(), newer);
    auto *banner = find<QLabel>("reviewBanner");
    QVERIFY(banner->isVisible());
    QCOMPARE(banner->property("kind").toString(), QStringLiteral("success"));
    // The next registration takes the decided one's place, ready for the next decision.
    QCOMPARE(find<QLabel>("reviewTitleLabel")->text(), QStringLiteral("ПАО «Василёк»"));
    QCOMPARE(m_window->reviewQueuePage()->queueCount(), 1);
}

void TestReviewQueue::rejectNeedsAReason()
{
    const QString id = file(m_alpha, QStringLiteral("ООО «Ромашка»"), QStringLiteral("7728168971"));
    selectQueueRows({0});
    answerReasonDialog(QStringLiteral("The customer already buys from us directly."));
    QTest::mouseClick(find<QPushButton>("rejectButton"), Qt::LeftButton);
    const Registration r = stored(id);
    QCOMPARE(r.state, ApplicationState::Rejected);
    QCOMPARE(r.stateComment, QStringLiteral("The customer already buys from us directly."));
    QCOMPARE(queueRows(), 0);
    QVERIFY(find<QWidget>("reviewQueuePage")->findChild<QWidget *>(QStringLiteral("emptyState"))->isVisible()
            || queueRows() == 0);
}

void TestReviewQueue::refusedApprovalShowsTheReasonAndChangesNothing()
{
    const QString first = file(m_alpha, QStringLiteral("ООО «Ромашка»"), QStringLiteral("7728168971"));
    QVERIFY(m_window->dealService()->transition(first, ApplicationState::Registered).ok());
    const QString second = file(m_beta, QStringLiteral("Romashka LLC"), QStringLiteral("7728168971"),
                                {QStringLiteral("Cloud Servers"), QStringLiteral("Managed Kubernetes")});
    QCOMPARE(queueRows(), 1);
    selectQueueRows({0});

    // The conflict is shown side by side before anyone decides, with the matched INN highlighted.
    auto *panel = find<views::ConflictPanel>("conflictPanel");
    QCOMPARE(panel->conflictCount(), 1);
    const QList<QLabel *> cells = panel->findChildren<QLabel *>();
    int matched = 0;
    bool reasonShown = false;
    for (QLabel *cell : cells) {
        matched += cell->property("matched").toBool() && cell->text() == QLatin1String("7728168971") ? 1 : 0;
        reasonShown = reasonShown || (cell->objectName() == QLatin1String("conflictReasonLabel") && !cell->text().isEmpty());
    }
    QCOMPARE(matched, 2);
    QVERIFY(reasonShown);

    QTest::mouseClick(find<QPushButton>("approveButton"), Qt::LeftButton);
    auto *banner = find<QLabel>("reviewBanner");
    QVERIFY(banner->isVisible());
    QCOMPARE(banner->property("kind").toString(), QStringLiteral("error"));
    QVERIFY2(banner->text().contains(QStringLiteral("Альфа")), qPrintable(banner->text()));
    const Registration r = stored(second);
    QCOMPARE(r.state, ApplicationState::AwaitingReview);
    QVERIFY(!r.registeredAt.isValid());
    QCOMPARE(queueRows(), 1);
}

void TestReviewQueue::multiSelectApprovesEachOnItsOwn()
{
    const QString a = file(m_alpha, QStringLiteral("ООО «Ромашка»"), QStringLiteral("7728168971"));
    const QString b = file(m_beta, QStringLiteral("Ромашка, ООО"), QStringLiteral("7728168971"));
    const QString c = file(m_alpha, QStringLiteral("ПАО «Василёк»"), QStringLiteral("7702070139"));
    QCOMPARE(queueRows(), 3);
    selectQueueRows({0, 1, 2});
    QCOMPARE(m_window->reviewQueuePage()->selectedIds().size(), 3);
    QVERIFY(find<QLabel>("selectionNoteLabel")->isVisible());
    QCOMPARE(find<QPushButton>("approveButton")->text(), QStringLiteral("Approve 3"));
    QTest::mouseClick(find<QPushButton>("approveButton"), Qt::LeftButton);

    QCOMPARE(stored(a).state, ApplicationState::Registered);
    QCOMPARE(stored(b).state, ApplicationState::AwaitingReview); // competes with a, which now has protection
    QCOMPARE(stored(c).state, ApplicationState::Registered);
    auto *banner = find<QLabel>("reviewBanner");
    QCOMPARE(banner->property("kind").toString(), QStringLiteral("warning"));
    QVERIFY2(banner->text().contains(QStringLiteral("2 of 3")), qPrintable(banner->text()));
    QVERIFY2(banner->text().contains(QStringLiteral("Ромашка, ООО")), qPrintable(banner->text()));
    QCOMPARE(queueRows(), 1);
}

void TestReviewQueue::returnToPartnerWithComment()
{
    const QString id = file(m_alpha, QStringLiteral("ООО «Ромашка»"), QString());
    selectQueueRows({0});
    QTest::mouseClick(find<QPushButton>("takeIntoReviewButton"), Qt::LeftButton);
    QCOMPARE(stored(id).state, ApplicationState::InProgress);
    QCOMPARE(queueRows(), 1); // still in the queue, now in review
    selectQueueRows({0});
    answerReasonDialog(QStringLiteral("Please add the customer's INN."));
    QTest::mouseClick(find<QPushButton>("returnButton"), Qt::LeftButton);
    QCOMPARE(stored(id).state, ApplicationState::Returned);
    QCOMPARE(stored(id).stateComment, QStringLiteral("Please add the customer's INN."));
    QCOMPARE(queueRows(), 0);
}

void TestReviewQueue::dealsPageFiltersChangeTheRowCount()
{
    const QString a = file(m_alpha, QStringLiteral("ООО «Ромашка»"), QStringLiteral("7728168971"));
    file(m_beta, QStringLiteral("ПАО «Василёк»"), QStringLiteral("7702070139"), {QStringLiteral("Managed Kubernetes")});
    file(m_beta, QStringLiteral("АО «Лютик»"), QString());
    QVERIFY(m_window->dealService()->transition(a, ApplicationState::Registered).ok());
    m_window->showPage(MainWindow::Page::Deals);
    auto *table = find<QTableView>("dealsTable");
    QTRY_COMPARE(table->model()->rowCount(), 3);

    auto *state = find<QComboBox>("dealStateCombo");
    state->setCurrentIndex(state->findText(displayName(ApplicationState::Registered)));
    QCOMPARE(table->model()->rowCount(), 1);
    QCOMPARE(m_window->dealsPage()->rowCount(), 1);
    state->setCurrentIndex(0);
    QCOMPARE(table->model()->rowCount(), 3);

    auto *partner = find<QComboBox>("dealPartnerCombo");
    partner->setCurrentIndex(partner->findData(m_beta));
    QCOMPARE(table->model()->rowCount(), 2);
    partner->setCurrentIndex(0);

    auto *product = find<QComboBox>("dealProductCombo");
    product->setCurrentIndex(product->findData(QStringLiteral("Managed Kubernetes")));
    QCOMPARE(table->model()->rowCount(), 1);
    product->setCurrentIndex(0);

    auto *search = find<QLineEdit>("dealSearchEdit");
    search->setText(QStringLiteral("Василёк"));
    QCOMPARE(table->model()->rowCount(), 3); // debounced: nothing yet
    QTRY_COMPARE(table->model()->rowCount(), 1);
    QCOMPARE(table->model()->index(0, items::DealsModel::Customer).data().toString(), QStringLiteral("ПАО «Василёк»"));
    search->clear();
    QTRY_COMPARE(table->model()->rowCount(), 3);

    // Selecting a registered deal shows its timeline: filing and approval.
    m_window->dealsPage()->selectDeal(a);
    QCOMPARE(find<QLabel>("dealTitleLabel")->text(), QStringLiteral("ООО «Ромашка»"));
    QVERIFY(find<QPushButton>("markWonButton")->isEnabled());
    QTest::mouseClick(find<QPushButton>("markWonButton"), Qt::LeftButton);
    QCOMPARE(stored(a).outcome, DealOutcome::Won);
}

void TestReviewQueue::aLongFormValueIsShownWhole()
{
    // A description that wraps at the form's width: its label is as high as its lines need.
    Registration r;
    r.partnerId = m_alpha;
    r.customerName = QStringLiteral("ООО «Длинное описание»");
    r.customerInn = QStringLiteral("7728168971");
    r.products = {QStringLiteral("Cloud Servers")};
    r.amount = Money::rub(1'000'000);
    r.expectedYear = 2026;
    r.expectedQuarter = 4;
    r.state = ApplicationState::AwaitingReview;
    // Long enough to wrap at the form's width, short enough that QLabel's own size hint keeps it on one line.
    r.description = QStringLiteral("Выделенное частное облако по требованиям 152-ФЗ, резервное копирование в другой регион.");
    const auto created = m_window->dealService()->create(r);
    QVERIFY2(created.ok(), created ? "" : qPrintable(created.error().text()));
    m_window->resize(1400, 900);
    QTRY_COMPARE(queueRows(), 1);
    selectQueueRows({0});
    auto *description = find<QLabel>("formDescriptionLabel");
    QVERIFY(description);
    QTRY_COMPARE(description->text(), r.description);
    QTRY_VERIFY(description->isVisible() && description->width() > 0);
    QTest::qWait(50); // let the layouts settle
    const int needed = description->heightForWidth(description->width());
    QVERIFY2(needed > description->fontMetrics().lineSpacing() * 3 / 2,
             "the description fits on one line at this width: make it longer");
    QVERIFY2(description->height() >= needed,
             qPrintable(QStringLiteral("%1 px high, its text needs %2").arg(description->height()).arg(needed)));
}

QTEST_MAIN(TestReviewQueue)
#include "tst_reviewqueue.moc"
