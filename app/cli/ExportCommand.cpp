#include "ExportCommand.h"

#include <climits>

#include "CliContext.h"
#include "Database.h"
#include "TableColumns.h"
#include "TableExport.h"

namespace pd::cli {
namespace {

QString tableKeys()
{
    QStringList keys;
    for (io::DataTable t : io::allDataTables())
        keys.append(io::toKey(t));
    return keys.join(QStringLiteral(", "));
}

} // namespace

ExportCommand::ExportCommand() = default;

QString ExportCommand::name() const
{
    return QStringLiteral("export");
}

QString ExportCommand::summary() const
{
    return tr("Write a whole table as CSV (the columns import reads back).");
}

QString ExportCommand::description() const
{
    QString text = tr("Writes every row of TABLE (%1) as CSV: RFC 4180 quoting, UTF-8 with a BOM unless --no-bom,\n"
                      "cells that a spreadsheet would run as a formula (= + - @) written with a leading apostrophe\n"
                      "(import removes it again). Money is 1234.56, dates YYYY-MM-DD, times UTC. With --out the file\n"
                      "appears only when complete. The number of rows is printed on stderr.\n")
                       .arg(tableKeys());
    text += QLatin1Char('\n') + tr("Columns:") + QLatin1Char('\n');
    for (io::DataTable t : io::allDataTables())
        text += QStringLiteral("  %1: %2\n").arg(io::toKey(t), io::TableColumns::headers(t).join(QStringLiteral(", ")));
    return text;
}

QList<QCommandLineOption> ExportCommand::options() const
{
    return m_csv.options();
}

QStringList ExportCommand::arguments() const
{
    return {QStringLiteral("TABLE")};
}

int ExportCommand::run(const QCommandLineParser &parser, CliContext &context)
{
    const QStringList args = parser.positionalArguments();
    if (args.isEmpty())
        return context.usageError(tr("export needs a TABLE: %1.").arg(tableKeys()), name());
    const auto table = io::dataTableFromKey(args.at(0));
    if (!table)
        return context.usageError(tr("Unknown table '%1'; choose one of %2.").arg(args.at(0), tableKeys()), name());
    if (const QString problem = m_csv.usageProblem(parser); !problem.isEmpty())
        return context.usageError(problem, name());

    auto opened = storage::Database::open(context.databasePath(), storage::Database::Mode::OpenExisting);
    if (!opened)
        return context.fail(opened.error());
    if (Status started = m_csv.open(parser, context); !started)
        return context.fail(started.error());
    io::TableExport exporter(opened.value()->connection());
    auto written = exporter.write(*table, m_csv.writer());
    Status s = written ? Status{} : Status{written.error()};
    if (s = m_csv.finish(s); !s)
        return context.fail(s.error());
    const qint64 rows = written.value();
    if (m_csv.toFile())
        context.err()
            << tr("%n row(s) written to %1.", nullptr, int(qMin<qint64>(rows, INT_MAX))).arg(m_csv.nativePath())
            << Qt::endl;
    else
        context.err() << tr("%n row(s).", nullptr, int(qMin<qint64>(rows, INT_MAX))) << Qt::endl;
    return ExitCode::Success;
}

} // namespace pd::cli
