#pragma once

#include "Command.h"

namespace pd::cli {

// `demo`: fills a new or empty database with a deterministic, realistic demo data set.
class DemoCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(pd::cli::DemoCommand)

public:
    DemoCommand();

    QString name() const override;
    QString summary() const override;
    QString description() const override;
    QList<QCommandLineOption> options() const override;
    int run(const QCommandLineParser &parser, CliContext &context) override;

private:
    QCommandLineOption m_seed;
    QCommandLineOption m_partners;
    QCommandLineOption m_deals;
};

} // namespace pd::cli
