#pragma once

#include "Command.h"

#include <QStringList>
#include <QTextStream>

#include <memory>
#include <vector>

namespace pd::cli {

class CliContext;

// partnerdesk-cli [--db PATH] COMMAND [OPTIONS]: reads the global options, finds the command, parses
// its options and runs it. Owns the list of commands, the help text and the exit codes.
class Cli final
{
    Q_DECLARE_TR_FUNCTIONS(pd::cli::Cli)

public:
    Cli(QTextStream &out, QTextStream &err);
    ~Cli();
    Cli(const Cli &) = delete;
    Cli &operator=(const Cli &) = delete;

    // arguments as QCoreApplication::arguments() gives them, program name first; returns the exit code.
    int run(const QStringList &arguments);

private:
    int runCommand(Command &command, const QStringList &arguments, const QString &databasePath);
    Command *find(const QString &name) const;
    QString help() const;
    QString commandHelp(const Command &command) const;

    QTextStream &m_out;
    QTextStream &m_err;
    std::vector<std::unique_ptr<Command>> m_commands;
};

} // namespace pd::cli
