#pragma once

#include <QString>
#include <QtGlobal>

#include <optional>

class QLocale;

namespace pd::domain {

// An amount of money in minor units (kopecks, cents) of an ISO 4217 currency. Never a double.
class Money
{
public:
    Money() = default;
    Money(qint64 minorUnits, QString currency);

    static Money rub(qint64 kopecks) { return Money(kopecks, QStringLiteral("RUB")); }
    // Parses "1234.56", "1 234,56", "-12" into minor units exactly; nullopt when it is not an amount.
    static std::optional<Money> parse(const QString &text, const QString &currency);

    qint64 minorUnits() const { return m_minor; }
    const QString &currency() const { return m_currency; }
    bool isZero() const { return m_minor == 0; }

    // Arithmetic on the same currency only; the caller converts first.
    Money operator+(const Money &other) const;
    Money operator-(const Money &other) const;
    Money operator-() const { return Money(-m_minor, m_currency); }
    bool operator==(const Money &other) const = default;

    // "1234.56" with a dot, no grouping: for files and storage.
    QString toPlainString() const;
    // "1 234 567,89 ₽" or "RUB 1,234,567.89", as the locale writes money.
    QString toString(const QLocale &locale) const;

private:
    qint64 m_minor = 0;
    QString m_currency = QStringLiteral("RUB");
};

} // namespace pd::domain
