#pragma once

#include "Command.h"

namespace pd::cli {

// `check`: opens an existing database (quick check, schema version, quarantine of a damaged file)
// and runs the full integrity check.
class CheckCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(pd::cli::CheckCommand)

public:
    QString name() const override;
    QString summary() const override;
    QString description() const override;
    int run(const QCommandLineParser &parser, CliContext &context) override;
};

} // namespace pd::cli
