#pragma once

#include "Command.h"

#include <QCoreApplication>

namespace pd::cli {

// `sync`: one sync run with a server (push the outbox, pull the feed); prints what moved.
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
    QCommandLineOption m_server;
    QCommandLineOption m_user;
    QCommandLineOption m_ca;
    QCommandLineOption m_trust;
    QCommandLineOption m_allowMassDelete;
    QCommandLineOption m_timeout;
    QCommandLineOption m_retries;
    QCommandLineOption m_pageSize;
};

} // namespace pd::cli
