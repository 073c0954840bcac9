#include "MainWindow.h"

#include "AboutDialog.h"
#include "AccountDialog.h"
#include "KeychainCredentials.h"
#include "CommissionsPage.h"
#include "DailyBackup.h"
#include "DashboardPage.h"
#include "Database.h"
#include "DealService.h"
#include "DealsPage.h"
#include "DeferredPages.h"
#include "DemoData.h"
#include "DemoJob.h"
#include "PartnerService.h"
#include "PartnersPage.h"
#include "NavigationBadgeDelegate.h"
#include "PageSlot.h"
#include "PlaceholderPage.h"
#include "PreferencesDialog.h"
#include "RestoreBackupDialog.h"
#include "ReviewQueuePage.h"
#include "ServerTrust.h"
#include "Settings.h"
#include "ShortcutsDialog.h"
#include "SyncPage.h"
#include "SyncStatusIndicator.h"
#include "TextUtil.h"
#include "TrainingPage.h"
#include "TransferActions.h"
#include "TrainingService.h"
#include "UnsentChanges.h"
#include "Version.h"
#include "WelcomeDialog.h"
#include "WindowFit.h"

#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QEventLoop>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressDialog>
#include <QStackedWidget>
#include <QStatusBar>
#include <QUndoGroup>
#include <QVBoxLayout>

namespace pd::views {
namespace {

const QString kFileFilter = QStringLiteral("%1 (*.db *.sqlite *.partnerdesk);;%2 (*)");

// A slot's page if it was built, else null: what is not built has nothing to save, reload or let go of.
template <class P>
P *built(const PageSlot *slot)
{
    return slot ? static_cast<P *>(slot->builtPage()) : nullptr;
}

QString actorName()
{
    QString user = qEnvironmentVariable("USER");
    if (user.isEmpty())
        user = qEnvironmentVariable("USERNAME");
    return user.isEmpty() ? QStringLiteral("local") : user;
}

} // namespace

MainWindow::MainWindow(QWidget *parent) : QMainWindow(parent)
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(QLatin1String(version::productName));
    setWindowIcon(QIcon(QStringLiteral(":/icons/partnerdesk.svg")));
    m_undoGroup = new QUndoGroup(this);
    m_dailyBackup = new storage::DailyBackup(SystemClock::instance(), this);
    connect(m_dailyBackup, &storage::DailyBackup::failed, this, [this](const QString &message) {
        statusBar()->showMessage(tr("No daily backup: %1").arg(message), 60000); // the work goes on
    });
    buildPages();
    buildMenus();

    m_pathLabel = new QLabel(this);
    m_pathLabel->setObjectName(QStringLiteral("databasePathLabel"));
    m_countLabel = new QLabel(this);
    m_countLabel->setObjectName(QStringLiteral("partnerCountLabel"));
    statusBar()->addWidget(m_pathLabel, 1);
    statusBar()->addPermanentWidget(m_countLabel);
    if (auto *syncPage = findChild<SyncPage *>())
        statusBar()->addPermanentWidget(syncPage->indicator());
    statusBar()->setSizeGripEnabled(false);

    fitToScreen(this, QSize(1400, 900)); // a laptop's 1366×768 gets the whole screen, not more
    Settings::restoreWindow(this);
    m_partnersPage->restoreLayout();
    m_reviewPage->restoreLayout();
    updateStatus();
    updateActions();
}

MainWindow::~MainWindow()
{
    closeDatabase();
}

void MainWindow::buildPages()
{
    auto *central = new QWidget(this);
    auto *row = new QHBoxLayout(central);
    row->setContentsMargins(0, 0, 0, 0);
    row->setSpacing(0);

    auto *sidebar = new QWidget(central);
    sidebar->setObjectName(QStringLiteral("sidebar"));
    sidebar->setFixedWidth(224);
    auto *side = new QVBoxLayout(sidebar);
    side->setContentsMargins(12, 16, 12, 12);
    side->setSpacing(12);
    auto *brand = new QWidget(sidebar);
    auto *brandRow = new QHBoxLayout(brand);
    brandRow->setContentsMargins(6, 0, 0, 4);
    auto *logo = new QLabel(brand);
    logo->setPixmap(QIcon(QStringLiteral(":/icons/partnerdesk.svg")).pixmap(28, 28));
    auto *name = new QLabel(QLatin1String(version::productName), brand);
    name->setObjectName(QStringLiteral("brandLabel"));
    brandRow->addWidget(logo);
    brandRow->addWidget(name, 1);
    side->addWidget(brand);

    m_navigation = new QListWidget(sidebar);
    m_navigation->setObjectName(QStringLiteral("navigationList"));
    m_navigation->setIconSize(QSize(20, 20));
    m_navigation->setFrameShape(QFrame::NoFrame);
    m_navigation->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_navigation->setItemDelegate(new NavigationBadgeDelegate(m_navigation));
    side->addWidget(m_navigation, 1);

    m_pages = new QStackedWidget(central);
    m_pages->setObjectName(QStringLiteral("pageStack"));
    row->addWidget(sidebar);
    row->addWidget(m_pages, 1);
    setCentralWidget(central);

    auto addPage = [this](const QString &icon, const QString &title, QWidget *page) {
        auto *item = new QListWidgetItem(QIcon(icon), title, m_navigation);
        item->setSizeHint(QSize(0, 38));
        page->setProperty("pdShortcutGroup", title); // its shortcuts are listed under the page's name
        m_pages->addWidget(page);
    };
    m_dashboardSlot = new PageSlot([this](QWidget *slot) { return buildDashboardPage(slot); }, m_pages);
    addPage(QStringLiteral(":/icons/dashboard.svg"), tr("Dashboard"), m_dashboardSlot);
    m_partnersPage = new PartnersPage(m_pages);
    addPage(QStringLiteral(":/icons/partners.svg"), tr("Partners"), m_partnersPage);
    m_reviewPage = new ReviewQueuePage(m_pages);
    addPage(QStringLiteral(":/icons/review.svg"), tr("Review queue"), m_reviewPage);
    m_dealsSlot = new PageSlot([this](QWidget *slot) { return buildListPage<DealsPage>(slot); }, m_pages);
    addPage(QStringLiteral(":/icons/deals.svg"), tr("Deals"), m_dealsSlot);
    m_trainingSlot = new PageSlot([this](QWidget *slot) { return buildListPage<TrainingPage>(slot); }, m_pages);
    addPage(QStringLiteral(":/icons/training.svg"), tr("Training"), m_trainingSlot);
    m_commissionsSlot = new PageSlot([this](QWidget *slot) { return buildCommissionsPage(slot); }, m_pages);
    addPage(QStringLiteral(":/icons/commissions.svg"), tr("Commissions"), m_commissionsSlot);
    auto *syncPage = new SyncPage(m_pages);
    addPage(QStringLiteral(":/icons/sync.svg"), tr("Sync"), syncPage);
    connect(syncPage, &SyncPage::showRequested, this,
            [this, syncPage] { m_navigation->setCurrentRow(m_pages->indexOf(syncPage)); });
    connect(syncPage, &SyncPage::signInRequested, this, &MainWindow::showSyncAccount);

    m_deferredPages = new DeferredPages(this, m_pages);
    connect(m_navigation, &QListWidget::currentRowChanged, m_pages, &QStackedWidget::setCurrentIndex);
    connect(m_navigation, &QListWidget::currentRowChanged, this, [this] { updateActions(); });
    const int page = Settings::value(Settings::Key::CurrentPage).toInt();
    m_navigation->setCurrentRow(page >= 0 && page < m_pages->count() ? page : static_cast<int>(Page::Partners));

    connect(m_partnersPage, &PartnersPage::partnerCountChanged, this, &MainWindow::updateStatus);
    connect(m_partnersPage, &PartnersPage::currentPartnerChanged, this, &MainWindow::updateActions);
    connect(m_partnersPage, &PartnersPage::newDatabaseRequested, this, &MainWindow::newDatabase);
    connect(m_partnersPage, &PartnersPage::openDatabaseRequested, this, &MainWindow::openDatabaseDialog);
    connect(m_reviewPage, &ReviewQueuePage::queueCountChanged, this, &MainWindow::updateReviewBadge);
}

DealsPage *MainWindow::dealsPage() const
{
    return static_cast<DealsPage *>(m_dealsSlot->page());
}

TrainingPage *MainWindow::trainingPage() const
{
    return static_cast<TrainingPage *>(m_trainingSlot->page());
}

DashboardPage *MainWindow::dashboardPage() const
{
    return static_cast<DashboardPage *>(m_dashboardSlot->page());
}

CommissionsPage *MainWindow::commissionsPage() const
{
    return static_cast<CommissionsPage *>(m_commissionsSlot->page());
}

template <typename Page>
QWidget *MainWindow::buildListPage(QWidget *slot)
{
    auto *page = new Page(slot);
    page->restoreLayout();
    if (m_transfer)
        m_transfer->addListPage(page);
    return page;
}

QWidget *MainWindow::buildDashboardPage(QWidget *slot)
{
    auto *page = new DashboardPage(slot);
    connect(page, &DashboardPage::cardActivated, this,
            [this](DashboardPage::Card card) { openDashboardCard(static_cast<int>(card)); });
    return page;
}

QWidget *MainWindow::buildCommissionsPage(QWidget *slot)
{
    auto *page = new CommissionsPage(slot);
    page->restoreLayout();
    connect(page, &CommissionsPage::commissionChanged, this, &MainWindow::refreshDashboard);
    return page;
}

// A change the dashboard's figures depend on; a dashboard not built yet reads them when it is.
void MainWindow::refreshDashboard()
{
    if (auto *dashboard = built<DashboardPage>(m_dashboardSlot))
        dashboard->scheduleRefresh();
}

void MainWindow::openDashboardCard(int card)
{
    storage::DealFilter filter;
    switch (static_cast<DashboardPage::Card>(card)) {
    case DashboardPage::Card::AwaitingReview:
        showPage(Page::ReviewQueue);
        return;
    case DashboardPage::Card::ProtectionEnding:
        filter.protectionEndingWithinDays = items::DashboardFigures::kProtectionDays;
        break;
    case DashboardPage::Card::FeedbackOverdue:
        filter.feedbackOverdue = true;
        break;
    case DashboardPage::Card::TierChanges:
    case DashboardPage::Card::CertificatesExpiring:
        showPage(Page::Training);
        trainingPage()->showExpiringAndCandidates();
        return;
    case DashboardPage::Card::Commission:
        showPage(Page::Commissions);
        return;
    }
    showPage(Page::Deals);
    dealsPage()->showFiltered(filter);
}

void MainWindow::updateReviewBadge(qint64 count)
{
    if (QListWidgetItem *item = m_navigation->item(static_cast<int>(Page::ReviewQueue))) {
        item->setData(NavigationBadgeDelegate::BadgeRole, count);
        item->setToolTip(count > 0 ? tr("%1 registrations awaiting review").arg(count) : QString());
    }
}

void MainWindow::buildMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *newDb = file->addAction(QIcon(QStringLiteral(":/icons/database-new.svg")), tr("&New Database…"), this,
                                     &MainWindow::newDatabase);
    newDb->setObjectName(QStringLiteral("newDatabaseAction"));
    QAction *openDb = file->addAction(QIcon(QStringLiteral(":/icons/open.svg")), tr("&Open Database…"), this,
                                      &MainWindow::openDatabaseDialog);
    openDb->setObjectName(QStringLiteral("openDatabaseAction"));
    openDb->setShortcut(QKeySequence::Open);
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    m_recentMenu->setObjectName(QStringLiteral("recentMenu"));
    connect(m_recentMenu, &QMenu::aboutToShow, this, &MainWindow::updateRecentMenu);
    file->addAction(tr("Restore from &Backup…"), this, &MainWindow::restoreFromBackup)
        ->setObjectName(QStringLiteral("restoreBackupAction"));
    file->addSeparator();
    QList<QWidget *> listPages{m_partnersPage, m_reviewPage};
    for (const PageSlot *slot : {m_dealsSlot, m_trainingSlot}) {
        if (slot->builtPage())
            listPages.append(slot->builtPage());
    }
    m_transfer = new TransferActions(
        this, m_pages, listPages, [this] { return m_database ? m_database->path() : QString(); }, actorName());
    m_transfer->addTo(file);
    connect(m_transfer, &TransferActions::imported, this, [this] {
        m_partnersPage->reload();
        m_reviewPage->reload();
        if (auto *deals = built<DealsPage>(m_dealsSlot))
            deals->reload();
        if (auto *training = built<TrainingPage>(m_trainingSlot))
            training->reload();
    });
    file->addSeparator();
    QAction *syncAccount = file->addAction(tr("S&ync Account…"), this, &MainWindow::showSyncAccount);
    syncAccount->setObjectName(QStringLiteral("syncAccountAction"));
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setObjectName(QStringLiteral("quitAction"));
    quit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q)); // QKeySequence::Quit is empty on Windows
    quit->setMenuRole(QAction::QuitRole);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *undo = m_undoGroup->createUndoAction(this, tr("&Undo"));
    undo->setObjectName(QStringLiteral("undoAction"));
    undo->setShortcut(QKeySequence::Undo);
    undo->setIcon(QIcon(QStringLiteral(":/icons/undo.svg")));
    QAction *redo = m_undoGroup->createRedoAction(this, tr("&Redo"));
    redo->setObjectName(QStringLiteral("redoAction"));
    redo->setShortcut(QKeySequence::Redo);
    redo->setIcon(QIcon(QStringLiteral(":/icons/redo.svg")));
    edit->addAction(undo);
    edit->addAction(redo);
    edit->addSeparator();
    m_newPartner = edit->addAction(QIcon(QStringLiteral(":/icons/add-dark.svg")), tr("&New Partner"), this, [this] {
        showPage(Page::Partners);
        m_partnersPage->newPartner();
    });
    m_newPartner->setObjectName(QStringLiteral("newPartnerAction"));
    m_newPartner->setShortcut(QKeySequence::New);
    m_deletePartner = edit->addAction(QIcon(QStringLiteral(":/icons/delete.svg")), tr("&Delete Partner…"),
                                      m_partnersPage, &PartnersPage::deleteCurrent);
    m_deletePartner->setObjectName(QStringLiteral("deletePartnerAction"));
    m_deletePartner->setShortcut(QKeySequence::Delete);
    m_deletePartner->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_partnersPage->addAction(m_deletePartner);
    edit->addSeparator();
    m_programRules = edit->addAction(tr("&Program Rules…"), this, [this] {
        m_deferredPages->setUp(m_trainingSlot);
        trainingPage()->editProgramRules();
    });
    m_programRules->setObjectName(QStringLiteral("programRulesAction"));
    edit->addSeparator();
    QAction *preferences = edit->addAction(tr("Pre&ferences…"), this, [this] { PreferencesDialog::edit(this); });
    preferences->setObjectName(QStringLiteral("preferencesAction"));
    preferences->setMenuRole(QAction::PreferencesRole);
    preferences->setShortcut(QKeySequence::Preferences);

    QMenu *review = menuBar()->addMenu(tr("&Review"));
    review->setObjectName(QStringLiteral("reviewMenu"));
    const QList<QAction *> reviewActions = m_reviewPage->reviewActions();
    for (QAction *action : reviewActions)
        review->addAction(action);
    connect(review, &QMenu::aboutToShow, this, [this] { showPage(Page::ReviewQueue); });
    QMenu *deals = menuBar()->addMenu(tr("&Deals"));
    deals->setObjectName(QStringLiteral("dealsMenu"));
    QAction *newRegistration =
        deals->addAction(QIcon(QStringLiteral(":/icons/add-dark.svg")), tr("New &Registration…"), this, [this] {
            showPage(Page::Deals);
            dealsPage()->newRegistration();
        });
    newRegistration->setObjectName(QStringLiteral("newRegistrationAction"));
    newRegistration->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *about =
        help->addAction(QIcon(QStringLiteral(":/icons/info.svg")),
                        tr("&About %1").arg(QLatin1String(version::productName)), this, &MainWindow::showAbout);
    about->setObjectName(QStringLiteral("aboutAction"));
    about->setMenuRole(QAction::AboutRole);
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt)->setMenuRole(QAction::AboutQtRole);
    buildKeyboardActions(edit, review, help);
}

// Find, the pages by number (in the sidebar's order) and the list of every shortcut.
void MainWindow::buildKeyboardActions(QMenu *edit, QMenu *before, QMenu *help)
{
    auto *find = new QAction(QIcon(QStringLiteral(":/icons/search.svg")), tr("&Find"), this);
    find->setObjectName(QStringLiteral("findAction"));
    find->setShortcut(QKeySequence::Find);
    connect(find, &QAction::triggered, this, &MainWindow::focusSearchField);
    edit->insertAction(m_programRules, find);
    edit->insertSeparator(m_programRules);
    for (const char *name : {"undoAction", "redoAction"}) {
        if (auto *action = findChild<QAction *>(QLatin1String(name))) // its text names the change to undo
            action->setProperty("pdShortcutText", name[0] == 'u' ? tr("Undo") : tr("Redo"));
    }

    auto *view = new QMenu(tr("&View"), this);
    view->setObjectName(QStringLiteral("viewMenu"));
    for (int row = 0; row < m_navigation->count(); ++row) {
        const QListWidgetItem *item = m_navigation->item(row);
        QAction *go = view->addAction(item->icon(), item->text(), this, [this, row] {
            m_navigation->setCurrentRow(row);
            focusCurrentPage();
        });
        go->setObjectName(QStringLiteral("showPageAction%1").arg(row + 1));
        if (row < 9)
            go->setShortcut(QKeySequence(QKeyCombination(Qt::CTRL, Qt::Key(Qt::Key_1 + row))));
    }
    menuBar()->insertMenu(before->menuAction(), view);

    auto *shortcuts = new QAction(tr("&Keyboard Shortcuts"), this);
    shortcuts->setObjectName(QStringLiteral("keyboardShortcutsAction"));
    shortcuts->setShortcut(QKeySequence::HelpContents);
    connect(shortcuts, &QAction::triggered, this, &MainWindow::showShortcuts);
    const QList<QAction *> helpActions = help->actions();
    help->insertAction(helpActions.value(0), shortcuts);
    help->insertSeparator(helpActions.value(0));
}

// Ctrl+F: the current page's search field (a QLineEdit with the property "pdSearchField" set).
void MainWindow::focusSearchField()
{
    const QList<QLineEdit *> fields = m_pages->currentWidget()->findChildren<QLineEdit *>();
    for (QLineEdit *field : fields) {
        if (field->property("pdSearchField").toBool() && field->isVisible() && field->isEnabled()) {
            field->setFocus(Qt::ShortcutFocusReason);
            field->selectAll();
            return;
        }
    }
}

// After Ctrl+1…: the keyboard goes on in the page just opened (its list, else its first control).
void MainWindow::focusCurrentPage()
{
    QWidget *page = m_pages->currentWidget();
    if (!page || (QApplication::focusWidget() && page->isAncestorOf(QApplication::focusWidget())))
        return;
    const QList<QAbstractItemView *> views = page->findChildren<QAbstractItemView *>();
    for (QAbstractItemView *view : views) {
        if (view->isVisible() && view->focusPolicy() != Qt::NoFocus) {
            view->setFocus(Qt::ShortcutFocusReason);
            return;
        }
    }
    const QList<QWidget *> widgets = page->findChildren<QWidget *>();
    for (QWidget *widget : widgets) {
        if (widget->isVisible() && widget->isEnabled() && (widget->focusPolicy() & Qt::TabFocus)) {
            widget->setFocus(Qt::ShortcutFocusReason);
            return;
        }
    }
}

void MainWindow::showShortcuts()
{
    for (PageSlot *slot : {m_dashboardSlot, m_dealsSlot, m_trainingSlot, m_commissionsSlot})
        slot->page(); // a page not shown yet has its shortcuts too
    ShortcutsDialog dialog(this, this);
    dialog.exec();
}

// Before the database closes (quit, another file, demo data): changes the team server has not received.
bool MainWindow::confirmUnsentChanges(bool quitting)
{
    if (!m_database)
        return true;
    const bool hasAccount = !pd::sync::ServerTrust().account().isNull();
    const auto answer =
        UnsentChanges::ask(this, UnsentChanges::count(m_database->connection()), hasAccount,
                           quitting ? UnsentChanges::Leaving::Quit : UnsentChanges::Leaving::CloseDatabase);
    auto *syncPage = findChild<SyncPage *>();
    switch (answer) {
    case UnsentChanges::Answer::Proceed:
        return true;
    case UnsentChanges::Answer::SyncNow:
        showPage(Page::Sync);
        if (syncPage)
            syncPage->syncNow();
        return false;
    case UnsentChanges::Answer::SetUpAccount:
        showPage(Page::Sync);
        showSyncAccount();
        return false;
    case UnsentChanges::Answer::Cancel:
        return false;
    }
    return false;
}

// The sync account dialog. Its sign-in reaches the sync worker through the keychain or, where there is
// none, through this session's memory, so the password is asked once per session and never stored.
void MainWindow::showSyncAccount()
{
    AccountDialog dialog(pd::sync::ServerTrust(), nullptr, this);
    connect(&dialog, &AccountDialog::signedIn, this,
            [](const QUrl &server, const QString &user, const pd::sync::Tokens &tokens) {
                pd::sync::client::KeychainCredentials::rememberForSession(server, user, tokens.refreshToken);
            });
    if (dialog.exec() == QDialog::Accepted || !dialog.tokens().isNull()) {
        if (auto *syncPage = findChild<SyncPage *>())
            syncPage->restartAfterSignIn();
    }
}

void MainWindow::startUp(const QString &requestedPath)
{
    if (!requestedPath.isEmpty()) {
        if (!openDatabase(requestedPath))
            showWelcome(tr("The database %1 could not be opened.").arg(QDir::toNativeSeparators(requestedPath)));
        return;
    }
    const QString last = Settings::value(Settings::Key::LastDatabase).toString();
    if (!last.isEmpty() && QFileInfo::exists(last)) {
        if (!openDatabase(last))
            showWelcome(tr("The database %1 could not be opened.").arg(QDir::toNativeSeparators(last)));
        return;
    }
    const QString defaultPath = storage::Database::defaultPath();
    if (QFileInfo::exists(defaultPath)) {
        if (!openDatabase(defaultPath))
            showWelcome(tr("The database %1 could not be opened.").arg(QDir::toNativeSeparators(defaultPath)));
        return;
    }
    showWelcome({});
}

void MainWindow::showWelcome(const QString &notice)
{
    const QString defaultPath = storage::Database::defaultPath();
    WelcomeDialog dialog(defaultPath, this);
    dialog.setNotice(notice);
    if (dialog.exec() != QDialog::Accepted)
        return;
    switch (dialog.choice()) {
    case WelcomeDialog::Choice::EmptyDatabase:
        QDir().mkpath(QFileInfo(defaultPath).absolutePath());
        openDatabase(defaultPath);
        break;
    case WelcomeDialog::Choice::DemoData:
        QDir().mkpath(QFileInfo(defaultPath).absolutePath());
        loadDemoData(defaultPath);
        break;
    case WelcomeDialog::Choice::OpenExisting:
        openDatabaseDialog();
        break;
    case WelcomeDialog::Choice::None:
        break;
    }
}

bool MainWindow::loadDemoData(const QString &path)
{
    if (m_database && (!m_partnersPage->confirmLeavingEditor() || !confirmUnsentChanges(false)))
        return false;
    closeDatabase();
    // Made on a worker thread: the window keeps painting and the dialog can cancel.
    DemoJob job(path, DemoJob::firstLookOptions());
    QProgressDialog progress(tr("Creating demo partners and their people…"), tr("Cancel"), 0, 0, this);
    progress.setObjectName(QStringLiteral("demoProgressDialog"));
    progress.setWindowTitle(tr("Demo data"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setAutoClose(false);
    progress.setAutoReset(false);
    progress.setMinimumDuration(0);
    progress.setMinimumWidth(420);
    const int partners = DemoJob::firstLookOptions().partners;
    connect(&job, &DemoJob::progress, &progress, [&progress, partners](int done, int total) {
        if (done >= total) {
            progress.setLabelText(tr("Writing two years of consumption and pricing the commission…"));
            progress.setRange(0, 0);
            return;
        }
        progress.setLabelText(done < partners ? tr("Creating demo partners and their people…")
                                              : tr("Creating deal registrations…"));
        progress.setRange(0, total);
        progress.setValue(done);
    });
    connect(&progress, &QProgressDialog::canceled, &job, &DemoJob::cancel);
    QEventLoop loop;
    bool ok = false;
    QString error;
    QString detail;
    connect(&job, &DemoJob::finished, &loop, [&](bool done, bool, const QString &message, const QString &more) {
        ok = done;
        error = message;
        detail = more;
        loop.quit();
    });
    progress.show();
    job.start();
    loop.exec();
    progress.hide();
    if (!ok && !error.isEmpty()) {
        QMessageBox box(QMessageBox::Warning, tr("Demo data"), error, QMessageBox::Ok, this);
        box.setObjectName(QStringLiteral("demoErrorBox"));
        box.setInformativeText(detail);
        box.exec();
    }
    return openDatabase(path);
}

bool MainWindow::openDatabase(const QString &path)
{
    if (m_database && !m_partnersPage->confirmLeavingEditor())
        return false;
    if (m_database && !confirmUnsentChanges(false))
        return false;
    closeDatabase();
    auto db = storage::Database::open(path);
    if (!db) {
        showOpenError(path, db.error().message, db.error().detail);
        updateStatus();
        return false;
    }
    m_database = std::move(db).value();
    m_service = new PartnerService(m_database->connection(), SystemClock::instance(), actorName(), this);
    m_undoGroup->addStack(m_service->undoStack());
    m_undoGroup->setActiveStack(m_service->undoStack());
    m_dealService = new DealService(m_database->connection(), SystemClock::instance(), actorName(), this);
    // Edit → Undo takes back review decisions on the review queue and Deals pages, partner edits elsewhere.
    m_undoGroup->addStack(m_dealService->undoStack());
    const auto followPage = [this] {
        const QWidget *page = m_pages->currentWidget();
        m_undoGroup->setActiveStack(page == m_reviewPage || page == m_dealsSlot ? m_dealService->undoStack()
                                                                                : m_service->undoStack());
    };
    connect(m_pages, &QStackedWidget::currentChanged, m_dealService, followPage);
    followPage();
    connect(m_dealService, &DealService::failed, this, [this](const QString &message, const QString &detail) {
        QMessageBox::warning(this, tr("Undo"), detail.isEmpty() ? message : message + QLatin1Char('\n') + detail);
    });
    m_trainingService = new TrainingService(m_database->connection(), SystemClock::instance(), actorName(), this);
    // Each page reads its data when it is first shown, so that the window paints as soon as the current
    // page is ready; the review badge, the partner count and sync start right after that first paint.
    const QString file = m_database->path();
    m_deferredPages->defer(m_partnersPage, [this] { m_partnersPage->setService(m_service); });
    m_deferredPages->defer(m_reviewPage, [this] { m_reviewPage->setService(m_dealService); });
    m_deferredPages->defer(m_dealsSlot, [this] { dealsPage()->setService(m_dealService); });
    m_deferredPages->defer(m_trainingSlot, [this] { trainingPage()->setService(m_trainingService); });
    m_deferredPages->defer(m_dashboardSlot,
                           [this, file] { dashboardPage()->setDatabase(file, &SystemClock::instance()); });
    m_deferredPages->defer(m_commissionsSlot, [this, file] {
        commissionsPage()->setDatabase(file, SystemClock::instance().todayUtc(), actorName());
    });
    auto *syncPage = findChild<SyncPage *>();
    if (syncPage)
        m_deferredPages->defer(syncPage, [syncPage, file] { syncPage->setDatabase(file); });
    connect(m_dealService, &DealService::dealStored, this, &MainWindow::refreshDashboard);
    connect(m_trainingService, &TrainingService::changed, this, &MainWindow::refreshDashboard);
    connect(m_service, &PartnerService::partnerStored, this, &MainWindow::refreshDashboard);
    connect(m_service, &PartnerService::partnerRemoved, this, &MainWindow::refreshDashboard);
    connect(m_service, &PartnerService::failed, this, [this](const QString &message, const QString &detail) {
        QMessageBox::warning(this, tr("Undo"), detail.isEmpty() ? message : message + QLatin1Char('\n') + detail);
    });
    Settings::addRecentDatabase(m_database->path());
    Settings::setValue(Settings::Key::LastDatabase, QFileInfo(m_database->path()).absoluteFilePath());
    m_deferredPages->setUpCurrentNowAndAfterFirstPaint({m_reviewPage, m_partnersPage, syncPage});
    m_dailyBackup->setDatabase(file);
    setWindowFilePath(m_database->path());
    setWindowTitle(tr("%1 — %2").arg(QFileInfo(m_database->path()).fileName(), QLatin1String(version::productName)));
    updateStatus();
    updateActions();
    return true;
}

void MainWindow::closeDatabase()
{
    m_dailyBackup->setDatabase({});
    if (m_deferredPages)
        m_deferredPages->clear();
    if (auto *syncPage = findChild<SyncPage *>())
        syncPage->setDatabase({});
    if (m_partnersPage)
        m_partnersPage->setService(nullptr);
    if (m_reviewPage)
        m_reviewPage->setService(nullptr);
    if (auto *deals = built<DealsPage>(m_dealsSlot))
        deals->setService(nullptr);
    if (auto *training = built<TrainingPage>(m_trainingSlot))
        training->setService(nullptr);
    if (auto *dashboard = built<DashboardPage>(m_dashboardSlot))
        dashboard->setDatabase({}, nullptr);
    if (auto *commissions = built<CommissionsPage>(m_commissionsSlot))
        commissions->setDatabase({}, {}, {});
    delete m_dealService;
    m_dealService = nullptr;
    delete m_trainingService;
    m_trainingService = nullptr;
    if (m_service) {
        m_undoGroup->removeStack(m_service->undoStack());
        delete m_service;
        m_service = nullptr;
    }
    m_database.reset();
    setWindowTitle(QLatin1String(version::productName));
    updateStatus();
    updateActions();
}

void MainWindow::restoreFromBackup()
{
    // Also when the last database could not be opened (a damaged file names its newest good backup).
    const QString path = m_database ? m_database->path() : Settings::value(Settings::Key::LastDatabase).toString();
    if (path.isEmpty() || (m_database && !m_partnersPage->confirmLeavingEditor()))
        return;
    RestoreBackupDialog dialog(path, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    closeDatabase();
    dialog.restoreChosen();
    openDatabase(path);
}

void MainWindow::showOpenError(const QString &path, const QString &message, const QString &detail)
{
    QMessageBox box(QMessageBox::Critical, tr("Cannot open the database"), message, QMessageBox::Ok, this);
    box.setObjectName(QStringLiteral("openErrorBox"));
    QString info = tr("File: %1").arg(QDir::toNativeSeparators(path));
    if (!detail.isEmpty())
        info = detail + QStringLiteral("\n\n") + info;
    box.setInformativeText(info);
    box.exec();
}

void MainWindow::newDatabase()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("New Database"), QDir::homePath() + QStringLiteral("/partners.db"),
        kFileFilter.arg(tr("PartnerDesk databases"), tr("All files")), nullptr, QFileDialog::DontConfirmOverwrite);
    if (path.isEmpty())
        return;
    if (QFileInfo::exists(path)) {
        QMessageBox::information(this, tr("New Database"),
                                 tr("%1 already exists. PartnerDesk never overwrites a file; choose another name, "
                                    "or use File → Open Database to open it.")
                                     .arg(QDir::toNativeSeparators(path)));
        return;
    }
    openDatabase(path);
}

void MainWindow::openDatabaseDialog()
{
    const QString start = m_database ? QFileInfo(m_database->path()).absolutePath() : QDir::homePath();
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Database"), start,
                                                      kFileFilter.arg(tr("PartnerDesk databases"), tr("All files")));
    if (!path.isEmpty() && !openDatabase(path) && !m_database)
        showWelcome(tr("The database %1 could not be opened.").arg(QDir::toNativeSeparators(path)));
}

void MainWindow::updateRecentMenu()
{
    m_recentMenu->clear();
    const QStringList recent = Settings::recentDatabases();
    for (const QString &path : recent) {
        QAction *action = m_recentMenu->addAction(QDir::toNativeSeparators(path), this, [this, path] {
            if (!QFileInfo::exists(path)) {
                QMessageBox::information(this, tr("Open Recent"),
                                         tr("%1 no longer exists.").arg(QDir::toNativeSeparators(path)));
                Settings::removeRecentDatabase(path);
                return;
            }
            openDatabase(path);
        });
        action->setEnabled(!m_database || m_database->path() != path);
    }
    if (recent.isEmpty())
        m_recentMenu->addAction(tr("No recent databases"))->setEnabled(false);
    m_recentMenu->addSeparator();
    m_recentMenu->addAction(tr("Clear List"), this, [] { Settings::setValue(Settings::Key::RecentDatabases, {}); })
        ->setEnabled(!recent.isEmpty());
}

QString MainWindow::databasePath() const
{
    return m_database ? m_database->path() : QString();
}

void MainWindow::showPage(Page page)
{
    m_navigation->setCurrentRow(static_cast<int>(page));
}

void MainWindow::updateStatus()
{
    if (!m_pathLabel)
        return;
    if (!m_database) {
        m_pathLabel->setText(tr("No database open"));
        m_countLabel->clear();
        return;
    }
    m_pathLabel->setText(tr("Database: %1").arg(QDir::toNativeSeparators(m_database->path())));
    if (m_deferredPages->isPending(m_partnersPage)) {
        m_countLabel->clear(); // counted once the partners are read
        return;
    }
    const int count = m_partnersPage->partnerCount();
    m_countLabel->setText(readablePlural(tr("%Ln partner(s)", nullptr, count), count));
}

void MainWindow::updateActions()
{
    if (!m_newPartner)
        return;
    const bool onPartners = m_pages->currentWidget() == m_partnersPage;
    m_newPartner->setEnabled(m_database != nullptr);
    m_programRules->setEnabled(m_database != nullptr);
    m_deletePartner->setEnabled(m_database && onPartners && !m_partnersPage->currentPartnerId().isEmpty());
}

void MainWindow::showAbout()
{
    AboutDialog dialog(databasePath(), this);
    dialog.exec();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_database && !m_partnersPage->confirmLeavingEditor()) {
        event->ignore();
        return;
    }
    if (!confirmUnsentChanges(true)) {
        event->ignore();
        return;
    }
    Settings::saveWindow(this);
    Settings::setValue(Settings::Key::CurrentPage, m_navigation->currentRow());
    m_partnersPage->saveLayout();
    m_reviewPage->saveLayout();
    if (auto *deals = built<DealsPage>(m_dealsSlot))
        deals->saveLayout();
    if (auto *training = built<TrainingPage>(m_trainingSlot))
        training->saveLayout();
    if (auto *commissions = built<CommissionsPage>(m_commissionsSlot))
        commissions->saveLayout();
    event->accept();
}

} // namespace pd::views
