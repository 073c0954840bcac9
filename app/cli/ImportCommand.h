#pragma once

#include "Command.h"

namespace pd::cli {

// `import TABLE FILE [--dry-run]`: a CSV file into partners, people, certificates, deals or consumption,
// all or nothing; every bad row is printed with its line, column and reason, and then nothing changes.
class ImportCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(pd::cli::ImportCommand)

public:
    ImportCommand();

    QString name() const override;
    QString summary() const override;
    QString description() const override;
    QList<QCommandLineOption> options() const override;
    QStringList arguments() const override;
    int run(const QCommandLineParser &parser, CliContext &context) override;

private:
    QCommandLineOption m_dryRun;
};

} // namespace pd::cli
