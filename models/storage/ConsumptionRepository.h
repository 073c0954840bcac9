#pragma once

#include "Clock.h"
#include "Commission.h"
#include "Result.h"

#include <QSqlDatabase>
#include <QSqlQuery>

#include <memory>
#include <optional>

struct sqlite3;

namespace pd::storage {

class SqliteStatement;

// Monthly consumption records, the billing data the provider sends every month. A record is identified
// by its natural key (customer INN, month, service category, project): writing a record whose key is
// already stored replaces its partner, customer name, amount and currency and keeps its id, so importing
// the same file twice changes nothing. Amounts exclude VAT and may be negative (a refund or correction).
// A write that touches a closed settlement period is remembered (commission_dirty, by trigger) and
// becomes one clawback or top-up line per partner in the next open period when that one is recomputed.
// Consumption is billing data, not a synced entity: no outbox, no per-row audit.
class ConsumptionRepository final
{
public:
    ConsumptionRepository(QSqlDatabase db, const Clock &clock);

    // Checks one record: partner id, 10- or 12-digit customer INN, a month's first day, a currency of three
    // capital letters. The error names the field.
    static Status validate(const domain::ConsumptionRecord &record);

    // Upserts one record in its own transaction; an empty id gets a new UUID. Returns the stored id
    // (the existing one when the natural key was already stored).
    Result<QString> save(const domain::ConsumptionRecord &record);
    // Upserts all records in one transaction: all or nothing. Returns how many were written.
    Result<int> saveAll(const QList<domain::ConsumptionRecord> &records);
    Status remove(const QString &id);

    Result<std::optional<domain::ConsumptionRecord>> find(const QString &id) const;
    // One month's records, optionally of one partner, ordered by customer, category, project.
    Result<QList<domain::ConsumptionRecord>> forMonth(const QDate &month, const QString &partnerId = {}) const;
    Result<qint64> count() const;

private:
    QSqlDatabase m_db;
    const Clock &m_clock;
};

// Writes many consumption records with one prepared upsert inside the caller's transaction (CSV import,
// saveAll). Nothing is validated here: call ConsumptionRepository::validate first. New records get
// time-ordered ids, so the primary-key index grows at its end instead of at a random leaf. A bulk write
// (prepare() with the expected number of rows) raises the connection's page cache while it runs and, when
// it brings at least as many rows as the table holds, drops the table's secondary indexes and its
// closed-period insert trigger, and finish() makes them again from the SQL the database stored for them
// (sorting once beats a million random inserts) and marks the closed months the new rows touched; inside
// the caller's transaction a failure or a rollback brings everything back. A writer is used by one thread at a
// time (the importer writes from a thread of its own between prepare() and finish()).
class ConsumptionWriter final
{
public:
    enum class Outcome
    {
        Created,
        Updated,
        Unchanged
    };

    ConsumptionWriter(QSqlDatabase db, const Clock &clock);
    ~ConsumptionWriter();
    ConsumptionWriter(const ConsumptionWriter &) = delete;
    ConsumptionWriter &operator=(const ConsumptionWriter &) = delete;

    // Rows at or above which a write counts as bulk.
    static constexpr qint64 kBulkRows = 50'000;

    // `distinctKeys`: the caller guarantees that no two records it writes share a natural key (the importer
    // checks that in memory). Then a bulk write into an empty table also drops the unique indexes of the id and
    // the natural key and inserts plain rows (no conflict is possible), and finish() sorts them once.
    Status prepare(qint64 expectedRows = 0, bool distinctKeys = false);
    // A new natural key is Created; a stored one is Updated when its partner, customer name, amount or
    // currency differ, otherwise Unchanged (not even updated_at moves, no closed-period trigger fires).
    Result<Outcome> write(const domain::ConsumptionRecord &record);
    // Builds the indexes a bulk write dropped; call it before the caller commits.
    Status finish();

    // A UUID (version 7 layout) that starts with the current time in milliseconds.
    static QString newTimeOrderedId();

private:
    void nextId();

    QSqlDatabase m_db;
    const Clock &m_clock;
    sqlite3 *m_handle = nullptr;
    std::unique_ptr<SqliteStatement> m_upsert;
    QByteArray m_now;
    qint64 m_maxRowId = 0;
    bool m_plainInsert = false; // an empty table with every index deferred: no conflict target to probe
    struct Deferred
    {
        QString type; // "index" or "trigger"
        QString name;
        QString sql; // the statement that makes it again
    };
    QList<Deferred> m_deferred;
    qint64 m_savedCacheSize = 0;
    bool m_cacheRaised = false;
    bool m_checksSkipped = false;
    QByteArray m_month;        // the bound month of the current row
    QByteArray m_id;           // the last id made, 36 characters
    quint64 m_idTime = 0;      // 48-bit milliseconds
    quint64 m_idCounterHi = 0; // 12 bits
    quint64 m_idCounterLo = 0; // 62 bits
};

} // namespace pd::storage
