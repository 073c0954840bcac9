#pragma once

#include "ExportRequest.h"

#include <QDialog>

#include <atomic>
#include <memory>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QRadioButton;
class QThread;

namespace pd::views {

// Exports what a page shows (or the whole table) as CSV: the file, the delimiter (',' or ';', by default
// the one Excel expects for the locale), the BOM; the work runs on a worker thread with its own
// database connection, shows progress, and Cancel leaves no file.
class ExportDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExportDialog)

public:
    explicit ExportDialog(ExportRequest request, QWidget *parent = nullptr);
    ~ExportDialog() override;

    // ';' where the locale's decimal separator is a comma (as Excel expects), ',' elsewhere.
    static QChar defaultDelimiter(const QLocale &locale);

    void setPath(const QString &path);
    bool isRunning() const { return m_worker != nullptr; }

signals:
    void finished(bool ok, const QString &message);

public slots:
    void start();
    void cancel();

protected:
    void reject() override;

private:
    void browse();
    void onProgress(qint64 done, qint64 total);
    void onDone(bool ok, const QString &message);
    void updateState();

    ExportRequest m_request;
    QRadioButton *m_shown = nullptr;
    QRadioButton *m_everything = nullptr;
    QLineEdit *m_path = nullptr;
    QComboBox *m_delimiter = nullptr;
    QCheckBox *m_bom = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_status = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_exportButton = nullptr;
    QThread *m_worker = nullptr;
    std::shared_ptr<std::atomic_bool> m_cancelled;
};

} // namespace pd::views
