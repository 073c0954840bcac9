#include "TierEngine.h"

#include "EnumKeys.h"
#include "Money.h"

#include <QCoreApplication>
#include <QLocale>
#include <QSet>

namespace pd::domain {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(pd::domain::TierEngine)
};

constexpr EnumKey<Competence> kCompetences[] = {{Competence::Sale, "sale"}, {Competence::PreSale, "pre_sale"}};
constexpr EnumKey<Criterion> kCriteria[] = {{Criterion::Agreement, "agreement"},
                                            {Criterion::Sales, "sales_12m"},
                                            {Criterion::CertifiedSpecialists, "certified_specialists"},
                                            {Criterion::PreSaleSpecialists, "presale_specialists"},
                                            {Criterion::RegisteredDealsWon, "registered_deals_won"}};

int rank(Tier t)
{
    return static_cast<int>(t); // None < Silver < Gold < Platinum
}

void addCriteria(QList<CriterionCheck> &checks, Tier tier, const TierCriteria &c, const TierMetrics &m)
{
    checks.append({tier, Criterion::Sales, c.minSalesMinor, m.salesMinor, m.salesMinor >= c.minSalesMinor});
    checks.append({tier, Criterion::CertifiedSpecialists, c.minCertifiedSpecialists, m.certifiedSpecialists,
                   m.certifiedSpecialists >= c.minCertifiedSpecialists});
    checks.append({tier, Criterion::PreSaleSpecialists, c.minPreSaleSpecialists, m.preSaleSpecialists,
                   m.preSaleSpecialists >= c.minPreSaleSpecialists});
    checks.append({tier, Criterion::RegisteredDealsWon, c.minRegisteredDealsWon, m.registeredDealsWon,
                   m.registeredDealsWon >= c.minRegisteredDealsWon});
}

QList<CriterionCheck> allChecks(const TierMetrics &m, const ProgramRules &rules)
{
    QList<CriterionCheck> checks;
    checks.append({Tier::Silver, Criterion::Agreement, 1, m.agreementSigned ? 1 : 0, m.agreementSigned});
    addCriteria(checks, Tier::Gold, rules.gold, m);
    addCriteria(checks, Tier::Platinum, rules.platinum, m);
    return checks;
}

bool passesAll(const QList<CriterionCheck> &checks, Tier tier)
{
    for (const CriterionCheck &c : checks) {
        if (c.tier == tier && !c.pass)
            return false;
    }
    return true;
}

QString formatValue(Criterion c, qint64 v, const QLocale &locale)
{
    switch (c) {
    case Criterion::Agreement:
        return v ? Tr::tr("signed") : Tr::tr("not signed");
    case Criterion::Sales:
        return Money::rub(v).toString(locale);
    default:
        return locale.toString(v);
    }
}

} // namespace

QString toKey(Competence v)
{
    return keyOf(v, kCompetences);
}
std::optional<Competence> competenceFromKey(const QString &key)
{
    return valueOfKey(key, kCompetences);
}
template <>
QList<Competence> allValues<Competence>()
{
    return valuesOf(kCompetences);
}
QString toKey(Criterion v)
{
    return keyOf(v, kCriteria);
}

QString displayName(Competence v)
{
    return v == Competence::Sale ? Tr::tr("Sale") : Tr::tr("Pre-Sale");
}

QString displayName(Criterion v)
{
    switch (v) {
    case Criterion::Agreement:
        return Tr::tr("Partner agreement");
    case Criterion::Sales:
        return Tr::tr("Sales, last 12 months");
    case Criterion::CertifiedSpecialists:
        return Tr::tr("Certified specialists");
    case Criterion::PreSaleSpecialists:
        return Tr::tr("Pre-Sale specialists");
    case Criterion::RegisteredDealsWon:
        return Tr::tr("Registered deals won");
    }
    return {};
}

QString displayName(TierChange v)
{
    switch (v) {
    case TierChange::NotApplicable:
        return Tr::tr("No status (Agent)");
    case TierChange::Keep:
        return Tr::tr("Keep");
    case TierChange::Upgrade:
        return Tr::tr("Upgrade");
    case TierChange::Downgrade:
        return Tr::tr("Downgrade");
    case TierChange::KeptInGrace:
        return Tr::tr("Kept in grace period");
    }
    return {};
}

TierMetrics withCertificates(TierMetrics metrics, const QList<Certificate> &certificates, const QDate &date)
{
    QSet<QString> certified;
    QSet<QString> preSale;
    for (const Certificate &c : certificates) {
        if (!c.isValidOn(date))
            continue;
        certified.insert(c.personId);
        if (c.competence == Competence::PreSale)
            preSale.insert(c.personId);
    }
    metrics.certifiedSpecialists = static_cast<int>(certified.size());
    metrics.preSaleSpecialists = static_cast<int>(preSale.size());
    return metrics;
}

QList<CriterionCheck> TierVerdict::checksFor(Tier tier) const
{
    QList<CriterionCheck> result;
    for (const CriterionCheck &c : checks) {
        if (c.tier == tier)
            result.append(c);
    }
    return result;
}

QString TierVerdict::explanation(const QLocale &locale) const
{
    if (change == TierChange::NotApplicable)
        return Tr::tr("Agents have no status: they earn a percentage of their clients' payments instead.");
    QStringList lines;
    switch (change) {
    case TierChange::Keep:
        lines.append(
            Tr::tr("Keeps %1: it meets every criterion of %1 and not all of the next.").arg(displayName(current)));
        break;
    case TierChange::Upgrade:
        lines.append(Tr::tr("Upgrade from %1 to %2: it meets every criterion of %2.")
                         .arg(displayName(current), displayName(recommended)));
        break;
    case TierChange::Downgrade:
        lines.append(Tr::tr("Downgrade from %1 to %2: it no longer meets %1 and its grace period has ended.")
                         .arg(displayName(current), displayName(recommended)));
        break;
    case TierChange::KeptInGrace:
        lines.append(
            Tr::tr("Keeps %1 until %2 (grace period), then %3 unless it meets %1 again.")
                .arg(displayName(current), locale.toString(graceEnds, QLocale::ShortFormat), displayName(qualified)));
        break;
    case TierChange::NotApplicable:
        break;
    }
    for (Tier tier : {Tier::Silver, Tier::Gold, Tier::Platinum}) {
        QStringList parts;
        for (const CriterionCheck &c : checksFor(tier)) {
            if (c.criterion == Criterion::PreSaleSpecialists && c.required == 0)
                continue;
            parts.append(Tr::tr("%1 %2: %3 of %4 required")
                             .arg(c.pass ? QStringLiteral("✓") : QStringLiteral("✗"), displayName(c.criterion),
                                  formatValue(c.criterion, c.actual, locale),
                                  formatValue(c.criterion, c.required, locale)));
        }
        lines.append(displayName(tier) + QStringLiteral(": ") + parts.join(QStringLiteral("; ")));
    }
    if (exampleRules)
        lines.append(Tr::tr("Thresholds are the program's example defaults."));
    return lines.join(QLatin1Char('\n'));
}

namespace tierEngine {

Tier qualifiedTier(const TierMetrics &metrics, const ProgramRules &rules)
{
    const QList<CriterionCheck> checks = allChecks(metrics, rules);
    if (!passesAll(checks, Tier::Silver))
        return Tier::None;
    if (passesAll(checks, Tier::Platinum))
        return Tier::Platinum;
    if (passesAll(checks, Tier::Gold))
        return Tier::Gold;
    return Tier::Silver;
}

TierVerdict evaluate(Role role, Tier current, const TierMetrics &metrics, const ProgramRules &rules, const QDate &asOf,
                     std::optional<QDate> belowSince)
{
    TierVerdict v;
    v.role = role;
    v.current = current;
    v.asOf = asOf;
    v.belowSince = belowSince;
    v.exampleRules = rules.exampleDefaults;
    if (role == Role::Agent) {
        v.change = TierChange::NotApplicable;
        return v;
    }
    v.checks = allChecks(metrics, rules);
    v.qualified = qualifiedTier(metrics, rules);
    if (rank(v.qualified) >= rank(current)) {
        v.recommended = v.qualified;
        v.change = v.qualified == current ? TierChange::Keep : TierChange::Upgrade;
        return v;
    }
    // Below its tier: the grace period runs from the first day it fell below.
    const QDate since = belowSince.value_or(asOf);
    v.graceEnds = since.addDays(rules.graceDays);
    if (asOf < v.graceEnds && v.qualified != Tier::None) {
        v.recommended = current;
        v.change = TierChange::KeptInGrace;
    } else {
        // Without a signed agreement there is no status to keep.
        v.recommended = v.qualified;
        v.change = TierChange::Downgrade;
        v.graceEnds = {};
    }
    return v;
}

TierVerdict reevaluate(const TierVerdict &real, const TierMetrics &metrics, const ProgramRules &rules)
{
    return evaluate(real.role, real.current, metrics, rules, real.asOf, real.belowSince);
}

QList<Certificate> tierRiskFromExpiry(Tier current, const TierMetrics &metrics, const QList<Certificate> &certificates,
                                      const ProgramRules &rules, const QDate &asOf, int days)
{
    const QDate horizon = asOf.addDays(days);
    QList<Certificate> expiring;
    QList<Certificate> lasting;
    for (const Certificate &c : certificates) {
        if (!c.isValidOn(asOf))
            continue;
        if (c.expiresOn <= horizon)
            expiring.append(c);
        else
            lasting.append(c);
    }
    if (expiring.isEmpty())
        return {};
    const Tier now = qualifiedTier(withCertificates(metrics, certificates, asOf), rules);
    const Tier later = qualifiedTier(withCertificates(metrics, lasting, asOf), rules);
    const Tier held = rank(current) < rank(now) ? current : now;
    return rank(later) < rank(held) ? expiring : QList<Certificate>{};
}

} // namespace tierEngine
} // namespace pd::domain
