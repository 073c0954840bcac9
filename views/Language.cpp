#include "Language.h"

#include "Settings.h"
#include "Translations.h"

namespace pd::views {
namespace {

QString code(Language::Choice choice)
{
    switch (choice) {
    case Language::Choice::System:
        return {};
    case Language::Choice::English:
        return QStringLiteral("en");
    case Language::Choice::Russian:
        return QStringLiteral("ru");
    }
    return {};
}

// A language in its own name, as language menus offer it (never translated).
QString nativeName(const QString &code)
{
    return code == QLatin1String("ru") ? QStringLiteral("Русский") : QStringLiteral("English");
}

} // namespace

Language::Choice Language::choice()
{
    const QString value = Settings::value(Settings::Key::Language).toString();
    if (value == code(Choice::English))
        return Choice::English;
    if (value == code(Choice::Russian))
        return Choice::Russian;
    return Choice::System;
}

void Language::setChoice(Choice choice)
{
    Settings::setValue(Settings::Key::Language, code(choice));
}

QLocale Language::locale(Choice choice)
{
    const QLocale system = QLocale::system();
    switch (choice) {
    case Choice::System:
        return system;
    case Choice::English:
        return system.language() == QLocale::English ? system : QLocale(QLocale::English, QLocale::UnitedStates);
    case Choice::Russian:
        return system.language() == QLocale::Russian ? system : QLocale(QLocale::Russian, QLocale::Russia);
    }
    return system;
}

QString Language::displayName(Choice choice)
{
    switch (choice) {
    case Choice::System: {
        return tr("System (%1)").arg(nativeName(i18n::Translations::resolve(QLocale::system())));
    }
    case Choice::English:
        return nativeName(code(Choice::English));
    case Choice::Russian:
        return nativeName(code(Choice::Russian));
    }
    return {};
}

QString Language::apply()
{
    return i18n::Translations::install(locale(choice()));
}

} // namespace pd::views
