#include "ExportDialog.h"

#include "ExportJob.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QStandardPaths>
#include <QThread>
#include <QVBoxLayout>

namespace pd::views {

ExportDialog::ExportDialog(ExportRequest request, QWidget *parent)
    : QDialog(parent), m_request(std::move(request)), m_cancelled(std::make_shared<std::atomic_bool>(false))
{
    setObjectName(QStringLiteral("exportDialog"));
    setWindowTitle(tr("Export %1").arg(m_request.title));
    auto *layout = new QVBoxLayout(this);

    auto *form = new QFormLayout;
    m_shown = new QRadioButton(tr("What the page shows (columns, filter and sort)"), this);
    m_shown->setObjectName(QStringLiteral("exportShown"));
    if (!m_request.shownLabel.isEmpty())
        m_shown->setText(m_request.shownLabel);
    m_everything = new QRadioButton(tr("Everything in the table, in the columns import reads back"), this);
    m_everything->setObjectName(QStringLiteral("exportEverything"));
    m_shown->setChecked(true);
    m_everything->setEnabled(m_request.everything.has_value());
    auto *scope = new QVBoxLayout;
    scope->addWidget(m_shown);
    scope->addWidget(m_everything);
    form->addRow(tr("Rows:"), scope);

    m_path = new QLineEdit(this);
    m_path->setObjectName(QStringLiteral("exportPath"));
    m_path->setText(
        QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)).filePath(m_request.suggestedName));
    auto *browseButton = new QPushButton(tr("Browse…"), this);
    connect(browseButton, &QPushButton::clicked, this, &ExportDialog::browse);
    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(browseButton);
    form->addRow(tr("File:"), pathRow);

    m_delimiter = new QComboBox(this);
    m_delimiter->setObjectName(QStringLiteral("exportDelimiter"));
    m_delimiter->addItem(tr("Comma (,)"), QStringLiteral(","));
    m_delimiter->addItem(tr("Semicolon (;) for Excel with a decimal comma"), QStringLiteral(";"));
    m_delimiter->setCurrentIndex(defaultDelimiter(QLocale()) == QLatin1Char(';') ? 1 : 0);
    form->addRow(tr("Delimiter:"), m_delimiter);
    m_bom = new QCheckBox(tr("Byte order mark, so that Excel reads Cyrillic right"), this);
    m_bom->setObjectName(QStringLiteral("exportBom"));
    m_bom->setChecked(true);
    form->addRow(QString(), m_bom);
    layout->addLayout(form);

    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("exportProgress"));
    m_progress->setRange(0, 100);
    m_progress->setValue(0);
    layout->addWidget(m_progress);
    m_status =
        new QLabel(tr("Cells that a spreadsheet would run as a formula are written with a leading apostrophe."), this);
    m_status->setObjectName(QStringLiteral("exportStatus"));
    m_status->setWordWrap(true);
    layout->addWidget(m_status);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_exportButton = m_buttons->addButton(tr("Export"), QDialogButtonBox::AcceptRole);
    m_exportButton->setObjectName(QStringLiteral("exportButton"));
    m_exportButton->setDefault(true);
    connect(m_exportButton, &QPushButton::clicked, this, &ExportDialog::start);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ExportDialog::reject);
    layout->addWidget(m_buttons);
    setMinimumWidth(560);
}

ExportDialog::~ExportDialog()
{
    if (m_worker) {
        m_cancelled->store(true);
        m_worker->wait();
    }
}

QChar ExportDialog::defaultDelimiter(const QLocale &locale)
{
    return locale.decimalPoint() == QStringLiteral(",") ? QLatin1Char(';') : QLatin1Char(',');
}

void ExportDialog::setPath(const QString &path)
{
    m_path->setText(path);
}

void ExportDialog::browse()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export to"), m_path->text(), tr("CSV files (*.csv)"));
    if (!path.isEmpty())
        m_path->setText(path);
}

void ExportDialog::start()
{
    if (m_worker)
        return;
    const QString path = m_path->text().trimmed();
    if (path.isEmpty()) {
        m_status->setText(tr("Choose the file to write."));
        return;
    }
    const io::CsvOptions options{m_delimiter->currentData().toString().front(), m_bom->isChecked()};
    const ExportJob::Scope scope = m_everything->isChecked() ? ExportJob::Scope::Everything : ExportJob::Scope::Shown;
    m_cancelled->store(false);
    QPointer<ExportDialog> self(this);
    auto cancelled = m_cancelled;
    const ExportRequest request = m_request;
    m_worker = QThread::create([self, cancelled, request, scope, path, options] {
        auto result = ExportJob::run(request, scope, path, options, *cancelled, [self](qint64 done, qint64 total) {
            QMetaObject::invokeMethod(
                self,
                [self, done, total] {
                    if (self)
                        self->onProgress(done, total);
                },
                Qt::QueuedConnection);
        });
        const bool ok = result.ok();
        const QString message =
            ok ? tr("%Ln row(s) written to %1.", nullptr, int(result.value())).arg(QDir::toNativeSeparators(path))
               : result.error().text();
        QMetaObject::invokeMethod(
            self,
            [self, ok, message] {
                if (self)
                    self->onDone(ok, message);
            },
            Qt::QueuedConnection);
    });
    m_status->setText(tr("Exporting…"));
    updateState();
    m_worker->start();
    updateState();
}

void ExportDialog::cancel()
{
    m_cancelled->store(true);
    m_status->setText(tr("Cancelling…"));
}

void ExportDialog::reject()
{
    if (m_worker) {
        cancel();
        return;
    }
    QDialog::reject();
}

void ExportDialog::onProgress(qint64 done, qint64 total)
{
    m_progress->setValue(total > 0 ? int(done * 100 / total) : 0);
    m_status->setText(tr("%1 of %2 rows written…").arg(QLocale().toString(done), QLocale().toString(total)));
}

void ExportDialog::onDone(bool ok, const QString &message)
{
    if (m_worker) {
        m_worker->wait();
        delete m_worker;
        m_worker = nullptr;
    }
    m_progress->setValue(ok ? 100 : 0);
    m_status->setText(message);
    updateState();
    emit finished(ok, message);
}

void ExportDialog::updateState()
{
    const bool running = m_worker != nullptr;
    m_exportButton->setEnabled(!running);
    m_path->setEnabled(!running);
    m_delimiter->setEnabled(!running);
    m_bom->setEnabled(!running);
    m_shown->setEnabled(!running);
    m_everything->setEnabled(!running && m_request.everything.has_value());
}

} // namespace pd::views
