#pragma once

#include "Command.h"
#include "CsvOutput.h"
#include "TierEngine.h"

#include <QPair>

namespace pd::cli {

// `tiers`: writes every partner's tier verdict on a date as CSV, with the criteria that justify it.
class TiersCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(pd::cli::TiersCommand)

public:
    TiersCommand();

    QString name() const override;
    QString summary() const override;
    QString description() const override;
    QList<QCommandLineOption> options() const override;
    int run(const QCommandLineParser &parser, CliContext &context) override;

    // The header row: stable snake_case names that scripts can rely on.
    static QStringList header();
    // The tier and criterion of each criterion column group, in header order.
    static QList<QPair<domain::Tier, domain::Criterion>> criterionColumns();

private:
    QCommandLineOption m_asOf;
    CsvOutput m_csv;
};

} // namespace pd::cli
