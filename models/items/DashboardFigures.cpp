#include "DashboardFigures.h"

#include "CommissionReports.h"
#include "CommissionService.h"
#include "DealQuery.h"
#include "ProgramRulesRepository.h"
#include "TierService.h"
#include "TrainingRepository.h"

namespace pd::items {

using namespace domain;

namespace {

// Reads only: the repositories want a clock and an actor for the writes they never make here.
const QString kReader = QStringLiteral("dashboard");

Result<qint64> countDeals(const QSqlDatabase &db, const QDateTime &now, const storage::DealFilter &filter)
{
    return storage::DealQuery(db, filter, storage::DealSort::FiledAt, Qt::DescendingOrder, now).count();
}

} // namespace

Result<DashboardFigures> DashboardFigures::readCounts(const QSqlDatabase &db, const QDateTime &now)
{
    DashboardFigures f;
    f.asOf = now;
    storage::DealFilter review;
    review.reviewQueue = true;
    storage::DealFilter protection;
    protection.protectionEndingWithinDays = kProtectionDays;
    storage::DealFilter overdue;
    overdue.feedbackOverdue = true;
    for (auto [filter, target] :
         {std::pair{&review, &f.awaitingReview}, std::pair{&protection, &f.protectionEndingSoon},
          std::pair{&overdue, &f.feedbackOverdue}}) {
        auto count = countDeals(db, now, *filter);
        if (!count)
            return count.error();
        *target = count.value();
    }
    const FixedClock clock(now);
    auto expiring = storage::TrainingRepository(db, clock, kReader).expiringCertificates(now.date(), kCertificateDays);
    if (!expiring)
        return expiring.error();
    f.certificatesExpiring = expiring.value().size();
    return f;
}

Status DashboardFigures::readTiers(const QSqlDatabase &db, DashboardFigures &figures)
{
    const FixedClock clock(figures.asOf);
    auto rules = storage::ProgramRulesRepository(db, clock, kReader).load();
    if (!rules)
        return rules.error();
    auto tiers = storage::TierService(db).evaluateAll(figures.asOf.date(), rules.value());
    if (!tiers)
        return tiers.error();
    figures.upgrades = figures.downgrades = figures.inGrace = 0;
    for (const storage::PartnerTier &t : tiers.value()) {
        switch (t.verdict.change) {
        case TierChange::Upgrade:
            ++figures.upgrades;
            break;
        case TierChange::Downgrade:
            ++figures.downgrades;
            break;
        case TierChange::KeptInGrace:
            ++figures.inGrace;
            break;
        case TierChange::Keep:
        case TierChange::NotApplicable:
            break;
        }
    }
    figures.tiersReady = true;
    return {};
}

Status DashboardFigures::readCommission(const QSqlDatabase &db, DashboardFigures &figures)
{
    auto months = storage::CommissionReports(db).monthOverMonth(figures.asOf.date());
    if (!months)
        return months.error();
    const storage::MonthOverMonth &m = months.value();
    figures.commissionThisMonth.reset();
    figures.commissionLastMonth.reset();
    figures.commissionMonth = m.thisMonth;
    figures.commissionPreviousMonth = m.lastMonth;
    if (m.thisComputed) {
        figures.commissionThisMonth = Money::rub(m.thisMinor);
        if (m.lastComputed)
            figures.commissionLastMonth = Money::rub(m.lastMinor);
    } else {
        // This month's consumption arrives next month: show the latest computed month against its predecessor.
        const FixedClock clock(figures.asOf);
        auto periods = storage::CommissionService(db, clock, kReader).periods();
        if (!periods)
            return periods.error();
        const storage::SettlementPeriod *latest = nullptr;
        for (const storage::SettlementPeriod &p : periods.value()) {
            if (p.computedAt.isValid() && p.month <= m.thisMonth && (!latest || p.month > latest->month))
                latest = &p;
        }
        if (latest) {
            figures.commissionMonth = latest->month;
            figures.commissionPreviousMonth = latest->month.addMonths(-1);
            figures.commissionThisMonth = Money::rub(latest->totalMinor);
            for (const storage::SettlementPeriod &p : periods.value()) {
                if (p.month == figures.commissionPreviousMonth && p.computedAt.isValid())
                    figures.commissionLastMonth = Money::rub(p.totalMinor);
            }
        }
    }
    figures.commissionReady = true;
    return {};
}

} // namespace pd::items
