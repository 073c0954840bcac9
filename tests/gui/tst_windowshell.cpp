#include "Appearance.h"
#include "Database.h"
#include "DealRepository.h"
#include "DealsPage.h"
#include "MainWindow.h"
#include "PartnerRepository.h"
#include "ReviewQueuePage.h"
#include "ServerTrust.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QCommandLinkButton>
#include <QDialogButtonBox>
#include <QElapsedTimer>
#include <QFile>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>

#include <functional>
#include <memory>

using namespace pd;
using namespace pd::domain;
using pd::views::MainWindow;

namespace {

// Answers the window named `name` (a modal dialog or message box) once it shows: the tests run offscreen
// and the dialogs are modal, so the answer comes from a timer inside the dialog's own event loop.
void whenShown(const QString &name, std::function<void(QWidget *)> answer)
{
    auto *timer = new QTimer;
    auto clock = std::make_shared<QElapsedTimer>();
    clock->start();
    timer->setInterval(20);
    QObject::connect(timer, &QTimer::timeout, [timer, clock, name, answer] {
        const QList<QWidget *> windows = QApplication::topLevelWidgets();
        for (QWidget *w : windows) {
            if (w->objectName() == name && w->isVisible()) {
                timer->stop();
                timer->deleteLater();
                answer(w);
                return;
            }
        }
        if (clock->elapsed() > 60'000) {
            timer->stop();
            timer->deleteLater();
        }
    });
    timer->start();
}

void click(QWidget *parent, const char *buttonName)
{
    auto *button = parent->findChild<QAbstractButton *>(QLatin1String(buttonName));
    QVERIFY2(button, buttonName);
    button->click();
}

qint64 countOf(const QString &path, const QString &sql)
{
    auto db = storage::Database::open(path, storage::Database::Mode::OpenExisting);
    if (!db)
        return -1;
    QSqlQuery q(db.value()->connection());
    if (!q.exec(sql) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

} // namespace

// The main window's shell: the in-app demo data, the question before unsent changes are left behind,
// Sync now without an account, readable unsent changes, the keyboard, and the light and dark looks.
class TestWindowShell final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void demoFromTheWelcomeDialogFillsTheReviewQueueAndDeals();
    void quittingWithUnsentChangesAsks();
    void quittingWithUnsentChangesOffersSyncWithAnAccount();
    void switchingDatabaseWithUnsentChangesAsks();
    void syncNowWithoutAnAccountOpensTheAccountDialog();
    void unsentChangesReadAsTheFormsSayThem();
    void ctrlNumberOpensThePagesInSidebarOrder();
    void ctrlFPutsTheCursorInTheSearchField();
    void shortcutsDialogListsEveryShortcut();
    void darkAppearanceAppliesAtOnceAndPersists();

private:
    // A database holding one partner and one deal made through the repositories, so their changes wait
    // in the outbox as unsent.
    QString databaseWithUnsentChanges();
    std::unique_ptr<MainWindow> openWindow(const QString &path);

    QTemporaryDir m_dir;
    int m_files = 0;
};

void TestWindowShell::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("PartnerDeskTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_windowshell"));
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QVERIFY(m_dir.isValid());
}

void TestWindowShell::init()
{
    QSettings().clear();
    pd::sync::ServerTrust().setAccount({});
}

QString TestWindowShell::databaseWithUnsentChanges()
{
    const QString path = m_dir.filePath(QStringLiteral("unsent%1.db").arg(++m_files));
    auto db = storage::Database::open(path);
    if (!db)
        return {};
    storage::PartnerRepository partners(db.value()->connection(), SystemClock::instance(), QStringLiteral("test"));
    Partner p;
    p.name = QStringLiteral("ООО «Альфа»");
    p.inn = QStringLiteral("7707083893");
    p.registeredOn = QDate(2015, 1, 1);
    p.stage = OnboardingStage::AgreementSigned;
    auto partner = partners.create(p);
    if (!partner)
        return {};
    storage::DealRepository deals(db.value()->connection(), SystemClock::instance(), QStringLiteral("test"));
    Registration r;
    r.partnerId = partner.value().id;
    r.customerName = QStringLiteral("ООО «Ромашка»");
    r.customerProjectIds = {QStringLiteral("PRJ-7"), QStringLiteral("PRJ-8")};
    r.expectedYear = 2026;
    r.expectedQuarter = 3;
    r.products = {QStringLiteral("Cloud Servers")};
    r.amount = Money::rub(1'500'000'00);
    r.state = ApplicationState::AwaitingReview;
    if (!deals.create(r))
        return {};
    return path;
}

std::unique_ptr<MainWindow> TestWindowShell::openWindow(const QString &path)
{
    auto window = std::make_unique<MainWindow>();
    window->show();
    window->activateWindow();
    if (!QTest::qWaitForWindowActive(window.get()) || !window->openDatabase(path))
        return {};
    return window;
}

void TestWindowShell::demoFromTheWelcomeDialogFillsTheReviewQueueAndDeals()
{
    const QString path = storage::Database::defaultPath();
    QFile::remove(path);
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    bool progressShown = false;
    whenShown(QStringLiteral("welcomeDialog"), [](QWidget *dialog) { click(dialog, "welcomeDemoButton"); });
    whenShown(QStringLiteral("demoProgressDialog"), [&progressShown](QWidget *) { progressShown = true; });
    QElapsedTimer clock;
    clock.start();
    window.startUp({}); // no database yet: the welcome dialog, then the demo data
    QCOMPARE(window.databasePath(), path);
    QVERIFY2(progressShown, "the demo data is made with a progress dialog");
    qInfo("in-app demo data made in %lld ms", clock.elapsed());

    // What a manager sees first: registrations to review, deals, and commission figures.
    window.showPage(MainWindow::Page::ReviewQueue);
    QTRY_VERIFY(window.reviewQueuePage()->queueCount() > 0);
    window.showPage(MainWindow::Page::Deals);
    QTRY_VERIFY(window.dealsPage()->rowCount() > 0);
    const QString awaiting =
        QStringLiteral("SELECT count(*) FROM deals WHERE state = '%1'").arg(toKey(ApplicationState::AwaitingReview));
    QVERIFY(countOf(path, awaiting) > 0);
    for (ApplicationState state :
         {ApplicationState::InProgress, ApplicationState::Registered, ApplicationState::Rejected})
        QVERIFY2(countOf(path, QStringLiteral("SELECT count(*) FROM deals WHERE state = '%1'").arg(toKey(state))) > 0,
                 qPrintable(toKey(state)));
    QVERIFY(countOf(path, QStringLiteral("SELECT count(*) FROM commission_lines")) > 0);
    QVERIFY(countOf(path, QStringLiteral("SELECT count(*) FROM certificates")) > 0);
    // Demo data never goes to a team server: nothing waits to be sent, so closing asks nothing.
    QCOMPARE(countOf(path, QStringLiteral("SELECT count(*) FROM outbox")), 0);
    QVERIFY(window.close());
}

void TestWindowShell::quittingWithUnsentChangesAsks()
{
    const QString path = databaseWithUnsentChanges();
    QVERIFY(!path.isEmpty());
    auto window = openWindow(path);
    QVERIFY(window);

    QString question;
    whenShown(QStringLiteral("unsentChangesBox"), [&question](QWidget *w) {
        auto *box = static_cast<QMessageBox *>(w);
        question = box->text() + QLatin1Char('\n') + box->informativeText();
        click(box, "unsentCancelButton");
    });
    QTest::keyClick(window.get(), Qt::Key_Q, Qt::ControlModifier); // File → Quit
    QVERIFY2(question.contains(QStringLiteral("2 changes have not been sent")), qPrintable(question));
    QVERIFY2(question.contains(QStringLiteral("stay in this file")), qPrintable(question)); // no account
    QVERIFY(window->isVisible());

    whenShown(QStringLiteral("unsentChangesBox"), [](QWidget *box) { click(box, "unsentLeaveButton"); });
    QVERIFY(window->close());
    QVERIFY(!window->isVisible());
}

void TestWindowShell::quittingWithUnsentChangesOffersSyncWithAnAccount()
{
    const QString path = databaseWithUnsentChanges();
    QVERIFY(!path.isEmpty());
    // An unreachable server: the sync fails, which is not what this test is about.
    pd::sync::ServerTrust().setAccount({QUrl(QStringLiteral("https://127.0.0.1:9")), QStringLiteral("maria")});
    auto window = openWindow(path);
    QVERIFY(window);
    QString syncText;
    whenShown(QStringLiteral("unsentChangesBox"), [&syncText](QWidget *box) {
        auto *sync = box->findChild<QPushButton *>(QStringLiteral("unsentSyncButton"));
        QVERIFY(sync);
        syncText = sync->text();
        sync->click();
    });
    QVERIFY(!window->close()); // Sync now keeps the window open, on the Sync page
    QVERIFY2(syncText.contains(QStringLiteral("Sync Now")), qPrintable(syncText));
    auto *navigation = window->findChild<QListWidget *>(QStringLiteral("navigationList"));
    QCOMPARE(navigation->currentRow(), static_cast<int>(MainWindow::Page::Sync));
    whenShown(QStringLiteral("unsentChangesBox"), [](QWidget *box) { click(box, "unsentLeaveButton"); });
    QVERIFY(window->close());
    pd::sync::ServerTrust().setAccount({});
}

void TestWindowShell::switchingDatabaseWithUnsentChangesAsks()
{
    const QString path = databaseWithUnsentChanges();
    QVERIFY(!path.isEmpty());
    auto window = openWindow(path);
    QVERIFY(window);
    const QString other = m_dir.filePath(QStringLiteral("other.db"));
    bool asked = false;
    whenShown(QStringLiteral("unsentChangesBox"), [&asked](QWidget *box) {
        asked = true;
        click(box, "unsentCancelButton");
    });
    QVERIFY(!window->openDatabase(other)); // cancelled: the file with the changes stays open
    QVERIFY(asked);
    QCOMPARE(window->databasePath(), path);
    whenShown(QStringLiteral("unsentChangesBox"), [](QWidget *box) { click(box, "unsentLeaveButton"); });
    QVERIFY(window->openDatabase(other));
    QCOMPARE(window->databasePath(), other);
    QVERIFY(window->close()); // the new file has nothing unsent: no question
}

void TestWindowShell::syncNowWithoutAnAccountOpensTheAccountDialog()
{
    const QString path = databaseWithUnsentChanges();
    auto window = openWindow(path);
    QVERIFY(window);
    window->showPage(MainWindow::Page::Sync);
    auto *syncNow = window->findChild<QPushButton *>(QStringLiteral("syncNowButton"));
    QVERIFY(syncNow);
    QTRY_VERIFY(syncNow->isEnabled());
    bool opened = false;
    whenShown(QStringLiteral("accountDialog"), [&opened](QWidget *dialog) {
        opened = true;
        static_cast<QDialog *>(dialog)->reject();
    });
    QTest::mouseClick(syncNow, Qt::LeftButton);
    QTRY_VERIFY(opened);
    whenShown(QStringLiteral("unsentChangesBox"), [](QWidget *box) { click(box, "unsentLeaveButton"); });
    QVERIFY(window->close());
}

void TestWindowShell::unsentChangesReadAsTheFormsSayThem()
{
    const QString path = databaseWithUnsentChanges();
    auto window = openWindow(path);
    QVERIFY(window);
    window->showPage(MainWindow::Page::Sync);
    auto *changes = window->findChild<QTableWidget *>(QStringLiteral("changesTable"));
    QVERIFY(changes);
    QTRY_COMPARE(changes->rowCount(), 2);
    QString dealChange;
    for (int row = 0; row < changes->rowCount(); ++row) {
        if (changes->item(row, 1)->text().contains(QStringLiteral("Ромашка")))
            dealChange = changes->item(row, 2)->text();
    }
    QVERIFY2(dealChange.contains(QStringLiteral("Amount excl. VAT: ")), qPrintable(dealChange));
    QVERIFY2(dealChange.contains(QStringLiteral("1,500,000.00")), qPrintable(dealChange)); // money, not kopecks
    QVERIFY2(dealChange.contains(QStringLiteral("Project IDs: PRJ-7, PRJ-8")), qPrintable(dealChange));
    QVERIFY2(!dealChange.contains(QStringLiteral("amount_minor")), qPrintable(dealChange));
    QVERIFY2(!dealChange.contains(QStringLiteral("customer_project_ids")), qPrintable(dealChange));
    // The empty conflicts table says what it is for.
    auto *conflicts = window->findChild<QTableWidget *>(QStringLiteral("conflictsTable"));
    QVERIFY(conflicts);
    QCOMPARE(conflicts->rowCount(), 0);
    QVERIFY2(conflicts->property("emptyText").toString().startsWith(QStringLiteral("No conflicts")),
             qPrintable(conflicts->property("emptyText").toString()));
    whenShown(QStringLiteral("unsentChangesBox"), [](QWidget *box) { click(box, "unsentLeaveButton"); });
    QVERIFY(window->close());
}

void TestWindowShell::ctrlNumberOpensThePagesInSidebarOrder()
{
    auto window = openWindow(m_dir.filePath(QStringLiteral("keys.db")));
    QVERIFY(window);
    auto *navigation = window->findChild<QListWidget *>(QStringLiteral("navigationList"));
    QCOMPARE(navigation->count(), 7);
    for (int row : {3, 0, 6, 4, 1, 5, 2}) {
        QTest::keyClick(window.get(), Qt::Key(Qt::Key_1 + row), Qt::ControlModifier);
        QCOMPARE(navigation->currentRow(), row);
    }
}

void TestWindowShell::ctrlFPutsTheCursorInTheSearchField()
{
    auto window = openWindow(m_dir.filePath(QStringLiteral("find.db")));
    QVERIFY(window);
    const QList<std::pair<MainWindow::Page, QString>> pages{
        {MainWindow::Page::Training, QStringLiteral("trainingPartnerSearch")},
        {MainWindow::Page::Partners, QStringLiteral("partnerSearchEdit")},
    };
    for (const auto &[page, name] : pages) {
        window->showPage(page);
        auto *navigation = window->findChild<QListWidget *>(QStringLiteral("navigationList"));
        navigation->setFocus();
        auto *search = window->findChild<QLineEdit *>(name);
        QVERIFY2(search, qPrintable(name));
        QTRY_VERIFY(search->isVisible());
        QTest::keyClick(window.get(), Qt::Key_F, Qt::ControlModifier);
        QTRY_COMPARE(QApplication::focusWidget(), search);
    }
}

void TestWindowShell::shortcutsDialogListsEveryShortcut()
{
    auto window = openWindow(m_dir.filePath(QStringLiteral("shortcuts.db")));
    QVERIFY(window);
    auto *action = window->findChild<QAction *>(QStringLiteral("keyboardShortcutsAction"));
    QVERIFY(action);
    QStringList listed;
    whenShown(QStringLiteral("shortcutsDialog"), [&listed](QWidget *dialog) {
        auto *tree = dialog->findChild<QTreeWidget *>(QStringLiteral("shortcutsTree"));
        for (int i = 0; tree && i < tree->topLevelItemCount(); ++i) {
            for (int j = 0; j < tree->topLevelItem(i)->childCount(); ++j)
                listed << tree->topLevelItem(i)->child(j)->text(1);
        }
        static_cast<QDialog *>(dialog)->accept();
    });
    action->trigger();
    const QString all = listed.join(QStringLiteral(", "));
    // Every shortcut of every action in the window (pages built when the dialog opened) is listed.
    const QList<QAction *> actions = window->findChildren<QAction *>();
    int checked = 0;
    for (const QAction *a : actions) {
        const QList<QKeySequence> keys = a->shortcuts();
        for (const QKeySequence &key : keys) {
            QVERIFY2(all.contains(key.toString(QKeySequence::NativeText)),
                     qPrintable(a->objectName() + QLatin1Char(' ') + key.toString() + QStringLiteral(" in ") + all));
            ++checked;
        }
    }
    QVERIFY(checked >= 15);
    for (const QKeySequence &key : {QKeySequence(Qt::CTRL | Qt::Key_F), QKeySequence(Qt::CTRL | Qt::Key_Q),
                                    QKeySequence(Qt::CTRL | Qt::Key_1), QKeySequence(Qt::CTRL | Qt::Key_7),
                                    QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_E)})
        QVERIFY2(all.contains(key.toString(QKeySequence::NativeText)), qPrintable(key.toString()));
}

void TestWindowShell::darkAppearanceAppliesAtOnceAndPersists()
{
    using pd::views::theme::Choice;
    pd::views::theme::apply(Choice::Light);
    auto window = openWindow(m_dir.filePath(QStringLiteral("theme.db")));
    QVERIFY(window);
    QVERIFY(QApplication::palette().color(QPalette::Window).lightness() > 200);
    auto *preferences = window->findChild<QAction *>(QStringLiteral("preferencesAction"));
    QVERIFY(preferences);
    const auto choose = [&preferences](Choice choice) {
        whenShown(QStringLiteral("preferencesDialog"), [choice](QWidget *dialog) {
            auto *combo = dialog->findChild<QComboBox *>(QStringLiteral("themeCombo"));
            QVERIFY(combo);
            combo->setCurrentIndex(combo->findData(static_cast<int>(choice)));
            dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
        });
        preferences->trigger();
    };
    choose(Choice::Dark);
    QVERIFY(QApplication::palette().color(QPalette::Window).lightness() < 60);
    QVERIFY(QApplication::palette().color(QPalette::Text).lightness() > 200);
    QVERIFY(window->palette().color(QPalette::Window).lightness() < 60); // the open window, without a restart
    QCOMPARE(QSettings().value(QStringLiteral("ui/theme")).toString(), QStringLiteral("dark"));
    QCOMPARE(pd::views::theme::choice(), Choice::Dark);

    choose(Choice::Light);
    QVERIFY(QApplication::palette().color(QPalette::Window).lightness() > 200);
    QCOMPARE(QSettings().value(QStringLiteral("ui/theme")).toString(), QStringLiteral("light"));
}

QTEST_MAIN(TestWindowShell)
#include "tst_windowshell.moc"
