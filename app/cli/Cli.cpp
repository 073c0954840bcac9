#include "Cli.h"

#include <QCommandLineParser>
#include <QDir>

#include "BackupCommand.h"
#include "CheckCommand.h"
#include "CliContext.h"
#include "ConflictsCommand.h"
#include "TiersCommand.h"
#include "CommissionCommand.h"
#include "Database.h"
#include "DemoCommand.h"
#include "ExportCommand.h"
#include "ImportCommand.h"
#include "RestoreCommand.h"
#include "SyncCommand.h"
#include "ExitCode.h"
#include <Version.h>

namespace pd::cli {
namespace {

const QString kProgram = QStringLiteral("partnerdesk-cli");

QString optionLabel(const QCommandLineOption &option)
{
    QStringList names;
    for (const QString &n : option.names())
        names.append(n.size() == 1 ? QStringLiteral("-") + n : QStringLiteral("--") + n);
    QString label = names.join(QStringLiteral(", "));
    if (!option.valueName().isEmpty())
        label += QLatin1Char(' ') + option.valueName();
    return label;
}

// Two columns: what to type, and what it does.
QString table(const QList<QPair<QString, QString>> &rows)
{
    qsizetype width = 0;
    for (const auto &row : rows)
        width = qMax(width, row.first.size());
    QString text;
    for (const auto &row : rows)
        text += QStringLiteral("  ") + row.first.leftJustified(width + 2) + row.second + QLatin1Char('\n');
    return text;
}

QCommandLineOption helpOption()
{
    return QCommandLineOption({QStringLiteral("h"), QStringLiteral("help")}, QString());
}

} // namespace

Cli::Cli(QTextStream &out, QTextStream &err) : m_out(out), m_err(err)
{
    // One line per command; later issues add import, export, tiers, commission, sync.
    m_commands.push_back(std::make_unique<CheckCommand>());
    m_commands.push_back(std::make_unique<DemoCommand>());
    m_commands.push_back(std::make_unique<ConflictsCommand>());
    m_commands.push_back(std::make_unique<TiersCommand>());
    m_commands.push_back(std::make_unique<CommissionCommand>());
    m_commands.push_back(std::make_unique<ImportCommand>());
    m_commands.push_back(std::make_unique<ExportCommand>());
    m_commands.push_back(std::make_unique<SyncCommand>());
    m_commands.push_back(std::make_unique<BackupCommand>());
    m_commands.push_back(std::make_unique<RestoreCommand>());
}

Cli::~Cli() = default;

Command *Cli::find(const QString &name) const
{
    for (const auto &command : m_commands) {
        if (command->name() == name)
            return command.get();
    }
    return nullptr;
}

int Cli::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    // Everything after the command belongs to the command.
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsPositionalArguments);
    const QCommandLineOption db(QStringLiteral("db"), QString(), QStringLiteral("PATH"));
    const QCommandLineOption version({QStringLiteral("v"), QStringLiteral("version")}, QString());
    parser.addOption(db);
    parser.addOption(version);
    parser.addOption(helpOption());
    parser.addPositionalArgument(QStringLiteral("command"), QString());

    CliContext usage(QString(), m_out, m_err);
    if (!parser.parse(arguments))
        return usage.usageError(parser.errorText());
    if (parser.isSet(version)) {
        m_out << kProgram << QLatin1Char(' ') << QLatin1String(pd::version::version) << QStringLiteral(" (")
              << QLatin1String(pd::version::productName) << QStringLiteral(")") << Qt::endl;
        return ExitCode::Success;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        m_out << help();
        return ExitCode::Success;
    }
    QStringList rest = parser.positionalArguments();
    if (rest.isEmpty())
        return usage.usageError(tr("No command given."));
    const QString name = rest.takeFirst();
    if (name == QLatin1String("help")) {
        if (rest.isEmpty()) {
            m_out << help();
            return ExitCode::Success;
        }
        if (const Command *command = find(rest.constFirst())) {
            m_out << commandHelp(*command);
            return ExitCode::Success;
        }
        return usage.usageError(tr("Unknown command '%1'.").arg(rest.constFirst()));
    }
    Command *command = find(name);
    if (!command)
        return usage.usageError(tr("Unknown command '%1'.").arg(name));
    if (parser.isSet(db) && parser.value(db).trimmed().isEmpty())
        return usage.usageError(tr("--db needs a file path."));
    const QString databasePath = parser.isSet(db) ? parser.value(db) : storage::Database::defaultPath();
    return runCommand(*command, rest, databasePath);
}

int Cli::runCommand(Command &command, const QStringList &arguments, const QString &databasePath)
{
    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QList<QCommandLineOption> options = command.options();
    parser.addOptions(options);
    parser.addOption(helpOption());
    // --db is also understood after the command ("backup --db FILE"), as people type it.
    QCommandLineOption db(QStringLiteral("db"), QString(), QStringLiteral("PATH"));
    db.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOption(db);
    if (!parser.parse(QStringList{kProgram + QLatin1Char(' ') + command.name()} + arguments))
        return CliContext(databasePath, m_out, m_err).usageError(parser.errorText(), command.name());
    if (parser.isSet(db) && parser.value(db).trimmed().isEmpty())
        return CliContext(databasePath, m_out, m_err).usageError(tr("--db needs a file path."), command.name());
    CliContext context(parser.isSet(db) ? parser.value(db) : databasePath, m_out, m_err);
    if (parser.isSet(QStringLiteral("help"))) {
        m_out << commandHelp(command);
        return ExitCode::Success;
    }
    if (parser.positionalArguments().size() > command.arguments().size())
        return context.usageError(tr("'%1' takes no argument '%2'.")
                                      .arg(command.name(), parser.positionalArguments().at(command.arguments().size())),
                                  command.name());
    return command.run(parser, context);
}

QString Cli::help() const
{
    QString text = tr("Usage: %1 [--db PATH] COMMAND [OPTIONS]").arg(kProgram) + QStringLiteral("\n\n");
    text += tr("%1 without a window, for scripts and cron: database checks, demo data and conflict reports.")
                .arg(QLatin1String(pd::version::productName))
            + QStringLiteral("\n\n");
    text += tr("Commands:") + QLatin1Char('\n');
    QList<QPair<QString, QString>> commands;
    for (const auto &command : m_commands)
        commands.append({command->name(), command->summary()});
    commands.append({QStringLiteral("help ") + tr("COMMAND"), tr("Show a command's options.")});
    text += table(commands) + QLatin1Char('\n');
    text += tr("Options:") + QLatin1Char('\n');
    text += table({
        {QStringLiteral("--db ") + tr("PATH"),
         tr("The database file (default: %1).").arg(QDir::toNativeSeparators(storage::Database::defaultPath()))},
        {QStringLiteral("-h, --help"), tr("Show this help.")},
        {QStringLiteral("-v, --version"), tr("Show the version.")},
    });
    text += QLatin1Char('\n') + tr("Exit codes:") + QLatin1Char('\n');
    text += table({
        {QStringLiteral("0"), tr("Success.")},
        {QStringLiteral("1"), tr("Data or user error: the message on stderr says what went wrong and where.")},
        {QStringLiteral("2"), tr("Usage error: unknown command or option, or a bad value; the message names it.")},
    });
    text +=
        QLatin1Char('\n') + tr("Run '%1 COMMAND --help' for a command's options.").arg(kProgram) + QLatin1Char('\n');
    return text;
}

QString Cli::commandHelp(const Command &command) const
{
    const QList<QCommandLineOption> options = command.options();
    QString text = tr("Usage: %1 [--db PATH] %2").arg(kProgram, command.name());
    for (const QString &argument : command.arguments())
        text += QLatin1Char(' ') + argument;
    for (const QCommandLineOption &option : options)
        text += QStringLiteral(" [") + optionLabel(option) + QLatin1Char(']');
    text += QStringLiteral("\n\n") + command.description() + QStringLiteral("\n");
    if (!options.isEmpty()) {
        QList<QPair<QString, QString>> rows;
        for (const QCommandLineOption &option : options)
            rows.append({optionLabel(option), option.description()});
        text += QLatin1Char('\n') + tr("Options:") + QLatin1Char('\n') + table(rows);
    }
    text += QLatin1Char('\n') + tr("Exit codes: 0 success, 1 data or user error, 2 usage error.") + QLatin1Char('\n');
    return text;
}

} // namespace pd::cli
