#pragma once

#include "BackgroundCheckpoint.h"
#include "Clock.h"
#include "Commission.h"
#include "CommissionPricer.h"
#include "ProgramRules.h"
#include "Result.h"

#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QPair>
#include <QSqlDatabase>
#include <QString>

#include <functional>
#include <memory>

namespace pd::storage {

enum class PeriodState
{
    Open,
    Closed
};

// One monthly settlement period. A month with no stored row is open and has never been computed.
class CommissionLineWriter;
class CommissionReadThread;

struct SettlementPeriod
{
    QDate month; // the first day of the month
    PeriodState state = PeriodState::Open;
    QDateTime computedAt; // invalid when never computed
    QDateTime closedAt;
    QString closedBy;
    qint64 totalMinor = 0; // RUB kopecks, every line of the period (corrections included)
    int lineCount = 0;
};

// What one recompute did.
struct RecomputeSummary
{
    QDate period;
    int records = 0;       // consumption records read
    int lines = 0;         // lines stored (corrections included)
    int corrections = 0;   // clawback and top-up lines posted into this period
    int partners = 0;      // partners with at least one line
    qint64 totalMinor = 0; // RUB kopecks
    qint64 elapsedMs = 0;
};

// Prices settlement periods and keeps their lines (docs/domain.md, "Money and settlement").
//
// recompute(period) on an open period replaces its priced lines in one transaction: one query streams the
// month's consumption, the rules in force on the month's first day and each partner's tier as evaluated on
// the month's last day (TierService) price it in memory, and CommissionLineWriter stores the lines of the
// partners whose lines changed (the others' stay as they are). In its own transaction on a database file the
// tiers and the pricing run on a second thread with a read connection of their own (CommissionReadThread) while
// this connection writes, all in the one transaction; an error on either side leaves nothing written. It then posts the
// corrections that belong to this period: for every closed period before it whose consumption (or exchange rate)
// changed after closing and for which this is the next open period, one clawback (negative) or top-up line per partner
// with the difference between what that closed period would be worth now (priced with the tiers it was settled at) and
// what was settled for it so far. Closed lines are never edited or deleted.
//
// Non-RUB consumption is converted to RUB at the month's stored rate before pricing (commission::toRub);
// a missing rate stops the recompute with an error naming the month and currency, and nothing changes.
class CommissionService final
{
public:
    CommissionService(QSqlDatabase db, const Clock &clock, QString actor);
    ~CommissionService(); // waits for the last recompute's checkpoint

    Result<QList<SettlementPeriod>> periods() const;
    Result<SettlementPeriod> period(const QDate &month) const;

    // Who runs the transaction: the service itself, or a caller that already holds one (demo data).
    enum class Scope
    {
        Own,
        Callers
    };

    // Refused for a closed period. progress(done, total) counts consumption records and may return false to
    // cancel; a cancelled or failed recompute leaves the stored lines as they were.
    Result<RecomputeSummary> recompute(const QDate &month, const std::function<bool(qint64, qint64)> &progress = {},
                                       Scope scope = Scope::Own);
    // Recomputes the period (it must be open) and closes it; its lines become the settled snapshot. With
    // Scope::Own the close is recorded in the audit log.
    Result<RecomputeSummary> close(const QDate &month, Scope scope = Scope::Own);
    // Recomputes every open period that has corrections waiting (a closed period changed since it was
    // settled). Returns the periods it recomputed.
    Result<QList<QDate>> postPendingCorrections();

    // Marks a won deal as one with technical pre-sale work (an Agent's reward in the month it was won).
    Status setPresale(const QString &dealId, bool presale, const QString &engineer = {});

    // Whether a recompute in its own transaction prices on a second thread with its own read connection
    // while this connection writes (on by default; off gives the one-thread path, e.g. to compare them).
    void setParallel(bool on) { m_parallel = on; }

    // Waits until the pages of the last recompute are in the database file (a recompute in its own transaction
    // leaves that to a thread of its own, see BackgroundCheckpoint); how long that took from the commit and how
    // many pages it copied (nothing when there was nothing to wait for).
    BackgroundCheckpoint::Done waitForCheckpoint();
    // Hands the last recompute's checkpoint over to a caller that outlives this service (null if none runs).
    std::unique_ptr<BackgroundCheckpoint> takeCheckpoint() { return std::move(m_checkpoint); }

    // The month's first day of `date`.
    static QDate monthOf(const QDate &date);

private:
    Result<QHash<QByteArray, PricingPartner>> partnersFor(const QDate &month, const domain::RuleBook &book) const;
    QDate tierDateOf(const QDate &month) const;
    Result<RecomputeSummary> recomputeIn(const QDate &month, const std::function<bool(qint64, qint64)> &progress,
                                         bool ownTransaction);
    // Stores the partners that `reader` hands over until it has finished; stops it on an error or a cancel.
    Status writeFrom(CommissionReadThread &reader, CommissionLineWriter &lines,
                     const std::function<bool(qint64, qint64)> &progress);
    // Stores the period's total and line count (from commission_totals); returns them.
    Result<QPair<qint64, int>> storePeriodFigures(const QDate &month, bool computed);

    QSqlDatabase m_db;
    const Clock &m_clock;
    QString m_actor;
    bool m_parallel = true;
    std::unique_ptr<BackgroundCheckpoint> m_checkpoint;
};

} // namespace pd::storage
