#include "CliContext.h"

#include <QCoreApplication>

namespace pd::cli {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(pd::cli::CliContext)
};

} // namespace

CliContext::CliContext(QString databasePath, QTextStream &out, QTextStream &err)
    : m_databasePath(std::move(databasePath)), m_out(out), m_err(err)
{}

int CliContext::fail(const Error &error)
{
    m_err << QStringLiteral("partnerdesk-cli: ") << error.text() << Qt::endl;
    return ExitCode::DataError;
}

int CliContext::usageError(const QString &message, const QString &command)
{
    m_err << QStringLiteral("partnerdesk-cli: ") << message << Qt::endl;
    if (command.isEmpty())
        m_err << Tr::tr("Run 'partnerdesk-cli --help' for the commands and options.") << Qt::endl;
    else
        m_err << Tr::tr("Run 'partnerdesk-cli %1 --help' for its options.").arg(command) << Qt::endl;
    return ExitCode::UsageError;
}

} // namespace pd::cli
