#include "CurrencyRateRepository.h"

#include "SqlUtil.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace pd::storage {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(pd::storage::CurrencyRateRepository)
};

Result<QList<CurrencyRate>> read(Result<QSqlQuery> q)
{
    if (!q)
        return q.error();
    QList<CurrencyRate> rates;
    while (q.value().next())
        rates.append({sql::dateFromStored(q.value().value(0).toString()), q.value().value(1).toString(),
                      q.value().value(2).toLongLong()});
    return rates;
}

} // namespace

CurrencyRateRepository::CurrencyRateRepository(QSqlDatabase db, const Clock &clock)
    : m_db(std::move(db)), m_clock(clock)
{}

Status CurrencyRateRepository::save(const CurrencyRate &rate)
{
    static const QRegularExpression code(QStringLiteral("^[A-Z]{3}$"));
    if (!code.match(rate.currency).hasMatch() || rate.currency == QLatin1String("RUB"))
        return Error{Tr::tr("\"%1\" is not a currency that needs a rate to RUB.").arg(rate.currency),
                     {},
                     QStringLiteral("currency")};
    if (!rate.month.isValid() || rate.month.day() != 1)
        return Error{Tr::tr("The month of a rate must be the first day of a month."), {}, QStringLiteral("month")};
    if (rate.rubPerUnitMicro <= 0)
        return Error{Tr::tr("The rate of %1 must be positive.").arg(rate.currency), {}, QStringLiteral("rate")};
    const QString now = sql::toStored(m_clock.nowUtc());
    auto q =
        sql::exec(m_db,
                  QStringLiteral("INSERT INTO currency_rates (month, currency, rub_per_unit_micro, created_at, "
                                 "updated_at) VALUES (?, ?, ?, ?, ?) ON CONFLICT (month, currency) DO UPDATE SET "
                                 "rub_per_unit_micro = excluded.rub_per_unit_micro, updated_at = excluded.updated_at "
                                 "WHERE rub_per_unit_micro <> excluded.rub_per_unit_micro"),
                  {sql::toStored(rate.month), rate.currency, rate.rubPerUnitMicro, now, now});
    if (!q)
        return q.error();
    return {};
}

Result<QList<CurrencyRate>> CurrencyRateRepository::forMonth(const QDate &month) const
{
    return read(
        sql::exec(m_db,
                  QStringLiteral("SELECT month, currency, rub_per_unit_micro FROM currency_rates WHERE month = ? "
                                 "ORDER BY currency"),
                  {sql::toStored(month)}));
}

Result<QList<CurrencyRate>> CurrencyRateRepository::all() const
{
    return read(sql::exec(m_db, QStringLiteral("SELECT month, currency, rub_per_unit_micro FROM currency_rates "
                                               "ORDER BY month, currency")));
}

} // namespace pd::storage
