#include "ConflictPanel.h"
#include "Database.h"
#include "DealRepository.h"
#include "DealService.h"
#include "DealsModel.h"
#include "DealsPage.h"
#include "MainWindow.h"
#include "NewRegistrationDialog.h"
#include "PartnerRepository.h"
#include "ReviewQueuePage.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QAbstractItemView>
#include <QComboBox>
#include <QKeyEvent>
#include <QCompleter>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSqlDatabase>
#include <QSqlQuery>
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
    void ctrlEndThenCtrlEnterApprovesTheRegistrationShown();
    void ctrlDownThenCtrlEnterApprovesTheRegistrationShown();
    void rejectDialogNamesTheRegistrationShown();
    void severalSelectedAskForConfirmationNamingThem();
    void undoTakesADecisionBackUntilItIsSent();
    void searchFindsByCustomerInnPartnerAndProduct();
    void searchReadsYeAsYo();
    void partnerPickerFindsPartnersAsTyped();

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
    void clickQueueRow(int row, Qt::KeyboardModifiers modifiers = Qt::NoModifier);
    void press(int key, Qt::KeyboardModifiers modifiers = Qt::NoModifier);
    // Types text as keystrokes, Cyrillic included (QTest::keyClicks takes ASCII only).
    static void type(QWidget *widget, const QString &text);
    QString shownTitle() const { return find<QLabel>("reviewTitleLabel")->text(); }
    // The pending sync changes of one record, read from the database file as the sync engine reads them.
    int pendingChanges(const QString &id) const;
    // What a successful push does to the queue: the server has the changes, they leave the outbox.
    void markOutboxSent();
    // Answers the next message box: checks it says `expected`, then presses the button named `button`
    // (or the box's escape button when empty).
    void answerMessageBox(const QStringList &expected, const QString &button);
    // Answers the next reason dialog with `text` once it is open.
    void answerReasonDialog(const QString &text);

    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<MainWindow> m_window;
    QString m_alpha;
    QString m_beta;
    QString m_reliable;
    bool m_answered = false;
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
    m_path = path;
    {
        auto db = storage::Database::open(path);
        QVERIFY(db.ok());
        storage::PartnerRepository partners(db.value()->connection(), SystemClock::instance(), QStringLiteral("test"));
        for (auto [name, inn, id] :
             {std::tuple{QStringLiteral("ООО «Альфа»"), QStringLiteral("7707083893"), &m_alpha},
              std::tuple{QStringLiteral("АО «Бета»"), QStringLiteral("7736050003"), &m_beta},
              std::tuple{QStringLiteral("ООО «Надёжный партнёр»"), QStringLiteral("7702070139"), &m_reliable}}) {
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
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get())); // shortcuts answer in the active window
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
        selection.select(queue()->model()->index(row, 0),
                         queue()->model()->index(row, items::DealsModel::ColumnCount - 1));
    queue()->selectionModel()->setCurrentIndex(queue()->model()->index(rows.first(), 0), QItemSelectionModel::NoUpdate);
    queue()->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect);
}

void TestReviewQueue::clickQueueRow(int row, Qt::KeyboardModifiers modifiers)
{
    // The part of the customer's cell on screen (a narrow list scrolls sideways).
    const QRect rect = queue()
                           ->visualRect(queue()->model()->index(row, items::DealsModel::Customer))
                           .intersected(queue()->viewport()->rect());
    QVERIFY2(rect.isValid(), "the row is not on screen");
    QTest::mouseClick(queue()->viewport(), Qt::LeftButton, modifiers, rect.center());
}

void TestReviewQueue::press(int key, Qt::KeyboardModifiers modifiers)
{
    if (!m_window->isActiveWindow()) { // a dialog just closed: the window is active again, as on a desktop
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    }
    QWidget *target = QApplication::focusWidget() ? QApplication::focusWidget() : queue();
    QTest::keyClick(target, static_cast<Qt::Key>(key), modifiers);
}

void TestReviewQueue::type(QWidget *widget, const QString &text)
{
    for (const QChar c : text) {
        QKeyEvent press(QEvent::KeyPress, Qt::Key_unknown, Qt::NoModifier, QString(c));
        QApplication::sendEvent(widget, &press);
        QKeyEvent release(QEvent::KeyRelease, Qt::Key_unknown, Qt::NoModifier, QString(c));
        QApplication::sendEvent(widget, &release);
    }
}

int TestReviewQueue::pendingChanges(const QString &id) const
{
    int count = -1;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("probe"));
        db.setDatabaseName(m_path);
        if (db.open()) {
            QSqlQuery q(db);
            q.prepare(QStringLiteral(
                "SELECT count(*) FROM outbox WHERE entity = 'deal' AND entity_id = ? AND state = 'pending'"));
            q.addBindValue(id);
            if (q.exec() && q.next())
                count = q.value(0).toInt();
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("probe"));
    return count;
}

void TestReviewQueue::markOutboxSent()
{
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("probe"));
        db.setDatabaseName(m_path);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("DELETE FROM outbox WHERE state = 'pending'")));
        QVERIFY(q.numRowsAffected() > 0);
    }
    QSqlDatabase::removeDatabase(QStringLiteral("probe"));
}

void TestReviewQueue::answerMessageBox(const QStringList &expected, const QString &button)
{
    m_answered = false;
    auto *poll = new QTimer(this);
    poll->setInterval(10);
    auto tries = std::make_shared<int>(0);
    connect(poll, &QTimer::timeout, this, [this, poll, tries, expected, button] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box || !box->isVisible()) {
            if (++*tries > 300) {
                poll->deleteLater();
                QFAIL("no message box opened");
            }
            return;
        }
        poll->stop();
        poll->deleteLater();
        const QString said = box->text() + QLatin1Char('\n') + box->informativeText();
        m_answered = true;
        for (const QString &e : expected) {
            if (!said.contains(e))
                qWarning("«%s» not in: %s", qPrintable(e), qPrintable(said));
            m_answered = m_answered && said.contains(e);
        }
        if (button.isEmpty())
            box->reject();
        else
            QTest::mouseClick(box->findChild<QPushButton *>(button), Qt::LeftButton);
    });
    poll->start();
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
        reasonShown =
            reasonShown || (cell->objectName() == QLatin1String("conflictReasonLabel") && !cell->text().isEmpty());
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
    answerMessageBox({QStringLiteral("3"), QStringLiteral("ПАО «Василёк»")}, QStringLiteral("approveSeveralButton"));
    QTest::mouseClick(find<QPushButton>("approveButton"), Qt::LeftButton);
    QVERIFY(m_answered);

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
    r.description =
        QStringLiteral("Выделенное частное облако по требованиям 152-ФЗ, резервное копирование в другой регион.");
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

void TestReviewQueue::ctrlEndThenCtrlEnterApprovesTheRegistrationShown()
{
    const QString first = file(m_alpha, QStringLiteral("ООО «Ромашка»"), QStringLiteral("7728168971"));
    const QString middle = file(m_beta, QStringLiteral("ПАО «Василёк»"), QStringLiteral("7702070139"));
    const QString last = file(m_alpha, QStringLiteral("АО «Лютик»"), QStringLiteral("7736050003"));
    QCOMPARE(queueRows(), 3);
    clickQueueRow(0);
    QCOMPARE(shownTitle(), QStringLiteral("ООО «Ромашка»"));
    press(Qt::Key_End, Qt::ControlModifier);
    QCOMPARE(shownTitle(), QStringLiteral("АО «Лютик»")); // the form shows the last registration
    press(Qt::Key_Return, Qt::ControlModifier);

    QCOMPARE(stored(last).state, ApplicationState::Registered); // the one shown is the one decided
    QCOMPARE(stored(first).state, ApplicationState::AwaitingReview);
    QCOMPARE(stored(middle).state, ApplicationState::AwaitingReview);
    QCOMPARE(queueRows(), 2);
}

void TestReviewQueue::ctrlDownThenCtrlEnterApprovesTheRegistrationShown()
{
    const QString first = file(m_alpha, QStringLiteral("ООО «Ромашка»"), QStringLiteral("7728168971"));
    const QString second = file(m_beta, QStringLiteral("ПАО «Василёк»"), QStringLiteral("7702070139"));
    const QString third = file(m_alpha, QStringLiteral("АО «Лютик»"), QStringLiteral("7736050003"));
    clickQueueRow(0);
    press(Qt::Key_Down, Qt::ControlModifier);
    QCOMPARE(shownTitle(), QStringLiteral("ПАО «Василёк»"));
    QCOMPARE(m_window->reviewQueuePage()->selectedIds(), QStringList{second}); // the selection moved with it
    QVERIFY(!find<QLabel>("selectionNoteLabel")->isVisible());
    press(Qt::Key_Enter, Qt::ControlModifier);

    QCOMPARE(stored(second).state, ApplicationState::Registered);
    QCOMPARE(stored(first).state, ApplicationState::AwaitingReview);
    QCOMPARE(stored(third).state, ApplicationState::AwaitingReview);
    // The next registration takes its place, shown and selected: Ctrl+Enter again decides what is shown.
    QCOMPARE(shownTitle(), QStringLiteral("АО «Лютик»"));
    QCOMPARE(m_window->reviewQueuePage()->selectedIds(), QStringList{third});
}

void TestReviewQueue::rejectDialogNamesTheRegistrationShown()
{
    const QString first = file(m_alpha, QStringLiteral("ООО «Ромашка»"), QStringLiteral("7728168971"));
    const QString last = file(m_beta, QStringLiteral("ПАО «Василёк»"), QStringLiteral("7702070139"));
    clickQueueRow(0);
    press(Qt::Key_End, Qt::ControlModifier);
    QString subject;
    QTimer::singleShot(0, this, [&subject] {
        QWidget *dialog = QApplication::activeModalWidget();
        QVERIFY(dialog && dialog->objectName() == QLatin1String("reasonDialog"));
        subject = dialog->findChild<QLabel *>(QStringLiteral("reasonSubjectLabel"))->text();
        dialog->findChild<QPlainTextEdit *>(QStringLiteral("reasonEdit"))->setPlainText(QStringLiteral("Duplicate."));
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("reasonOkButton")), Qt::LeftButton);
    });
    press(Qt::Key_R, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(subject, QStringLiteral("ПАО «Василёк»"));
    QCOMPARE(stored(last).state, ApplicationState::Rejected);
    QCOMPARE(stored(first).state, ApplicationState::AwaitingReview);
}

void TestReviewQueue::severalSelectedAskForConfirmationNamingThem()
{
    const QString a = file(m_alpha, QStringLiteral("ООО «Ромашка»"), QStringLiteral("7728168971"));
    const QString b = file(m_beta, QStringLiteral("ПАО «Василёк»"), QStringLiteral("7702070139"));
    const QString c = file(m_alpha, QStringLiteral("АО «Лютик»"), QStringLiteral("7736050003"));
    clickQueueRow(0);
    clickQueueRow(2, Qt::ControlModifier);
    QCOMPARE(m_window->reviewQueuePage()->selectedIds().size(), 2);
    auto *note = find<QLabel>("selectionNoteLabel");
    QVERIFY(note->isVisible());
    QVERIFY2(note->text().contains(QStringLiteral("ООО «Ромашка»"))
                 && note->text().contains(QStringLiteral("АО «Лютик»"))
                 && !note->text().contains(QStringLiteral("Василёк")),
             qPrintable(note->text()));

    // Cancelled: nothing is decided.
    answerMessageBox(
        {QStringLiteral("Approve 2 registrations"), QStringLiteral("ООО «Ромашка»"), QStringLiteral("АО «Лютик»")}, {});
    press(Qt::Key_Return, Qt::ControlModifier);
    QVERIFY(m_answered);
    QCOMPARE(stored(a).state, ApplicationState::AwaitingReview);
    QCOMPARE(stored(c).state, ApplicationState::AwaitingReview);

    answerMessageBox({QStringLiteral("Approve 2 registrations")}, QStringLiteral("approveSeveralButton"));
    press(Qt::Key_Return, Qt::ControlModifier);
    QVERIFY(m_answered);
    QCOMPARE(stored(a).state, ApplicationState::Registered);
    QCOMPARE(stored(c).state, ApplicationState::Registered);
    QCOMPARE(stored(b).state, ApplicationState::AwaitingReview); // not selected, not decided
}

void TestReviewQueue::undoTakesADecisionBackUntilItIsSent()
{
    const QString id = file(m_alpha, QStringLiteral("ООО «Ромашка»"), QStringLiteral("7728168971"));
    file(m_beta, QStringLiteral("ПАО «Василёк»"), QStringLiteral("7702070139"));
    QCOMPARE(pendingChanges(id), 1); // filed, not yet sent
    auto *undo = find<QAction>("undoAction");
    QVERIFY(!undo->isEnabled());
    clickQueueRow(0);
    press(Qt::Key_Return, Qt::ControlModifier);
    QCOMPARE(stored(id).state, ApplicationState::Registered);
    QCOMPARE(pendingChanges(id), 2);
    QCOMPARE(queueRows(), 1);

    QVERIFY(undo->isEnabled());
    QVERIFY2(undo->text().contains(QStringLiteral("ООО «Ромашка»")), qPrintable(undo->text()));
    undo->trigger();
    Registration back = stored(id);
    QCOMPARE(back.state, ApplicationState::AwaitingReview);
    QVERIFY(!back.registeredAt.isValid());
    QCOMPARE(pendingChanges(id), 1); // the approval never leaves for the server
    QCOMPARE(queueRows(), 2);
    QCOMPARE(shownTitle(), QStringLiteral("ООО «Ромашка»")); // back in the queue, shown
    // The history keeps both the decision and its undo.
    auto history = m_window->dealService()->historyOf(id);
    QVERIFY(history.ok());
    QCOMPARE(history.value().size(), 3);

    // Redo approves again; once the approval has been sent, undo says why it cannot.
    find<QAction>("redoAction")->trigger();
    QCOMPARE(stored(id).state, ApplicationState::Registered);
    markOutboxSent();
    answerMessageBox({QStringLiteral("sent")}, {});
    undo->trigger();
    QVERIFY(m_answered);
    QCOMPARE(stored(id).state, ApplicationState::Registered);
    QVERIFY(!undo->isEnabled());
}

void TestReviewQueue::searchFindsByCustomerInnPartnerAndProduct()
{
    file(m_alpha, QStringLiteral("ООО «Ромашка»"), QStringLiteral("7728168971"));
    file(m_beta, QStringLiteral("ПАО «Василёк»"), QStringLiteral("7702070139"), {QStringLiteral("Managed Kubernetes")});
    file(m_alpha, QStringLiteral("АО «Лютик»"), QStringLiteral("7736050003"));
    auto *search = find<QLineEdit>("reviewSearchEdit");
    QVERIFY(search);
    press(Qt::Key_F, Qt::ControlModifier);
    QCOMPARE(QApplication::focusWidget(), search);
    const std::pair<QString, int> cases[] = {{QStringLiteral("ПАО «ВАСИЛЁК»"), 1}, // case folded
                                             {QStringLiteral("7736050003"), 1},    // customer INN
                                             {QStringLiteral("Бета"), 1},          // partner
                                             {QStringLiteral("альфа"), 2},
                                             {QStringLiteral("kubernetes"), 1}, // product
                                             {QStringLiteral("нет такого"), 0}};
    for (const auto &[text, rows] : cases) {
        search->setText(text);
        QTRY_COMPARE(m_window->reviewQueuePage()->shownCount(), rows);
        QCOMPARE(queueRows(), rows);
        QCOMPARE(m_window->reviewQueuePage()->queueCount(), 3); // the badge counts the whole queue
    }
    QVERIFY(find<QWidget>("reviewQueuePage")->findChild<QTableView *>(QStringLiteral("reviewQueueTable"))->isHidden());
    search->setText(QStringLiteral("Василёк"));
    QTRY_COMPARE(queueRows(), 1);
    QCOMPARE(shownTitle(), QStringLiteral("ПАО «Василёк»")); // the one found is shown
    search->clear();
    QTRY_COMPARE(queueRows(), 3);
}

void TestReviewQueue::searchReadsYeAsYo()
{
    const QString id = file(m_beta, QStringLiteral("ПАО «Надёжное облако»"), QStringLiteral("7702070139"));
    file(m_alpha, QStringLiteral("ООО «Ромашка»"), QStringLiteral("7728168971"));
    auto *search = find<QLineEdit>("reviewSearchEdit");
    search->setText(QStringLiteral("НАДЕЖНОЕ ОБЛАКО"));
    QTRY_COMPARE(queueRows(), 1);
    QCOMPARE(m_window->reviewQueuePage()->shownId(), id);
}

void TestReviewQueue::partnerPickerFindsPartnersAsTyped()
{
    m_window->showPage(MainWindow::Page::Deals);
    views::NewRegistrationDialog dialog(m_window->dealService(), m_window.get());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *combo = dialog.findChild<QComboBox *>(QStringLiteral("registrationPartnerCombo"));
    QVERIFY(combo);
    QVERIFY2(combo->isEditable() && combo->lineEdit(), "the partner field cannot be typed in");
    QCOMPARE(combo->count(), 3); // its list still holds every partner
    QCompleter *completer = combo->lineEdit()->completer();
    QVERIFY(completer);
    combo->lineEdit()->setFocus();

    // «е» finds «ё», a word inside the name is enough, case does not matter.
    type(combo->lineEdit(), QStringLiteral("надежн"));
    QTRY_VERIFY(completer->popup()->isVisible());
    QCOMPARE(completer->completionModel()->rowCount(), 1);
    QCOMPARE(completer->completionModel()->index(0, 0).data().toString(), QStringLiteral("ООО «Надёжный партнёр»"));
    QVERIFY(dialog.registration().partnerId.isEmpty()); // typed, not yet chosen
    QTest::keyClick(completer->popup(), Qt::Key_Down);
    QTest::keyClick(completer->popup(), Qt::Key_Return);
    QCOMPARE(combo->currentData().toString(), m_reliable);
    QCOMPARE(dialog.registration().partnerId, m_reliable);

    // By INN, and Enter on what was typed takes the first partner found.
    combo->lineEdit()->selectAll();
    type(combo->lineEdit(), QStringLiteral("7736050003"));
    QCOMPARE(completer->completionModel()->rowCount(), 1);
    QVERIFY(dialog.registration().partnerId.isEmpty()); // the text no longer names the partner chosen before
    QTest::keyClick(completer->popup()->isVisible() ? static_cast<QWidget *>(completer->popup()) : combo->lineEdit(),
                    Qt::Key_Return);
    QCOMPARE(dialog.registration().partnerId, m_beta);
    dialog.reject();
}

QTEST_MAIN(TestReviewQueue)
#include "tst_reviewqueue.moc"
