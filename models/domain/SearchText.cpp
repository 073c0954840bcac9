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

QString sqlGlobContaining(QStringView text)
{
    QString pattern = QStringLiteral("*");
    for (const QChar c : text) {
        const QChar yo = c.toLower().unicode() == kSmallYo ? QChar(kSmallYe) : c.toLower();
        if (yo.unicode() == kSmallYe) {
            pattern += QStringLiteral("[\u0435\u0415\u0451\u0401]");
        } else if (c.isLetter() && c.toLower() != c.toUpper()) {
            pattern += QLatin1Char('[') + c.toLower() + c.toUpper() + QLatin1Char(']');
        } else if (c == u'*' || c == u'?' || c == u'[') {
            pattern += QLatin1Char('[') + c + QLatin1Char(']');
        } else {
            pattern += c;
        }
    }
    return pattern + QLatin1Char('*');
}

} // namespace pd::domain::searchtext
