#pragma once

#include "Result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace pd::storage {

// A local change waiting to be pushed to the sync server.
struct Mutation
{
    qint64 seq = 0;
    QString mutationId; // UUID; the server answers a retry of the same id with the same result
    QString entity;
    QString entityId;
    QString op; // "upsert" or "delete"
    qint64 baseVersion = 0;
    QJsonObject fields;
    QDateTime createdAt;
    QString state; // "pending", "rejected"
};

// The queue of local changes for sync. Writes happen inside the caller's transaction.
class Outbox final
{
public:
    explicit Outbox(QSqlDatabase db) : m_db(std::move(db)) {}

    // Adds a mutation and returns its id.
    Result<QString> enqueue(const QString &entity, const QString &entityId, const QString &op, qint64 baseVersion,
                            const QJsonObject &fields, const QDateTime &at);
    Result<QList<Mutation>> pending(int limit = 1000) const;
    Result<qint64> pendingCount() const;

private:
    QSqlDatabase m_db;
};

} // namespace pd::storage
