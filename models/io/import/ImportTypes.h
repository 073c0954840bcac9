#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>
#include <optional>

namespace pd::io {

// The tables that CSV files can be imported into and exported from.
enum class DataTable
{
    Partners,
    People,
    Certificates,
    Deals,
    Consumption
};

QString toKey(DataTable table); // "partners", "people", ... as the CLI names them
std::optional<DataTable> dataTableFromKey(const QString &key);
QList<DataTable> allDataTables();
QString displayName(DataTable table);

// One thing wrong with one row of an import: the line it starts on, the column (as headed in the file;
// empty when the row as a whole is wrong) and why.
struct ImportIssue
{
    qint64 line = 0;
    QString column;
    QString message;
};

// What an import did, or would do in a dry run.
struct ImportReport
{
    qint64 rows = 0;
    qint64 created = 0;
    qint64 updated = 0;
    qint64 unchanged = 0;
    qint64 issueCount = 0; // every issue found; `issues` keeps the first kMaxIssues
    QList<ImportIssue> issues;
    QStringList unknownColumns; // headers that match no column; their values are ignored
    bool dryRun = false;
    bool applied = false;  // true when the rows were committed
    QString backupPath;    // the backup made before the import wrote, if one was made
    QString backupProblem; // why no backup could be made (the import went on); empty otherwise

    static constexpr int kMaxIssues = 10000;
};

struct ImportOptions
{
    bool dryRun = false;
    // A backup of the database before the import writes (not for a dry run, nor for an empty database).
    bool backupFirst = true;
    // Called now and then with the bytes read and the file's size; returning false cancels the import.
    std::function<bool(qint64 done, qint64 total)> progress;
};

} // namespace pd::io
