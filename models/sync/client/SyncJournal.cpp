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

SyncJournal::SyncJournal(QSqlDatabase db) : m_db(db), m_sql(db)
{}

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
    auto q = m_sql.exec(QStringLiteral("SELECT version, deleted, fields FROM sync_shadow WHERE entity = ? AND id = ?"),
                        {entity, id});
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
    auto q = m_sql.exec(
        QStringLiteral("SELECT op, fields FROM outbox WHERE entity = ? AND entity_id = ? AND state = 'pending'"),
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
    auto c = m_sql.exec(
        QStringLiteral("SELECT field FROM sync_conflicts WHERE entity = ? AND entity_id = ? AND resolved_at IS NULL"),
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
    auto q =
        m_sql.exec(QStringLiteral("UPDATE sync_conflicts SET resolved_at = ?, resolution = 'mine' WHERE entity = ? "
                                  "AND entity_id = ? AND resolved_at IS NULL"),
                   {storage::sql::toStored(QDateTime::currentDateTimeUtc()), entity, id});
    if (!q)
        return q.error();
    return int(q.value()->numRowsAffected());
}

Result<QHash<QString, qint64>> SyncJournal::shadowVersions(const QString &entity, const QStringList &ids) const
{
    QHash<QString, qint64> versions;
    if (Status s = StatementCache::eachInList(
            m_db, QStringLiteral("SELECT id, version FROM sync_shadow WHERE entity = ? AND id IN (%1)"),
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
        auto q = m_sql.exec(
            QStringLiteral("SELECT entity_id FROM outbox WHERE entity = ? AND entity_id IN (%1) AND state = 'pending' "
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
    else if (entity == QLatin1String("compat_certification"))
        column = QStringLiteral("product_name");
    // A record with no name of its own is known by the one it belongs to (an extension by its deal).
    const QString parentField = entitySchema::parentField(entity);
    const bool byParent = column.isEmpty() && !parentField.isEmpty();
    if (byParent)
        column = parentField;
    if (column.isEmpty() || SyncTables::table(entity).isEmpty())
        return id;
    QString found;
    auto q = m_sql.exec(QStringLiteral("SELECT %1 FROM %2 WHERE %3 = ?")
                            .arg(column, SyncTables::table(entity), SyncTables::idColumn(entity)),
                        {id});
    if (!q)
        return q.error();
    if (q.value()->next())
        found = q.value()->value(0).toString();
    StatementCache::done(q.value());
    if (found.isEmpty()) {
        auto s = shadow(entity, id);
        if (s && s.value() && s.value()->fields.contains(column))
            found = s.value()->fields.value(column).toString();
    }
    if (found.isEmpty())
        return id;
    if (byParent)
        return labelOf(entitySchema::parentEntity(entity), found);
    return found;
}

QString SyncJournal::recordLabel(const QString &entity, const QString &id) const
{
    auto label = labelOf(entity, id);
    return label ? label.value() : id;
}

Result<QList<OutboxEntry>> SyncJournal::outbox(const QString &state, int limit, bool labels) const
{
    auto q = storage::sql::exec(
        m_db,
        QStringLiteral("SELECT seq, mutation_id, entity, entity_id, op, base_version, fields, created_at, "
                       "state, last_error, reject_code, reject_args FROM outbox WHERE state = ? "
                       "ORDER BY seq LIMIT ?"),
        {state, limit});
    if (!q)
        return q.error();
    QList<OutboxEntry> list;
    while (q.value().next()) {
        const QSqlQuery &r = q.value();
        OutboxEntry e{r.value(0).toLongLong(),
                      r.value(1).toString(),
                      r.value(2).toString(),
                      r.value(3).toString(),
                      r.value(4).toString(),
                      r.value(5).toLongLong(),
                      parseObject(r.value(6).toString()),
                      storage::sql::dateTimeFromStored(r.value(7).toString()),
                      r.value(8).toString(),
                      r.value(9).toString(),
                      {},
                      r.value(10).toString(),
                      parseObject(r.value(11).toString())};
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
                                QStringLiteral("SELECT c.id, c.entity, c.entity_id, c.field, c.mine, c.theirs, c.base, "
                                               "c.server_version, c.server_deleted, c.mutation_id, c.detected_at, "
                                               "c.their_user, c.their_at, c.their_device, "
                                               // This computer's side: its newest history entry of the field
                                               // (of the record, for a deletion) before the conflict was found.
                                               "(SELECT max(a.at) FROM audit_log a WHERE a.entity = c.entity AND "
                                               "a.entity_id = c.entity_id AND a.at <= c.detected_at AND "
                                               "(c.field = 'deleted' OR a.action = 'delete' OR "
                                               "json_type(a.changes, '$.\"' || c.field || '\"') IS NOT NULL)) "
                                               "FROM sync_conflicts c WHERE c.resolved_at IS NULL ORDER BY c.id"));
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
        c.theirUser = r.value(11).toString();
        c.theirAt = storage::sql::dateTimeFromStored(r.value(12).toString());
        c.theirDevice = r.value(13).toString();
        c.mineAt = storage::sql::dateTimeFromStored(r.value(14).toString());
        list.append(c);
    }
    for (SyncConflict &c : list) {
        auto label = labelOf(c.entity, c.entityId);
        c.recordLabel = label ? label.value() : c.entityId;
    }
    return list;
}

Result<QList<UnstoredRecord>> SyncJournal::unstored() const
{
    // Held back for a pending local change is not "unstored": the server's version waits for the push.
    auto q = storage::sql::exec(m_db, QStringLiteral("SELECT entity, id, version, reason, detail FROM sync_parked "
                                                     "WHERE reason IN ('error', 'parent') ORDER BY entity, id"));
    if (!q)
        return q.error();
    QList<UnstoredRecord> list;
    while (q.value().next()) {
        UnstoredRecord r{q.value().value(0).toString(), q.value().value(1).toString(), q.value().value(2).toLongLong(),
                         q.value().value(4).toString()};
        if (q.value().value(3).toString() == QLatin1String("parent"))
            r.reason = tr("the record it belongs to (%1) is not here").arg(entitySchema::parentEntity(r.entity));
        list.append(r);
    }
    return list;
}

Result<SyncOverview> SyncJournal::overview() const
{
    auto q = storage::sql::exec(
        m_db, QStringLiteral("SELECT (SELECT count(*) FROM outbox WHERE state = 'pending'), "
                             "(SELECT count(*) FROM outbox WHERE state = 'rejected'), "
                             "(SELECT count(*) FROM sync_conflicts WHERE resolved_at IS NULL), "
                             "EXISTS (SELECT 1 FROM local_only), "
                             "(SELECT count(*) FROM sync_parked WHERE reason IN ('error', 'parent'))"));
    if (!q)
        return q.error();
    SyncOverview o;
    if (q.value().next()) {
        o.pending = q.value().value(0).toLongLong();
        o.rejected = q.value().value(1).toLongLong();
        o.conflicts = q.value().value(2).toLongLong();
        o.keepsLocal = q.value().value(3).toBool();
        o.unstored = q.value().value(4).toLongLong();
    }
    auto last = value(kLastSyncAt);
    if (!last)
        return last.error();
    o.lastSyncAt = storage::sql::dateTimeFromStored(last.value());
    if (!o.lastSyncAt.isValid()) {
        auto logged = lastCompletedRun();
        if (!logged)
            return logged.error();
        o.lastSyncAt = logged.value();
    }
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
        const QString dealId =
            entity == QLatin1String("deal") ? id : s.value()->fields.value(QStringLiteral("deal_id")).toString();
        return tables.refreshDeals({dealId});
    }
    return {};
}

Status SyncJournal::dismissRejected(qint64 seq)
{
    storage::Transaction tx(m_db);
    if (!tx.isActive())
        return Error{tr("Could not change the database: it is busy or read-only."), {}, {}};
    auto q = storage::sql::exec(
        m_db, QStringLiteral("SELECT entity, entity_id FROM outbox WHERE seq = ? AND state = 'rejected'"), {seq});
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
    if (Status s = resolveInTransaction(conflictId, choice, edited, actor); !s)
        return s;
    return tx.commit();
}

std::optional<SyncJournal::Choice> SyncJournal::newestSide(const SyncConflict &c)
{
    if (!c.mineAt.isValid() || !c.theirAt.isValid())
        return std::nullopt;
    return c.mineAt > c.theirAt ? Choice::Mine : Choice::Theirs;
}

Result<ResolveSummary> SyncJournal::resolveAll(const QList<qint64> &conflictIds, ResolveRule rule, const QString &actor)
{
    QHash<qint64, SyncConflict> open;
    if (rule == ResolveRule::Newest) {
        auto conflicts = openConflicts();
        if (!conflicts)
            return conflicts.error();
        for (const SyncConflict &c : conflicts.value())
            open.insert(c.id, c);
    }
    storage::Transaction tx(m_db);
    if (!tx.isActive())
        return Error{tr("Could not change the database: it is busy or read-only."), {}, {}};
    ResolveSummary summary;
    for (const qint64 id : conflictIds) {
        std::optional<Choice> choice;
        switch (rule) {
        case ResolveRule::KeepMine:
            choice = Choice::Mine;
            break;
        case ResolveRule::TakeTheirs:
            choice = Choice::Theirs;
            break;
        case ResolveRule::Newest:
            if (!open.contains(id))
                return Error{tr("That conflict is already resolved."), {}, {}};
            choice = newestSide(open.value(id));
            break;
        }
        if (!choice) {
            ++summary.skipped;
            continue;
        }
        if (Status s = resolveInTransaction(id, *choice, {}, actor); !s)
            return s.error();
        ++(*choice == Choice::Mine ? summary.mine : summary.theirs);
    }
    if (Status s = tx.commit(); !s)
        return s.error();
    return summary;
}

Status SyncJournal::resolveInTransaction(qint64 conflictId, Choice choice, const QJsonValue &edited,
                                         const QString &actor)
{
    auto q = storage::sql::exec(
        m_db,
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
        auto queued = storage::sql::exec(
            m_db, QStringLiteral("DELETE FROM outbox WHERE entity = ? AND entity_id = ? AND state = 'pending'"),
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
            if (Status st =
                    recorder.record(entity, id, before.value(parentField).toString(), storage::ChangeAction::Delete,
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
                    auto done = storage::sql::exec(
                        m_db,
                        QStringLiteral("UPDATE sync_conflicts SET resolved_at = ?, resolution = ? "
                                       "WHERE id = ?"),
                        {storage::sql::toStored(now),
                         choice == Choice::Mine ? QStringLiteral("mine") : QStringLiteral("theirs"), conflictId});
                    if (!done)
                        return done.error();
                    return {};
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
            if (Status st =
                    recorder.record(entity, id, keep.value(parentField).toString(), storage::ChangeAction::Create,
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
                                            storage::ChangeAction::Update, serverVersion, {{field, value}},
                                            {storage::FieldChange{field, old.toVariant(), value.toVariant()}});
                !st)
                return st;
        }
    }
    if (isDealPart(entity)) {
        const QString dealId = entity == QLatin1String("deal") ? id
                               : localFields.value() ? localFields.value()->value(QStringLiteral("deal_id")).toString()
                                                     : QString();
        if (Status st = tables.refreshDeals({dealId}); !st)
            return st;
    }
    const QString how = choice == Choice::Mine     ? QStringLiteral("mine")
                        : choice == Choice::Theirs ? QStringLiteral("theirs")
                                                   : QStringLiteral("edited");
    auto done = storage::sql::exec(
        m_db, QStringLiteral("UPDATE sync_conflicts SET resolved_at = ?, resolution = ? WHERE id = ?"),
        {storage::sql::toStored(now), how, conflictId});
    if (!done)
        return done.error();
    return {};
}

Status SyncJournal::appendLog(const SyncLogEntry &e)
{
    storage::Transaction tx(m_db);
    if (!tx.isActive())
        return Error{tr("Could not change the database: it is busy or read-only."), {}, {}};
    auto q = m_sql.exec(
        QStringLiteral("INSERT INTO sync_log (started_at, finished_at, server, outcome, pushed, pulled, merged, "
                       "conflicts, rejected, kept_local, message) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {storage::sql::toStored(e.startedAt), storage::sql::toStored(e.finishedAt), e.server, e.outcome, e.pushed,
         e.pulled, e.merged, e.conflicts, e.rejected, e.keptLocal, e.message});
    if (!q)
        return q.error();
    // Bounded: a sync every five minutes for years must not grow the file; the newest runs are what people read.
    auto trim = m_sql.exec(QStringLiteral("DELETE FROM sync_log WHERE id <= (SELECT id FROM sync_log ORDER BY id DESC "
                                          "LIMIT 1 OFFSET ?)"),
                           {kMaxLogEntries});
    if (!trim)
        return trim.error();
    return tx.commit();
}

Result<QList<SyncLogEntry>> SyncJournal::log(const SyncLogQuery &query) const
{
    QString sql =
        QStringLiteral("SELECT id, started_at, finished_at, server, outcome, pushed, pulled, merged, conflicts, "
                       "rejected, kept_local, message FROM sync_log WHERE 1 = 1");
    QVariantList values;
    if (query.problemsOnly)
        sql += QStringLiteral(" AND outcome <> 'synced'");
    if (!query.text.trimmed().isEmpty()) {
        QString pattern = query.text.trimmed();
        pattern.replace(QLatin1Char('\\'), QStringLiteral("\\\\"))
            .replace(QLatin1Char('%'), QStringLiteral("\\%"))
            .replace(QLatin1Char('_'), QStringLiteral("\\_"));
        pattern = QLatin1Char('%') + pattern + QLatin1Char('%');
        sql += QStringLiteral(
            " AND (message LIKE ? ESCAPE '\\' OR server LIKE ? ESCAPE '\\' OR outcome LIKE ? ESCAPE '\\')");
        values << pattern << pattern << pattern;
    }
    sql += QStringLiteral(" ORDER BY id DESC LIMIT ?");
    values << std::max(0, query.limit);
    auto q = storage::sql::exec(m_db, sql, values);
    if (!q)
        return q.error();
    QList<SyncLogEntry> list;
    while (q.value().next()) {
        const QSqlQuery &r = q.value();
        SyncLogEntry e;
        e.id = r.value(0).toLongLong();
        e.startedAt = storage::sql::dateTimeFromStored(r.value(1).toString());
        e.finishedAt = storage::sql::dateTimeFromStored(r.value(2).toString());
        e.server = r.value(3).toString();
        e.outcome = r.value(4).toString();
        e.pushed = r.value(5).toInt();
        e.pulled = r.value(6).toInt();
        e.merged = r.value(7).toInt();
        e.conflicts = r.value(8).toInt();
        e.rejected = r.value(9).toInt();
        e.keptLocal = r.value(10).toInt();
        e.message = r.value(11).toString();
        list.append(e);
    }
    return list;
}

Result<QDateTime> SyncJournal::lastCompletedRun() const
{
    auto q = m_sql.exec(
        QStringLiteral("SELECT max(finished_at) FROM sync_log WHERE outcome IN ('synced', 'needs_attention')"));
    if (!q)
        return q.error();
    const QDateTime at =
        q.value()->next() ? storage::sql::dateTimeFromStored(q.value()->value(0).toString()) : QDateTime();
    StatementCache::done(q.value());
    return at;
}

} // namespace pd::sync::client
