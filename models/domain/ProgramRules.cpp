#include "ProgramRules.h"

#include <algorithm>

namespace pd::domain {

ProgramRules ProgramRules::exampleDefaultsFrom(const QDate &effectiveFrom)
{
    ProgramRules r;
    r.effectiveFrom = effectiveFrom;
    r.exampleDefaults = true;
    r.gold = {5'000'000'00, 2, 0, 3};
    r.platinum = {20'000'000'00, 5, 2, 10};
    return r;
}

const TierCriteria *ProgramRules::criteriaFor(Tier tier) const
{
    switch (tier) {
    case Tier::Gold:
        return &gold;
    case Tier::Platinum:
        return &platinum;
    case Tier::None:
    case Tier::Silver:
        return nullptr;
    }
    return nullptr;
}

RuleBook::RuleBook(QList<ProgramRules> versions) : m_versions(std::move(versions))
{
    std::sort(m_versions.begin(), m_versions.end(),
              [](const ProgramRules &a, const ProgramRules &b) { return a.effectiveFrom < b.effectiveFrom; });
}

const ProgramRules &RuleBook::at(const QDate &date) const
{
    static const ProgramRules defaults = ProgramRules::exampleDefaultsFrom(QDate(2000, 1, 1));
    if (m_versions.isEmpty())
        return defaults;
    const ProgramRules *found = &m_versions.first();
    for (const ProgramRules &r : m_versions) {
        if (r.effectiveFrom <= date)
            found = &r;
    }
    return *found;
}

void RuleBook::set(const ProgramRules &rules)
{
    for (ProgramRules &r : m_versions) {
        if (r.effectiveFrom == rules.effectiveFrom) {
            r = rules;
            return;
        }
    }
    m_versions.append(rules);
    std::sort(m_versions.begin(), m_versions.end(),
              [](const ProgramRules &a, const ProgramRules &b) { return a.effectiveFrom < b.effectiveFrom; });
}

} // namespace pd::domain
