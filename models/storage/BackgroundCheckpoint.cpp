#include "BackgroundCheckpoint.h"

#include "SqliteStatement.h"

#include <sqlite3.h>

#include <algorithm>

#include <pthread.h>

namespace pd::storage {

CommitWithoutCheckpoint::CommitWithoutCheckpoint(sqlite3 *db) : m_db(db)
{
    if (!m_db)
        return;
    // sqlite3_wal_autocheckpoint returns nothing about the setting it replaces; PRAGMA wal_autocheckpoint does.
    sqlite3_stmt *get = nullptr;
    if (sqlite3_prepare_v2(m_db, "PRAGMA wal_autocheckpoint", -1, &get, nullptr) == SQLITE_OK
        && sqlite3_step(get) == SQLITE_ROW)
        m_previous = sqlite3_column_int(get, 0);
    sqlite3_finalize(get);
    if (m_previous > 0)
        sqlite3_wal_autocheckpoint(m_db, 0);
    else
        m_previous = -1;
}

CommitWithoutCheckpoint::~CommitWithoutCheckpoint()
{
    if (m_previous > 0)
        sqlite3_wal_autocheckpoint(m_db, m_previous);
}

std::unique_ptr<BackgroundCheckpoint> BackgroundCheckpoint::start(sqlite3 *db)
{
    sqlite3 *connection = SqliteStatement::openSameFile(db);
    if (!connection)
        return {};
    // Never a checkpoint of its own when it closes: another connection is open, and this one writes nothing.
    sqlite3_wal_autocheckpoint(connection, 0);
    return std::unique_ptr<BackgroundCheckpoint>(new BackgroundCheckpoint(connection));
}

BackgroundCheckpoint::BackgroundCheckpoint(sqlite3 *connection) : m_db(connection)
{
    m_timer.start();
    m_thread = std::thread([this] {
        pthread_setname_np(pthread_self(), "pd-checkpoint"); // in top, perf and gdb
        // A new connection knows the file is in write-ahead mode only once it has read the file's header.
        sqlite3_exec(m_db, "PRAGMA schema_version", nullptr, nullptr, nullptr);
        // Passive: it takes no lock a writer or reader waits for. An error leaves the pages in the log, where
        // readers find them, for the next checkpoint; nothing is lost either way.
        int log = 0;
        int copied = 0;
        if (sqlite3_wal_checkpoint_v2(m_db, nullptr, SQLITE_CHECKPOINT_PASSIVE, &log, &copied) == SQLITE_OK)
            m_pages = std::max(copied, 0);
    });
}

BackgroundCheckpoint::~BackgroundCheckpoint()
{
    wait();
    sqlite3_close(m_db);
}

BackgroundCheckpoint::Done BackgroundCheckpoint::wait()
{
    if (m_thread.joinable()) {
        m_thread.join();
        m_done = {double(m_timer.nsecsElapsed()) / 1e6, m_pages};
    }
    return m_done;
}

} // namespace pd::storage
