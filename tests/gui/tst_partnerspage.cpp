#include "Database.h"
#include "ExportDialog.h"
#include "Inn.h"
#include "MainWindow.h"
#include "Money.h"
#include "PartnerRepository.h"
#include "PartnersModel.h"
#include "PartnersPage.h"
#include "TableActions.h"

#include <algorithm>

#include <QAction>
#include <QComboBox>
#include <QDateEdit>
#include <QApplication>
#include <QClipboard>
#include <QContextMenuEvent>
#include <QHeaderView>
#include <QMenu>
#include <QSignalSpy>
#include <QFile>
#include <QFileInfo>
#include <QKeyEvent>
#include <QMessageBox>
#include <QTimer>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTableWidget>
#include <QTreeWidget>

using pd::views::MainWindow;

namespace {

// Types text as key events, one character at a time: QTest::keyClicks cannot send Cyrillic.
void typeText(QWidget *widget, const QString &text)
{
    for (const QChar c : text) {
        QKeyEvent press(QEvent::KeyPress, Qt::Key_unknown, Qt::NoModifier, QString(c));
        QCoreApplication::sendEvent(widget, &press);
        QKeyEvent release(QEvent::KeyRelease, Qt::Key_unknown, Qt::NoModifier, QString(c));
        QCoreApplication::sendEvent(widget, &release);
    }
}

} // namespace

// Drives the real main window offscreen, by objectName, over a temporary database.
class TestPartnersPage final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void createsPartnerThroughTheWidgets();
    void invalidInnDisablesSave();
    void duplicateInnIsRefusedAsYouType();
    void undoAndRedoOfCreate();
    void editIsUndoneAndRecordedInHistory();
    void roleDependentFields();
    void filterNarrowsTheTable();
    void filterReadsYoAsYe();
    void copiesSelectedRowsAsTabSeparatedText();
    void rowMenuOffersOpenCopyExportAndPageActions();
    void openErrorIsShownAndFileKept();
    void deleteAsksAndUndoBringsPartnerBackWithPeople();

private:
    template <typename T>
    T *find(const char *name) const
    {
        auto *w = m_window->findChild<T *>(QLatin1String(name));
        if (!w)
            qWarning("no child named %s", name);
        return w;
    }
    void startNewPartner(const QString &name, const QString &inn);
    int tableRows() const { return find<QTableView>("partnersTable")->model()->rowCount(); }
    QString tableName(int row) const
    {
        const QAbstractItemModel *m = find<QTableView>("partnersTable")->model();
        return m->index(row, pd::items::PartnersModel::Name).data().toString();
    }

    QTemporaryDir m_dir;
    std::unique_ptr<MainWindow> m_window;
};

void TestPartnersPage::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("PartnerDeskTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_partnerspage"));
    QVERIFY(m_dir.isValid());
}

void TestPartnersPage::init()
{
    static int n = 0;
    m_window = std::make_unique<MainWindow>();
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QVERIFY(m_window->openDatabase(m_dir.filePath(QStringLiteral("test%1.db").arg(++n))));
    m_window->showPage(MainWindow::Page::Partners);
}

void TestPartnersPage::cleanup()
{
    m_window.reset();
}

void TestPartnersPage::startNewPartner(const QString &name, const QString &inn)
{
    QAction *newPartner = find<QAction>("newPartnerAction");
    QVERIFY(newPartner && newPartner->isEnabled());
    newPartner->trigger();
    auto *nameEdit = find<QLineEdit>("partnerNameEdit");
    QVERIFY(nameEdit && nameEdit->isVisible());
    typeText(nameEdit, name);
    QTest::keyClicks(find<QLineEdit>("partnerInnEdit"), inn);
    find<QDateEdit>("partnerRegisteredEdit")->setDate(QDate(2015, 6, 1));
    QTest::keyClicks(find<QLineEdit>("partnerManagerEdit"), QStringLiteral("Irina Petrova"));
    QTest::keyClicks(find<QLineEdit>("partnerRegionEdit"), QStringLiteral("Moscow"));
}

void TestPartnersPage::createsPartnerThroughTheWidgets()
{
    QCOMPARE(tableRows(), 0);
    auto *save = find<QPushButton>("savePartnerButton");
    find<QAction>("newPartnerAction")->trigger();
    QVERIFY(!save->isEnabled()); // an empty form cannot be saved

    find<QLineEdit>("partnerNameEdit")->clear();
    startNewPartner(QStringLiteral("ООО «Северное облако»"), QStringLiteral("7707083893"));
    QVERIFY(save->isEnabled());
    QTest::mouseClick(save, Qt::LeftButton);

    QCOMPARE(tableRows(), 1);
    QCOMPARE(tableName(0), QStringLiteral("ООО «Северное облако»"));
    QVERIFY(find<QLabel>("partnerCountLabel")->text().contains(QLatin1Char('1')));
    QVERIFY(!save->isEnabled()); // saved: nothing to save any more
    // The row is selected and the panel shows the stored partner.
    auto *table = find<QTableView>("partnersTable");
    QCOMPARE(table->currentIndex().row(), 0);
    QCOMPARE(find<QLabel>("partnerTitleLabel")->text(), QStringLiteral("ООО «Северное облако»"));

    // It is really in the database, written by the repository.
    auto db = pd::storage::Database::open(m_window->databasePath(), pd::storage::Database::Mode::OpenExisting);
    QVERIFY(db);
    pd::storage::PartnerRepository repo(db.value()->connection(), pd::SystemClock::instance(), QStringLiteral("t"));
    auto list = repo.list();
    QVERIFY(list);
    QCOMPARE(list.value().size(), 1);
    QCOMPARE(list.value().first().inn, QStringLiteral("7707083893"));
    QCOMPARE(list.value().first().manager, QStringLiteral("Irina Petrova"));
}

void TestPartnersPage::invalidInnDisablesSave()
{
    startNewPartner(QStringLiteral("Beta Cloud"), QStringLiteral("7707083890")); // wrong check digit
    auto *save = find<QPushButton>("savePartnerButton");
    auto *message = find<QLabel>("fieldMessage_inn");
    QVERIFY(!save->isEnabled());
    QVERIFY(message->isVisible());
    QVERIFY(!message->text().isEmpty());
    QVERIFY(find<QLineEdit>("partnerInnEdit")->property("invalid").toBool());

    // Fixing the digit as you type enables Save and hides the message.
    auto *inn = find<QLineEdit>("partnerInnEdit");
    inn->setFocus();
    QTest::keyClick(inn, Qt::Key_Backspace);
    QTest::keyClicks(inn, QStringLiteral("3"));
    QVERIFY(!message->isVisible());
    QVERIFY(save->isEnabled());

    // A 10-digit INN is wrong for a sole proprietor: the length depends on the legal form.
    auto *form = find<QComboBox>("partnerLegalFormCombo");
    form->setCurrentIndex(form->findData(static_cast<int>(pd::domain::LegalForm::SoleProprietor)));
    QVERIFY(!save->isEnabled());
    QVERIFY(message->isVisible());
}

void TestPartnersPage::duplicateInnIsRefusedAsYouType()
{
    startNewPartner(QStringLiteral("First"), QStringLiteral("7707083893"));
    QTest::mouseClick(find<QPushButton>("savePartnerButton"), Qt::LeftButton);
    QCOMPARE(tableRows(), 1);

    startNewPartner(QStringLiteral("Second"), QStringLiteral("7707083893"));
    auto *message = find<QLabel>("fieldMessage_inn");
    QVERIFY(message->isVisible());
    QVERIFY2(message->text().contains(QStringLiteral("First")), qPrintable(message->text()));
    QVERIFY(!find<QPushButton>("savePartnerButton")->isEnabled());
}

void TestPartnersPage::undoAndRedoOfCreate()
{
    startNewPartner(QStringLiteral("Gamma Systems"), QStringLiteral("7830002293"));
    QTest::mouseClick(find<QPushButton>("savePartnerButton"), Qt::LeftButton);
    QCOMPARE(tableRows(), 1);
    const QString id = m_window->partnersPage()->currentPartnerId();
    QVERIFY(!id.isEmpty());

    auto *undo = find<QAction>("undoAction");
    QVERIFY(undo->isEnabled());
    undo->trigger();
    QCOMPARE(tableRows(), 0);
    QCOMPARE(m_window->partnersPage()->partnerCount(), 0);

    auto *redo = find<QAction>("redoAction");
    QVERIFY(redo->isEnabled());
    redo->trigger();
    QCOMPARE(tableRows(), 1);
    QCOMPARE(tableName(0), QStringLiteral("Gamma Systems"));
    QCOMPARE(m_window->partnersPage()->model()->rowOfId(id), 0); // the same record, same id
}

void TestPartnersPage::editIsUndoneAndRecordedInHistory()
{
    startNewPartner(QStringLiteral("Delta Soft"), pd::domain::inn::complete(QStringLiteral("540813155")));
    QTest::mouseClick(find<QPushButton>("savePartnerButton"), Qt::LeftButton);
    QCOMPARE(tableRows(), 1);

    auto *name = find<QLineEdit>("partnerNameEdit");
    auto *save = find<QPushButton>("savePartnerButton");
    name->selectAll();
    QTest::keyClicks(name, QStringLiteral("Delta Soft Group"));
    QVERIFY(save->isEnabled());
    QTest::mouseClick(save, Qt::LeftButton);
    QCOMPARE(tableName(0), QStringLiteral("Delta Soft Group"));

    // The history tab lists the create and the rename, old → new.
    auto *history = find<QTreeWidget>("partnerHistoryTree");
    QCOMPARE(history->topLevelItemCount(), 2);
    QTreeWidgetItem *latest = history->topLevelItem(0);
    bool foundRename = false;
    for (int i = 0; i < latest->childCount(); ++i) {
        const QString change = latest->child(i)->text(1);
        if (change.contains(QStringLiteral("Delta Soft")) && change.contains(QStringLiteral("Delta Soft Group")))
            foundRename = true;
    }
    QVERIFY(foundRename);

    find<QAction>("undoAction")->trigger();
    QCOMPARE(tableName(0), QStringLiteral("Delta Soft"));
    QCOMPARE(name->text(), QStringLiteral("Delta Soft")); // the panel follows the undo
    QCOMPARE(history->topLevelItemCount(), 3);            // the undo is itself recorded
}

void TestPartnersPage::roleDependentFields()
{
    startNewPartner(QStringLiteral("Epsilon"), QStringLiteral("6658021226"));
    auto *role = find<QComboBox>("partnerRoleCombo");
    auto *tier = find<QComboBox>("partnerTierCombo");
    auto *wl = find<QGroupBox>("whiteLabelGroup");
    QVERIFY(tier->isEnabled());
    QVERIFY(!wl->isVisible());

    role->setCurrentIndex(role->findData(static_cast<int>(pd::domain::Role::WhiteLabel)));
    QVERIFY(wl->isVisible());
    QVERIFY(!find<QPushButton>("savePartnerButton")->isEnabled()); // a White Label partner needs a brand
    QTest::keyClicks(find<QLineEdit>("wlBrandEdit"), QStringLiteral("EpsiCloud"));
    QVERIFY(find<QPushButton>("savePartnerButton")->isEnabled());

    role->setCurrentIndex(role->findData(static_cast<int>(pd::domain::Role::Agent)));
    QVERIFY(!tier->isEnabled());
    QCOMPARE(tier->currentData().toInt(), static_cast<int>(pd::domain::Tier::None));
    QVERIFY(!wl->isVisible());
}

void TestPartnersPage::filterNarrowsTheTable()
{
    startNewPartner(QStringLiteral("Alpha"), QStringLiteral("7707083893"));
    QTest::mouseClick(find<QPushButton>("savePartnerButton"), Qt::LeftButton);
    startNewPartner(QStringLiteral("Beta"), QStringLiteral("7830002293"));
    QTest::mouseClick(find<QPushButton>("savePartnerButton"), Qt::LeftButton);
    QCOMPARE(tableRows(), 2);

    auto *search = find<QLineEdit>("partnerSearchEdit");
    QTest::keyClicks(search, QStringLiteral("783000"));
    QTest::keyClick(search, Qt::Key_Return);
    QCOMPARE(tableRows(), 1);
    QCOMPARE(tableName(0), QStringLiteral("Beta"));
    search->clear();
    QTest::keyClick(search, Qt::Key_Return);
    QCOMPARE(tableRows(), 2);
}

// Typed as people type Russian: lower case, «е» where «ё» is written.
void TestPartnersPage::filterReadsYoAsYe()
{
    startNewPartner(QStringLiteral("ООО «Надёжное облако»"), QStringLiteral("7707083893"));
    QTest::mouseClick(find<QPushButton>("savePartnerButton"), Qt::LeftButton);
    startNewPartner(QStringLiteral("ООО «Надежный партнер»"), QStringLiteral("7830002293"));
    QTest::mouseClick(find<QPushButton>("savePartnerButton"), Qt::LeftButton);
    startNewPartner(QStringLiteral("Beta"), QStringLiteral("7736050003"));
    QTest::mouseClick(find<QPushButton>("savePartnerButton"), Qt::LeftButton);
    QCOMPARE(tableRows(), 3);

    auto *search = find<QLineEdit>("partnerSearchEdit");
    search->setFocus();
    typeText(search, QStringLiteral("надежн"));
    QTest::keyClick(search, Qt::Key_Return);
    QCOMPARE(tableRows(), 2);
    search->clear();
    typeText(search, QStringLiteral("надежное облако"));
    QTest::keyClick(search, Qt::Key_Return);
    QCOMPARE(tableRows(), 1);
    QCOMPARE(tableName(0), QStringLiteral("ООО «Надёжное облако»"));
    search->clear();
    typeText(search, QStringLiteral("НАДЁЖНЫЙ"));
    QTest::keyClick(search, Qt::Key_Return);
    QCOMPARE(tableRows(), 1);
    QCOMPARE(tableName(0), QStringLiteral("ООО «Надежный партнер»"));
}

void TestPartnersPage::copiesSelectedRowsAsTabSeparatedText()
{
    startNewPartner(QStringLiteral("Alpha"), QStringLiteral("7707083893"));
    QTest::mouseClick(find<QPushButton>("savePartnerButton"), Qt::LeftButton);
    startNewPartner(QStringLiteral("Beta"), QStringLiteral("7830002293"));
    QTest::mouseClick(find<QPushButton>("savePartnerButton"), Qt::LeftButton);
    startNewPartner(QStringLiteral("Gamma"), QStringLiteral("7736050003"));
    QTest::mouseClick(find<QPushButton>("savePartnerButton"), Qt::LeftButton);
    QCOMPARE(tableRows(), 3);

    // Alpha, then Gamma with Ctrl, as a person selects two rows; then Ctrl+C on the table.
    auto *table = find<QTableView>("partnersTable");
    const QAbstractItemModel *model = table->model();
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(model->index(0, 0)).center());
    QTest::mouseClick(table->viewport(), Qt::LeftButton, Qt::ControlModifier,
                      table->visualRect(model->index(2, 0)).center());
    QCOMPARE(table->selectionModel()->selectedRows().size(), 2);
    QGuiApplication::clipboard()->setText(QStringLiteral("before"));
    table->setFocus();
    QTest::keyClick(table, Qt::Key_C, Qt::ControlModifier);

    const QStringList lines = QGuiApplication::clipboard()->text().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 3);
    QStringList titles;
    for (int visual = 0; visual < table->horizontalHeader()->count(); ++visual) {
        const int logical = table->horizontalHeader()->logicalIndex(visual);
        if (!table->horizontalHeader()->isSectionHidden(logical))
            titles.append(model->headerData(logical, Qt::Horizontal).toString());
    }
    QVERIFY(titles.size() > 2);
    QCOMPARE(lines.at(0).split(QLatin1Char('\t')), titles);
    // Each row has the cells of its partner as stored, in the header's columns.
    auto db = pd::storage::Database::open(m_window->databasePath(), pd::storage::Database::Mode::OpenExisting);
    QVERIFY(db.ok());
    pd::storage::PartnerRepository repo(db.value()->connection(), pd::SystemClock::instance(), QStringLiteral("t"));
    const int nameColumn =
        int(titles.indexOf(model->headerData(pd::items::PartnersModel::Name, Qt::Horizontal).toString()));
    const int innColumn =
        int(titles.indexOf(model->headerData(pd::items::PartnersModel::Inn, Qt::Horizontal).toString()));
    QVERIFY(nameColumn >= 0 && innColumn >= 0);
    const auto stored = repo.list();
    QVERIFY(stored.ok());
    QStringList names;
    for (int i = 1; i < 3; ++i) {
        const QStringList cells = lines.at(i).split(QLatin1Char('\t'));
        QCOMPARE(cells.size(), titles.size());
        names.append(cells.at(nameColumn));
        const bool found = std::any_of(stored.value().cbegin(), stored.value().cend(), [&](const auto &p) {
            return p.name == cells.at(nameColumn) && p.inn == cells.at(innColumn);
        });
        QVERIFY2(found, qPrintable(lines.at(i)));
    }
    QCOMPARE(names, (QStringList{QStringLiteral("Alpha"), QStringLiteral("Gamma")}));
    // Amounts are copied as numbers a spreadsheet reads in the language's format.
    QCOMPARE(pd::views::TableActions::plainAmount(pd::domain::Money::rub(123456789), QLocale(QLocale::Russian)),
             QStringLiteral("1234567,89"));
    QCOMPARE(pd::views::TableActions::plainAmount(pd::domain::Money::rub(-5), QLocale(QLocale::English)),
             QStringLiteral("-0.05"));
}

void TestPartnersPage::rowMenuOffersOpenCopyExportAndPageActions()
{
    startNewPartner(QStringLiteral("Alpha"), QStringLiteral("7707083893"));
    QTest::mouseClick(find<QPushButton>("savePartnerButton"), Qt::LeftButton);
    startNewPartner(QStringLiteral("Beta"), QStringLiteral("7830002293"));
    QTest::mouseClick(find<QPushButton>("savePartnerButton"), Qt::LeftButton);
    auto *table = find<QTableView>("partnersTable");
    const QModelIndex beta = table->model()->index(1, 0);
    const QPoint at = table->visualRect(beta).center();
    // A right click selects the row under it and opens the menu there.
    QTest::mousePress(table->viewport(), Qt::RightButton, {}, at);
    QTest::mouseRelease(table->viewport(), Qt::RightButton, {}, at);
    QContextMenuEvent event(QContextMenuEvent::Mouse, at, table->viewport()->mapToGlobal(at));
    QCoreApplication::sendEvent(table->viewport(), &event);
    QMenu *menu = nullptr;
    QTRY_VERIFY((menu = qobject_cast<QMenu *>(QApplication::activePopupWidget())) != nullptr);
    QCOMPARE(menu->objectName(), QStringLiteral("tableContextMenu"));
    QStringList names;
    for (QAction *action : menu->actions()) {
        if (!action->isSeparator())
            names.append(action->objectName());
    }
    QCOMPARE(names, (QStringList{QStringLiteral("openRowAction"), QStringLiteral("copyRowsMenuAction"),
                                 QStringLiteral("exportSelectionAction"), QStringLiteral("newPartnerRowAction"),
                                 QStringLiteral("deletePartnerRowAction")}));
    QCOMPARE(tableName(table->currentIndex().row()), QStringLiteral("Beta"));
    QCOMPARE(m_window->findChild<pd::views::PartnersPage *>()->currentPartnerId().isEmpty(), false);

    // Export selection… writes the selected row (Beta alone) as CSV.
    QAction *exportAction = menu->findChild<QAction *>(QStringLiteral("exportSelectionAction"));
    menu->close();
    exportAction->trigger();
    auto *dialog = m_window->findChild<pd::views::ExportDialog *>();
    QVERIFY(dialog);
    const QString path = m_dir.filePath(QStringLiteral("selection.csv"));
    dialog->setPath(path);
    QSignalSpy finished(dialog, &pd::views::ExportDialog::finished);
    dialog->start();
    QTRY_COMPARE(finished.size(), 1);
    QVERIFY(finished.at(0).at(0).toBool());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QStringList rows = QString::fromUtf8(file.readAll()).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    QCOMPARE(rows.size(), 2);
    QVERIFY(rows.at(1).startsWith(QStringLiteral("Beta")));
    dialog->close();

    // Open puts the keyboard in the partner's form.
    menu = pd::views::TableActions::of(table)->createMenu(table);
    menu->findChild<QAction *>(QStringLiteral("openRowAction"))->trigger();
    QVERIFY(m_window->focusWidget());
    QVERIFY(find<QWidget>("partnerEditor")->isAncestorOf(m_window->focusWidget()));
    delete menu;
}

void TestPartnersPage::openErrorIsShownAndFileKept()
{
    const QString path = m_dir.filePath(QStringLiteral("not-a-database.db"));
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(8192, 'x'));
    }
    // The error box is modal: read it and close it from a timer.
    QString shownTitle;
    QString shownText;
    QTimer::singleShot(0, this, [&] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
            shownTitle = box->windowTitle();
            shownText = box->text() + QLatin1Char('\n') + box->informativeText();
            box->accept();
        }
    });
    QVERIFY(!m_window->openDatabase(path));
    QVERIFY(!shownTitle.isEmpty());
    QVERIFY2(shownText.contains(QStringLiteral("not-a-database.db")), qPrintable(shownText));
    QVERIFY(QFile::exists(path)); // never deleted
    QCOMPARE(QFileInfo(path).size(), 8192);
    QVERIFY(m_window->databasePath().isEmpty());
    QVERIFY(!find<QAction>("newPartnerAction")->isEnabled());
    QVERIFY(find<QLabel>("databasePathLabel")->text().contains(QStringLiteral("No database")));
}

void TestPartnersPage::deleteAsksAndUndoBringsPartnerBackWithPeople()
{
    startNewPartner(QStringLiteral("Zeta Integration"), QStringLiteral("7707083893"));
    QTest::mouseClick(find<QPushButton>("addPersonButton"), Qt::LeftButton);
    auto *people = find<QTableWidget>("peopleTable");
    QCOMPARE(people->rowCount(), 1);
    people->item(0, 0)->setText(QStringLiteral("Anna Kim"));
    people->item(0, 2)->setText(QStringLiteral("anna@zeta.example"));
    QTest::mouseClick(find<QPushButton>("savePartnerButton"), Qt::LeftButton);
    QCOMPARE(tableRows(), 1);
    const QString id = m_window->partnersPage()->currentPartnerId();

    // Cancel first: nothing happens.
    QTimer::singleShot(0, this, [] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget()))
            box->reject();
    });
    find<QAction>("deletePartnerAction")->trigger();
    QCOMPARE(tableRows(), 1);

    QTimer::singleShot(0, this, [] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        for (QAbstractButton *b : box ? box->buttons() : QList<QAbstractButton *>()) {
            if (box->buttonRole(b) == QMessageBox::DestructiveRole)
                b->click();
        }
    });
    find<QAction>("deletePartnerAction")->trigger();
    QCOMPARE(tableRows(), 0);

    find<QAction>("undoAction")->trigger();
    QCOMPARE(tableRows(), 1);
    QVERIFY(m_window->partnersPage()->selectPartner(id));
    QCOMPARE(people->rowCount(), 1);
    QCOMPARE(people->item(0, 0)->text(), QStringLiteral("Anna Kim"));
}

QTEST_MAIN(TestPartnersPage)
#include "tst_partnerspage.moc"
