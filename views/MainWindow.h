#pragma once

#include <QMainWindow>

#include <memory>

class QAction;
class QLabel;
class QListWidget;
class QMenu;
class QStackedWidget;
class QUndoGroup;

namespace pd::storage {
class DailyBackup;
class Database;
} // namespace pd::storage

namespace pd::views {

class CommissionsPage;
class DashboardPage;
class DealService;
class DealsPage;
class DeferredPages;
class PageSlot;
class PartnerService;
class PartnersPage;
class ReviewQueuePage;
class TrainingPage;
class TrainingService;
class TransferActions;

// The main window: a navigation list of pages beside a stack of them, the menus, and the status bar.
// It owns the open database and hands each page what it needs; the pages do the rest.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    enum class Page
    {
        Dashboard,
        Partners,
        ReviewQueue,
        Deals,
        Training,
        Commissions,
        Sync
    };

    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens (creating when missing) the database; on failure shows the error and returns false.
    bool openDatabase(const QString &path);
    // What `partnerdesk` does at start: the --db path, else the last or default database, else the
    // welcome dialog (first run).
    void startUp(const QString &requestedPath);
    void closeDatabase();

    QString databasePath() const;
    void showPage(Page page);
    PartnersPage *partnersPage() const { return m_partnersPage; }
    ReviewQueuePage *reviewQueuePage() const { return m_reviewPage; }
    DealService *dealService() const { return m_dealService; }
    // These pages are built when first shown or asked for here (PageSlot); a start builds only the one it shows.
    DealsPage *dealsPage() const;
    TrainingPage *trainingPage() const;
    DashboardPage *dashboardPage() const;
    CommissionsPage *commissionsPage() const;

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void buildPages();
    void buildMenus();
    void newDatabase();
    void openDatabaseDialog();
    void restoreFromBackup();
    void showWelcome(const QString &notice);
    bool loadDemoData(const QString &path);
    void buildKeyboardActions(QMenu *edit, QMenu *before, QMenu *help);
    void focusSearchField();
    void focusCurrentPage();
    void showShortcuts();
    // Asks when the open database holds changes the team server has not received; true: go on.
    bool confirmUnsentChanges(bool quitting);
    void showOpenError(const QString &path, const QString &message, const QString &detail);
    void updateRecentMenu();
    void updateStatus();
    void updateActions();
    void showAbout();
    void showSyncAccount();
    void updateReviewBadge(qint64 count);
    void openDashboardCard(int card);
    void refreshDashboard();
    // A list page (Deals, Training) with its saved column layout, its table offered to export.
    template <typename Page>
    QWidget *buildListPage(QWidget *slot);
    QWidget *buildDashboardPage(QWidget *slot);
    QWidget *buildCommissionsPage(QWidget *slot);

    std::unique_ptr<storage::Database> m_database;
    storage::DailyBackup *m_dailyBackup = nullptr;
    PartnerService *m_service = nullptr;
    DealService *m_dealService = nullptr;
    TrainingService *m_trainingService = nullptr;
    QUndoGroup *m_undoGroup = nullptr;

    QListWidget *m_navigation = nullptr;
    QStackedWidget *m_pages = nullptr;
    DeferredPages *m_deferredPages = nullptr;
    PartnersPage *m_partnersPage = nullptr;
    ReviewQueuePage *m_reviewPage = nullptr;
    PageSlot *m_dealsSlot = nullptr;
    PageSlot *m_trainingSlot = nullptr;
    PageSlot *m_dashboardSlot = nullptr;
    PageSlot *m_commissionsSlot = nullptr;
    TransferActions *m_transfer = nullptr;
    QMenu *m_recentMenu = nullptr;
    QAction *m_newPartner = nullptr;
    QAction *m_deletePartner = nullptr;
    QAction *m_programRules = nullptr;
    QLabel *m_pathLabel = nullptr;
    QLabel *m_countLabel = nullptr;
};

} // namespace pd::views
