#include "Database.h"
#include "MainWindow.h"
#include "PartnerRepository.h"

#include <QAction>
#include <QApplication>
#include <QCalendarWidget>
#include <QComboBox>
#include <QDateEdit>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using pd::views::MainWindow;

// The partner form says why it cannot be saved, marks what is required, keeps its fields in place
// when a message appears, opens an empty date's calendar at today, and saves with Ctrl+S. Drives the
// real main window offscreen over a temporary database.
class TestPartnerEditor final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void blockedSaveNamesTheMissingDateAndHighlightsIt();
    void requiredFieldsCarryTheSameMarker();
    void emptyDateCalendarOpensAtThisMonth();
    void aMessageDoesNotMoveTheFieldsBelowIt();
    void ctrlSSavesThePartner();
    void ctrlSWhenBlockedGoesToTheMissingField();
    void ctrlSKeepsTheContactBeingTyped();

private:
    template <typename T>
    T *find(const char *name) const
    {
        auto *w = m_window->findChild<T *>(QLatin1String(name));
        if (!w)
            qWarning("no child named %s", name);
        return w;
    }
    void newPartnerWithoutDate();
    QList<pd::domain::Partner> storedPartners() const;

    QTemporaryDir m_dir;
    std::unique_ptr<MainWindow> m_window;
};

void TestPartnerEditor::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("PartnerDeskTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_partnereditor"));
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QVERIFY(m_dir.isValid());
}

void TestPartnerEditor::init()
{
    static int n = 0;
    m_window = std::make_unique<MainWindow>();
    m_window->resize(1366, 768);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QVERIFY(m_window->openDatabase(m_dir.filePath(QStringLiteral("editor%1.db").arg(++n))));
    m_window->showPage(MainWindow::Page::Partners);
}

void TestPartnerEditor::cleanup()
{
    m_window.reset();
}

// What a manager does on the new-partner form: the name, the INN, and nothing in «Registered on».
void TestPartnerEditor::newPartnerWithoutDate()
{
    QAction *newPartner = find<QAction>("newPartnerAction");
    QVERIFY(newPartner && newPartner->isEnabled());
    newPartner->trigger();
    auto *name = find<QLineEdit>("partnerNameEdit");
    name->setFocus();
    QTest::keyClicks(name, QStringLiteral("Northern Cloud"));
    auto *inn = find<QLineEdit>("partnerInnEdit");
    inn->setFocus();
    QTest::keyClicks(inn, QStringLiteral("7707083893"));
}

QList<pd::domain::Partner> TestPartnerEditor::storedPartners() const
{
    auto db = pd::storage::Database::open(m_window->databasePath(), pd::storage::Database::Mode::OpenExisting);
    if (!db)
        return {};
    pd::storage::PartnerRepository repo(db.value()->connection(), pd::SystemClock::instance(), QStringLiteral("t"));
    auto list = repo.list();
    QList<pd::domain::Partner> partners;
    for (const pd::storage::PartnerSummary &summary : list ? list.value() : QList<pd::storage::PartnerSummary>{}) {
        if (auto partner = repo.get(summary.id))
            partners.append(partner.value());
    }
    return partners;
}

void TestPartnerEditor::blockedSaveNamesTheMissingDateAndHighlightsIt()
{
    newPartnerWithoutDate();
    auto *save = find<QPushButton>("savePartnerButton");
    QVERIFY(!save->isEnabled());
    auto *reason = find<QLabel>("partnerSaveBlockedLabel");
    QVERIFY(reason->isVisible());
    QVERIFY2(reason->text().contains(QLatin1String("Registered on is required")), qPrintable(reason->text()));
    QVERIFY2(save->toolTip().contains(QLatin1String("Registered on is required")), qPrintable(save->toolTip()));
    QVERIFY(!reason->text().contains(QLatin1String("Name")));
    QVERIFY(!reason->text().contains(QLatin1String("INN")));

    // The field it names is the one highlighted, with its message under it; the filled ones are not.
    auto *date = find<QDateEdit>("partnerRegisteredEdit");
    QVERIFY(date->property("invalid").toBool());
    QVERIFY(find<QLabel>("fieldMessage_registered_on")->isVisible());
    QVERIFY(!find<QLineEdit>("partnerNameEdit")->property("invalid").toBool());
    QVERIFY(!find<QLineEdit>("partnerInnEdit")->property("invalid").toBool());

    // Setting the date clears the reason and enables Save.
    date->setDate(QDate(2015, 6, 1));
    QVERIFY(save->isEnabled());
    QVERIFY(reason->text().isEmpty());
    QVERIFY(!date->property("invalid").toBool());
}

void TestPartnerEditor::requiredFieldsCarryTheSameMarker()
{
    find<QAction>("newPartnerAction")->trigger();
    // Before anything is typed the form says what to fill in, without highlighting anything yet.
    const QString hint = find<QLabel>("partnerSaveBlockedLabel")->text();
    QVERIFY2(hint.contains(QLatin1String("Name, INN, Registered on")), qPrintable(hint));
    QVERIFY(!find<QDateEdit>("partnerRegisteredEdit")->property("invalid").toBool());

    QString marker;
    for (const char *name : {"fieldLabel_name", "fieldLabel_inn", "fieldLabel_registered_on", "fieldLabel_wl_brand"}) {
        auto *label = find<QLabel>(name);
        QVERIFY(label);
        QVERIFY2(label->property("required").toBool(), name);
        const QString text = label->text();
        const QString tail = text.mid(text.indexOf(QLatin1String("<span")));
        QVERIFY2(tail.contains(QLatin1Char('*')), qPrintable(text));
        if (marker.isEmpty())
            marker = tail;
        QCOMPARE(tail, marker);
    }
    for (const char *name : {"fieldLabel_region", "fieldLabel_manager", "fieldLabel_legal_form"}) {
        auto *label = find<QLabel>(name);
        QVERIFY(label);
        QVERIFY2(!label->text().contains(QLatin1Char('*')), name);
    }
    // A contact's name is required too: its column is marked alike.
    QVERIFY(find<QTableWidget>("peopleTable")->horizontalHeaderItem(0)->text().endsWith(QLatin1String(" *")));
}

void TestPartnerEditor::emptyDateCalendarOpensAtThisMonth()
{
    find<QAction>("newPartnerAction")->trigger();
    auto *date = find<QDateEdit>("partnerRegisteredEdit");
    QVERIFY(!date->text().contains(QLatin1String("1900")));
    QVERIFY2(date->text().contains(QLatin1String("required")), qPrintable(date->text()));

    // Open the calendar with its arrow, as a person would.
    QCalendarWidget *calendar = date->calendarWidget();
    QTest::mouseClick(date, Qt::LeftButton, {}, QPoint(date->width() - 8, date->height() / 2));
    QTRY_VERIFY(calendar->isVisible());
    const QDate today = QDate::currentDate();
    QCOMPARE(calendar->yearShown(), today.year());
    QCOMPARE(calendar->monthShown(), today.month());
    // Opening it chose nothing: the field is still empty.
    QVERIFY(date->text().contains(QLatin1String("required")));
    calendar->window()->hide();
}

void TestPartnerEditor::aMessageDoesNotMoveTheFieldsBelowIt()
{
    find<QAction>("newPartnerAction")->trigger();
    auto *page = find<QWidget>("partnerDetailsPage");
    auto *inn = find<QLineEdit>("partnerInnEdit");
    auto *below = find<QDateEdit>("partnerRegisteredEdit");
    auto *role = find<QComboBox>("partnerRoleCombo");
    const QPoint dateBefore = below->mapTo(page, QPoint(0, 0));
    const QPoint roleBefore = role->mapTo(page, QPoint(0, 0));
    auto *message = find<QLabel>("fieldMessage_inn");
    QVERIFY(!message->isVisible());

    inn->setFocus();
    QTest::keyClicks(inn, QStringLiteral("7707083890")); // a wrong check digit
    QVERIFY(message->isVisible());
    QVERIFY(!message->text().isEmpty());
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    QCOMPARE(below->mapTo(page, QPoint(0, 0)), dateBefore);
    QCOMPARE(role->mapTo(page, QPoint(0, 0)), roleBefore);
    // The message's line sits between the INN and the next field, not over either.
    QVERIFY(message->geometry().top() >= inn->geometry().bottom());
}

void TestPartnerEditor::ctrlSSavesThePartner()
{
    newPartnerWithoutDate();
    find<QDateEdit>("partnerRegisteredEdit")->setDate(QDate(2015, 6, 1));
    auto *region = find<QLineEdit>("partnerRegionEdit");
    region->setFocus();
    QTest::keyClicks(region, QStringLiteral("Moscow"));
    QVERIFY(storedPartners().isEmpty());
    QTest::keySequence(region, QKeySequence::Save);
    const QList<pd::domain::Partner> stored = storedPartners();
    QCOMPARE(stored.size(), 1);
    QCOMPARE(stored.first().name, QStringLiteral("Northern Cloud"));
    QCOMPARE(stored.first().region, QStringLiteral("Moscow"));
    QCOMPARE(stored.first().registeredOn, QDate(2015, 6, 1));
    QVERIFY(!find<QPushButton>("savePartnerButton")->isEnabled()); // saved: nothing left to save

    // An edit of the stored partner is saved by Ctrl+S as well.
    region->setFocus();
    region->selectAll();
    QTest::keyClicks(region, QStringLiteral("Kazan"));
    QTest::keySequence(region, QKeySequence::Save);
    QCOMPARE(storedPartners().first().region, QStringLiteral("Kazan"));
}

void TestPartnerEditor::ctrlSWhenBlockedGoesToTheMissingField()
{
    newPartnerWithoutDate();
    auto *inn = find<QLineEdit>("partnerInnEdit");
    inn->setFocus();
    QTest::keySequence(inn, QKeySequence::Save);
    QVERIFY(storedPartners().isEmpty());
    auto *date = find<QDateEdit>("partnerRegisteredEdit");
    QTRY_VERIFY(date->hasFocus());
    QVERIFY(date->property("invalid").toBool());
}

void TestPartnerEditor::ctrlSKeepsTheContactBeingTyped()
{
    newPartnerWithoutDate();
    find<QDateEdit>("partnerRegisteredEdit")->setDate(QDate(2015, 6, 1));
    auto *inn = find<QLineEdit>("partnerInnEdit");
    inn->setFocus();
    QTest::keySequence(inn, QKeySequence::Save);
    QCOMPARE(storedPartners().size(), 1);
    QTest::qWait(50); // the page shows the stored partner again

    // A new contact whose name is still in the cell editor when Ctrl+S is pressed.
    auto *people = find<QTableWidget>("peopleTable");
    qobject_cast<QTabWidget *>(find<QWidget>("partnerTabs"))->setCurrentIndex(1);
    QTest::mouseClick(find<QPushButton>("addPersonButton"), Qt::LeftButton);
    QWidget *editor = QApplication::focusWidget();
    QVERIFY(editor && people->isAncestorOf(editor));
    QTest::keyClicks(editor, QStringLiteral("Anna Kim"));
    QVERIFY2(QApplication::focusWidget() == editor, QApplication::focusWidget()->metaObject()->className());
    QTest::keySequence(editor, QKeySequence::Save);
    const QList<pd::domain::Partner> stored = storedPartners();
    QCOMPARE(stored.size(), 1);
    QCOMPARE(stored.first().people.size(), 1);
    QCOMPARE(stored.first().people.first().name, QStringLiteral("Anna Kim"));
}

QTEST_MAIN(TestPartnerEditor)
#include "tst_partnereditor.moc"
