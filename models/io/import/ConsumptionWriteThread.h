#pragma once

#include "Commission.h"
#include "ConsumptionRepository.h"
#include "Result.h"
#include "RowImporter.h"

#include <atomic>
#include <condition_variable>
#include <deque>
#include <mutex>
#include <thread>
#include <vector>

namespace pd::io {

// Writes validated consumption records through a ConsumptionWriter on a thread of its own while the caller
// reads and checks the next rows of the file: the records go over in batches through a bounded queue, so
// memory stays small however long the file. The writer's connection is used by this thread alone from the
// first push() until finish() returns (the caller's transaction stays open around it). The destructor
// stops the thread without writing what is still queued; the caller's transaction then rolls back.
class ConsumptionWriteThread final
{
public:
    explicit ConsumptionWriteThread(storage::ConsumptionWriter &writer);
    ~ConsumptionWriteThread();
    ConsumptionWriteThread(const ConsumptionWriteThread &) = delete;
    ConsumptionWriteThread &operator=(const ConsumptionWriteThread &) = delete;

    // Queues a record read on `line`; blocks while the queue is full.
    void push(domain::ConsumptionRecord &&record, qint64 line);
    // True once a write failed (finish() says how); later records are dropped.
    bool failed() const;
    // Writes what is queued, stops the thread and counts the outcomes; an Error names the line that failed.
    Result<RowImporter::Counts> finish(qint64 &failedLine);

private:
    struct Item
    {
        domain::ConsumptionRecord record;
        qint64 line = 0;
    };
    using Batch = std::vector<Item>;
    static constexpr std::size_t kBatchRows = 2048;
    static constexpr std::size_t kMaxBatches = 8;

    void start();
    void run();
    void count(storage::ConsumptionWriter::Outcome outcome);
    // Writes the batch's records in order; on a failure, the error and the line of the record that failed.
    Status writeAll(const Batch &batch, qint64 &failedLine);

    storage::ConsumptionWriter &m_writer;
    Batch m_batch; // filled by the caller's thread
    mutable std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<Batch> m_queue;
    bool m_closed = false; // no more batches come
    bool m_cancelled = false;
    std::atomic<bool> m_failed = false; // also read without the lock by failed()
    Error m_error;
    qint64 m_failedLine = 0;
    RowImporter::Counts m_counts; // written by the thread, read after it ended
    std::thread m_thread;
};

} // namespace pd::io
