#pragma once

#include "ImportTypes.h"

#include <QDialog>

#include <atomic>
#include <memory>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;
class QThread;

namespace pd::views {

// Imports a CSV file into one table: a preview of the first rows with their columns matched (unknown
// ones marked), a check (a dry run) and the import itself on a worker thread with its own connection;
// every problem listed with its line, column and reason, and savable as CSV. All or nothing.
class ImportDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportDialog)

public:
    ImportDialog(QString databasePath, QString actor, QWidget *parent = nullptr);
    ~ImportDialog() override;

    void setTable(io::DataTable table);
    void setFile(const QString &path);
    bool isRunning() const { return m_worker != nullptr; }
    // Writes the problems shown as CSV (line, column, problem).
    bool saveProblems(const QString &path);

signals:
    void finished(bool applied, const QString &message);
    void imported(io::DataTable table);

public slots:
    void check();
    void runImport();

private:
    void browse();
    void preview();
    void run(bool dryRun);
    void onDone(bool dryRun, bool ok, const QString &message, const io::ImportReport &report);
    void saveProblemsAs();
    void updateState();

    QString m_databasePath;
    QString m_actor;
    QComboBox *m_table = nullptr;
    QLineEdit *m_path = nullptr;
    QTableWidget *m_preview = nullptr;
    QLabel *m_columns = nullptr;
    QLabel *m_status = nullptr;
    QTableWidget *m_problems = nullptr;
    QPushButton *m_checkButton = nullptr;
    QPushButton *m_importButton = nullptr;
    QPushButton *m_saveProblems = nullptr;
    QThread *m_worker = nullptr;
};

} // namespace pd::views
