#include <QCoreApplication>
#include <QGuiApplication>
#include <QTextStream>

#include <cstdio>
#include <memory>

#include "Cli.h"
#include "CommissionCommand.h"
#include "Translations.h"
#include <Version.h>

// partnerdesk-cli: the PartnerDesk engine without a window, for scripts and cron.
int main(int argc, char *argv[])
{
    // A PDF statement is drawn with QtGui's fonts: then the application is a QGuiApplication on the offscreen
    // platform, so no display is needed.
    const bool pdf = pd::cli::CommissionCommand::wantsPdf(argc, argv);
    if (pdf && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    std::unique_ptr<QCoreApplication> app(pdf ? new QGuiApplication(argc, argv) : new QCoreApplication(argc, argv));
    QCoreApplication::setApplicationName(QStringLiteral("partnerdesk-cli"));
    QCoreApplication::setApplicationVersion(QLatin1String(pd::version::version));
    QCoreApplication::setOrganizationName(QLatin1String(pd::version::organizationName));
    QCoreApplication::setOrganizationDomain(QLatin1String(pd::version::organizationDomain));
    // Messages in the system's language (LC_ALL, LC_MESSAGES, LANG), English when it is not translated.
    pd::i18n::Translations::install(QLocale::system());

    QTextStream out(stdout);
    QTextStream err(stderr);
    pd::cli::Cli cli(out, err);
    const int code = cli.run(QCoreApplication::arguments());
    out.flush();
    err.flush();
    return code;
}
