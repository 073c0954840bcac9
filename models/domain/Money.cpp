#include "Money.h"

#include <QLocale>

namespace pd::domain {

Money::Money(qint64 minorUnits, QString currency) : m_minor(minorUnits), m_currency(std::move(currency))
{}

Money Money::operator+(const Money &other) const
{
    Q_ASSERT(m_currency == other.m_currency);
    return Money(m_minor + other.m_minor, m_currency);
}

Money Money::operator-(const Money &other) const
{
    Q_ASSERT(m_currency == other.m_currency);
    return Money(m_minor - other.m_minor, m_currency);
}

std::optional<Money> Money::parse(const QString &text, const QString &currency)
{
    QString s = text.trimmed();
    s.remove(QLatin1Char(' '));
    s.remove(QChar(0x00A0)); // no-break space
    s.remove(QChar(0x202F)); // narrow no-break space, the Russian group separator
    if (s.isEmpty())
        return std::nullopt;
    bool negative = false;
    if (s.startsWith(QLatin1Char('-')) || s.startsWith(QChar(0x2212))) {
        negative = true;
        s.remove(0, 1);
    }
    const qsizetype sep = std::max(s.lastIndexOf(QLatin1Char('.')), s.lastIndexOf(QLatin1Char(',')));
    QString whole = sep < 0 ? s : s.left(sep);
    QString fraction = sep < 0 ? QString() : s.mid(sep + 1);
    if (whole.isEmpty() || fraction.size() > 2 || (sep >= 0 && fraction.isEmpty()))
        return std::nullopt;
    const QString digits = whole + fraction;
    for (QChar c : digits) {
        if (!c.isDigit() || c.unicode() > 127)
            return std::nullopt;
    }
    if (whole.size() > 15)
        return std::nullopt;
    while (fraction.size() < 2)
        fraction.append(QLatin1Char('0'));
    const qint64 minor = whole.toLongLong() * 100 + fraction.toLongLong();
    return Money(negative ? -minor : minor, currency);
}

QString Money::toPlainString() const
{
    const qint64 abs = m_minor < 0 ? -m_minor : m_minor;
    return QStringLiteral("%1%2.%3")
        .arg(m_minor < 0 ? QStringLiteral("-") : QString())
        .arg(abs / 100)
        .arg(abs % 100, 2, 10, QLatin1Char('0'));
}

QString Money::toString(const QLocale &locale) const
{
    const qint64 abs = m_minor < 0 ? -m_minor : m_minor;
    // Whole units and kopecks are formatted separately so that no amount goes through a double.
    QString text = locale.toString(abs / 100) + locale.decimalPoint()
                   + QStringLiteral("%1").arg(abs % 100, 2, 10, QLatin1Char('0'));

    if (m_minor < 0)
        text.prepend(locale.negativeSign());
    const QString symbol = m_currency == QLatin1String("RUB") ? QStringLiteral("₽") : m_currency;
    if (locale.language() == QLocale::English)
        return symbol + QLatin1Char(' ') + text;
    return text + QChar(0x00A0) + symbol;
}

} // namespace pd::domain
