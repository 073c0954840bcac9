#pragma once

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace pd::cli {

class CliContext;

// One partnerdesk-cli command (check, demo, later import, export, conflicts, ...). A command names
// itself, describes its options, and runs once they are parsed; Cli does the parsing, --help and the
// usage errors, so a new command is one small class and one line in Cli's constructor.
class Command
{
    Q_DECLARE_TR_FUNCTIONS(pd::cli::Command)

public:
    Command() = default;
    virtual ~Command() = default;
    Command(const Command &) = delete;
    Command &operator=(const Command &) = delete;

    virtual QString name() const = 0;
    // One line for the command list of --help.
    virtual QString summary() const = 0;
    // A few sentences for `COMMAND --help`: what it does and what it prints.
    virtual QString description() const { return summary(); }
    virtual QList<QCommandLineOption> options() const { return {}; }
    // The positional arguments the command takes, as help shows them ("TABLE", "FILE"); none by default.
    virtual QStringList arguments() const { return {}; }

    // Runs with the parsed command line; returns an ExitCode.
    virtual int run(const QCommandLineParser &parser, CliContext &context) = 0;

protected:
    // The option's value as a whole number in [min, max], its default when absent; nullopt after
    // printing a usage error that names the option and the bad value.
    std::optional<qint64> integerOption(const QCommandLineParser &parser, const QCommandLineOption &option, qint64 min,
                                        qint64 max, CliContext &context) const;
};

} // namespace pd::cli
