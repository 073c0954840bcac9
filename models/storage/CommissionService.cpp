#include "CommissionService.h"

#include "AuditLog.h"
#include "CommissionCorrections.h"
#include "CommissionLineWriter.h"
#include "CommissionPricer.h"
#include "CommissionReadThread.h"
#include "SqliteStatement.h"
#include "Database.h"
#include "ProgramRulesRepository.h"
#include "SqlUtil.h"
#include "TierService.h"
#include "ChangeRecorder.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSet>

#include <sqlite3.h>

#include <optional>

namespace pd::storage {

using namespace pd::domain;

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(pd::storage::CommissionService)
};

QString monthText(const QDate &month)
{
    return month.toString(QStringLiteral("yyyy-MM"));
}

QByteArray key(const QDate &month)
{
    return sql::toStored(month).toUtf8();
}

// The writing connection's page cache while the recompute runs, and the connection's own size afterwards. 8 MB
// holds the pages the B-trees grow at and their inner pages; the dirty pages go into the write-ahead log while
// the writer waits for the pricing (writeFrom), so a cache the size of the month's rows gains nothing, and its
// fresh memory costs a page fault per page (64 MB took the first recompute of a process 100 ms longer).
class LargerPageCache final
{
public:
    explicit LargerPageCache(sqlite3 *db) : m_db(db)
    {
        SqliteStatement get(m_db);
        if (get.prepare("PRAGMA cache_size", {})) {
            if (auto row = get.step(); row && row.value())
                m_previous = get.integer(0);
        }
        if (m_previous != 0 && m_previous != kJobCacheKiB)
            set(kJobCacheKiB);
    }
    ~LargerPageCache()
    {
        if (m_previous != 0 && m_previous != kJobCacheKiB)
            set(m_previous);
    }
    LargerPageCache(const LargerPageCache &) = delete;
    LargerPageCache &operator=(const LargerPageCache &) = delete;

private:
    static constexpr qint64 kJobCacheKiB = -8192; // negative: KiB, so 8 MB whatever the page size

    void set(qint64 size)
    {
        SqliteStatement pragma(m_db);
        // PRAGMA takes no bound parameters; the size is an integer from this file or from SQLite itself.
        const QByteArray sql = "PRAGMA cache_size = " + QByteArray::number(size);
        if (pragma.prepare(sql.constData(), {}))
            (void)pragma.run();
    }

    sqlite3 *m_db;
    qint64 m_previous = 0;
};

// SQLite 3.40 evaluates the CHECK (kind IN (...)) of commission_lines by building and dropping a temporary
// B-tree for every inserted row (over half of a recompute's CPU time in callgrind). The recompute binds only
// keys from the LineKind enum, so it skips CHECK constraints for its own inserts and turns them back on.
class TrustedLineInserts final
{
public:
    explicit TrustedLineInserts(sqlite3 *db) : m_db(db) { set("PRAGMA ignore_check_constraints = ON"); }
    ~TrustedLineInserts() { set("PRAGMA ignore_check_constraints = OFF"); }
    TrustedLineInserts(const TrustedLineInserts &) = delete;
    TrustedLineInserts &operator=(const TrustedLineInserts &) = delete;

private:
    void set(const char *sql)
    {
        SqliteStatement pragma(m_db);
        if (pragma.prepare(sql, {}))
            (void)pragma.run();
    }

    sqlite3 *m_db;
};

// Lines stored between two flushes of the page cache while the writer waits for the pricing (see writeFrom).
constexpr qsizetype kLinesPerCacheFlush = 8192;

QDate lastDayOf(const QDate &month)
{
    return month.addMonths(1).addDays(-1);
}

} // namespace

CommissionService::CommissionService(QSqlDatabase db, const Clock &clock, QString actor)
    : m_db(std::move(db)), m_clock(clock), m_actor(std::move(actor))
{}

CommissionService::~CommissionService() = default;

BackgroundCheckpoint::Done CommissionService::waitForCheckpoint()
{
    const BackgroundCheckpoint::Done done = m_checkpoint ? m_checkpoint->wait() : BackgroundCheckpoint::Done();
    m_checkpoint.reset();
    return done;
}

QDate CommissionService::monthOf(const QDate &date)
{
    return date.isValid() ? QDate(date.year(), date.month(), 1) : QDate();
}

Result<QList<SettlementPeriod>> CommissionService::periods() const
{
    auto q = sql::exec(m_db, QStringLiteral("SELECT month, state, computed_at, closed_at, closed_by, total_minor, "
                                            "line_count FROM settlement_periods ORDER BY month"));
    if (!q)
        return q.error();
    QList<SettlementPeriod> list;
    while (q.value().next()) {
        const QSqlQuery &r = q.value();
        SettlementPeriod p;
        p.month = sql::dateFromStored(r.value(0).toString());
        p.state = r.value(1).toString() == QLatin1String("closed") ? PeriodState::Closed : PeriodState::Open;
        p.computedAt = sql::dateTimeFromStored(r.value(2).toString());
        p.closedAt = sql::dateTimeFromStored(r.value(3).toString());
        p.closedBy = r.value(4).toString();
        p.totalMinor = r.value(5).toLongLong();
        p.lineCount = r.value(6).toInt();
        list.append(p);
    }
    return list;
}

Result<SettlementPeriod> CommissionService::period(const QDate &month) const
{
    auto all = periods();
    if (!all)
        return all.error();
    for (const SettlementPeriod &p : all.value()) {
        if (p.month == monthOf(month))
            return p;
    }
    SettlementPeriod p;
    p.month = monthOf(month);
    return p;
}

QDate CommissionService::tierDateOf(const QDate &month) const
{
    // The tier as evaluated on the month's last day (today for the running month), grace period included.
    const QDate asOf = std::min(lastDayOf(month), m_clock.todayUtc());
    return std::max(asOf, month);
}

Result<QHash<QByteArray, PricingPartner>> CommissionService::partnersFor(const QDate &month, const RuleBook &book) const
{
    auto tiers = TierService(m_db).evaluateAll(tierDateOf(month), book);
    if (!tiers)
        return tiers.error();
    return CommissionPricer::partnersFrom(tiers.value());
}

Result<RecomputeSummary> CommissionService::recompute(const QDate &month,
                                                      const std::function<bool(qint64, qint64)> &progress, Scope scope)
{
    if (scope == Scope::Callers)
        return recomputeIn(monthOf(month), progress, false);
    // Pages still in the write-ahead log are looked up there on every read; move them into the file first
    // (passive: it waits for nobody and a busy reader only leaves some of them in the log).
    (void)waitForCheckpoint();
    sqlite3 *handle = SqliteStatement::handleOf(m_db);
    if (handle)
        sqlite3_wal_checkpoint_v2(handle, nullptr, SQLITE_CHECKPOINT_PASSIVE, nullptr, nullptr);
    Transaction tx(m_db);
    if (!tx.isActive())
        return Error{Tr::tr("Could not start recomputing %1.").arg(monthText(month)), {}, {}};
    auto summary = recomputeIn(monthOf(month), progress, true);
    if (!summary)
        return summary;
    {
        // A first pricing leaves about 100 MB of pages in the log; they are copied into the file after the
        // commit, on a thread of its own (nothing committed depends on the copy).
        const CommitWithoutCheckpoint deferred(handle);
        if (Status s = tx.commit(); !s)
            return s.error();
    }
    m_checkpoint = BackgroundCheckpoint::start(handle);
    return summary;
}

Result<RecomputeSummary> CommissionService::close(const QDate &month, Scope scope)
{
    std::optional<Transaction> tx;
    if (scope == Scope::Own) {
        tx.emplace(m_db);
        if (!tx->isActive())
            return Error{Tr::tr("Could not start closing %1.").arg(monthText(month)), {}, {}};
    }
    auto summary = recomputeIn(monthOf(month), {}, scope == Scope::Own);
    if (!summary)
        return summary;
    const QDateTime now = m_clock.nowUtc();
    auto q = sql::exec(m_db,
                       QStringLiteral("UPDATE settlement_periods SET state = 'closed', closed_at = ?, closed_by = ? "
                                      "WHERE month = ?"),
                       {sql::toStored(now), m_actor, sql::toStored(monthOf(month))});
    if (!q)
        return q.error();
    // A person's close is audited; the demo's (in the caller's transaction) is not, like its other bulk data.
    if (scope == Scope::Own) {
        const AuditEntry entry{0,
                               now,
                               m_actor,
                               QStringLiteral("settlement_period"),
                               sql::toStored(monthOf(month)),
                               {},
                               actionText(ChangeAction::Update),
                               {},
                               {{QStringLiteral("state"), QStringLiteral("open"), QStringLiteral("closed")},
                                {QStringLiteral("total_minor"), QVariant(), summary.value().totalMinor}}};
        if (Status s = AuditLog(m_db).append(entry); !s)
            return s.error();
    }
    if (tx) {
        if (Status s = tx->commit(); !s)
            return s.error();
    }
    return summary;
}

Result<RecomputeSummary> CommissionService::recomputeIn(const QDate &month,
                                                        const std::function<bool(qint64, qint64)> &progress,
                                                        bool ownTransaction)
{
    QElapsedTimer timer;
    timer.start();
    if (!month.isValid())
        return Error{Tr::tr("The period is not a valid month."), {}, QStringLiteral("period")};
    auto state = period(month);
    if (!state)
        return state.error();
    if (state.value().state == PeriodState::Closed)
        return Error{
            Tr::tr("The period %1 is closed: its lines are settled and are not recomputed.").arg(monthText(month)),
            Tr::tr("A change to a closed period is corrected in the next open period."), QStringLiteral("period")};
    auto book = ProgramRulesRepository(m_db, m_clock, m_actor).load();
    if (!book)
        return book.error();
    auto rates = CommissionPricer::ratesFor(m_db, month);
    if (!rates)
        return rates.error();
    const ProgramRules &rules = book.value().at(month);

    sqlite3 *handle = SqliteStatement::handleOf(m_db);
    const LargerPageCache cache(handle);
    const QByteArray period = key(month);
    const QByteArray ruleFrom = key(rules.effectiveFrom);
    // With its own transaction (nothing uncommitted that another connection could not see) and a database
    // file, the tiers and the pricing run on a second thread with a read connection of their own while this
    // one deletes and writes the lines.
    std::unique_ptr<CommissionReadThread> reader =
        ownTransaction && m_parallel ? CommissionReadThread::open(handle) : nullptr;
    if (reader)
        reader->start({month, tierDateOf(month), book.value(), rules, rates.value(), ruleFrom, bool(progress)});

    CommissionLineWriter lines(handle);
    std::optional<TrustedLineInserts> trusted(handle);
    if (Status s = lines.begin(period, ruleFrom, monthText(month)); !s)
        return s.error();
    QHash<QByteArray, PricingPartner> partners;
    qint64 records = 0;
    if (reader) {
        if (Status s = writeFrom(*reader, lines, progress); !s)
            return s.error();
        partners = reader->partners();
        records = reader->records();
    } else {
        auto evaluated = partnersFor(month, book.value());
        if (!evaluated)
            return evaluated.error();
        partners = evaluated.value();
        CommissionPricer pricer(handle, month, rules, partners, rates.value());
        const Status priced = pricer.run(
            {}, [&](const PricedLine &l) { return lines.add(l); }, progress);
        if (!priced)
            return priced.error();
        records = pricer.records();
    }
    if (Status s = lines.finish(); !s)
        return s.error();
    trusted.reset();

    auto corrections = CommissionCorrections(m_db).postInto(month, book.value(), partners);
    if (!corrections)
        return corrections.error();

    RecomputeSummary summary;
    summary.period = month;
    summary.records = static_cast<int>(records);
    summary.corrections = corrections.value();
    summary.partners = lines.partners();
    auto figures = storePeriodFigures(month, true);
    if (!figures)
        return figures.error();
    summary.totalMinor = figures.value().first;
    summary.lines = figures.value().second;
    summary.elapsedMs = timer.elapsed();
    return summary;
}

Status CommissionService::writeFrom(CommissionReadThread &reader, CommissionLineWriter &lines,
                                    const std::function<bool(qint64, qint64)> &progress)
{
    qint64 reported = 0;
    // The pricing is the slower side: while it has no partner ready, the pages written so far go into the
    // write-ahead log, which the commit would otherwise do at the end. Not after every partner: the pages on
    // the B-trees' right edges change with every partner and would be written again each time.
    sqlite3 *handle = SqliteStatement::handleOf(m_db);
    qsizetype unflushed = 0;
    const auto flush = [&] {
        if (unflushed >= kLinesPerCacheFlush && handle) {
            sqlite3_db_cacheflush(handle); // an error here leaves the pages for the commit, which reports it
            unflushed = 0;
        }
    };
    while (auto partner = reader.take(flush)) {
        unflushed += qsizetype(partner->lines.size());
        if (Status s = lines.write(std::move(*partner)); !s) {
            reader.cancel();
            (void)reader.finish();
            return s;
        }
        // As often as the one-thread pricing reports: every 8 192 records or so.
        if (progress && reader.done() - reported >= 8192) {
            reported = reader.done();
            if (!progress(reported, reader.total())) {
                reader.cancel();
                (void)reader.finish();
                return Error{QCoreApplication::translate("pd::storage::CommissionPricer",
                                                         "Recomputing commission was cancelled."),
                             {},
                             {}};
            }
        }
    }
    return reader.finish();
}

Result<QPair<qint64, int>> CommissionService::storePeriodFigures(const QDate &month, bool computed)
{
    auto sums = sql::exec(m_db,
                          QStringLiteral("SELECT COALESCE(SUM(amount_minor), 0), COALESCE(SUM(line_count), 0) FROM "
                                         "commission_totals WHERE period = ?"),
                          {sql::toStored(month)});
    if (!sums)
        return sums.error();
    sums.value().next();
    const qint64 total = sums.value().value(0).toLongLong();
    const int count = sums.value().value(1).toInt();
    sums.value().finish();
    const QString now = sql::toStored(m_clock.nowUtc());
    auto q =
        sql::exec(m_db,
                  QStringLiteral("INSERT INTO settlement_periods (month, state, computed_at, total_minor, line_count) "
                                 "VALUES (?, 'open', ?, ?, ?) ON CONFLICT (month) DO UPDATE SET "
                                 "computed_at = CASE WHEN ? THEN excluded.computed_at ELSE computed_at END, "
                                 "total_minor = excluded.total_minor, line_count = excluded.line_count"),
                  {sql::toStored(month), computed ? QVariant(now) : QVariant(), total, count, computed ? 1 : 0});
    if (!q)
        return q.error();
    return qMakePair(total, count);
}

Result<QList<QDate>> CommissionService::postPendingCorrections()
{
    auto targets = CommissionCorrections(m_db).pendingTargets();
    if (!targets)
        return targets.error();
    QList<QDate> done;
    for (const QDate &open : targets.value()) {
        Transaction tx(m_db);
        if (!tx.isActive())
            return Error{Tr::tr("Could not start correcting %1.").arg(monthText(open)), {}, {}};
        auto book = ProgramRulesRepository(m_db, m_clock, m_actor).load();
        if (!book)
            return book.error();
        auto partners = partnersFor(open, book.value());
        if (!partners)
            return partners.error();
        auto posted = CommissionCorrections(m_db).postInto(open, book.value(), partners.value());
        if (!posted)
            return posted.error();
        if (auto figures = storePeriodFigures(open, false); !figures)
            return figures.error();
        if (Status s = tx.commit(); !s)
            return s.error();
        done.append(open);
    }
    return done;
}

Status CommissionService::setPresale(const QString &dealId, bool presale, const QString &engineer)
{
    if (!presale) {
        auto q = sql::exec(m_db, QStringLiteral("DELETE FROM deal_presales WHERE deal_id = ?"), {dealId});
        return q ? Status() : Status(q.error());
    }
    auto exists = sql::exec(m_db, QStringLiteral("SELECT 1 FROM deals WHERE id = ?"), {dealId});
    if (!exists)
        return exists.error();
    if (!exists.value().next())
        return Error{Tr::tr("There is no deal %1.").arg(dealId), {}, QStringLiteral("deal_id")};
    exists.value().finish();
    auto q = sql::exec(m_db,
                       QStringLiteral("INSERT INTO deal_presales (deal_id, engineer, noted_at) VALUES (?, ?, ?) "
                                      "ON CONFLICT (deal_id) DO UPDATE SET engineer = excluded.engineer"),
                       {dealId, engineer, sql::toStored(m_clock.nowUtc())});
    return q ? Status() : Status(q.error());
}

} // namespace pd::storage
