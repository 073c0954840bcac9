#pragma once

#include "SyncJournal.h"
#include "SyncWorker.h"

#include <QWidget>

#include <memory>

class QLabel;
class QPushButton;
class QSplitter;
class QTableWidget;
class QTimer;

namespace pd::storage {
class Database;
}

namespace pd::views {

class SyncLogView;
class SyncStatusIndicator;

// The Sync page: state, last sync, conflicts field by field (mine, theirs, base, who changed theirs)
// settled one by one or a selection by a rule (Keep mine / Take theirs / Keep the newer, or Edit), pending
// and rejected changes (what was refused, why and what to do), the log of past runs, Sync now. It owns
// the sync worker (periodic sync while online, QSettings "sync/intervalSeconds") and feeds the
// status-bar indicator.
class SyncPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SyncPage)

public:
    explicit SyncPage(QWidget *parent = nullptr);
    ~SyncPage() override;

    // The database to sync (empty: none open). Starts the worker when an account is configured.
    void setDatabase(const QString &path);
    SyncStatusIndicator *indicator() const { return m_indicator; }

public slots:
    void refresh();
    void syncNow();
    // After a sign-in through the Sync Account dialog: a new worker with the new token syncs at once.
    void restartAfterSignIn();

signals:
    void showRequested();
    void dataChanged();
    // Sync now was asked while no usable sign-in is at hand (no keychain, or the session ended): the
    // window asks for the password through the Sync Account dialog.
    void signInRequested();

private:
    void startWorker();
    void resolveSelected(sync::client::ResolveRule rule);
    void editSelected();
    QList<qint64> selectedConflictIds() const;
    void fillConflicts();
    void fillChanges();
    void updateButtons();
    void updateEmptyTexts(bool configured);
    void onStatus(const sync::client::SyncStatus &status);

    QString m_path;
    std::unique_ptr<storage::Database> m_db;
    std::unique_ptr<sync::client::SyncController> m_controller;
    QString m_account;
    sync::client::SyncStatus m_status;
    QList<sync::client::SyncConflict> m_conflicts;
    QList<sync::client::OutboxEntry> m_changes;

    QLabel *m_state = nullptr;
    QLabel *m_details = nullptr;
    QPushButton *m_syncNow = nullptr;
    QPushButton *m_allowDelete = nullptr;
    QTableWidget *m_conflictTable = nullptr;
    QPushButton *m_keepMine = nullptr;
    QPushButton *m_takeTheirs = nullptr;
    QPushButton *m_keepNewer = nullptr;
    QPushButton *m_edit = nullptr;
    QTableWidget *m_changeTable = nullptr;
    QLabel *m_explanation = nullptr;
    QPushButton *m_discard = nullptr;
    SyncLogView *m_log = nullptr;
    QSplitter *m_splitter = nullptr;
    SyncStatusIndicator *m_indicator = nullptr;
    QTimer *m_poll = nullptr;
};

} // namespace pd::views
