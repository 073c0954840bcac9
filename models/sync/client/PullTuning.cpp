#include "PullTuning.h"

#include "SqlUtil.h"

namespace pd::sync::client {
namespace {

QString pragma(const QSqlDatabase &db, const char *name)
{
    auto q = storage::sql::exec(db, QStringLiteral("PRAGMA %1").arg(QLatin1String(name)));
    return q && q.value().next() ? q.value().value(0).toString() : QString();
}

void set(const QSqlDatabase &db, const char *name, const QString &value)
{
    // PRAGMA takes no bound parameters; the values are integers from this file or read back from SQLite.
    // Tuning only: a pragma that does not take leaves the pull as fast as before, and no less correct.
    (void)storage::sql::exec(db, QStringLiteral("PRAGMA %1 = %2").arg(QLatin1String(name), value));
}

} // namespace

PullTuning::PullTuning(QSqlDatabase db) : m_db(std::move(db))
{
    m_cacheBefore = pragma(m_db, "cache_size");
    if (!m_cacheBefore.isEmpty() && m_cacheBefore.toLongLong() > -kCacheKiB
        && m_cacheBefore.toLongLong() < kCacheKiB / 4)
        set(m_db, "cache_size", QString::number(-kCacheKiB));
    else
        m_cacheBefore.clear();
    m_syncBefore = pragma(m_db, "synchronous");
    if (m_syncBefore.toInt() > 1)
        set(m_db, "synchronous", QStringLiteral("1"));
    else
        m_syncBefore.clear();
    m_checkpointBefore = pragma(m_db, "wal_autocheckpoint");
    if (m_checkpointBefore.toLongLong() > 0 && m_checkpointBefore.toLongLong() < kCheckpointPages)
        set(m_db, "wal_autocheckpoint", QString::number(kCheckpointPages));
    else
        m_checkpointBefore.clear();
}

PullTuning::~PullTuning()
{
    if (!m_checkpointBefore.isEmpty()) {
        set(m_db, "wal_autocheckpoint", QString::number(m_checkpointBefore.toLongLong()));
        // A passive checkpoint only shortens the log early; SQLite checkpoints it later anyway.
        (void)storage::sql::exec(m_db, QStringLiteral("PRAGMA wal_checkpoint(PASSIVE)"));
    }
    if (!m_cacheBefore.isEmpty())
        set(m_db, "cache_size", QString::number(m_cacheBefore.toLongLong()));
    if (!m_syncBefore.isEmpty())
        set(m_db, "synchronous", QString::number(m_syncBefore.toInt()));
}

} // namespace pd::sync::client
