#pragma once

#include "Clock.h"
#include "Result.h"

#include <QDate>
#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace pd::storage {

// One stored exchange rate: how many rubles one unit of `currency` is worth in `month`, in millionths
// of a ruble (92.456789 RUB per USD is 92 456 789). Exact integers, never a double.
struct CurrencyRate
{
    QDate month; // the first day of the month
    QString currency;
    qint64 rubPerUnitMicro = 0;

    bool operator==(const CurrencyRate &) const = default;
};

// Monthly exchange rates to RUB. A rate changed for a closed month is remembered like a consumption
// change (trigger) and corrected in the next open period.
class CurrencyRateRepository final
{
public:
    CurrencyRateRepository(QSqlDatabase db, const Clock &clock);

    // Inserts or replaces the rate of (month, currency); RUB itself needs no rate and is refused.
    Status save(const CurrencyRate &rate);
    Result<QList<CurrencyRate>> forMonth(const QDate &month) const;
    Result<QList<CurrencyRate>> all() const;

private:
    QSqlDatabase m_db;
    const Clock &m_clock;
};

} // namespace pd::storage
