#include "ImportDialog.h"

#include "Clock.h"
#include "CsvReader.h"
#include "CsvWriter.h"
#include "Database.h"
#include "Importer.h"
#include "TableColumns.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QThread>
#include <QVBoxLayout>

namespace pd::views {
namespace {

constexpr int kPreviewRows = 20;

} // namespace

ImportDialog::ImportDialog(QString databasePath, QString actor, QWidget *parent)
    : QDialog(parent), m_databasePath(std::move(databasePath)), m_actor(std::move(actor))
{
    setObjectName(QStringLiteral("importDialog"));
    setWindowTitle(tr("Import CSV"));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    m_table = new QComboBox(this);
    m_table->setObjectName(QStringLiteral("importTable"));
    for (io::DataTable t : io::allDataTables())
        m_table->addItem(io::displayName(t), int(t));
    connect(m_table, &QComboBox::currentIndexChanged, this, &ImportDialog::preview);
    form->addRow(tr("Into:"), m_table);
    m_path = new QLineEdit(this);
    m_path->setObjectName(QStringLiteral("importPath"));
    connect(m_path, &QLineEdit::editingFinished, this, &ImportDialog::preview);
    auto *browseButton = new QPushButton(tr("Browse…"), this);
    connect(browseButton, &QPushButton::clicked, this, &ImportDialog::browse);
    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(browseButton);
    form->addRow(tr("File:"), pathRow);
    layout->addLayout(form);

    m_columns = new QLabel(this);
    m_columns->setObjectName(QStringLiteral("importColumns"));
    m_columns->setWordWrap(true);
    layout->addWidget(m_columns);
    m_preview = new QTableWidget(this);
    m_preview->setObjectName(QStringLiteral("importPreview"));
    m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_preview->verticalHeader()->setVisible(true);
    layout->addWidget(m_preview, 2);

    m_status =
        new QLabel(tr("Choose a CSV file (UTF-8; ',' or ';'). Nothing is changed until every row is right."), this);
    m_status->setObjectName(QStringLiteral("importStatus"));
    m_status->setWordWrap(true);
    layout->addWidget(m_status);
    m_problems = new QTableWidget(0, 3, this);
    m_problems->setObjectName(QStringLiteral("importProblems"));
    m_problems->setHorizontalHeaderLabels({tr("Line"), tr("Column"), tr("Problem")});
    m_problems->horizontalHeader()->setStretchLastSection(true);
    m_problems->verticalHeader()->setVisible(false);
    m_problems->setEditTriggers(QAbstractItemView::NoEditTriggers);
    layout->addWidget(m_problems, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_saveProblems = buttons->addButton(tr("Save problems as CSV…"), QDialogButtonBox::ActionRole);
    m_saveProblems->setObjectName(QStringLiteral("importSaveProblems"));
    connect(m_saveProblems, &QPushButton::clicked, this, &ImportDialog::saveProblemsAs);
    m_checkButton = buttons->addButton(tr("Check"), QDialogButtonBox::ActionRole);
    m_checkButton->setObjectName(QStringLiteral("importCheck"));
    connect(m_checkButton, &QPushButton::clicked, this, &ImportDialog::check);
    m_importButton = buttons->addButton(tr("Import"), QDialogButtonBox::ActionRole);
    m_importButton->setObjectName(QStringLiteral("importButton"));
    connect(m_importButton, &QPushButton::clicked, this, &ImportDialog::runImport);
    connect(buttons, &QDialogButtonBox::rejected, this, &ImportDialog::reject);
    layout->addWidget(buttons);
    resize(900, 620);
    updateState();
}

ImportDialog::~ImportDialog()
{
    if (m_worker)
        m_worker->wait();
}

void ImportDialog::setTable(io::DataTable table)
{
    m_table->setCurrentIndex(m_table->findData(int(table)));
}

void ImportDialog::setFile(const QString &path)
{
    m_path->setText(path);
    preview();
}

void ImportDialog::browse()
{
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Import from"), m_path->text(), tr("CSV files (*.csv *.txt)"));
    if (!path.isEmpty())
        setFile(path);
}

void ImportDialog::preview()
{
    m_preview->clear();
    m_preview->setRowCount(0);
    m_preview->setColumnCount(0);
    m_problems->setRowCount(0);
    const QString path = m_path->text().trimmed();
    updateState();
    if (path.isEmpty())
        return;
    io::CsvReader reader;
    if (Status s = reader.open(path); !s) {
        m_status->setText(s.error().text());
        return;
    }
    io::CsvRecord header;
    if (!reader.next(header)) {
        m_status->setText(reader.hasError() ? reader.error().text() : tr("The file is empty."));
        return;
    }
    const auto table = io::DataTable(m_table->currentData().toInt());
    const io::HeaderMatch match(table, header.fields);
    m_preview->setColumnCount(int(header.fields.size()));
    QStringList labels;
    for (int i = 0; i < header.fields.size(); ++i) {
        const bool known = !match.unknownColumns().contains(header.fields.at(i).trimmed());
        labels.append(known ? header.fields.at(i) : tr("%1 (ignored)").arg(header.fields.at(i)));
    }
    m_preview->setHorizontalHeaderLabels(labels);
    io::CsvRecord record;
    QStringList lines;
    for (int r = 0; r < kPreviewRows && reader.next(record); ++r) {
        m_preview->insertRow(r);
        lines.append(QString::number(record.line));
        for (int c = 0; c < record.fields.size() && c < m_preview->columnCount(); ++c)
            m_preview->setItem(r, c, new QTableWidgetItem(record.fields.at(c)));
    }
    m_preview->setVerticalHeaderLabels(lines);
    m_preview->resizeColumnsToContents();
    QString text =
        match.problem().isEmpty()
            ? tr("Delimiter '%1'. Columns matched for %2.").arg(reader.delimiter()).arg(io::displayName(table))
            : match.problem();
    if (!match.unknownColumns().isEmpty())
        text += QLatin1Char(' ')
                + tr("Ignored (unknown) columns: %1.").arg(match.unknownColumns().join(QStringLiteral(", ")));
    m_columns->setText(text);
    m_status->setText(reader.hasError()
                          ? reader.error().text()
                          : tr("Showing the first rows. Check finds every problem without changing anything."));
    updateState();
}

void ImportDialog::check()
{
    run(true);
}

void ImportDialog::runImport()
{
    run(false);
}

void ImportDialog::run(bool dryRun)
{
    if (m_worker || m_path->text().trimmed().isEmpty())
        return;
    const auto table = io::DataTable(m_table->currentData().toInt());
    const QString path = m_path->text().trimmed();
    const QString database = m_databasePath;
    const QString actor = m_actor;
    m_worker = QThread::create([this, table, path, database, actor, dryRun] {
        io::ImportReport report;
        QString message;
        bool ok = false;
        auto db = storage::Database::open(database, storage::Database::Mode::OpenExisting);
        if (!db) {
            message = db.error().text();
        } else {
            io::ImportOptions options;
            options.dryRun = dryRun;
            auto result =
                io::Importer(db.value()->connection(), SystemClock::instance(), actor).run(table, path, options);
            if (!result) {
                message = result.error().text();
            } else {
                ok = true;
                report = result.value();
            }
        }
        QMetaObject::invokeMethod(
            this, [this, dryRun, ok, message, report] { onDone(dryRun, ok, message, report); }, Qt::QueuedConnection);
    });
    m_status->setText(dryRun ? tr("Checking every row…") : tr("Importing…"));
    m_worker->start();
    updateState();
}

void ImportDialog::onDone(bool dryRun, bool ok, const QString &message, const io::ImportReport &report)
{
    m_worker->wait();
    delete m_worker;
    m_worker = nullptr;
    m_problems->setRowCount(0);
    QString text;
    if (!ok) {
        text = message;
    } else {
        for (const io::ImportIssue &issue : report.issues) {
            const int r = m_problems->rowCount();
            m_problems->insertRow(r);
            m_problems->setItem(r, 0, new QTableWidgetItem(QString::number(issue.line)));
            m_problems->setItem(r, 1, new QTableWidgetItem(issue.column));
            m_problems->setItem(r, 2, new QTableWidgetItem(issue.message));
        }
        const QString counts = tr("%1 rows: %2 new, %3 updated, %4 unchanged.")
                                   .arg(report.rows)
                                   .arg(report.created)
                                   .arg(report.updated)
                                   .arg(report.unchanged);
        if (report.issueCount > 0)
            text = tr("%Ln problem(s) found; nothing was imported. Correct the file and try again.", nullptr,
                      int(report.issueCount));
        else if (dryRun)
            text = tr("Every row is right. Importing would give: %1").arg(counts);
        else
            text = tr("Imported. %1").arg(counts);
        if (!report.unknownColumns.isEmpty())
            text += QLatin1Char(' ') + tr("Ignored columns: %1.").arg(report.unknownColumns.join(QStringLiteral(", ")));
        if (!report.backupProblem.isEmpty())
            text += QLatin1Char('\n') + tr("No backup was made before the import: %1").arg(report.backupProblem);
    }
    m_problems->resizeColumnToContents(0);
    m_problems->resizeColumnToContents(1);
    m_status->setText(text);
    updateState();
    const bool applied = ok && report.applied;
    if (applied)
        emit imported(io::DataTable(m_table->currentData().toInt()));
    emit finished(applied, text);
}

bool ImportDialog::saveProblems(const QString &path)
{
    io::CsvWriter writer(io::CsvOptions{QLatin1Char(','), true});
    if (!writer.open(path))
        return false;
    Status s = writer.writeRow({tr("Line"), tr("Column"), tr("Problem")});
    for (int r = 0; s && r < m_problems->rowCount(); ++r)
        s = writer.writeRow(
            {m_problems->item(r, 0)->text(), m_problems->item(r, 1)->text(), m_problems->item(r, 2)->text()});
    if (!s) {
        writer.cancel();
        return false;
    }
    return writer.commit().ok();
}

void ImportDialog::saveProblemsAs()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save problems"), QDir::homePath() + QStringLiteral("/import-problems.csv"), tr("CSV files (*.csv)"));
    if (!path.isEmpty() && !saveProblems(path))
        m_status->setText(tr("Could not write %1.").arg(QDir::toNativeSeparators(path)));
}

void ImportDialog::updateState()
{
    const bool running = m_worker != nullptr;
    const bool hasFile = !m_path->text().trimmed().isEmpty();
    m_checkButton->setEnabled(!running && hasFile);
    m_importButton->setEnabled(!running && hasFile);
    m_saveProblems->setEnabled(!running && m_problems->rowCount() > 0);
    m_table->setEnabled(!running);
    m_path->setEnabled(!running);
}

} // namespace pd::views
