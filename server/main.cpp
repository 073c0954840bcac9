#include <QCoreApplication>

#include "ServerCli.h"
#include "Version.h"

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("partnerdesk-server"));
    QCoreApplication::setApplicationVersion(QString::fromLatin1(pd::version::version));
    pd::server::ServerCli cli;
    return cli.run(QCoreApplication::arguments());
}
