#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace pd::demo::vocabulary {

// A word in its masculine and feminine forms (surnames, patronymics).
struct Gendered
{
    QString male;
    QString female;
};

// An adjective stem and its endings (masculine, feminine, neuter, plural): "Северн" + "ый".
struct Adjective
{
    QString stem;
    int declension; // 0: -ый, 1: -ий (after к, г, х), 2: -ой
};

enum class Gender
{
    Masculine,
    Feminine,
    Neuter,
    Plural
};

struct Noun
{
    QString word;
    Gender gender;
};

// A Russian region (federal subject), the first two digits of INNs issued there and its phone code.
struct Region
{
    QString name;
    QString innCode;
    QString phoneCode;
    int weight; // how many partners come from there, relatively
};

const QStringList &maleFirstNames();
const QStringList &femaleFirstNames();
const QList<Gendered> &surnames();
const QList<Gendered> &patronymics();
const QList<Adjective> &adjectives();
const QList<Noun> &nouns();
// Parts of compound brand names: "Техно" + "Сфера".
const QStringList &namePrefixes();
const QStringList &nameSuffixes();
// Latin words that White Label brands end with.
const QStringList &brandSuffixes();
const QList<Region> &regions();
const QStringList &positions();
const QStringList &services();
const QStringList &noteSentences();
const QStringList &freeMailDomains();

QString adjectiveForm(const Adjective &adjective, Gender gender);
// Russian to Latin letters, lower case, for e-mail addresses and domains ("Сергей" → "sergey").
QString transliterate(const QString &text);

} // namespace pd::demo::vocabulary
