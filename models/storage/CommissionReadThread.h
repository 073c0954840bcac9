#pragma once

#include "CommissionLineWriter.h"
#include "CommissionPricer.h"
#include "ProgramRules.h"
#include "Result.h"

#include <QByteArray>
#include <QDate>
#include <QHash>

#include <atomic>
#include <condition_variable>
#include <deque>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <thread>

struct sqlite3;

namespace pd::storage {

// The reading half of a month's recompute on a thread of its own: its own read-only connection to the same
// database file evaluates the tiers (TierService), prices the month (CommissionPricer) and groups and digests
// the lines partner by partner (CommissionLineWriter::Collector), handing each partner over through a
// bounded queue to the thread that owns the write connection and stores them in its transaction.
//
// The writer must already hold its write transaction (BEGIN IMMEDIATE) when start() is called: nobody else
// can commit from then on, so this connection's snapshot is what the writer sees too. An error on either
// side stops both: cancel() wakes the reader, take() then returns nothing and finish() the reader's error.
class CommissionReadThread final
{
public:
    // What the reader needs, all read by the writer's connection beforehand.
    struct Input
    {
        QDate month;
        QDate tierDate; // the day the tiers are evaluated on
        domain::RuleBook book;
        domain::ProgramRules rules; // in force for the month
        QHash<QByteArray, qint64> ratesMicro;
        QByteArray ruleFrom;  // the stored effective date of `rules`
        bool counted = false; // count the month's records first, for done() / total()
    };

    // Opens the read connection to the file of `writer`; nullopt for a database without a file (in memory,
    // temporary), which then has to be recomputed on one connection.
    static std::unique_ptr<CommissionReadThread> open(sqlite3 *writer);

    ~CommissionReadThread(); // cancels and joins a reader still running
    CommissionReadThread(const CommissionReadThread &) = delete;
    CommissionReadThread &operator=(const CommissionReadThread &) = delete;

    void start(Input input);
    // The next partner's lines, in partner order; nullopt once the reader has finished (or failed). When none
    // is ready yet, `whileWaiting` (if set) runs first, outside the lock, before the wait for one.
    std::optional<PartnerLines> take(const std::function<void()> &whileWaiting = {});
    // Stops the reader at its next record or partner.
    void cancel();
    // Waits for the reader; its status (an error of the tiers or of the pricing, or the cancellation).
    Status finish();

    // Valid after finish().
    const QHash<QByteArray, PricingPartner> &partners() const { return m_partners; }
    qint64 records() const { return m_records; }
    // Records priced so far and the month's total (0 until counted); any thread.
    qint64 done() const { return m_done.load(); }
    qint64 total() const { return m_total.load(); }

private:
    explicit CommissionReadThread(sqlite3 *reader);
    void run(const Input &input);
    Status price(const Input &input);
    Status put(PartnerLines &&partner);

    static constexpr size_t kQueuedPartners = 32; // about 7 000 lines at 2 000 partners a month

    sqlite3 *m_db;
    std::thread m_thread;
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<PartnerLines> m_queue;
    bool m_finished = false;
    std::atomic<bool> m_cancelled = false;
    Status m_status;
    QHash<QByteArray, PricingPartner> m_partners;
    qint64 m_records = 0;
    std::atomic<qint64> m_done = 0;
    std::atomic<qint64> m_total = 0;
};

} // namespace pd::storage
