#pragma once

#include "Money.h"
#include "Partner.h"
#include "ProgramRules.h"

#include <QDate>
#include <QLocale>
#include <QList>
#include <QString>

#include <optional>

namespace pd::domain {

// The provider's service categories as billing reports them. The last four earn no discount or
// reward under either model (docs/domain.md, "Cooperation models and roles").
enum class ServiceCategory
{
    Compute,
    Storage,
    Network,
    Databases,
    Containers,
    AiMl,
    Other,
    BonusRubles,
    Marketplace,
    ThirdPartyLicenses,
    AdminServices
};
QString toKey(ServiceCategory v);
std::optional<ServiceCategory> serviceCategoryFromKey(const QString &key);
QString displayName(ServiceCategory v);
bool earnsNothing(ServiceCategory v);

// One month of one customer's consumption of one service category in one project, excluding VAT.
struct ConsumptionRecord
{
    QString id;
    QString partnerId;
    QString customerName;
    QString customerInn;
    QDate month; // the first day of the month
    ServiceCategory category = ServiceCategory::Compute;
    QString project;
    Money amount;

    bool operator==(const ConsumptionRecord &) const = default;
};

enum class LineKind
{
    BaseDiscount,
    RegistrationDiscount,
    AgentPercentage,
    PresaleReward,
    Clawback,
    TopUp
};
QString toKey(LineKind v);
std::optional<LineKind> lineKindFromKey(const QString &key);
QString displayName(LineKind v);

// One priced line of a partner's commission for a period, with everything that priced it.
struct CommissionLine
{
    QString partnerId;
    QDate period; // the first day of the settlement month
    LineKind kind = LineKind::BaseDiscount;
    QString consumptionId; // the record it prices (none for a pre-sale reward)
    QString dealId;        // the registered or won deal behind a registration discount or reward
    Money basis;           // what the rate applies to
    int rateBp = 0;        // 0 for fixed amounts
    Money amount;
    QDate ruleEffectiveFrom;
    Tier tier = Tier::None;
    QDate correctsPeriod; // for a clawback or top-up: the closed period it corrects

    bool operator==(const CommissionLine &) const = default;
};

namespace commission {

// The parts a record earns, each a line kind with its rate: none for an excluded category; an Agent's
// percentage; a Partner's or White Label partner's base discount plus, for a customer with a Registered or
// Won deal, the registration part for its tier. The one place the rates are chosen (price() uses it too).
struct RateParts
{
    int count = 0;
    LineKind kinds[2] = {LineKind::BaseDiscount, LineKind::RegistrationDiscount};
    int ratesBp[2] = {0, 0};
};
RateParts rateParts(ServiceCategory category, Role role, Tier tier, bool registeredDeal, const ProgramRules &rules);
int registrationBp(Tier tier, const ProgramRules &rules);

// basis × rate / 10 000, rounded to the kopeck half away from zero: the one rounding rule, applied
// per line, so that a line's amount can be recomputed by hand and a refund is the exact negative of
// the charge it reverses.
qint64 applyRate(qint64 basisMinor, int rateBp);

// Prices one consumption record. Partners and White Label partners get the base discount on all of
// it and, when the customer has a Registered or Won deal (dealId), the registration part for their
// tier; Agents get their percentage. Excluded categories earn nothing (no line).
QList<CommissionLine> price(const ConsumptionRecord &record, Role role, Tier tier, const QString &dealId,
                            const ProgramRules &rules, const QDate &period);

// An Agent's fixed reward for a won deal with technical pre-sale.
CommissionLine presaleReward(const QString &partnerId, const QString &dealId, const ProgramRules &rules,
                             const QDate &period);

// When a closed period is recomputed: the difference per partner between what was settled and what
// it should have been, as one clawback (negative) or top-up (positive) line in the open period; none
// when they agree.
QList<CommissionLine> corrections(const QList<CommissionLine> &settled, const QList<CommissionLine> &recomputed,
                                  const QDate &closedPeriod, const QDate &openPeriod);

Money total(const QList<CommissionLine> &lines, const QString &currency = QStringLiteral("RUB"));

// An amount in another currency converted to RUB kopecks at a monthly rate given as rubles per unit ×
// 10^6 (both currencies with two minor digits): minor × rate / 10^6, rounded to the kopeck half away
// from zero, exactly (128-bit intermediate). Conversion happens per consumption record, before pricing.
qint64 toRub(qint64 minor, qint64 rubPerUnitMicro);

// "15.00 %" style text of a rate in basis points, for statements and explanations.
QString rateText(int rateBp);
// The same rate as `locale` writes it, for the interface: "15,00 %" in Russian, "15.00 %" in English
// and the C locale (so it equals rateText(rateBp) there).
QString rateText(int rateBp, const QLocale &locale);

} // namespace commission
} // namespace pd::domain
