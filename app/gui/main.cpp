#include "Appearance.h"
#include "Language.h"
#include "MainWindow.h"
#include "StartupProbe.h"
#include "Version.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QTimer>

#include <cstdio>
#include <cstring>
#include <optional>

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

// The page a --page NAME asks for (the sidebar's pages, by their English names), or none.
std::optional<pd::views::MainWindow::Page> pageNamed(const QString &name)
{
    using Page = pd::views::MainWindow::Page;
    static const std::pair<const char *, Page> pages[] = {{"dashboard", Page::Dashboard},
                                                          {"partners", Page::Partners},
                                                          {"review", Page::ReviewQueue},
                                                          {"deals", Page::Deals},
                                                          {"training", Page::Training},
                                                          {"commissions", Page::Commissions},
                                                          {"sync", Page::Sync}};
    for (const auto &[key, page] : pages) {
        if (name.compare(QLatin1String(key), Qt::CaseInsensitive) == 0)
            return page;
    }
    return std::nullopt;
}

} // namespace

int main(int argc, char *argv[])
{
    QCommandLineParser parser;
    QCommandLineOption dbOption(QStringLiteral("db"));
    QCommandLineOption pageOption(QStringLiteral("page"));
    // Texts are set once the translators of the chosen language are installed.
    auto configure = [&parser, &dbOption, &pageOption] {
        dbOption.setDescription(
            QCoreApplication::translate("main", "Open the database at PATH (created when missing)."));
        dbOption.setValueName(QCoreApplication::translate("main", "PATH"));
        pageOption.setDescription(QCoreApplication::translate(
            "main", "Start on the page NAME: dashboard, partners, review, deals, training, commissions or sync."));
        pageOption.setValueName(QCoreApplication::translate("main", "NAME"));
        parser.setApplicationDescription(
            QCoreApplication::translate("main", "%1: the desktop workplace of partner managers.")
                .arg(QLatin1String(pd::version::productName)));
        parser.addHelpOption();
        parser.addVersionOption();
        parser.addOption(dbOption);
        parser.addOption(pageOption);
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

    const auto page = parser.isSet(pageOption) ? pageNamed(parser.value(pageOption)) : std::nullopt;
    if (parser.isSet(pageOption) && !page) {
        std::fprintf(stderr, "%s\n",
                     qPrintable(QCoreApplication::translate("main", "--page: no page is called \"%1\"; the pages are "
                                                                    "dashboard, partners, review, deals, training, "
                                                                    "commissions and sync.")
                                    .arg(parser.value(pageOption))));
        return 2;
    }

    pd::views::applyAppearance(app);
    pd::views::MainWindow window;
    if (page)
        window.showPage(*page);
    window.show();
    const QString path =
        parser.isSet(dbOption) ? QDir::cleanPath(QDir::current().absoluteFilePath(parser.value(dbOption))) : QString();
    // Start once the window is on screen, so a first-run dialog or an error opens over it.
    QTimer::singleShot(0, &window, [&window, path] {
        window.startUp(path);
        pd::app::armStartupProbe(&window);
    });
    return QApplication::exec();
}
