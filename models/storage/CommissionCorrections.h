#pragma once

#include "CommissionPricer.h"
#include "ProgramRules.h"
#include "Result.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QSqlDatabase>

namespace pd::storage {

// Corrections of closed settlement periods. A consumption record (or an exchange rate) written for a closed
// month, or a change to a registered deal or its pre-sale mark that can touch one, marks (month, partner) in
// commission_dirty (by trigger). The next open period after that month
// receives, per partner, exactly one clawback (negative) or top-up (positive) line: what the closed month
// is worth now, priced with the rules, tier and role it was settled at, minus its settled lines, minus the
// corrections of it already posted in other periods. Posting again replaces that one line, so the sum of a
// closed month's lines and all its corrections always equals what it is worth now. Closed lines are never
// touched. Runs inside the caller's transaction.
class CommissionCorrections final
{
public:
    explicit CommissionCorrections(QSqlDatabase db);

    // The open periods that have corrections waiting, oldest first.
    Result<QList<QDate>> pendingTargets() const;
    // Posts every correction whose next open period is `open`; returns how many (closed month, partner)
    // pairs it settled (a pair whose difference is zero gets no line).
    Result<int> postInto(const QDate &open, const domain::RuleBook &book,
                         const QHash<QByteArray, PricingPartner> &partnersNow);

    // The first month after `closed` that is not closed.
    static QDate nextOpen(const QDate &closed, const QList<QDate> &closedMonths);

private:
    Result<QList<QDate>> closedMonths() const;
    Result<PricingPartner> settledAs(const QDate &closed, const QByteArray &partnerId,
                                     const domain::RuleBook &book) const;
    Status refreshTotals(const QDate &open, const QByteArray &partnerId);

    QSqlDatabase m_db;
};

} // namespace pd::storage
