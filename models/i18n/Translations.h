#pragma once

#include <QLocale>
#include <QString>
#include <QStringList>

namespace pd::i18n {

// Installs the interface's translators: PartnerDesk's own catalogue (embedded) and Qt's qtbase, for
// the first language of a locale that PartnerDesk speaks, with English as the fallback.
class Translations final
{
public:
    // The languages the interface exists in, as ISO 639 codes: "en" and "ru".
    static QStringList languages();

    // Replaces the translators installed before (if any) with those for `locale` and makes it the
    // default locale of numbers, dates and money. A locale whose languages PartnerDesk does not
    // speak gets the English interface (still with its own number formats). Returns the code of
    // the language the interface now speaks. Needs a QCoreApplication.
    static QString install(const QLocale &locale);

    // The language `locale` resolves to ("ru" for ru_RU or a uiLanguages list starting with ru,
    // "en" when none of its languages is translated).
    static QString resolve(const QLocale &locale);

    // Where Qt's own qtbase_*.qm were found for the last install(), empty when they were not.
    static QString qtTranslationsFile();
};

} // namespace pd::i18n
