#include "CommissionReadThread.h"

#include "SqliteStatement.h"
#include "TierService.h"

#include <QCoreApplication>

#include <sqlite3.h>

#include <pthread.h>

namespace pd::storage {

namespace {

// The message CommissionPricer gives for a cancelled recompute, in its translation context.
QString cancelledText()
{
    return QCoreApplication::translate("pd::storage::CommissionPricer", "Recomputing commission was cancelled.");
}

void pragma(sqlite3 *db, const char *sql)
{
    SqliteStatement statement(db);
    if (statement.prepare(sql, {}))
        (void)statement.run();
}

} // namespace

std::unique_ptr<CommissionReadThread> CommissionReadThread::open(sqlite3 *writer)
{
    // Read-write so that it can use the write-ahead log's shared memory like any other connection; query_only
    // below keeps it from writing. Only the pricing thread uses it: no mutex around every call (as Qt's own
    // connections), which was a quarter of the pricing's instructions.
    sqlite3 *reader = SqliteStatement::openSameFile(writer);
    if (!reader)
        return {};
    sqlite3_busy_timeout(reader, 5000);
    pragma(reader, "PRAGMA query_only = ON");
    // The month's consumption index and the registered deals are read once each, in order: 4 MB keeps the inner
    // pages. A larger cache only adds fresh memory, a page fault per page (64 MB: tiers and pricing 40 % slower
    // in the first recompute of a process).
    pragma(reader, "PRAGMA cache_size = -4096");
    return std::unique_ptr<CommissionReadThread>(new CommissionReadThread(reader));
}

CommissionReadThread::CommissionReadThread(sqlite3 *reader) : m_db(reader)
{}

CommissionReadThread::~CommissionReadThread()
{
    if (m_thread.joinable()) {
        cancel();
        m_thread.join();
    }
    sqlite3_close(m_db);
}

void CommissionReadThread::start(Input input)
{
    m_thread = std::thread([this, in = std::move(input)] {
        pthread_setname_np(pthread_self(), "pd-commission"); // in top, perf and gdb
        run(in);
    });
}

void CommissionReadThread::run(const Input &input)
{
    // One read transaction: the tiers, the deals and the consumption all come from the same snapshot.
    pragma(m_db, "BEGIN");
    Status status = price(input);
    pragma(m_db, "COMMIT");
    const std::lock_guard lock(m_mutex);
    m_status = std::move(status);
    m_finished = true;
    m_changed.notify_all();
}

Status CommissionReadThread::price(const Input &input)
{
    auto tiers = TierService(m_db).evaluateAll(input.tierDate, input.book);
    if (!tiers)
        return tiers.error();
    m_partners = CommissionPricer::partnersFrom(tiers.value());
    if (m_cancelled)
        return Error{cancelledText(), {}, {}};

    CommissionLineWriter::Collector collector(input.ruleFrom, [this](PartnerLines &&p) { return put(std::move(p)); });
    CommissionPricer pricer(m_db, input.month, input.rules, m_partners, input.ratesMicro);
    const auto progress = [this](qint64 done, qint64 total) {
        m_done = done;
        m_total = total;
        return !m_cancelled.load();
    };
    const Status priced = pricer.run(
        {}, [&](const PricedLine &l) { return collector.add(l); },
        input.counted ? std::function<bool(qint64, qint64)>(progress) : nullptr);
    m_records = pricer.records();
    m_done = m_records;
    if (!priced)
        return priced;
    return collector.flush();
}

Status CommissionReadThread::put(PartnerLines &&partner)
{
    std::unique_lock lock(m_mutex);
    m_changed.wait(lock, [this] { return m_queue.size() < kQueuedPartners || m_cancelled; });
    if (m_cancelled)
        return Error{cancelledText(), {}, {}};
    m_queue.push_back(std::move(partner));
    m_changed.notify_all();
    return {};
}

std::optional<PartnerLines> CommissionReadThread::take(const std::function<void()> &whileWaiting)
{
    std::unique_lock lock(m_mutex);
    if (whileWaiting && m_queue.empty() && !m_finished && !m_cancelled) {
        lock.unlock();
        whileWaiting();
        lock.lock();
    }
    m_changed.wait(lock, [this] { return !m_queue.empty() || m_finished || m_cancelled; });
    if (m_queue.empty() || m_cancelled)
        return std::nullopt;
    PartnerLines next = std::move(m_queue.front());
    m_queue.pop_front();
    m_changed.notify_all();
    return next;
}

void CommissionReadThread::cancel()
{
    const std::lock_guard lock(m_mutex);
    m_cancelled = true;
    m_changed.notify_all();
}

Status CommissionReadThread::finish()
{
    if (m_thread.joinable())
        m_thread.join();
    const std::lock_guard lock(m_mutex);
    m_queue.clear();
    return m_status;
}

} // namespace pd::storage
