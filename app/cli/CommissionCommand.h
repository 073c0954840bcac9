#pragma once

#include "Command.h"
#include "CsvOutput.h"

namespace pd::cli {

// `commission`: recomputes an open settlement period and writes its lines as CSV (each with its rule and
// tier), a summary table, or one partner's statement as PDF.
class CommissionCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(pd::cli::CommissionCommand)

public:
    CommissionCommand();

    QString name() const override;
    QString summary() const override;
    QString description() const override;
    QList<QCommandLineOption> options() const override;
    int run(const QCommandLineParser &parser, CliContext &context) override;

    // The CSV header: stable snake_case names that scripts can rely on.
    static QStringList header();
    // True when the command line asks for a PDF, which needs QtGui (main() then makes a QGuiApplication on
    // the offscreen platform).
    static bool wantsPdf(int argc, char **argv);

private:
    QCommandLineOption m_period;
    QCommandLineOption m_partner;
    QCommandLineOption m_pdf;
    CsvOutput m_csv;
};

} // namespace pd::cli
