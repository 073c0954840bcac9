#include "CommissionPricer.h"

#include "SqliteStatement.h"
#include "SqlUtil.h"

#include <QCoreApplication>
#include <QTimeZone>

namespace pd::storage {

using namespace pd::domain;

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(pd::storage::CommissionPricer)
};

QByteArray storedStart(const QDate &day)
{
    return sql::toStored(QDateTime(day, QTime(0, 0), QTimeZone::utc())).toUtf8();
}

} // namespace

CommissionPricer::CommissionPricer(sqlite3 *db, const QDate &month, ProgramRules rules,
                                   QHash<QByteArray, PricingPartner> partners, QHash<QByteArray, qint64> ratesMicro)
    : m_db(db), m_month(month), m_rules(std::move(rules)), m_partners(std::move(partners)), m_rates(std::move(ratesMicro))
{}

Result<QHash<QByteArray, qint64>> CommissionPricer::ratesFor(const QSqlDatabase &db, const QDate &month)
{
    auto q = sql::exec(db, QStringLiteral("SELECT currency, rub_per_unit_micro FROM currency_rates WHERE month = ?"),
                       {sql::toStored(month)});
    if (!q)
        return q.error();
    QHash<QByteArray, qint64> rates;
    while (q.value().next())
        rates.insert(q.value().value(0).toString().toUtf8(), q.value().value(1).toLongLong());
    return rates;
}

const char *CommissionPricer::registeredDealSql()
{
    // The terms state = 'registered' AND customer_inn <> '' let SQLite use the partial index
    // deals_registered_customer, which covers every column read here.
    return "SELECT id FROM deals WHERE state = 'registered' AND customer_inn <> '' AND customer_inn = ?1 "
           "AND partner_id = ?2 AND registered_at < ?3 AND (outcome <> 'lost' OR closed_at >= ?4) "
           "ORDER BY registered_at, id LIMIT 1";
}

Status CommissionPricer::run(const QByteArray &onlyPartner, const Sink &sink,
                             const std::function<bool(qint64, qint64)> &progress)
{
    m_records = 0;
    if (Status s = priceConsumption(onlyPartner, sink, progress); !s)
        return s;
    return presaleRewards(onlyPartner, sink);
}

Status CommissionPricer::priceConsumption(const QByteArray &onlyPartner, const Sink &sink,
                                          const std::function<bool(qint64, qint64)> &progress)
{
    const QByteArray month = sql::toStored(m_month).toUtf8();
    const QByteArray monthStart = storedStart(m_month);
    const QByteArray monthEnd = storedStart(m_month.addMonths(1));
    const QString what = Tr::tr("price the consumption of %1").arg(m_month.toString(QStringLiteral("yyyy-MM")));

    qint64 total = 0;
    if (progress) {
        SqliteStatement count(m_db);
        if (Status s = count.prepare(onlyPartner.isEmpty()
                                         ? "SELECT count(*) FROM consumption WHERE month = ?1"
                                         : "SELECT count(*) FROM consumption WHERE month = ?1 AND partner_id = ?2",
                                     what);
            !s)
            return s;
        count.bind(1, month);
        if (!onlyPartner.isEmpty())
            count.bind(2, onlyPartner);
        auto row = count.step();
        if (!row)
            return row.error();
        total = count.integer(0);
    }

    SqliteStatement records(m_db);
    if (Status s = records.prepare(
            onlyPartner.isEmpty()
                ? "SELECT id, partner_id, customer_inn, category, amount_minor, currency FROM consumption "
                  "WHERE month = ?1 ORDER BY partner_id"
                : "SELECT id, partner_id, customer_inn, category, amount_minor, currency FROM consumption "
                  "WHERE month = ?1 AND partner_id = ?2",
            what);
        !s)
        return s;
    records.bind(1, month);
    if (!onlyPartner.isEmpty())
        records.bind(2, onlyPartner);
    SqliteStatement deal(m_db);
    if (Status s = deal.prepare(registeredDealSql(), what); !s)
        return s;
    deal.bind(3, monthEnd);
    deal.bind(4, monthStart);

    static const QHash<QByteArray, ServiceCategory> categories = [] {
        QHash<QByteArray, ServiceCategory> map;
        for (int c = 0; c <= static_cast<int>(ServiceCategory::AdminServices); ++c)
            map.insert(toKey(static_cast<ServiceCategory>(c)).toUtf8(), static_cast<ServiceCategory>(c));
        return map;
    }();

    QByteArray partnerId;
    PricingPartner partner;
    QHash<QByteArray, QByteArray> dealOfCustomer; // of the current partner; rows come ordered by partner
    PricedLine line;
    while (true) {
        auto row = records.step();
        if (!row)
            return row.error();
        if (!row.value())
            break;
        ++m_records;
        if (progress && m_records % 8192 == 0 && !progress(m_records, total))
            return Error{Tr::tr("Recomputing commission was cancelled."), {}, {}};

        const QByteArray rowPartner = records.rawText(1);
        if (rowPartner != partnerId) {
            partnerId = records.text(1);
            partner = m_partners.value(partnerId);
            dealOfCustomer.clear();
        }
        const auto category = categories.constFind(records.rawText(3));
        if (category == categories.cend())
            return Error{Tr::tr("Consumption record %1 has an unknown service category \"%2\".")
                             .arg(QString::fromUtf8(records.rawText(0)), QString::fromUtf8(records.rawText(3))),
                         {}, QStringLiteral("category")};
        if (earnsNothing(*category))
            continue;

        const qint64 source = records.integer(4);
        const QByteArray currency = records.rawText(5);
        qint64 rub = source;
        qint64 rate = 0;
        if (currency != "RUB") {
            const auto found = m_rates.constFind(currency);
            if (found == m_rates.cend())
                return Error{Tr::tr("There is no exchange rate for %1 in %2: store the month's rate to RUB, then "
                                    "recompute.")
                                 .arg(QString::fromUtf8(currency), m_month.toString(QStringLiteral("yyyy-MM"))),
                             Tr::tr("Consumption record %1.").arg(QString::fromUtf8(records.rawText(0))),
                             QStringLiteral("currency")};
            rate = *found;
            rub = commission::toRub(source, rate);
        }

        QByteArray dealId;
        if (partner.role != Role::Agent && commission::registrationBp(partner.tier, m_rules) > 0) {
            const QByteArray inn = records.rawText(2);
            auto known = dealOfCustomer.constFind(inn);
            if (known == dealOfCustomer.cend()) {
                deal.bind(1, inn);
                deal.bind(2, partnerId);
                auto hit = deal.step();
                if (!hit)
                    return hit.error();
                known = dealOfCustomer.insert(QByteArray(inn.constData(), inn.size()),
                                              hit.value() ? deal.text(0) : QByteArray());
                deal.reset();
            }
            dealId = *known;
        }

        const commission::RateParts parts =
            commission::rateParts(*category, partner.role, partner.tier, !dealId.isEmpty(), m_rules);
        line.partnerId = partnerId;
        line.role = partner.role;
        line.tier = partner.role == Role::Agent ? Tier::None : partner.tier;
        line.consumptionId = records.rawText(0);
        line.category = category.key();
        line.categoryIndex = static_cast<int>(*category);
        line.basisMinor = rub;
        line.sourceMinor = source;
        line.sourceCurrency = rate ? currency : QByteArray();
        line.fxRateMicro = rate;
        for (int i = 0; i < parts.count; ++i) {
            line.kind = parts.kinds[i];
            line.rateBp = parts.ratesBp[i];
            line.amountMinor = commission::applyRate(rub, parts.ratesBp[i]);
            line.dealId = parts.kinds[i] == LineKind::RegistrationDiscount ? dealId : QByteArray();
            if (Status s = sink(line); !s)
                return s;
        }
    }
    return {};
}

Status CommissionPricer::presaleRewards(const QByteArray &onlyPartner, const Sink &sink)
{
    if (m_rules.presaleRewardMinor == 0)
        return {};
    SqliteStatement won(m_db);
    if (Status s = won.prepare("SELECT d.id, d.partner_id FROM deal_presales p JOIN deals d ON d.id = p.deal_id "
                               "WHERE d.state = 'registered' AND d.outcome = 'won' AND d.closed_at >= ?1 "
                               "AND d.closed_at < ?2 AND (?3 = '' OR d.partner_id = ?3) ORDER BY d.partner_id, d.id",
                               Tr::tr("find the won deals with pre-sale of %1")
                                   .arg(m_month.toString(QStringLiteral("yyyy-MM"))));
        !s)
        return s;
    const QByteArray start = storedStart(m_month);
    const QByteArray end = storedStart(m_month.addMonths(1));
    won.bind(1, start);
    won.bind(2, end);
    won.bind(3, onlyPartner);
    while (true) {
        auto row = won.step();
        if (!row)
            return row.error();
        if (!row.value())
            break;
        PricedLine line;
        line.partnerId = won.text(1);
        const PricingPartner partner = m_partners.value(line.partnerId);
        if (partner.role != Role::Agent)
            continue;
        line.kind = LineKind::PresaleReward;
        line.role = Role::Agent;
        line.dealId = won.text(0);
        line.basisMinor = m_rules.presaleRewardMinor;
        line.amountMinor = m_rules.presaleRewardMinor;
        line.sourceMinor = m_rules.presaleRewardMinor;
        if (Status s = sink(line); !s)
            return s;
    }
    return {};
}

} // namespace pd::storage
