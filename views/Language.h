#pragma once

#include <QCoreApplication>
#include <QLocale>
#include <QString>

namespace pd::views {

// The interface language a person chose in Preferences (the system's, English or Russian), kept in
// Settings, and the translators that go with it.
class Language final
{
    Q_DECLARE_TR_FUNCTIONS(Language)

public:
    enum class Choice
    {
        System,
        English,
        Russian
    };

    static Choice choice();
    static void setChoice(Choice choice);

    // The locale a choice stands for: the system's; or the system's when it already speaks the
    // chosen language, else en_US or ru_RU.
    static QLocale locale(Choice choice);
    // How a choice is offered: "System (Русский)", "English", "Русский" (languages in their own names).
    static QString displayName(Choice choice);

    // Installs the translators of the chosen language (pd::i18n::Translations); returns its code.
    static QString apply();
};

} // namespace pd::views
