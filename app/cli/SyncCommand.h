#pragma once

#include "Command.h"
#include "CsvOutput.h"

#include <QCoreApplication>

namespace pd::cli {

// `sync`: one sync run with a server (push the outbox, pull the feed); prints what moved. `sync --log`
// prints the log of past runs as CSV instead.
class SyncCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(pd::cli::SyncCommand)

public:
    SyncCommand();

    QString name() const override;
    QString summary() const override;
    QString description() const override;
    QList<QCommandLineOption> options() const override;
    int run(const QCommandLineParser &parser, CliContext &context) override;

    // Conflicts or rejected changes remain for a person to decide.
    static constexpr int kAttention = 3;

private:
    int printLog(const QCommandLineParser &parser, CliContext &context);

    QCommandLineOption m_server;
    QCommandLineOption m_user;
    QCommandLineOption m_ca;
    QCommandLineOption m_trust;
    QCommandLineOption m_allowMassDelete;
    QCommandLineOption m_timeout;
    QCommandLineOption m_retries;
    QCommandLineOption m_pageSize;
    QCommandLineOption m_log;
    QCommandLineOption m_limit;
    QCommandLineOption m_problems;
    CsvOutput m_csv;
};

} // namespace pd::cli
