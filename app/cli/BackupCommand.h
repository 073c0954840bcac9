#pragma once

#include "Command.h"

namespace pd::cli {

// `backup [--list] [--keep-daily N] [--keep-weekly N]`: a checked copy of the database in the `backups`
// folder beside it now, or the list of its backups with what each holds; also sets the rotation.
class BackupCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(pd::cli::BackupCommand)

public:
    BackupCommand();

    QString name() const override;
    QString summary() const override;
    QString description() const override;
    QList<QCommandLineOption> options() const override;
    int run(const QCommandLineParser &parser, CliContext &context) override;

private:
    int list(CliContext &context) const;

    QCommandLineOption m_list;
    QCommandLineOption m_keepDaily;
    QCommandLineOption m_keepWeekly;
};

} // namespace pd::cli
