#pragma once

#include "DealRows.h"
#include "Result.h"
#include "StatementCache.h"

#include <QHash>
#include <QJsonObject>
#include <QSet>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <utility>

#include <optional>

namespace pd::sync::client {

// One synced record as the feed and the local tables both know it.
struct RecordKey
{
    QString entity;
    QString id;
    bool operator==(const RecordKey &o) const { return entity == o.entity && id == o.id; }
};
inline size_t qHash(const RecordKey &k, size_t seed = 0)
{
    return ::qHash(k.entity, seed) ^ ::qHash(k.id, seed + 1);
}

// The local tables behind the synced entities: reading a record's synced fields, writing a pulled
// record (with the derived deal columns, products and competing pairs), deleting one with its local
// children. Works inside the caller's transaction; column names come from EntitySchema, never input.
class SyncTables final
{
public:
    explicit SyncTables(QSqlDatabase db);

    // Entities parents first (the order of an initial upload and of applying one page).
    static QStringList entitiesParentsFirst();
    static QString table(const QString &entity);
    static QString idColumn(const QString &entity);

    // The record's synced fields, nullopt when the row does not exist.
    Result<std::optional<QJsonObject>> read(const QString &entity, const QString &id) const;
    // Inserts or updates the row with these fields (absent fields keep their value or default) and the
    // server's version. Fails when the parent row is missing (see parentMissing) or a constraint breaks.
    // `exists` is what the caller already knows of the row (a page's lookup): nullopt looks it up; a
    // row said to exist that is gone (deleted with its parent) is inserted.
    Status write(const QString &entity, const QString &id, const QJsonObject &fields, qint64 version,
                 std::optional<bool> exists = std::nullopt);
    // Sets some fields of an existing row without touching its version.
    Status update(const QString &entity, const QString &id, const QJsonObject &fields);
    // What a direct insert of a new row needs (PulledPage): the entity's synced columns with their
    // NOT NULL flag and default, whether it has created_at/updated_at, and its parents (field, table).
    struct InsertColumn
    {
        QString name;
        bool notNull = false;
        QVariant defaultValue;
    };
    QList<InsertColumn> insertColumns(const QString &entity) const;
    bool hasTimestamps(const QString &entity) const;
    static QList<std::pair<QString, QString>> parentTables(const QString &entity);
    // Deletes the row and its local children (people of a partner, extensions of a deal, ...).
    // Returns how many rows went.
    Result<int> remove(const QString &entity, const QString &id);
    // Whether the row's parent (partner of a person, ...) is missing locally; false for top-level ones.
    Result<bool> parentMissing(const QString &entity, const QJsonObject &fields) const;
    Result<qint64> localVersion(const QString &entity, const QString &id) const;
    // Which of these ids of one entity have a local row: one query per few hundred ids.
    Result<QSet<QString>> existing(const QString &entity, const QStringList &ids) const;

    // Every record's key, and the number of records, over all synced tables.
    Result<QList<RecordKey>> keys() const;
    Result<qint64> count() const;
    // entity → id → fields of every local record: what tests and the CLI compare with the server.
    Result<QHash<QString, QHash<QString, QJsonObject>>> snapshot() const;

    // After deals or their extensions/feedback changed: derived columns, products and competing pairs.
    Status refreshDeals(const QSet<QString> &dealIds);

private:
    QJsonValue toJson(const QString &entity, const QString &field, const QVariant &stored) const;
    QVariant toStored(const QString &entity, const QString &field, const QJsonValue &value) const;
    struct Column
    {
        bool notNull = false;
        QVariant defaultValue;
    };
    const QHash<QString, Column> &columns(const QString &entity) const;

    Status insert(const QString &entity, const QString &id, const QJsonObject &fields, qint64 version,
                  const QString &now);

    QSqlDatabase m_db;
    mutable StatementCache m_sql;
    storage::DealRows m_dealRows;
    mutable QHash<QString, QHash<QString, Column>> m_columns;
};

} // namespace pd::sync::client
