#pragma once

#include <QElapsedTimer>

#include <memory>
#include <thread>

struct sqlite3;

namespace pd::storage {

// A large transaction (a month's commission lines, an import) leaves tens of megabytes of pages in the
// write-ahead log. SQLite's automatic checkpoint copies them into the database file inside the commit that put
// them there, so the person who asked for the work waits for the copy too. The commit is durable once the log
// is synced (synchronous = FULL), so the copy can as well run afterwards on a thread of its own, with a
// connection of its own, while the results are already on the screen.
//
// CommitWithoutCheckpoint turns the writing connection's automatic checkpoint off until it is destroyed;
// BackgroundCheckpoint::start then runs one passive checkpoint (it waits for nobody: pages a reader still needs
// stay in the log until the next checkpoint). Destroying a BackgroundCheckpoint waits for it.
class CommitWithoutCheckpoint final
{
public:
    explicit CommitWithoutCheckpoint(sqlite3 *db);
    ~CommitWithoutCheckpoint();
    CommitWithoutCheckpoint(const CommitWithoutCheckpoint &) = delete;
    CommitWithoutCheckpoint &operator=(const CommitWithoutCheckpoint &) = delete;

private:
    sqlite3 *m_db;
    int m_previous = -1; // the connection's automatic checkpoint, in pages; -1 if it was not changed
};

class BackgroundCheckpoint final
{
public:
    // Null for a database without a file of its own (in memory) or when the second connection cannot open;
    // SQLite's next automatic checkpoint then does the work.
    static std::unique_ptr<BackgroundCheckpoint> start(sqlite3 *db);
    ~BackgroundCheckpoint();
    BackgroundCheckpoint(const BackgroundCheckpoint &) = delete;
    BackgroundCheckpoint &operator=(const BackgroundCheckpoint &) = delete;

    struct Done
    {
        double ms = 0; // from the checkpoint's start to its end
        int pages = 0; // pages copied into the database file
    };
    // Waits for the checkpoint.
    Done wait();

private:
    explicit BackgroundCheckpoint(sqlite3 *connection);

    sqlite3 *m_db;
    std::thread m_thread;
    QElapsedTimer m_timer;
    int m_pages = 0; // written by the thread, read after join()
    Done m_done;
};

} // namespace pd::storage
