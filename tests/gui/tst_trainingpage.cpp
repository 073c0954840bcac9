#include "Database.h"
#include "DealRepository.h"
#include "MainWindow.h"
#include "PartnerRepository.h"
#include "ProgramRulesDialog.h"
#include "ProgramRulesRepository.h"
#include "TierPanel.h"
#include "TrainingCharts.h"
#include "TrainingPage.h"
#include "TrainingRepository.h"

#include <QAction>
#include <QApplication>
#include <QDateEdit>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <QTimer>

using namespace pd;
using namespace pd::domain;
using pd::views::MainWindow;

// Drives the real main window offscreen over a temporary database: the Training page's tier verdict,
// the what-if panel (which never writes) and the program rules dialog (whose new version changes the
// verdict from its date on).
class TestTrainingPage final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void tierPanelShowsTheVerdict();
    void whatIfFlipsTheTierAndWritesNothing();
    void unchangedWhatIfIsTheVerdictAfterTheGracePeriod();
    void newRuleVersionChangesTheVerdictFromItsDate();
    void ctrlSSavesTheRuleVersion();
    void chartCountsCertifiedSpecialistsPerMonth();

private:
    template <typename T>
    T *find(QObject *root, const char *name) const
    {
        auto *w = root->findChild<T *>(QLatin1String(name));
        if (!w)
            qWarning("no child named %s", name);
        return w;
    }
    template <typename T>
    T *find(const char *name) const
    {
        return find<T>(m_window.get(), name);
    }
    QString text(const char *label) const { return find<QLabel>(label)->text(); }
    qint64 auditCount() const;
    void addCertificate(const QString &person, Competence competence);

    QTemporaryDir m_dir;
    QString m_path;
    QDate m_today;
    std::unique_ptr<MainWindow> m_window;
    QString m_partner;
    QStringList m_people;
};

void TestTrainingPage::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("PartnerDeskTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_trainingpage"));
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QVERIFY(m_dir.isValid());
    m_today = SystemClock::instance().todayUtc();
}

void TestTrainingPage::init()
{
    static int n = 0;
    m_path = m_dir.filePath(QStringLiteral("training%1.db").arg(++n));
    {
        auto db = storage::Database::open(m_path);
        QVERIFY(db.ok());
        const Clock &clock = SystemClock::instance();
        storage::PartnerRepository partners(db.value()->connection(), clock, QStringLiteral("test"));
        Partner p;
        p.name = QStringLiteral("ООО «Альфа»");
        p.inn = QStringLiteral("7707083893");
        p.registeredOn = QDate(2015, 1, 1);
        p.stage = OnboardingStage::AgreementSigned;
        p.tier = Tier::Silver;
        for (const char *name : {"Анна", "Олег", "Иван", "Мария", "Пётр"})
            p.people.append(Person{{}, {}, QString::fromUtf8(name), {}, {}, {}});
        auto created = partners.create(p);
        QVERIFY2(created.ok(), qPrintable(created.ok() ? QString() : created.error().text()));
        m_partner = created.value().id;
        m_people.clear();
        for (const Person &person : created.value().people)
            m_people.append(person.id);
        // Three registered deals of 2 000 000 RUB won a month ago: Gold's sales and won-deal thresholds.
        FixedClock dealClock(QDateTime(m_today.addDays(-31), QTime(10, 0), QTimeZone::utc()));
        storage::DealRepository deals(db.value()->connection(), dealClock, QStringLiteral("test"));
        for (int i = 1; i <= 3; ++i) {
            Registration r;
            r.partnerId = m_partner;
            r.customerName = QStringLiteral("Клиент %1").arg(i);
            r.products = {QStringLiteral("Cloud Servers")};
            r.amount = Money::rub(2'000'000'00);
            r.expectedYear = m_today.year();
            r.expectedQuarter = 4;
            r.state = ApplicationState::AwaitingReview;
            auto filed = deals.create(r);
            QVERIFY2(filed.ok(), qPrintable(filed.ok() ? QString() : filed.error().text()));
            QVERIFY(deals.transition(filed.value().id, ApplicationState::Registered).ok());
            dealClock.set(QDateTime(m_today.addDays(-30), QTime(10, 0), QTimeZone::utc()));
            QVERIFY(deals.setOutcome(filed.value().id, DealOutcome::Won).ok());
            dealClock.set(QDateTime(m_today.addDays(-31), QTime(10, 0), QTimeZone::utc()));
        }
    }
    addCertificate(m_people.at(0), Competence::Sale); // one certified specialist: Gold needs two
    m_window = std::make_unique<MainWindow>();
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QVERIFY(m_window->openDatabase(m_path));
    m_window->showPage(MainWindow::Page::Training);
    QVERIFY(m_window->trainingPage()->selectPartner(m_partner));
}

void TestTrainingPage::cleanup()
{
    m_window.reset();
}

void TestTrainingPage::addCertificate(const QString &person, Competence competence)
{
    auto db = storage::Database::open(m_path);
    QVERIFY(db.ok());
    storage::TrainingRepository training(db.value()->connection(), SystemClock::instance(), QStringLiteral("test"));
    Certificate c;
    c.personId = person;
    c.partnerId = m_partner;
    c.competence = competence;
    c.issuedOn = m_today.addDays(-100);
    auto added = training.addCertificate(c, 24);
    QVERIFY2(added.ok(), qPrintable(added.ok() ? QString() : added.error().text()));
}

qint64 TestTrainingPage::auditCount() const
{
    qint64 count = -1;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("auditCheck"));
        db.setDatabaseName(m_path);
        if (db.open()) {
            QSqlQuery q(db);
            if (q.exec(QStringLiteral("SELECT count(*) FROM audit_log")) && q.next())
                count = q.value(0).toLongLong();
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("auditCheck"));
    return count;
}

void TestTrainingPage::tierPanelShowsTheVerdict()
{
    QCOMPARE(text("tierVerdictLabel"), QStringLiteral("Silver → Silver"));
    QCOMPARE(text("tierChangeLabel"), QStringLiteral("Keep"));
    QVERIFY(find<QLabel>("tierExampleLabel")->isVisibleTo(m_window.get()));
    auto *criteria = find<QTableWidget>("tierCriteriaTable");
    bool certifiedFails = false;
    for (int row = 0; row < criteria->rowCount(); ++row) {
        if (criteria->item(row, 0)->text() == QLatin1String("Gold")
            && criteria->item(row, 1)->text() == QLatin1String("Certified specialists")) {
            QCOMPARE(criteria->item(row, 2)->text(), QStringLiteral("2"));
            QCOMPARE(criteria->item(row, 3)->text(), QStringLiteral("1"));
            certifiedFails = !criteria->item(row, 4)->data(Qt::UserRole).toBool();
        }
    }
    QVERIFY(certifiedFails);
    QVERIFY(text("tierExplanationLabel").contains(QLatin1String("Certified specialists: 1 of 2 required")));

    // A second certified specialist, stored elsewhere: after a reload the partner qualifies for Gold.
    addCertificate(m_people.at(1), Competence::PreSale);
    m_window->trainingPage()->reload();
    QCOMPARE(text("tierVerdictLabel"), QStringLiteral("Silver → Gold"));
    QCOMPARE(text("tierChangeLabel"), QStringLiteral("Upgrade"));
    auto *upgrades = find<QTableWidget>("upgradeCandidatesTable");
    QCOMPARE(upgrades->rowCount(), 1);
    QCOMPARE(upgrades->item(0, 0)->text(), QStringLiteral("ООО «Альфа»"));
}

void TestTrainingPage::whatIfFlipsTheTierAndWritesNothing()
{
    const qint64 before = auditCount();
    QVERIFY(before > 0);
    auto *certified = find<QSpinBox>("whatIfCertifiedSpin");
    auto *preSale = find<QSpinBox>("whatIfPreSaleSpin");
    auto *won = find<QSpinBox>("whatIfDealsWonSpin");
    auto *sales = find<QDoubleSpinBox>("whatIfSalesSpin");
    QCOMPARE(certified->value(), 1);
    QCOMPARE(sales->value(), 6'000'000.0);
    QCOMPARE(text("whatIfResultLabel"), QStringLiteral("Silver → Silver (Keep)"));

    // Raising certified specialists to Gold's threshold flips the recommendation at once.
    certified->setFocus();
    certified->selectAll();
    QTest::keyClicks(certified, QStringLiteral("2"));
    QCOMPARE(certified->value(), 2);
    QCOMPARE(text("whatIfResultLabel"), QStringLiteral("Silver → Gold (Upgrade)"));
    QVERIFY(text("whatIfDiffLabel").contains(QLatin1String("Recommended Gold instead of Silver")));

    // Platinum's counts without its sales stay Gold; raising the sales flips it to Platinum.
    certified->setValue(5);
    preSale->setValue(2);
    won->setValue(10);
    QCOMPARE(text("whatIfResultLabel"), QStringLiteral("Silver → Gold (Upgrade)"));
    sales->setValue(20'000'000);
    QCOMPARE(text("whatIfResultLabel"), QStringLiteral("Silver → Platinum (Upgrade)"));
    QCOMPARE(m_window->trainingPage()->tierPanel()->whatIfVerdict().recommended, Tier::Platinum);

    // The real verdict is untouched, and nothing was written.
    QCOMPARE(text("tierVerdictLabel"), QStringLiteral("Silver → Silver"));
    QCOMPARE(auditCount(), before);
    QTest::mouseClick(find<QPushButton>("whatIfResetButton"), Qt::LeftButton);
    QCOMPARE(certified->value(), 1);
    QCOMPARE(text("whatIfResultLabel"), QStringLiteral("Silver → Silver (Keep)"));
    QCOMPARE(auditCount(), before);
}

// A Gold partner that has met only Silver for longer than the grace period: the verdict is a downgrade,
// and the what-if with the real metrics says the same (it used to start a new grace period today).
void TestTrainingPage::unchangedWhatIfIsTheVerdictAfterTheGracePeriod()
{
    {
        auto db = storage::Database::open(m_path);
        QVERIFY(db.ok());
        storage::PartnerRepository partners(db.value()->connection(), SystemClock::instance(), QStringLiteral("test"));
        auto p = partners.get(m_partner);
        QVERIFY(p.ok());
        Partner gold = p.value();
        gold.tier = Tier::Gold;
        QVERIFY(partners.update(gold).ok());
    }
    m_window->trainingPage()->reload();
    QCOMPARE(text("tierVerdictLabel"), QStringLiteral("Gold → Silver"));
    QCOMPARE(text("tierChangeLabel"), QStringLiteral("Downgrade"));
    QCOMPARE(text("whatIfResultLabel"), QStringLiteral("Gold → Silver (Downgrade)"));
    const TierVerdict &whatIf = m_window->trainingPage()->tierPanel()->whatIfVerdict();
    QCOMPARE(whatIf.change, TierChange::Downgrade);
    QCOMPARE(whatIf.recommended, Tier::Silver);
    QVERIFY(!whatIf.graceEnds.isValid());
    QCOMPARE(whatIf.explanation(QLocale()), text("tierExplanationLabel"));
    QVERIFY(text("whatIfDiffLabel").startsWith(QLatin1String("Same recommendation")));

    // Changing one input changes only what it changes: a second certified specialist keeps Gold.
    auto *certified = find<QSpinBox>("whatIfCertifiedSpin");
    certified->setValue(2);
    QCOMPARE(text("whatIfResultLabel"), QStringLiteral("Gold → Gold (Keep)"));
    QTest::mouseClick(find<QPushButton>("whatIfResetButton"), Qt::LeftButton);
    QCOMPARE(text("whatIfResultLabel"), QStringLiteral("Gold → Silver (Downgrade)"));
}

void TestTrainingPage::newRuleVersionChangesTheVerdictFromItsDate()
{
    const QDate from = m_today.addDays(-10);
    const qint64 before = auditCount();
    bool saved = false;
    QString error = QStringLiteral("dialog not found");
    QTimer::singleShot(0, this, [&] {
        auto *dialog = qobject_cast<views::ProgramRulesDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        QVERIFY(find<QLabel>(dialog, "ruleExampleLabel")->isVisibleTo(dialog));
        dialog->addVersion(from);
        find<QSpinBox>(dialog, "ruleGoldCertifiedSpin")->setValue(1);
        QTest::mouseClick(find<QPushButton>(dialog, "ruleSaveButton"), Qt::LeftButton);
        auto *errorLabel = find<QLabel>(dialog, "ruleErrorLabel");
        error = errorLabel->isVisibleTo(dialog) ? errorLabel->text() : QString();
        saved = error.isEmpty();
        // The saved version is the program's own: no longer labelled as an example default.
        QVERIFY(dialog->selectVersion(from));
        QVERIFY(!find<QLabel>(dialog, "ruleExampleLabel")->isVisibleTo(dialog));
        dialog->reject();
    });
    QAction *action = find<QAction>("programRulesAction");
    QVERIFY(action && action->isEnabled());
    action->trigger();
    QVERIFY2(saved, qPrintable(error));
    QVERIFY(auditCount() > before);

    {
        auto db = storage::Database::open(m_path);
        QVERIFY(db.ok());
        storage::ProgramRulesRepository rules(db.value()->connection(), SystemClock::instance(), QStringLiteral("t"));
        auto book = rules.load();
        QVERIFY(book.ok());
        QCOMPARE(book.value().at(from).gold.minCertifiedSpecialists, 1);
        QVERIFY(!book.value().at(from).exampleDefaults);
        QCOMPARE(book.value().at(from.addDays(-1)).gold.minCertifiedSpecialists, 2);
    }

    // From its date the partner's one specialist is enough for Gold; the day before, with the same
    // metrics, it was not.
    QTRY_COMPARE(text("tierVerdictLabel"), QStringLiteral("Silver → Gold"));
    QVERIFY(!find<QLabel>("tierExampleLabel")->isVisibleTo(m_window.get()));
    m_window->trainingPage()->setAsOf(from.addDays(-1));
    QCOMPARE(text("tierVerdictLabel"), QStringLiteral("Silver → Silver"));
    QVERIFY(find<QLabel>("tierExampleLabel")->isVisibleTo(m_window.get()));
    m_window->trainingPage()->setAsOf(from);
    QCOMPARE(text("tierVerdictLabel"), QStringLiteral("Silver → Gold"));
}

void TestTrainingPage::ctrlSSavesTheRuleVersion()
{
    const QDate from = m_today.addDays(-5);
    bool pressed = false;
    QTimer::singleShot(0, this, [&] {
        auto *dialog = qobject_cast<views::ProgramRulesDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        dialog->addVersion(from);
        QApplication::setActiveWindow(dialog); // offscreen, a modal dialog is not made active by itself
        auto *spin = find<QSpinBox>(dialog, "ruleGoldCertifiedSpin");
        spin->setFocus();
        spin->setValue(3);
        QTest::keySequence(spin, QKeySequence::Save);
        pressed = true;
        dialog->reject();
    });
    find<QAction>("programRulesAction")->trigger();
    QVERIFY(pressed);
    auto db = storage::Database::open(m_path);
    QVERIFY(db.ok());
    storage::ProgramRulesRepository rules(db.value()->connection(), SystemClock::instance(), QStringLiteral("t"));
    auto book = rules.load();
    QVERIFY(book.ok());
    QCOMPARE(book.value().at(from).gold.minCertifiedSpecialists, 3);
}

void TestTrainingPage::chartCountsCertifiedSpecialistsPerMonth()
{
    Certificate old;
    old.personId = QStringLiteral("p1");
    old.issuedOn = QDate(2025, 1, 10);
    old.expiresOn = QDate(2025, 6, 10);
    Certificate pre = old;
    pre.personId = QStringLiteral("p2");
    pre.competence = Competence::PreSale;
    pre.issuedOn = QDate(2025, 3, 1);
    pre.expiresOn = QDate(2027, 3, 1);
    Certificate second = pre;
    second.personId = QStringLiteral("p1");
    second.issuedOn = QDate(2025, 6, 1);
    // Month ends January to June 2025, then the as-of date (15 July).
    const auto counts = views::TrainingCharts::specialistsByMonth({old, pre, second}, QDate(2025, 7, 15), 7);
    const QList<std::pair<int, int>> expected = {{1, 0}, {1, 0}, {2, 1}, {2, 1}, {2, 1}, {2, 2}, {2, 2}};
    QCOMPARE(counts, expected);
}

QTEST_MAIN(TestTrainingPage)
#include "tst_trainingpage.moc"
