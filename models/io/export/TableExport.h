#pragma once

#include "CsvWriter.h"
#include "ImportTypes.h"
#include "Result.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

#include <functional>

namespace pd::io {

// Writes a whole table as CSV in the columns that import reads back (TableColumns), headed in the
// interface language, enumerations by their names, money as 1234.56, dates ISO, times UTC. Streamed
// straight from SQLite: a million deals need no more memory than one. A cancelled or failed export
// leaves no file.
class TableExport final
{
    Q_DECLARE_TR_FUNCTIONS(pd::io::TableExport)

public:
    // Called now and then with rows written and rows in all; returning false cancels.
    using Progress = std::function<bool(qint64 done, qint64 total)>;

    explicit TableExport(QSqlDatabase db);

    // Writes into a writer the caller opened; returns the rows written (without the header).
    Result<qint64> write(DataTable table, CsvWriter &writer, const Progress &progress = {});
    // Writes `path` whole, or leaves it as it was.
    Result<qint64> toFile(DataTable table, const QString &path, const CsvOptions &options,
                          const Progress &progress = {});

private:
    QSqlDatabase m_db;
};

} // namespace pd::io
