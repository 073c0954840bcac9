#include "ImportCommand.h"

#include "CliContext.h"
#include "Database.h"
#include "Importer.h"
#include "TableColumns.h"

#include <QDir>
#include <QFileInfo>

namespace pd::cli {
namespace {

QString tableKeys()
{
    QStringList keys;
    for (io::DataTable t : io::allDataTables())
        keys.append(io::toKey(t));
    return keys.join(QStringLiteral(", "));
}

QString cliActor()
{
    QString user = qEnvironmentVariable("USER");
    if (user.isEmpty())
        user = qEnvironmentVariable("USERNAME");
    return user.isEmpty() ? QStringLiteral("cli") : user;
}

} // namespace

ImportCommand::ImportCommand()
    : m_dryRun(QStringLiteral("dry-run"), tr("Check every row and report what would change; change nothing."))
{}

QString ImportCommand::name() const
{
    return QStringLiteral("import");
}

QString ImportCommand::summary() const
{
    return tr("Import a CSV file into a table, all or nothing.");
}

QString ImportCommand::description() const
{
    QString text =
        tr("Imports FILE into TABLE (%1). Line 1 names the columns, in English or Russian and in any\n"
           "order; unknown columns are reported and ignored. The delimiter (',' or ';') is found from line 1;\n"
           "the file must be UTF-8 (with or without a BOM). Every row is checked by the same rules as the\n"
           "app; when any row is wrong, each is printed as FILE:LINE: column: reason and nothing is imported\n"
           "(exit code 1). Rows are matched to stored records by their natural key (partners by INN; people\n"
           "by partner INN and name; certificates by person, competence and issue date; deals by ID, or\n"
           "partner, customer, expected quarter and products; consumption by customer INN, month, service\n"
           "category and project), so importing the same file again changes nothing.\n")
            .arg(tableKeys());
    text += QLatin1Char('\n') + tr("Columns:") + QLatin1Char('\n');
    for (io::DataTable t : io::allDataTables())
        text += QStringLiteral("  %1: %2\n").arg(io::toKey(t), io::TableColumns::headers(t).join(QStringLiteral(", ")));
    return text;
}

QList<QCommandLineOption> ImportCommand::options() const
{
    return {m_dryRun};
}

QStringList ImportCommand::arguments() const
{
    return {QStringLiteral("TABLE"), QStringLiteral("FILE")};
}

int ImportCommand::run(const QCommandLineParser &parser, CliContext &context)
{
    const QStringList args = parser.positionalArguments();
    if (args.size() < 2)
        return context.usageError(tr("import needs a TABLE (%1) and a FILE.").arg(tableKeys()), name());
    const auto table = io::dataTableFromKey(args.at(0));
    if (!table)
        return context.usageError(tr("Unknown table '%1'; choose one of %2.").arg(args.at(0), tableKeys()), name());
    const QString path = args.at(1);
    if (!QFileInfo(path).isFile())
        return context.fail(
            Error{tr("%1 does not exist or is not a file.").arg(QDir::toNativeSeparators(path)), {}, {}});

    auto opened = storage::Database::open(context.databasePath(), storage::Database::Mode::OpenOrCreate);
    if (!opened)
        return context.fail(opened.error());
    io::Importer importer(opened.value()->connection(), SystemClock::instance(), cliActor());
    io::ImportOptions options;
    options.dryRun = parser.isSet(m_dryRun);
    auto result = importer.run(*table, path, options);
    if (!result)
        return context.fail(result.error());
    const io::ImportReport &report = result.value();
    const QString file = QDir::toNativeSeparators(path);
    if (!report.backupProblem.isEmpty())
        context.err() << tr("Warning: %1").arg(report.backupProblem) << Qt::endl;
    else if (!report.backupPath.isEmpty())
        context.err() << tr("Backup made before the import: %1").arg(report.backupPath) << Qt::endl;
    if (!report.unknownColumns.isEmpty())
        context.err()
            << tr("%1: ignored unknown column(s): %2").arg(file, report.unknownColumns.join(QStringLiteral(", ")))
            << Qt::endl;
    for (const io::ImportIssue &issue : report.issues) {
        context.err() << file << QLatin1Char(':') << issue.line << QStringLiteral(": ");
        if (!issue.column.isEmpty())
            context.err() << issue.column << QStringLiteral(": ");
        context.err() << issue.message << Qt::endl;
    }
    if (report.issueCount > 0) {
        if (report.issueCount > report.issues.size())
            context.err() << tr("… and %1 more.").arg(report.issueCount - report.issues.size()) << Qt::endl;
        context.err() << tr("Nothing was imported: %n problem(s) in %1; correct them and import again.", nullptr,
                            int(qMin<qint64>(report.issueCount, std::numeric_limits<int>::max())))
                             .arg(file)
                      << Qt::endl;
        return ExitCode::DataError;
    }
    const QString counts = tr("%n row(s): %1 new, %2 updated, %3 unchanged.", nullptr,
                              int(qMin<qint64>(report.rows, std::numeric_limits<int>::max())))
                               .arg(report.created)
                               .arg(report.updated)
                               .arg(report.unchanged);
    if (report.dryRun)
        context.err() << tr("Dry run, nothing changed. %1").arg(counts) << Qt::endl;
    else
        context.err() << tr("Imported %1 into %2. %3").arg(file, io::toKey(*table), counts) << Qt::endl;
    return ExitCode::Success;
}

} // namespace pd::cli
