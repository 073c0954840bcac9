#pragma once

#include "Commission.h"
#include "ProgramRules.h"
#include "Result.h"
#include "TierService.h"

#include <QByteArray>
#include <QDate>
#include <QHash>
#include <QList>
#include <QPair>
#include <QSqlDatabase>

#include <functional>

struct sqlite3;

namespace pd::storage {

// A partner as one period prices it.
struct PricingPartner
{
    domain::Role role = domain::Role::Partner;
    domain::Tier tier = domain::Tier::None;
};

// One priced line in the raw form the recompute stores; amounts in RUB kopecks.
struct PricedLine
{
    QByteArray partnerId;
    domain::LineKind kind = domain::LineKind::BaseDiscount;
    domain::Role role = domain::Role::Partner;
    domain::Tier tier = domain::Tier::None;
    QByteArray consumptionId; // empty for a pre-sale reward
    QByteArray dealId;        // the deal behind a registration part or a pre-sale reward
    QByteArray category;      // ServiceCategory key; empty for a reward
    int categoryIndex = -1;   // the ServiceCategory as an integer; -1 for a reward
    qint64 basisMinor = 0;
    int rateBp = 0;
    qint64 amountMinor = 0;
    qint64 sourceMinor = 0;    // the record's amount in its own currency
    QByteArray sourceCurrency; // empty for RUB
    qint64 fxRateMicro = 0;
};

// Prices one month of consumption straight from the store: one query streams the month's records (of every
// partner, or one) in partner order, each record is converted to RUB at the month's rate and priced in memory
// with the domain's rates (commission::rateParts, commission::applyRate); the registered deal of each
// (partner, customer INN) comes from one ordered pass over the registered deals merged with the records (a
// whole month) or one index probe per customer (one partner); an Agent's won deals with pre-sale add their rewards.
// Lines go to a sink as they are made, every partner's lines together (consumption lines, then rewards), partners in id
// order.
class CommissionPricer final
{
public:
    using Sink = std::function<Status(const PricedLine &)>;

    CommissionPricer(sqlite3 *db, const QDate &month, domain::ProgramRules rules,
                     QHash<QByteArray, PricingPartner> partners, QHash<QByteArray, qint64> ratesMicro);

    // progress(done, total) every few thousand records; returning false cancels with an error.
    Status run(const QByteArray &onlyPartner, const Sink &sink,
               const std::function<bool(qint64, qint64)> &progress = {});
    qint64 records() const { return m_records; }

    // Each partner as a period prices it: its role, and the tier recommended on the evaluated day (none for an
    // Agent).
    static QHash<QByteArray, PricingPartner> partnersFrom(const QList<PartnerTier> &tiers);

    // The month's stored exchange rates to RUB by currency (rubles per unit × 10^6).
    static Result<QHash<QByteArray, qint64>> ratesFor(const QSqlDatabase &db, const QDate &month);

    // A deal counts for a month when it was registered before the month ended and was not lost before the
    // month began; the earliest registered one is linked.
    static const char *registeredDealSql();

private:
    Status priceConsumption(const QByteArray &onlyPartner, const Sink &sink,
                            const std::function<bool(qint64, qint64)> &progress);
    Status loadPresales(const QByteArray &onlyPartner);
    Status emitPresalesBefore(const QByteArray &partnerId, const Sink &sink);

    sqlite3 *m_db;
    QDate m_month;
    domain::ProgramRules m_rules;
    QHash<QByteArray, PricingPartner> m_partners;
    QHash<QByteArray, qint64> m_rates;
    qint64 m_records = 0;
    QList<QPair<QByteArray, QByteArray>> m_presales; // (partner id, deal id) in partner order
    qsizetype m_nextPresale = 0;
};

} // namespace pd::storage
