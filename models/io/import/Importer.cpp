#include "Importer.h"

#include "Backups.h"
#include "CertificateImporter.h"
#include "ConsumptionImporter.h"
#include "CsvReader.h"
#include "Database.h"
#include "DealImporter.h"
#include "PartnerImporter.h"
#include "PersonImporter.h"
#include "SqlUtil.h"
#include "TableColumns.h"

#include <QDir>

namespace pd::io {

Importer::Importer(QSqlDatabase db, const Clock &clock, QString actor)
    : m_db(std::move(db)), m_clock(clock), m_actor(std::move(actor))
{}

std::unique_ptr<RowImporter> Importer::rowImporter(DataTable table) const
{
    switch (table) {
    case DataTable::Partners:
        return std::make_unique<PartnerImporter>(m_db, m_clock, m_actor);
    case DataTable::People:
        return std::make_unique<PersonImporter>(m_db, m_clock, m_actor);
    case DataTable::Certificates:
        return std::make_unique<CertificateImporter>(m_db, m_clock, m_actor);
    case DataTable::Deals:
        return std::make_unique<DealImporter>(m_db, m_clock, m_actor);
    case DataTable::Consumption:
        return std::make_unique<ConsumptionImporter>(m_db, m_clock, m_actor);
    }
    return nullptr;
}

Result<ImportReport> Importer::run(DataTable table, const QString &path, const ImportOptions &options)
{
    const QString name = QDir::toNativeSeparators(path);
    CsvReader reader;
    if (Status s = reader.open(path); !s)
        return s.error();
    CsvRecord header;
    if (!reader.next(header)) {
        if (reader.hasError())
            return reader.error();
        return Error{tr("%1 is empty; line 1 should name the columns.").arg(name), {}, {}};
    }
    const HeaderMatch match(table, header.fields);
    if (!match.problem().isEmpty())
        return Error{
            tr("%1: %2").arg(name, match.problem()),
            tr("Columns for %1: %2.").arg(displayName(table), TableColumns::headers(table).join(QStringLiteral(", "))),
            {}};

    ImportReport report;
    report.dryRun = options.dryRun;
    report.unknownColumns = match.unknownColumns();

    // A copy of what the import may change, unless there is nothing yet. A backup that cannot be made is
    // reported with the import's result and does not stop it.
    if (!options.dryRun && options.backupFirst) {
        auto existing = storage::sql::exec(m_db, QStringLiteral("SELECT EXISTS (SELECT 1 FROM partners)"));
        const bool hasData = !existing || (existing.value().next() && existing.value().value(0).toBool());
        if (existing)
            existing.value().finish();
        if (hasData) {
            auto backup = storage::backups::makeBefore(m_db, storage::backups::Reason::Import);
            if (backup)
                report.backupPath = QDir::toNativeSeparators(backup.value().path);
            else
                report.backupProblem = backup.error().text();
        }
    }

    storage::Transaction tx(m_db);
    if (!tx.isActive())
        return Error{tr("Could not start the import: the database is busy or read-only."), {}, {}};
    std::unique_ptr<RowImporter> importer = rowImporter(table);
    importer->setInputBytes(reader.totalBytes());
    if (Status s = importer->begin(); !s)
        return s.error();

    QList<ImportIssue> issues;
    CsvRecord record;
    while (!importer->stopped() && reader.next(record)) {
        ++report.rows;
        if (options.progress && report.rows % 1000 == 0 && !options.progress(reader.bytesRead(), reader.totalBytes()))
            return Error{tr("The import was cancelled; nothing was changed."), {}, {}};
        qsizetype extra = 0;
        for (qsizetype i = match.columnCount(); i < record.fields.size(); ++i) {
            if (!record.fields.at(i).trimmed().isEmpty())
                ++extra;
        }
        const qsizetype before = issues.size();
        if (extra > 0) {
            issues.append(ImportIssue{
                record.line, QString(),
                tr("The row has %1 fields; the header names %2.").arg(record.fields.size()).arg(match.columnCount())});
        } else {
            ImportRow row(match, record.fields, record.line, issues);
            auto outcome = importer->importRow(row);
            if (!outcome)
                return Error{tr("%1, line %2: %3").arg(name).arg(record.line).arg(outcome.error().message),
                             outcome.error().detail,
                             {}};
            switch (outcome.value()) {
            case RowImporter::Outcome::Created:
                ++report.created;
                break;
            case RowImporter::Outcome::Updated:
                ++report.updated;
                break;
            case RowImporter::Outcome::Unchanged:
                ++report.unchanged;
                break;
            case RowImporter::Outcome::Invalid:
                break;
            case RowImporter::Outcome::Queued:
                break; // counted by drain()
            }
        }
        report.issueCount += issues.size() - before;
        // Memory stays bounded however broken the file: the first issues are kept, all are counted.
        if (issues.size() > ImportReport::kMaxIssues)
            issues.resize(ImportReport::kMaxIssues);
    }
    if (reader.hasError())
        return reader.error();
    qint64 failedLine = 0;
    auto written = importer->drain(failedLine);
    if (!written)
        return Error{
            tr("%1, line %2: %3").arg(name).arg(failedLine).arg(written.error().message), written.error().detail, {}};
    report.created += written.value().created;
    report.updated += written.value().updated;
    report.unchanged += written.value().unchanged;
    if (options.progress && !options.progress(reader.bytesRead(), reader.totalBytes()))
        return Error{tr("The import was cancelled; nothing was changed."), {}, {}};
    report.issues = std::move(issues);
    if (report.issueCount > 0 || options.dryRun)
        return report; // the transaction rolls back: nothing of the file is kept
    if (Status s = importer->finish(); !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    report.applied = true;
    return report;
}

} // namespace pd::io
