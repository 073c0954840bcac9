#include "Translations.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLibraryInfo>
#include <QPointer>
#include <QTranslator>

namespace pd::i18n {
namespace {

const QString kCatalogueDir = QStringLiteral(":/i18n");
const QString kCatalogue = QStringLiteral("partnerdesk");
const QString kSourceLanguage = QStringLiteral("en");

QPointer<QTranslator> &appTranslator()
{
    static QPointer<QTranslator> translator;
    return translator;
}

QPointer<QTranslator> &qtTranslator()
{
    static QPointer<QTranslator> translator;
    return translator;
}

QString &qtFile()
{
    static QString file;
    return file;
}

void uninstall(QPointer<QTranslator> &translator)
{
    if (translator) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
}

// Where Qt's own catalogues may be: Qt's installation (Linux packages), then next to the program
// (a Windows deployment) and in the bundle's resources (macOS).
QStringList qtTranslationDirs()
{
    const QString appDir = QCoreApplication::applicationDirPath();
    return {QLibraryInfo::path(QLibraryInfo::TranslationsPath), appDir + QStringLiteral("/translations"),
            appDir + QStringLiteral("/../Resources/translations"),
            appDir + QStringLiteral("/../share/qt6/translations")};
}

} // namespace

QStringList Translations::languages()
{
    return {QStringLiteral("en"), QStringLiteral("ru")};
}

QString Translations::resolve(const QLocale &locale)
{
    const QStringList known = languages();
    for (const QString &ui : locale.uiLanguages()) {
        const QString code = QLocale(ui).name().section(QLatin1Char('_'), 0, 0);
        if (known.contains(code))
            return code;
        if (ui == QLatin1String("C"))
            break; // the C locale is English: do not look further down a list that ends in it
    }
    return kSourceLanguage;
}

QString Translations::install(const QLocale &locale)
{
    uninstall(appTranslator());
    uninstall(qtTranslator());
    qtFile().clear();

    const QString language = resolve(locale);
    auto *app = new QTranslator(QCoreApplication::instance());
    // English has a catalogue too: it holds the singular and plural forms of the "%n …" strings.
    if (app->load(kCatalogueDir + QLatin1Char('/') + kCatalogue + QLatin1Char('_') + language
                  + QStringLiteral(".qm"))) {
        QCoreApplication::installTranslator(app);
        appTranslator() = app;
    } else {
        delete app;
    }

    auto *qt = new QTranslator(QCoreApplication::instance());
    bool qtLoaded = false;
    for (const QString &dir : qtTranslationDirs()) {
        const QString file = QDir(dir).filePath(QStringLiteral("qtbase_") + language + QStringLiteral(".qm"));
        if (QFileInfo::exists(file) && qt->load(file)) {
            qtLoaded = true;
            qtFile() = QDir::cleanPath(file);
            break;
        }
    }
    if (qtLoaded) {
        QCoreApplication::installTranslator(qt);
        qtTranslator() = qt;
    } else {
        delete qt;
    }

    // Numbers, dates and money follow the locale asked for; a language PartnerDesk does not speak
    // keeps its formats under the English interface.
    if (locale.language() != QLocale::C)
        QLocale::setDefault(locale);
    return language;
}

QString Translations::qtTranslationsFile()
{
    return qtFile();
}

} // namespace pd::i18n
