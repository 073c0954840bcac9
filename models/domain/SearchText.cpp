#include "SearchText.h"

#include <QList>

namespace pd::domain::searchtext {

namespace {
constexpr char16_t kSmallYo = u'\u0451';   // ё
constexpr char16_t kCapitalYo = u'\u0401'; // Ё
constexpr char16_t kSmallYe = u'\u0435';   // е
constexpr char16_t kCapitalYe = u'\u0415'; // Е
} // namespace

QString foldYo(QStringView text)
{
    QString out = text.toString();
    for (QChar &c : out) {
        if (c.unicode() == kSmallYo)
            c = QChar(kSmallYe);
        else if (c.unicode() == kCapitalYo)
            c = QChar(kCapitalYe);
    }
    return out;
}

QString fold(QStringView text)
{
    return foldYo(text.toString().toCaseFolded());
}

bool containsAllWords(QStringView text, QStringView query)
{
    const QString haystack = fold(text);
    const QString needle = fold(query);
    const auto words = QStringView(needle).split(u' ', Qt::SkipEmptyParts);
    for (const QStringView word : words) {
        if (!haystack.contains(word))
            return false;
    }
    return true;
}

QString sqlFoldYo(const QString &expr)
{
    return QStringLiteral("replace(replace(%1, '\u0451', '\u0435'), '\u0401', '\u0415')").arg(expr);
}

} // namespace pd::domain::searchtext
