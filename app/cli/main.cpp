#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

#include "Cli.h"
#include <Version.h>

// partnerdesk-cli: the PartnerDesk engine without a window, for scripts and cron.
int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("partnerdesk-cli"));
    QCoreApplication::setApplicationVersion(QLatin1String(pd::version::version));
    QCoreApplication::setOrganizationName(QLatin1String(pd::version::organizationName));
    QCoreApplication::setOrganizationDomain(QLatin1String(pd::version::organizationDomain));

    QTextStream out(stdout);
    QTextStream err(stderr);
    pd::cli::Cli cli(out, err);
    const int code = cli.run(QCoreApplication::arguments());
    out.flush();
    err.flush();
    return code;
}
