#include "ConsumptionWriteThread.h"

#include <utility>

namespace pd::io {

ConsumptionWriteThread::ConsumptionWriteThread(storage::ConsumptionWriter &writer) : m_writer(writer)
{
    m_batch.reserve(kBatchRows);
}

ConsumptionWriteThread::~ConsumptionWriteThread()
{
    {
        std::lock_guard lock(m_mutex);
        m_cancelled = true;
    }
    m_changed.notify_all();
    if (m_thread.joinable())
        m_thread.join();
}

void ConsumptionWriteThread::start()
{
    if (!m_thread.joinable())
        m_thread = std::thread([this] { run(); });
}

void ConsumptionWriteThread::push(domain::ConsumptionRecord &&record, qint64 line)
{
    m_batch.push_back(Item{std::move(record), line});
    if (m_batch.size() < kBatchRows)
        return;
    start();
    std::unique_lock lock(m_mutex);
    m_changed.wait(lock, [this] { return m_queue.size() < kMaxBatches || m_failed || m_cancelled; });
    if (m_failed || m_cancelled) {
        m_batch.clear();
        return;
    }
    m_queue.push_back(std::move(m_batch));
    lock.unlock();
    m_changed.notify_all();
    m_batch = Batch();
    m_batch.reserve(kBatchRows);
}

bool ConsumptionWriteThread::failed() const
{
    return m_failed.load(std::memory_order_relaxed); // asked once per row: no lock
}

void ConsumptionWriteThread::run()
{
    while (true) {
        Batch batch;
        {
            std::unique_lock lock(m_mutex);
            m_changed.wait(lock, [this] { return !m_queue.empty() || m_closed || m_cancelled; });
            if (m_cancelled || m_queue.empty())
                return; // cancelled, or closed with everything written
            batch = std::move(m_queue.front());
            m_queue.pop_front();
        }
        m_changed.notify_all(); // room in the queue
        qint64 line = 0;
        if (Status written = writeAll(batch, line); !written) {
            {
                std::lock_guard lock(m_mutex);
                m_failed = true;
                m_error = written.error();
                m_failedLine = line;
                m_queue.clear();
            }
            m_changed.notify_all();
            return;
        }
    }
}

Status ConsumptionWriteThread::writeAll(const Batch &batch, qint64 &failedLine)
{
    for (const Item &item : batch) {
        auto written = m_writer.write(item.record);
        if (!written) {
            failedLine = item.line;
            return written.error();
        }
        count(written.value());
    }
    return {};
}

void ConsumptionWriteThread::count(storage::ConsumptionWriter::Outcome outcome)
{
    switch (outcome) {
    case storage::ConsumptionWriter::Outcome::Created:
        ++m_counts.created;
        break;
    case storage::ConsumptionWriter::Outcome::Updated:
        ++m_counts.updated;
        break;
    case storage::ConsumptionWriter::Outcome::Unchanged:
        ++m_counts.unchanged;
        break;
    }
}

Result<RowImporter::Counts> ConsumptionWriteThread::finish(qint64 &failedLine)
{
    failedLine = 0;
    // The last, partial batch: with few rows in all it is written here, without a thread.
    if (!m_thread.joinable()) {
        const Status written = writeAll(std::exchange(m_batch, {}), failedLine);
        if (!written)
            return written.error();
        return m_counts;
    }
    {
        std::lock_guard lock(m_mutex);
        if (!m_failed && !m_batch.empty())
            m_queue.push_back(std::move(m_batch));
        m_closed = true;
    }
    m_changed.notify_all();
    m_thread.join();
    m_batch = Batch();
    if (m_failed) {
        failedLine = m_failedLine;
        return m_error;
    }
    return m_counts;
}

} // namespace pd::io
