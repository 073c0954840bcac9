#pragma once

#include <QSqlDatabase>
#include <QString>

namespace pd::sync::client {

// The engine's connection set up for a pull while it lives, put back when it goes: a larger page cache
// (a page's rows and shadows land on index pages all over the tables, and SQLite's default 2 MB makes
// most B-tree steps a read from the OS); commits without their own fsync (synchronous NORMAL in WAL mode:
// a power cut may lose the last pages stored, never their consistency, since each page and its checkpoint
// commit together and the next pull asks for them again); and fewer WAL checkpoints (each copies the
// pages back into the database file and syncs it, and a page touched by many commits is copied once),
// with one passive checkpoint at the end.
class PullTuning final
{
public:
    explicit PullTuning(QSqlDatabase db);
    ~PullTuning();
    PullTuning(const PullTuning &) = delete;
    PullTuning &operator=(const PullTuning &) = delete;

    static constexpr qint64 kCacheKiB = 32768;
    // WAL pages between automatic checkpoints while pulling (SQLite's default is 1 000).
    static constexpr qint64 kCheckpointPages = 16384;

private:
    QSqlDatabase m_db;
    QString m_cacheBefore;
    QString m_syncBefore;
    QString m_checkpointBefore;
};

} // namespace pd::sync::client
