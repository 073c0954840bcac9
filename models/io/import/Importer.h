#pragma once

#include "Clock.h"
#include "ImportTypes.h"
#include "Result.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

#include <memory>

namespace pd::io {

class RowImporter;

// Imports one CSV file into one table, all or nothing: the header is matched to the table's columns
// (English or Russian names, any order; unknown columns are reported and ignored), every row is
// validated by the program's rules, and the rows are written in one transaction that is committed only
// when no row has an issue (and never in a dry run). Audit entries and sync mutations are written with
// the rows, as for every other change; rows identical to the stored records change nothing.
// Runs on the thread that owns `db`; a GUI runs it on a worker with a connection of its own.
class Importer final
{
    Q_DECLARE_TR_FUNCTIONS(pd::io::Importer)

public:
    Importer(QSqlDatabase db, const Clock &clock, QString actor);

    // An Error when the file cannot be read at all, its header does not fit the table, the database
    // fails, or the import is cancelled; otherwise the report (which may list issues: then nothing
    // was written).
    Result<ImportReport> run(DataTable table, const QString &path, const ImportOptions &options = {});

    std::unique_ptr<RowImporter> rowImporter(DataTable table) const;

private:
    QSqlDatabase m_db;
    const Clock &m_clock;
    QString m_actor;
};

} // namespace pd::io
