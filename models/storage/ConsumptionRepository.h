#pragma once

#include "Clock.h"
#include "Commission.h"
#include "Result.h"

#include <QSqlDatabase>
#include <QSqlQuery>

#include <optional>

namespace pd::storage {

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
// demo data). Nothing is validated here: call ConsumptionRepository::validate first.
class ConsumptionWriter final
{
public:
    ConsumptionWriter(QSqlDatabase db, const Clock &clock);

    Status prepare();
    Status write(const domain::ConsumptionRecord &record);

private:
    QSqlDatabase m_db;
    const Clock &m_clock;
    QSqlQuery m_upsert;
    QString m_now;
};

} // namespace pd::storage
