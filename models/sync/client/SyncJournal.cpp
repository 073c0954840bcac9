#include "SyncJournal.h"

#include "AuditLog.h"
#include "ChangeRecorder.h"
#include "Database.h"
#include "EntitySchema.h"
#include "SqlUtil.h"
#include "SqliteStatement.h"
#include "SyncTables.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace pd::sync::client {
namespace {

QString key(const char *k)
{
    return QString::fromLatin1(k);
}

QJsonObject parseObject(const QString &text)
{
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

QString compact(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

bool isDealPart(const QString &entity)
{
    return entity == QLatin1String("deal") || entity == QLatin1String("deal_extension")
        || entity == QLatin1String("deal_feedback");
}

} // namespace

SyncJournal::SyncJournal(QSqlDatabase db) : m_db(db), m_sql(db) {}

QString SyncJournal::encodeValue(const std::optional<QJsonValue> &v)
{
    QJsonArray a;
    if (v)
        a.append(*v);
    return QString::fromUtf8(QJsonDocument(a).toJson(QJsonDocument::Compact));
}

std::optional<QJsonValue> SyncJournal::decodeValue(const QString &text)
{
    const QJsonArray a = QJsonDocument::fromJson(text.toUtf8()).array();
    if (a.isEmpty())
        return std::nullopt;
    return a.first();
}

Result<QString> SyncJournal::value(const char *k) const
{
    auto q = m_sql.exec(QStringLiteral("SELECT value FROM sync_state WHERE key = ?"), {key(k)});
    if (!q)
        return q.error();
    const QString v = q.value()->next() ? q.value()->value(0).toString() : QString();
    StatementCache::done(q.value());
    return v;
}

Status SyncJournal::setValue(const char *k, const QString &value)
{
    auto q = m_sql.exec(QStringLiteral("INSERT OR REPLACE INTO sync_state (key, value) VALUES (?, ?)"),
                        {key(k), value.isNull() ? QStringLiteral("") : value});
    return q ? Status() : Status(q.error());
}

Result<std::optional<ShadowRecord>> SyncJournal::shadow(const QString &entity, const QString &id) const
{
    auto q = m_sql.exec(QStringLiteral("SELECT version, deleted, fields FROM sync_shadow WHERE entity = ? AND id = ?"), {entity, id});
    if (!q)
        return q.error();
    if (!q.value()->next())
        return std::optional<ShadowRecord>();
    const ShadowRecord r{q.value()->value(0).toLongLong(), q.value()->value(1).toInt() != 0,
                         parseObject(q.value()->value(2).toString())};
    StatementCache::done(q.value());
    return std::optional<ShadowRecord>(r);
}

Status SyncJournal::setShadow(const QString &entity, const QString &id, const ShadowRecord &r)
{
    auto q = m_sql.exec(QStringLiteral("INSERT OR REPLACE INTO sync_shadow (entity, id, version, deleted, fields) "
                                       "VALUES (?, ?, ?, ?, ?)"),
                        {entity, id, r.version, r.deleted ? 1 : 0, compact(r.fields)});
    return q ? Status() : Status(q.error());
}

Result<bool> SyncJournal::isProtected(const QString &entity, const QString &id) const
{
    auto q = m_sql.exec(QStringLiteral("SELECT EXISTS (SELECT 1 FROM outbox WHERE entity = ? AND entity_id = ? AND "
                                       "state = 'pending') OR EXISTS (SELECT 1 FROM sync_conflicts WHERE entity = ? "
                                       "AND entity_id = ? AND resolved_at IS NULL)"),
                        {entity, id, entity, id});
    if (!q)
        return q.error();
    const bool prot = q.value()->next() && q.value()->value(0).toInt() != 0;
    StatementCache::done(q.value());
    return prot;
}

Result<std::optional<QSet<QString>>> SyncJournal::heldFields(const QString &entity, const QString &id) const
{
    QSet<QString> held;
    auto q = m_sql.exec(QStringLiteral("SELECT op, fields FROM outbox WHERE entity = ? AND entity_id = ? AND state = 'pending'"),
                        {entity, id});
    if (!q)
        return q.error();
    bool deleting = false;
    while (q.value()->next()) {
        if (q.value()->value(0).toString() == QLatin1String("delete"))
            deleting = true;
        const QJsonObject fields = parseObject(q.value()->value(1).toString());
        for (auto it = fields.begin(); it != fields.end(); ++it)
            held.insert(it.key());
    }
    auto c = m_sql.exec(QStringLiteral("SELECT field FROM sync_conflicts WHERE entity = ? AND entity_id = ? AND resolved_at IS NULL"),
                        {entity, id});
    if (!c)
        return c.error();
    while (c.value()->next()) {
        const QString field = c.value()->value(0).toString();
        deleting = deleting || field == QLatin1String("deleted");
        held.insert(field);
    }
    if (deleting)
        return std::optional<QSet<QString>>();
    return std::optional<QSet<QString>>(held);
}

Result<int> SyncJournal::closeConflictsOfDeleted(const QString &entity, const QString &id)
{
    // Settled by this client's own deletion, which the server took: "mine".
    auto q = m_sql.exec(QStringLiteral("UPDATE sync_conflicts SET resolved_at = ?, resolution = 'mine' WHERE entity = ? "
                                       "AND entity_id = ? AND resolved_at IS NULL"),
                        {storage::sql::toStored(QDateTime::currentDateTimeUtc()), entity, id});
    if (!q)
        return q.error();
    return int(q.value()->numRowsAffected());
}

Result<QHash<QString, qint64>> SyncJournal::shadowVersions(const QString &entity, const QStringList &ids) const
{
    QHash<QString, qint64> versions;
    if (Status s = StatementCache::eachInList(m_db, QStringLiteral("SELECT id, version FROM sync_shadow WHERE entity = ? AND id IN (%1)"),
                                              {entity.toUtf8()}, ids,
                                              [&](const storage::SqliteStatement &q) {
                                                  versions.insert(QString::fromUtf8(q.textView(0)), q.integer(1));
                                              });
        !s)
        return s.error();
    return versions;
}

Result<QSet<QString>> SyncJournal::protectedIds(const QString &entity, const QStringList &ids) const
{
    QSet<QString> found;
    for (qsizetype from = 0; from < ids.size(); from += StatementCache::kInListChunk) {
        const QStringList chunk = ids.mid(from, StatementCache::kInListChunk);
        const QString marks = StatementCache::placeholders(chunk.size());
        QVariantList values{entity};
        values.append(QVariantList(chunk.begin(), chunk.end()));
        values.append(entity);
        values.append(QVariantList(chunk.begin(), chunk.end()));
        auto q = m_sql.exec(QStringLiteral("SELECT entity_id FROM outbox WHERE entity = ? AND entity_id IN (%1) AND state = 'pending' "
                                           "UNION SELECT entity_id FROM sync_conflicts WHERE entity = ? AND entity_id IN (%1) "
                                           "AND resolved_at IS NULL")
                                .arg(marks),
                            values);
        if (!q)
            return q.error();
        while (q.value()->next())
            found.insert(q.value()->value(0).toString());
    }
    return found;
}

Result<QString> SyncJournal::labelOf(const QString &entity, const QString &id) const
{
    QString column;
    if (entity == QLatin1String("partner") || entity == QLatin1String("person"))
        column = QStringLiteral("name");
    else if (entity == QLatin1String("deal"))
        column = QStringLiteral("customer_name");
    else if (entity == QLatin1String("course"))
        column = QStringLiteral("title");
    if (!column.isEmpty()) {
        auto q = m_sql.exec(QStringLiteral("SELECT %1 FROM %2 WHERE id = ?").arg(column, SyncTables::table(entity)), {id});
        if (!q)
            return q.error();
        if (q.value()->next()) {
            const QString label = q.value()->value(0).toString();
            StatementCache::done(q.value());
            return label;
        }
        auto s = shadow(entity, id);
        if (s && s.value() && s.value()->fields.contains(column))
            return s.value()->fields.value(column).toString();
    }
    return id;
}

Result<QList<OutboxEntry>> SyncJournal::outbox(const QString &state, int limit, bool labels) const
{
    auto q = storage::sql::exec(m_db,
                                QStringLiteral("SELECT seq, mutation_id, entity, entity_id, op, base_version, fields, created_at, "
                                               "state, last_error FROM outbox WHERE state = ? ORDER BY seq LIMIT ?"),
                                {state, limit});
    if (!q)
        return q.error();
    QList<OutboxEntry> list;
    while (q.value().next()) {
        const QSqlQuery &r = q.value();
        OutboxEntry e{r.value(0).toLongLong(), r.value(1).toString(), r.value(2).toString(), r.value(3).toString(),
                      r.value(4).toString(), r.value(5).toLongLong(), parseObject(r.value(6).toString()),
                      storage::sql::dateTimeFromStored(r.value(7).toString()), r.value(8).toString(),
                      r.value(9).toString(), {}};
        list.append(e);
    }
    for (OutboxEntry &e : list) {
        if (!labels)
            break;
        auto label = labelOf(e.entity, e.entityId);
        e.recordLabel = label ? label.value() : e.entityId;
    }
    return list;
}

Result<QList<SyncConflict>> SyncJournal::openConflicts() const
{
    auto q = storage::sql::exec(m_db,
                                QStringLiteral("SELECT id, entity, entity_id, field, mine, theirs, base, server_version, "
                                               "server_deleted, mutation_id, detected_at FROM sync_conflicts "
                                               "WHERE resolved_at IS NULL ORDER BY id"));
    if (!q)
        return q.error();
    QList<SyncConflict> list;
    while (q.value().next()) {
        const QSqlQuery &r = q.value();
        SyncConflict c;
        c.id = r.value(0).toLongLong();
        c.entity = r.value(1).toString();
        c.entityId = r.value(2).toString();
        c.field = r.value(3).toString();
        c.mine = decodeValue(r.value(4).toString());
        c.theirs = decodeValue(r.value(5).toString());
        c.base = decodeValue(r.value(6).toString());
        c.serverVersion = r.value(7).toLongLong();
        c.serverDeleted = r.value(8).toInt() != 0;
        c.mutationId = r.value(9).toString();
        c.detectedAt = storage::sql::dateTimeFromStored(r.value(10).toString());
        list.append(c);
    }
    for (SyncConflict &c : list) {
        auto label = labelOf(c.entity, c.entityId);
        c.recordLabel = label ? label.value() : c.entityId;
    }
    return list;
}

Result<SyncOverview> SyncJournal::overview() const
{
    auto q = storage::sql::exec(m_db,
                                QStringLiteral("SELECT (SELECT count(*) FROM outbox WHERE state = 'pending'), "
                                               "(SELECT count(*) FROM outbox WHERE state = 'rejected'), "
                                               "(SELECT count(*) FROM sync_conflicts WHERE resolved_at IS NULL)"));
    if (!q)
        return q.error();
    SyncOverview o;
    if (q.value().next()) {
        o.pending = q.value().value(0).toLongLong();
        o.rejected = q.value().value(1).toLongLong();
        o.conflicts = q.value().value(2).toLongLong();
    }
    auto last = value(kLastSyncAt);
    if (!last)
        return last.error();
    o.lastSyncAt = storage::sql::dateTimeFromStored(last.value());
    auto error = value(kLastError);
    if (!error)
        return error.error();
    o.lastError = error.value();
    auto server = value(kServer);
    if (!server)
        return server.error();
    o.server = server.value();
    auto mass = value(kMassDelete);
    if (!mass)
        return mass.error();
    o.massDeletePending = mass.value().toLongLong();
    return o;
}

Status SyncJournal::revertToShadow(const QString &entity, const QString &id)
{
    auto s = shadow(entity, id);
    if (!s)
        return s.error();
    SyncTables tables(m_db);
    if (!s.value() || s.value()->deleted)
        return {}; // nothing known on the server: the local record stays as the user made it
    auto missing = tables.parentMissing(entity, s.value()->fields);
    if (!missing)
        return missing.error();
    if (missing.value())
        return {};
    if (Status st = tables.write(entity, id, s.value()->fields, s.value()->version); !st)
        return st;
    if (isDealPart(entity)) {
        const QString dealId = entity == QLatin1String("deal") ? id : s.value()->fields.value(QStringLiteral("deal_id")).toString();
        return tables.refreshDeals({dealId});
    }
    return {};
}

Status SyncJournal::dismissRejected(qint64 seq)
{
    storage::Transaction tx(m_db);
    if (!tx.isActive())
        return Error{tr("Could not change the database: it is busy or read-only."), {}, {}};
    auto q = storage::sql::exec(m_db, QStringLiteral("SELECT entity, entity_id FROM outbox WHERE seq = ? AND state = 'rejected'"), {seq});
    if (!q)
        return q.error();
    if (!q.value().next())
        return Error{tr("That rejected change is no longer in the list."), {}, {}};
    const QString entity = q.value().value(0).toString();
    const QString id = q.value().value(1).toString();
    auto del = storage::sql::exec(m_db, QStringLiteral("DELETE FROM outbox WHERE seq = ?"), {seq});
    if (!del)
        return del.error();
    auto prot = isProtected(entity, id);
    if (!prot)
        return prot.error();
    if (!prot.value()) {
        if (Status st = revertToShadow(entity, id); !st)
            return st;
    }
    return tx.commit();
}

Status SyncJournal::resolve(qint64 conflictId, Choice choice, const QJsonValue &edited, const QString &actor)
{
    storage::Transaction tx(m_db);
    if (!tx.isActive())
        return Error{tr("Could not change the database: it is busy or read-only."), {}, {}};
    auto q = storage::sql::exec(m_db,
                                QStringLiteral("SELECT entity, entity_id, field, mine, theirs, server_version FROM sync_conflicts "
                                               "WHERE id = ? AND resolved_at IS NULL"),
                                {conflictId});
    if (!q)
        return q.error();
    if (!q.value().next())
        return Error{tr("That conflict is already resolved."), {}, {}};
    const QString entity = q.value().value(0).toString();
    const QString id = q.value().value(1).toString();
    const QString field = q.value().value(2).toString();
    const std::optional<QJsonValue> mine = decodeValue(q.value().value(3).toString());
    const std::optional<QJsonValue> theirs = decodeValue(q.value().value(4).toString());
    const qint64 serverVersion = q.value().value(5).toLongLong();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    SyncTables tables(m_db);
    storage::ChangeRecorder recorder(m_db, now, actor);
    auto localFields = tables.read(entity, id);
    if (!localFields)
        return localFields.error();
    const QString parentField = entitySchema::parentField(entity);

    if (field == QLatin1String("deleted")) {
        if (choice == Choice::Edited)
            return Error{tr("A deleted record has no value to edit: keep it or let it go."), {}, {}};
        // Edits queued while the deletion waited go in what is recorded now (the whole row, or its deletion).
        auto queued = storage::sql::exec(m_db, QStringLiteral("DELETE FROM outbox WHERE entity = ? AND entity_id = ? AND state = 'pending'"),
                                         {entity, id});
        if (!queued)
            return queued.error();
        const bool deleteIt = (choice == Choice::Mine ? mine : theirs).value_or(QJsonValue(false)).toBool();
        if (deleteIt) {
            const QJsonObject before = localFields.value().value_or(QJsonObject());
            if (localFields.value()) {
                auto removed = tables.remove(entity, id);
                if (!removed)
                    return removed.error();
            }
            if (Status st = recorder.record(entity, id, before.value(parentField).toString(), QStringLiteral("delete"),
                                            serverVersion, {}, storage::ChangeRecorder::deleted(before));
                !st)
                return st;
        } else {
            QJsonObject keep;
            if (localFields.value()) {
                keep = *localFields.value();
            } else {
                auto s = shadow(entity, id);
                if (!s)
                    return s.error();
                if (!s.value() || s.value()->fields.isEmpty()) {
                    // Deleted here and on the server since: nothing is left to keep, the deletion decides.
                    auto done = storage::sql::exec(m_db, QStringLiteral("UPDATE sync_conflicts SET resolved_at = ?, resolution = ? "
                                                                        "WHERE id = ?"),
                                                   {storage::sql::toStored(now), choice == Choice::Mine ? QStringLiteral("mine")
                                                                                                       : QStringLiteral("theirs"),
                                                    conflictId});
                    if (!done)
                        return done.error();
                    return tx.commit();
                }
                keep = s.value()->fields;
                auto missing = tables.parentMissing(entity, keep);
                if (!missing)
                    return missing.error();
                if (missing.value())
                    return Error{tr("The record it belongs to was deleted; restore that one first."), {}, {}};
                if (Status st = tables.write(entity, id, keep, serverVersion); !st)
                    return st;
            }
            if (Status st = recorder.record(entity, id, keep.value(parentField).toString(), QStringLiteral("create"),
                                            serverVersion, keep, storage::ChangeRecorder::created(keep));
                !st)
                return st;
        }
    } else {
        QJsonValue value;
        if (choice == Choice::Mine)
            value = mine.value_or(QJsonValue(QJsonValue::Null));
        else if (choice == Choice::Theirs)
            value = theirs.value_or(QJsonValue(QJsonValue::Null));
        else
            value = edited;
        if (const QString why = entitySchema::fieldRefusal(entity, field, value); !why.isEmpty())
            return Error{tr("The value is not valid: %1.").arg(why), {}, field};
        // A record deleted here after the conflict was found: its deletion (queued, or a conflict of its
        // own) decides, so the field's conflict is settled with no change of its own.
        if (localFields.value()) {
            const QJsonValue old = localFields.value()->value(field);
            if (Status st = tables.update(entity, id, {{field, value}}); !st)
                return st;
            if (Status st = recorder.record(entity, id, localFields.value()->value(parentField).toString(),
                                            QStringLiteral("update"), serverVersion, {{field, value}},
                                            {storage::FieldChange{field, old.toVariant(), value.toVariant()}});
                !st)
                return st;
        }
    }
    if (isDealPart(entity)) {
        const QString dealId = entity == QLatin1String("deal") ? id
            : localFields.value() ? localFields.value()->value(QStringLiteral("deal_id")).toString() : QString();
        if (Status st = tables.refreshDeals({dealId}); !st)
            return st;
    }
    const QString how = choice == Choice::Mine ? QStringLiteral("mine")
        : choice == Choice::Theirs             ? QStringLiteral("theirs")
                                               : QStringLiteral("edited");
    auto done = storage::sql::exec(m_db, QStringLiteral("UPDATE sync_conflicts SET resolved_at = ?, resolution = ? WHERE id = ?"),
                                   {storage::sql::toStored(now), how, conflictId});
    if (!done)
        return done.error();
    return tx.commit();
}

} // namespace pd::sync::client
