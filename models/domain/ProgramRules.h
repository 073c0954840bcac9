#pragma once

#include "DealRules.h"
#include "Partner.h"

#include <QDate>
#include <QList>

#include <optional>

namespace pd::domain {

// What a tier above Silver requires (Silver itself requires a signed partner agreement).
struct TierCriteria
{
    qint64 minSalesMinor = 0; // trailing-12-month sales, kopecks excluding VAT
    int minCertifiedSpecialists = 0;
    int minPreSaleSpecialists = 0;
    int minRegisteredDealsWon = 0;

    bool operator==(const TierCriteria &) const = default;
};

// The program's rules from one date on. The program publishes no numbers, so the shipped values are
// example defaults (docs/domain.md, "Program rules and example defaults"), labelled as such until an
// administrator sets the program's own.
struct ProgramRules
{
    QDate effectiveFrom;
    bool exampleDefaults = true;
    TierCriteria gold;
    TierCriteria platinum;
    int graceDays = 90; // before a downgrade
    int certificateValidityMonths = 24;
    ProtectionPolicy protection;
    // Registration part of the partner discount by tier, basis points (base discount is separate).
    int baseDiscountBp = 1000;
    int registrationBpSilver = 1000;
    int registrationBpGold = 1500;
    int registrationBpPlatinum = 2000;
    // An Agent's share of what its clients pay, and its reward per won deal with technical pre-sale.
    int agentPercentBp = 500;
    qint64 presaleRewardMinor = 15'000'00;

    bool operator==(const ProgramRules &) const = default;

    static ProgramRules exampleDefaultsFrom(const QDate &effectiveFrom);
    const TierCriteria *criteriaFor(Tier tier) const;
};

// The rules over time: each version applies from its effectiveFrom until the next one.
class RuleBook
{
public:
    RuleBook() = default;
    explicit RuleBook(QList<ProgramRules> versions);

    // The version in force on `date`; the earliest one for dates before every version.
    const ProgramRules &at(const QDate &date) const;
    const QList<ProgramRules> &versions() const { return m_versions; }
    // Adds or replaces the version starting on rules.effectiveFrom.
    void set(const ProgramRules &rules);

private:
    QList<ProgramRules> m_versions; // sorted by effectiveFrom
};

} // namespace pd::domain
