#pragma once

#include "Command.h"

namespace pd::cli {

// `restore BACKUP`: puts a backup (a file, or its number in `backup --list`) in place of the database,
// keeping the current file aside.
class RestoreCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(pd::cli::RestoreCommand)

public:
    QString name() const override;
    QString summary() const override;
    QString description() const override;
    QStringList arguments() const override;
    int run(const QCommandLineParser &parser, CliContext &context) override;
};

} // namespace pd::cli
