#include "ConsumptionWriteThread.h"

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
    std::lock_guard lock(m_mutex);
    return m_failed;
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
        for (const Item &item : batch) {
            auto written = m_writer.write(item.record);
            if (!written) {
                {
                    std::lock_guard lock(m_mutex);
                    m_failed = true;
                    m_error = written.error();
                    m_failedLine = item.line;
                    m_queue.clear();
                }
                m_changed.notify_all();
                return;
            }
            count(written.value());
        }
    }
}

void ConsumptionWriteThread::count(storage::ConsumptionWriter::Outcome outcome)
{
    switch (outcome) {
    case storage::ConsumptionWriter::Outcome::Created: ++m_counts.created; break;
    case storage::ConsumptionWriter::Outcome::Updated: ++m_counts.updated; break;
    case storage::ConsumptionWriter::Outcome::Unchanged: ++m_counts.unchanged; break;
    }
}

Result<RowImporter::Counts> ConsumptionWriteThread::finish(qint64 &failedLine)
{
    failedLine = 0;
    // The last, partial batch: with few rows in all it is written here, without a thread.
    if (!m_thread.joinable()) {
        for (const Item &item : m_batch) {
            auto written = m_writer.write(item.record);
            if (!written) {
                failedLine = item.line;
                return written.error();
            }
            count(written.value());
        }
        m_batch.clear();
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
