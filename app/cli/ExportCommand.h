#pragma once

#include "Command.h"
#include "CsvOutput.h"

namespace pd::cli {

// `export TABLE [--out FILE] [--delimiter ';'] [--no-bom]`: a whole table as CSV in the columns that
// `import` reads back.
class ExportCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(pd::cli::ExportCommand)

public:
    ExportCommand();

    QString name() const override;
    QString summary() const override;
    QString description() const override;
    QList<QCommandLineOption> options() const override;
    QStringList arguments() const override;
    int run(const QCommandLineParser &parser, CliContext &context) override;

private:
    CsvOutput m_csv;
};

} // namespace pd::cli
