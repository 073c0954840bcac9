#pragma once

#include "Command.h"
#include "CsvOutput.h"

namespace pd::cli {

// `conflicts`: writes every current conflict between deal registrations as CSV, to a file or stdout.
class ConflictsCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(pd::cli::ConflictsCommand)

public:
    ConflictsCommand();

    QString name() const override;
    QString summary() const override;
    QString description() const override;
    QList<QCommandLineOption> options() const override;
    int run(const QCommandLineParser &parser, CliContext &context) override;

    // The header row: stable snake_case names that scripts can rely on.
    static QStringList header();

private:
    CsvOutput m_csv;
};

} // namespace pd::cli
