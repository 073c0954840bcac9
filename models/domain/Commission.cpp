#include "Commission.h"

#include "EnumKeys.h"

#include <QCoreApplication>
#include <QMap>

#include <cstdlib>

namespace pd::domain {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(pd::domain::Commission)
};

constexpr EnumKey<ServiceCategory> kCategories[] = {
    {ServiceCategory::Compute, "compute"},
    {ServiceCategory::Storage, "storage"},
    {ServiceCategory::Network, "network"},
    {ServiceCategory::Databases, "databases"},
    {ServiceCategory::Containers, "containers"},
    {ServiceCategory::AiMl, "ai_ml"},
    {ServiceCategory::Other, "other"},
    {ServiceCategory::BonusRubles, "bonus_rubles"},
    {ServiceCategory::Marketplace, "marketplace"},
    {ServiceCategory::ThirdPartyLicenses, "third_party_licenses"},
    {ServiceCategory::AdminServices, "admin_services"},
};
constexpr EnumKey<LineKind> kKinds[] = {
    {LineKind::BaseDiscount, "base_discount"},
    {LineKind::RegistrationDiscount, "registration_discount"},
    {LineKind::AgentPercentage, "agent_percentage"},
    {LineKind::PresaleReward, "presale_reward"},
    {LineKind::Clawback, "clawback"},
    {LineKind::TopUp, "top_up"},
};

CommissionLine line(const ConsumptionRecord &r, LineKind kind, int bp, const QString &dealId, Tier tier,
                    const ProgramRules &rules, const QDate &period)
{
    CommissionLine l;
    l.partnerId = r.partnerId;
    l.period = period;
    l.kind = kind;
    l.consumptionId = r.id;
    l.dealId = dealId;
    l.basis = r.amount;
    l.rateBp = bp;
    l.amount = Money(commission::applyRate(r.amount.minorUnits(), bp), r.amount.currency());
    l.ruleEffectiveFrom = rules.effectiveFrom;
    l.tier = tier;
    return l;
}

} // namespace

QString toKey(ServiceCategory v)
{
    return keyOf(v, kCategories);
}
std::optional<ServiceCategory> serviceCategoryFromKey(const QString &key)
{
    return valueOfKey(key, kCategories);
}
QString toKey(LineKind v)
{
    return keyOf(v, kKinds);
}
std::optional<LineKind> lineKindFromKey(const QString &key)
{
    return valueOfKey(key, kKinds);
}

bool earnsNothing(ServiceCategory v)
{
    return v == ServiceCategory::BonusRubles || v == ServiceCategory::Marketplace
           || v == ServiceCategory::ThirdPartyLicenses || v == ServiceCategory::AdminServices;
}

QString displayName(ServiceCategory v)
{
    switch (v) {
    case ServiceCategory::Compute:
        return Tr::tr("Compute");
    case ServiceCategory::Storage:
        return Tr::tr("Storage");
    case ServiceCategory::Network:
        return Tr::tr("Network");
    case ServiceCategory::Databases:
        return Tr::tr("Databases");
    case ServiceCategory::Containers:
        return Tr::tr("Containers");
    case ServiceCategory::AiMl:
        return Tr::tr("AI and ML");
    case ServiceCategory::Other:
        return Tr::tr("Other services");
    case ServiceCategory::BonusRubles:
        return Tr::tr("Paid with bonus rubles");
    case ServiceCategory::Marketplace:
        return Tr::tr("Marketplace products");
    case ServiceCategory::ThirdPartyLicenses:
        return Tr::tr("Third-party licences");
    case ServiceCategory::AdminServices:
        return Tr::tr("Infrastructure administration services");
    }
    return {};
}

QString displayName(LineKind v)
{
    switch (v) {
    case LineKind::BaseDiscount:
        return Tr::tr("Base partner discount");
    case LineKind::RegistrationDiscount:
        return Tr::tr("Registered deal discount");
    case LineKind::AgentPercentage:
        return Tr::tr("Agent percentage");
    case LineKind::PresaleReward:
        return Tr::tr("Pre-sale reward");
    case LineKind::Clawback:
        return Tr::tr("Clawback");
    case LineKind::TopUp:
        return Tr::tr("Top-up");
    }
    return {};
}

namespace commission {

int registrationBp(Tier tier, const ProgramRules &rules)
{
    switch (tier) {
    case Tier::Silver:
        return rules.registrationBpSilver;
    case Tier::Gold:
        return rules.registrationBpGold;
    case Tier::Platinum:
        return rules.registrationBpPlatinum;
    case Tier::None:
        return 0;
    }
    return 0;
}

RateParts rateParts(ServiceCategory category, Role role, Tier tier, bool registeredDeal, const ProgramRules &rules)
{
    RateParts parts;
    if (earnsNothing(category))
        return parts;
    if (role == Role::Agent) {
        parts.kinds[0] = LineKind::AgentPercentage;
        parts.ratesBp[0] = rules.agentPercentBp;
        parts.count = 1;
        return parts;
    }
    parts.kinds[0] = LineKind::BaseDiscount;
    parts.ratesBp[0] = rules.baseDiscountBp;
    parts.count = 1;
    if (registeredDeal && registrationBp(tier, rules) > 0) {
        parts.kinds[1] = LineKind::RegistrationDiscount;
        parts.ratesBp[1] = registrationBp(tier, rules);
        parts.count = 2;
    }
    return parts;
}

qint64 applyRate(qint64 basisMinor, int rateBp)
{
    // |basis| ≤ 9.2e14 kopecks keeps basis × rate (≤ 10 000) inside 64 bits.
    const qint64 product = basisMinor * rateBp;
    const qint64 half = product >= 0 ? 5000 : -5000;
    return (product + half) / 10000;
}

QList<CommissionLine> price(const ConsumptionRecord &r, Role role, Tier tier, const QString &dealId,
                            const ProgramRules &rules, const QDate &period)
{
    const RateParts parts = rateParts(r.category, role, tier, !dealId.isEmpty(), rules);
    QList<CommissionLine> lines;
    for (int i = 0; i < parts.count; ++i) {
        const bool registration = parts.kinds[i] == LineKind::RegistrationDiscount;
        lines.append(line(r, parts.kinds[i], parts.ratesBp[i], registration ? dealId : QString(),
                          role == Role::Agent ? Tier::None : tier, rules, period));
    }
    return lines;
}

CommissionLine presaleReward(const QString &partnerId, const QString &dealId, const ProgramRules &rules,
                             const QDate &period)
{
    CommissionLine l;
    l.partnerId = partnerId;
    l.period = period;
    l.kind = LineKind::PresaleReward;
    l.dealId = dealId;
    l.amount = Money::rub(rules.presaleRewardMinor);
    l.basis = l.amount;
    l.ruleEffectiveFrom = rules.effectiveFrom;
    return l;
}

QList<CommissionLine> corrections(const QList<CommissionLine> &settled, const QList<CommissionLine> &recomputed,
                                  const QDate &closedPeriod, const QDate &openPeriod)
{
    QMap<QString, qint64> difference; // per partner, ordered for a stable result
    for (const CommissionLine &l : recomputed)
        difference[l.partnerId] += l.amount.minorUnits();
    for (const CommissionLine &l : settled)
        difference[l.partnerId] -= l.amount.minorUnits();
    QList<CommissionLine> lines;
    for (auto it = difference.cbegin(); it != difference.cend(); ++it) {
        if (it.value() == 0)
            continue;
        CommissionLine l;
        l.partnerId = it.key();
        l.period = openPeriod;
        l.kind = it.value() < 0 ? LineKind::Clawback : LineKind::TopUp;
        l.amount = Money::rub(it.value());
        l.basis = l.amount;
        l.correctsPeriod = closedPeriod;
        lines.append(l);
    }
    return lines;
}

Money total(const QList<CommissionLine> &lines, const QString &currency)
{
    qint64 sum = 0;
    for (const CommissionLine &l : lines)
        sum += l.amount.minorUnits();
    return Money(sum, currency);
}

qint64 toRub(qint64 minor, qint64 rubPerUnitMicro)
{
    __extension__ typedef __int128 Wide; // GCC and Clang; the product of two 64-bit values needs 128 bits
    const Wide product = static_cast<Wide>(minor) * rubPerUnitMicro;
    const Wide half = product >= 0 ? 500000 : -500000;
    return static_cast<qint64>((product + half) / 1000000);
}

QString rateText(int rateBp)
{
    const int whole = std::abs(rateBp) / 100;
    const int hundredths = std::abs(rateBp) % 100;
    return QStringLiteral("%1%2.%3 %")
        .arg(rateBp < 0 ? QStringLiteral("-") : QString())
        .arg(whole)
        .arg(hundredths, 2, 10, QLatin1Char('0'));
}

QString rateText(int rateBp, const QLocale &locale)
{
    const int whole = std::abs(rateBp) / 100;
    const int hundredths = std::abs(rateBp) % 100;
    return (rateBp < 0 ? locale.negativeSign() : QString()) + locale.toString(whole) + locale.decimalPoint()
           + QStringLiteral("%1").arg(hundredths, 2, 10, QLatin1Char('0')) + QLatin1Char(' ') + locale.percent();
}

} // namespace commission
} // namespace pd::domain
