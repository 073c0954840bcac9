#pragma once

#include "Backups.h"

#include <QDialog>

#include <atomic>
#include <memory>

class QLabel;
class QPushButton;
class QThread;
class QTreeWidget;

namespace pd::views {

// File → Restore from Backup: the backups of the open database, newest first, with when each was made,
// its size, why it was made and what it holds. Each is checked (on a thread of its own) before it is
// offered; one that fails its check is shown as damaged and cannot be chosen. Accepting asks once more
// and then leaves the restore to restoreChosen(), which the window calls after closing the database.
class RestoreBackupDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RestoreBackupDialog)

public:
    explicit RestoreBackupDialog(const QString &databasePath, QWidget *parent = nullptr);
    ~RestoreBackupDialog() override;

    QString chosenBackup() const { return m_chosen; }
    // Puts the chosen backup in place of the database, which the caller has closed (waiting a few seconds
    // for the app's own background connections to let go), and tells the user what happened.
    bool restoreChosen();

    // Waits for the check of the backups (for tests).
    void waitForList();

private:
    void startListing();
    void showList(const QList<storage::backups::Backup> &backups);
    void updateButtons();
    void confirm();

    QString m_databasePath;
    QString m_chosen;
    QLabel *m_status = nullptr;
    QTreeWidget *m_list = nullptr;
    QPushButton *m_restore = nullptr;
    QThread *m_worker = nullptr;
    std::shared_ptr<std::atomic<bool>> m_cancel;
};

} // namespace pd::views
