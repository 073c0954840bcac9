#include "Appearance.h"
#include "Language.h"
#include "MainWindow.h"
#include "StartupProbe.h"
#include "Version.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QTimer>

#include <cstring>

namespace {

void setIdentity()
{
    QCoreApplication::setOrganizationName(QLatin1String(pd::version::organizationName));
    QCoreApplication::setOrganizationDomain(QLatin1String(pd::version::organizationDomain));
    QCoreApplication::setApplicationName(QLatin1String(pd::version::productName));
    QCoreApplication::setApplicationVersion(QLatin1String(pd::version::version));
}

// --help and --version answer without a display, so they also work over ssh and in scripts.
bool onlyAsksForInformation(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        for (const char *flag : {"--help", "-h", "-?", "--help-all", "--version", "-v"}) {
            if (std::strcmp(argv[i], flag) == 0)
                return true;
        }
    }
    return false;
}

} // namespace

int main(int argc, char *argv[])
{
    QCommandLineParser parser;
    QCommandLineOption dbOption(QStringLiteral("db"));
    // Texts are set once the translators of the chosen language are installed.
    auto configure = [&parser, &dbOption] {
        dbOption.setDescription(QCoreApplication::translate("main", "Open the database at PATH (created when missing)."));
        dbOption.setValueName(QCoreApplication::translate("main", "PATH"));
        parser.setApplicationDescription(QCoreApplication::translate("main", "%1: the desktop workplace of partner managers.")
                                             .arg(QLatin1String(pd::version::productName)));
        parser.addHelpOption();
        parser.addVersionOption();
        parser.addOption(dbOption);
    };

    if (onlyAsksForInformation(argc, argv)) {
        QCoreApplication app(argc, argv);
        setIdentity();
        pd::views::Language::apply();
        configure();
        parser.process(app); // prints and exits
        return 0;
    }

    QApplication app(argc, argv);
    setIdentity();
    QGuiApplication::setDesktopFileName(QLatin1String(pd::version::appId));
    pd::views::Language::apply(); // the system's language, or the one chosen in Preferences
    configure();
    parser.process(app);

    pd::views::applyAppearance(app);
    pd::views::MainWindow window;
    window.show();
    const QString path = parser.isSet(dbOption)
                             ? QDir::cleanPath(QDir::current().absoluteFilePath(parser.value(dbOption)))
                             : QString();
    // Start once the window is on screen, so a first-run dialog or an error opens over it.
    QTimer::singleShot(0, &window, [&window, path] {
        window.startUp(path);
        pd::app::armStartupProbe(&window);
    });
    return QApplication::exec();
}
