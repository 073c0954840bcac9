#include "Appearance.h"
#include "MainWindow.h"
#include "Version.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QTimer>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QLatin1String(pd::version::organizationName));
    QApplication::setOrganizationDomain(QLatin1String(pd::version::organizationDomain));
    QApplication::setApplicationName(QLatin1String(pd::version::productName));
    QApplication::setApplicationVersion(QLatin1String(pd::version::version));
    QApplication::setDesktopFileName(QLatin1String(pd::version::appId));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "%1: the desktop workplace of partner managers.")
            .arg(QLatin1String(pd::version::productName)));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dbOption(QStringLiteral("db"),
                                      QCoreApplication::translate("main", "Open the database at PATH (created when missing)."),
                                      QCoreApplication::translate("main", "PATH"));
    parser.addOption(dbOption);
    parser.process(app);

    pd::views::applyAppearance(app);
    pd::views::MainWindow window;
    window.show();
    const QString path = parser.isSet(dbOption) ? QDir::cleanPath(QDir::current().absoluteFilePath(parser.value(dbOption)))
                                                : QString();
    // Start once the window is on screen, so a first-run dialog or an error opens over it.
    QTimer::singleShot(0, &window, [&window, path] { window.startUp(path); });
    return QApplication::exec();
}
