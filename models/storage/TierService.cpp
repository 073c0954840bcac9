#include "TierService.h"

#include "SqlUtil.h"

#include <QHash>
#include <QTimeZone>

namespace pd::storage {

using namespace pd::domain;

namespace {

struct WonDeal
{
    QDate closedOn;
    qint64 amountMinor;
};

struct PartnerData
{
    QList<WonDeal> won;
    QList<Certificate> certificates;
};

TierMetrics metricsOn(const PartnerData &data, bool agreementSigned, const QDate &date)
{
    TierMetrics m;
    m.agreementSigned = agreementSigned;
    const QDate from = date.addMonths(-12);
    for (const WonDeal &d : data.won) {
        if (d.closedOn > from && d.closedOn <= date) {
            m.salesMinor += d.amountMinor;
            ++m.registeredDealsWon;
        }
    }
    return withCertificates(m, data.certificates, date);
}

} // namespace

TierService::TierService(QSqlDatabase db) : m_db(std::move(db)) {}

Result<QList<PartnerTier>> TierService::evaluateAll(const QDate &asOf, const RuleBook &rules) const
{
    return run({}, asOf, rules);
}

Result<PartnerTier> TierService::evaluate(const QString &partnerId, const QDate &asOf, const RuleBook &rules) const
{
    auto all = run(partnerId, asOf, rules);
    if (!all)
        return all.error();
    if (all.value().isEmpty())
        return Error{QStringLiteral("No partner %1.").arg(partnerId), {}, {}};
    return all.value().first();
}

Result<QList<PartnerTier>> TierService::run(const QString &partnerId, const QDate &asOf, const RuleBook &rules) const
{
    const QString onePartner = partnerId.isEmpty() ? QString() : QStringLiteral(" AND partner_id = ?");
    QVariantList partnerArg;
    if (!partnerId.isEmpty())
        partnerArg.append(partnerId);

    // Enough history to evaluate every day of the longest grace period back from asOf.
    int maxGrace = 0;
    for (const ProgramRules &r : rules.versions())
        maxGrace = std::max(maxGrace, r.graceDays);
    const QDate earliest = asOf.addDays(-maxGrace - 1).addMonths(-12);

    QHash<QString, PartnerData> data;
    QVariantList dealArgs{sql::toStored(QDateTime(earliest, QTime(0, 0), QTimeZone::utc()))};
    dealArgs.append(partnerArg);
    auto deals = sql::exec(m_db,
                           QStringLiteral("SELECT partner_id, closed_at, amount_minor FROM deals WHERE state = 'registered' "
                                          "AND outcome = 'won' AND closed_at >= ?") + onePartner,
                           dealArgs);
    if (!deals)
        return deals.error();
    while (deals.value().next()) {
        data[deals.value().value(0).toString()].won.append(
            {sql::dateTimeFromStored(deals.value().value(1).toString()).date(), deals.value().value(2).toLongLong()});
    }
    QVariantList certArgs{sql::toStored(earliest)};
    certArgs.append(partnerArg);
    auto certs = sql::exec(m_db,
                           QStringLiteral("SELECT partner_id, id, person_id, competence, issued_on, expires_on FROM certificates "
                                          "WHERE expires_on >= ?") + onePartner,
                           certArgs);
    if (!certs)
        return certs.error();
    while (certs.value().next()) {
        const QSqlQuery &c = certs.value();
        data[c.value(0).toString()].certificates.append(
            {c.value(1).toString(), c.value(2).toString(), competenceFromKey(c.value(3).toString()).value_or(Competence::Sale),
             sql::dateFromStored(c.value(4).toString()), sql::dateFromStored(c.value(5).toString()), c.value(0).toString(),
             QString()});
    }

    auto partners = sql::exec(m_db,
                              QStringLiteral("SELECT id, name, role, tier, stage FROM partners WHERE 1 = 1%1 "
                                             "ORDER BY name COLLATE NOCASE, id")
                                  .arg(partnerId.isEmpty() ? QString() : QStringLiteral(" AND id = ?")),
                              partnerArg);
    if (!partners)
        return partners.error();
    QList<PartnerTier> result;
    while (partners.value().next()) {
        const QSqlQuery &p = partners.value();
        PartnerTier t;
        t.partnerId = p.value(0).toString();
        t.name = p.value(1).toString();
        t.role = roleFromKey(p.value(2).toString()).value_or(Role::Partner);
        t.current = tierFromKey(p.value(3).toString()).value_or(Tier::None);
        const bool signed_ = p.value(4).toString() == toKey(OnboardingStage::AgreementSigned);
        const PartnerData &d = data[t.partnerId];
        const ProgramRules &today = rules.at(asOf);
        t.metrics = metricsOn(d, signed_, asOf);

        std::optional<QDate> belowSince;
        if (t.role != Role::Agent && static_cast<int>(tierEngine::qualifiedTier(t.metrics, today)) < static_cast<int>(t.current)) {
            // Walk back to the first day of the current stretch below the tier.
            QDate first = asOf;
            for (QDate day = asOf.addDays(-1); day >= asOf.addDays(-today.graceDays); day = day.addDays(-1)) {
                const Tier q = tierEngine::qualifiedTier(metricsOn(d, signed_, day), rules.at(day));
                if (static_cast<int>(q) >= static_cast<int>(t.current))
                    break;
                first = day;
            }
            belowSince = first;
        }
        t.verdict = tierEngine::evaluate(t.role, t.current, t.metrics, today, asOf, belowSince);
        if (t.role != Role::Agent)
            t.atRisk = tierEngine::tierRiskFromExpiry(t.verdict.recommended, t.metrics, d.certificates, today, asOf, 90);
        result.append(std::move(t));
    }
    return result;
}

} // namespace pd::storage
