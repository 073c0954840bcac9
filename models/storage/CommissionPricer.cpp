#include "CommissionPricer.h"

#include "SqliteStatement.h"
#include "SqlUtil.h"

#include <QCoreApplication>
#include <QTimeZone>

#include <algorithm>
#include <cstring>
#include <optional>

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

// Three-way order of two byte strings as SQLite's BINARY collation orders them.
int compareBytes(const QByteArray &a, const QByteArray &b)
{
    const int common = std::memcmp(a.constData(), b.constData(), size_t(std::min(a.size(), b.size())));
    if (common != 0)
        return common;
    return int(a.size() > b.size()) - int(a.size() < b.size());
}

// The registered deals that count for a month, read once in (partner, customer INN) order alongside the month's
// consumption, which comes in the same order: a merge instead of one index probe per (partner, customer). Each
// pair gets its earliest deal (registered_at, then id).
class RegisteredDeals final
{
public:
    explicit RegisteredDeals(sqlite3 *db) : m_deals(db) {}

    Status open(const QByteArray &monthStart, const QByteArray &monthEnd, const QString &what)
    {
        // Without statistics SQLite would pick deals_state_filed and read every registered deal's table row; the
        // partial index covers every column read here and gives the order. Should the index ever be gone, the
        // plain query still works (with a sort).
        static constexpr char kDeals[] = "SELECT partner_id, customer_inn, registered_at, id FROM deals%1 WHERE "
                                         "state = 'registered' AND customer_inn <> '' AND registered_at < ?1 AND "
                                         "(outcome <> 'lost' OR closed_at >= ?2) ORDER BY partner_id, customer_inn";
        const QByteArray indexed = QByteArray(kDeals).replace("%1", " INDEXED BY deals_registered_partner");
        if (!m_deals.prepare(indexed.constData(), what)) {
            const QByteArray plain = QByteArray(kDeals).replace("%1", "");
            if (Status s = m_deals.prepare(plain.constData(), what); !s)
                return s;
        }
        m_deals.bind(1, monthEnd);
        m_deals.bind(2, monthStart);
        return next();
    }

    // The deal of (partner, INN); pairs must be asked for in ascending order.
    Result<QByteArray> dealFor(const QByteArray &partnerId, const QByteArray &inn)
    {
        if (partnerId == m_partner && inn == m_inn)
            return m_deal;
        m_partner = QByteArray(partnerId.constData(), partnerId.size());
        m_inn = QByteArray(inn.constData(), inn.size());
        m_deal.clear();
        QByteArray bestAt;
        while (m_more) {
            int order = compareBytes(m_deals.rawText(0), m_partner);
            if (order == 0)
                order = compareBytes(m_deals.rawText(1), m_inn);
            if (order > 0)
                break;
            if (order == 0) {
                const QByteArray at = m_deals.rawText(2);
                const QByteArray id = m_deals.rawText(3);
                if (m_deal.isEmpty() || at < bestAt || (at == bestAt && id < m_deal)) {
                    bestAt = m_deals.text(2);
                    m_deal = m_deals.text(3);
                }
            }
            if (Status s = next(); !s)
                return s.error();
        }
        return m_deal;
    }

private:
    Status next()
    {
        auto row = m_deals.step();
        if (!row)
            return row.error();
        m_more = row.value();
        return {};
    }

    SqliteStatement m_deals;
    bool m_more = false;
    QByteArray m_partner;
    QByteArray m_inn;
    QByteArray m_deal;
};

} // namespace

CommissionPricer::CommissionPricer(sqlite3 *db, const QDate &month, ProgramRules rules,
                                   QHash<QByteArray, PricingPartner> partners, QHash<QByteArray, qint64> ratesMicro)
    : m_db(db), m_month(month), m_rules(std::move(rules)), m_partners(std::move(partners)),
      m_rates(std::move(ratesMicro))
{}

QHash<QByteArray, PricingPartner> CommissionPricer::partnersFrom(const QList<PartnerTier> &tiers)
{
    QHash<QByteArray, PricingPartner> partners;
    partners.reserve(tiers.size());
    for (const PartnerTier &t : tiers)
        partners.insert(t.partnerId.toUtf8(), {t.role, t.role == Role::Agent ? Tier::None : t.verdict.recommended});
    return partners;
}

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
    // deals_registered_partner, which covers every column read here.
    return "SELECT id FROM deals WHERE state = 'registered' AND customer_inn <> '' AND customer_inn = ?1 "
           "AND partner_id = ?2 AND registered_at < ?3 AND (outcome <> 'lost' OR closed_at >= ?4) "
           "ORDER BY registered_at, id LIMIT 1";
}

Status CommissionPricer::run(const QByteArray &onlyPartner, const Sink &sink,
                             const std::function<bool(qint64, qint64)> &progress)
{
    m_records = 0;
    m_presales.clear();
    m_nextPresale = 0;
    if (Status s = loadPresales(onlyPartner); !s)
        return s;
    if (Status s = priceConsumption(onlyPartner, sink, progress); !s)
        return s;
    return emitPresalesBefore({}, sink);
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
                  "WHERE month = ?1 ORDER BY partner_id, customer_inn"
                : "SELECT id, partner_id, customer_inn, category, amount_minor, currency FROM consumption "
                  "WHERE month = ?1 AND partner_id = ?2",
            what);
        !s)
        return s;
    records.bind(1, month);
    if (!onlyPartner.isEmpty())
        records.bind(2, onlyPartner);
    // A whole month merges with the registered deals; one partner's records (a correction) probe the index.
    std::optional<RegisteredDeals> merged;
    SqliteStatement deal(m_db);
    if (onlyPartner.isEmpty()) {
        merged.emplace(m_db);
        if (Status s = merged->open(monthStart, monthEnd, what); !s)
            return s;
    } else {
        if (Status s = deal.prepare(registeredDealSql(), what); !s)
            return s;
        deal.bind(3, monthEnd);
        deal.bind(4, monthStart);
    }

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
            if (Status s = emitPresalesBefore(rowPartner, sink); !s)
                return s;
            partnerId = records.text(1);
            partner = m_partners.value(partnerId);
            dealOfCustomer.clear();
        }
        const auto category = categories.constFind(records.rawText(3));
        if (category == categories.cend())
            return Error{Tr::tr("Consumption record %1 has an unknown service category \"%2\".")
                             .arg(QString::fromUtf8(records.rawText(0)), QString::fromUtf8(records.rawText(3))),
                         {},
                         QStringLiteral("category")};
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
            if (merged) {
                auto found = merged->dealFor(partnerId, inn);
                if (!found)
                    return found.error();
                dealId = found.value();
            } else {
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

Status CommissionPricer::loadPresales(const QByteArray &onlyPartner)
{
    if (m_rules.presaleRewardMinor == 0)
        return {};
    SqliteStatement won(m_db);
    // The month's won deals come from the covering index deals_won_closed (schema 9 added the id to it).
    if (Status s = won.prepare(
            "SELECT d.id, d.partner_id FROM deals d WHERE d.state = 'registered' AND d.outcome = 'won' "
            "AND d.closed_at >= ?1 AND d.closed_at < ?2 AND (?3 = '' OR d.partner_id = ?3) "
            "AND EXISTS (SELECT 1 FROM deal_presales p WHERE p.deal_id = d.id) "
            "ORDER BY d.partner_id, d.id",
            Tr::tr("find the won deals with pre-sale of %1").arg(m_month.toString(QStringLiteral("yyyy-MM"))));
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
        m_presales.append({won.text(1), won.text(0)});
    }
    return {};
}

Status CommissionPricer::emitPresalesBefore(const QByteArray &partnerId, const Sink &sink)
{
    // Rewards of the partners ordered before `partnerId` (all of them for an empty id), so that every partner's
    // lines reach the sink together: its consumption lines, then its rewards.
    for (; m_nextPresale < m_presales.size(); ++m_nextPresale) {
        const auto &[partner, dealId] = m_presales.at(m_nextPresale);
        if (!partnerId.isEmpty() && !(partner < partnerId))
            break;
        if (m_partners.value(partner).role != Role::Agent)
            continue;
        PricedLine line;
        line.partnerId = partner;
        line.kind = LineKind::PresaleReward;
        line.role = Role::Agent;
        line.dealId = dealId;
        line.basisMinor = m_rules.presaleRewardMinor;
        line.amountMinor = m_rules.presaleRewardMinor;
        line.sourceMinor = m_rules.presaleRewardMinor;
        if (Status s = sink(line); !s)
            return s;
    }
    return {};
}

} // namespace pd::storage
