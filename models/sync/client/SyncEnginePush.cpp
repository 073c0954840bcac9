// The push half of SyncEngine: storing the server's answer to a batch of mutations.
#include "SyncEngine.h"

#include "Database.h"
#include "SqlUtil.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QUuid>

namespace pd::sync::client {
namespace {

QString text(const char *latin1)
{
    return QString::fromLatin1(latin1);
}

} // namespace

// The server sets a new deal's filed_at to its own time of receipt (priority between competing
// registrations): after such a push the local row is not the server's, so the shadow stays behind and the
// pull of this run brings the server's record.
// The server's record as a push answer gives it (a merge, a conflict, a value the server set): it becomes
// the base at once, and the local row takes every field that no pending change or open conflict of this
// record holds, so the fields others changed arrive now and not only with a later pull (which skips a
// version the base already has).
Status SyncEngine::adoptServerRecord(const QString &entity, const QString &id, qint64 version,
                                     const QJsonObject &fields, QSet<QString> &touchedDeals)
{
    if (Status s = m_journal.setShadow(entity, id, {version, false, fields}); !s)
        return s;
    auto held = m_journal.heldFields(entity, id);
    if (!held)
        return held.error();
    if (!held.value())
        return {}; // the record is being deleted here
    auto local = m_tables.read(entity, id);
    if (!local)
        return local.error();
    if (!local.value())
        return {}; // deleted here; its deletion is queued or in a conflict of its own
    QJsonObject take;
    for (auto it = fields.begin(); it != fields.end(); ++it) {
        if (!held.value()->contains(it.key()) && local.value()->value(it.key()) != it.value())
            take.insert(it.key(), it.value());
    }
    auto missing = m_tables.parentMissing(entity, take);
    if (!missing)
        return missing.error();
    if (missing.value())
        return {}; // moved under a parent not here yet: the pull brings both
    if (Status s = m_tables.write(entity, id, take, version, true); !s)
        return s;
    if (entity == QLatin1String("deal") || entity == QLatin1String("deal_extension")
        || entity == QLatin1String("deal_feedback"))
        touchedDeals.insert(entity == QLatin1String("deal") ? id : fields.value(text("deal_id")).toString());
    return {};
}

Status SyncEngine::storeResults(SyncReport &report, const QList<OutboxEntry> &batch, const QJsonArray &results)
{
    storage::Transaction tx(m_db);
    if (!tx.isActive())
        return Error{tr("The local database is busy."), {}, {}};
    SyncReport counts;
    QSet<QString> deals;
    const QString now = storage::sql::toStored(QDateTime::currentDateTimeUtc());
    for (qsizetype i = 0; i < batch.size(); ++i) {
        const OutboxEntry &e = batch.at(i);
        const auto r = MutationResult::fromJson(results.at(i).toObject());
        if (!r || r->mutationId != e.mutationId) {
            report.outcome = SyncOutcome::Offline;
            report.message = tr("The server's push answer does not match the changes sent; will retry.");
            return Error{report.message, {}, {}};
        }
        const RecordKey key{e.entity, e.entityId};
        const bool isDelete = e.op == QLatin1String("delete");
        auto shadow = m_journal.shadow(e.entity, e.entityId);
        if (!shadow)
            return shadow.error();
        const ShadowRecord old = shadow.value().value_or(ShadowRecord{});
        if (r->status == QLatin1String("applied") || r->status == QLatin1String("merged")) {
            auto del = m_sql.exec(text("DELETE FROM outbox WHERE seq = ?"), {e.seq});
            if (!del)
                return del.error();
            const bool merged = r->status == QLatin1String("merged");
            if (isDelete) {
                if (Status s = m_journal.setShadow(e.entity, e.entityId, {r->version, true, {}}); !s)
                    return s;
                // The record's open conflicts are settled: both sides have it deleted now.
                if (auto closed = m_journal.closeConflictsOfDeleted(e.entity, e.entityId); !closed)
                    return closed.error();
            } else if (!r->serverFields.isEmpty()) {
                if (Status s = adoptServerRecord(e.entity, e.entityId, r->version, r->serverFields, deals); !s)
                    return s;
            } else if (!merged) {
                // Nobody else wrote since our base and the server set no field itself (it sends the record
                // when it does, as with a new registration's filing time): it now holds exactly our values.
                ShadowRecord next{r->version, false, old.deleted ? QJsonObject() : old.fields};
                for (auto it = e.fields.begin(); it != e.fields.end(); ++it)
                    next.fields.insert(it.key(), it.value());
                if (Status s = m_journal.setShadow(e.entity, e.entityId, next); !s)
                    return s;
                auto v = m_sql.exec(text("UPDATE %1 SET version = ? WHERE %2 = ?")
                                        .arg(SyncTables::table(e.entity), SyncTables::idColumn(e.entity)),
                                    {r->version, e.entityId});
                if (!v)
                    return v.error();
            }
            QJsonObject &pushed = m_pushedThisRun[key];
            for (auto it = e.fields.begin(); it != e.fields.end(); ++it)
                pushed.insert(it.key(), it.value());
            ++counts.pushed;
            if (merged)
                ++counts.merged;
        } else if (r->status == QLatin1String("conflict")) {
            if (r->serverDeleted) {
                if (Status s = m_journal.setShadow(e.entity, e.entityId, {r->version, true, r->serverFields}); !s)
                    return s;
            }
            // A field we changed ourselves earlier in this run (a merged write we could not see) is no conflict.
            bool self = !isDelete && !r->serverDeleted && !r->conflictingFields.isEmpty();
            const QJsonObject pushed = m_pushedThisRun.value(key);
            for (const QString &f : r->conflictingFields)
                self = self && pushed.contains(f) && pushed.value(f) == r->serverFields.value(f);
            QJsonObject rest = e.fields;
            if (!self) {
                for (const QString &f : r->conflictingFields) {
                    std::optional<QJsonValue> mine, theirs, base;
                    if (f == QLatin1String("deleted")) {
                        mine = QJsonValue(isDelete);
                        theirs = QJsonValue(r->serverDeleted);
                        base = QJsonValue(false);
                        rest = {};
                    } else {
                        mine = e.fields.value(f);
                        if (r->serverFields.contains(f))
                            theirs = r->serverFields.value(f);
                        if (!old.deleted && old.fields.contains(f))
                            base = old.fields.value(f);
                        rest.remove(f);
                    }
                    // Who stored the server's side, when and from which device (empty when the server kept no history
                    // of that value).
                    const QJsonObject author = r->serverAuthors.value(f).toObject();
                    auto ins = m_sql.exec(
                        text(
                            "INSERT INTO sync_conflicts (entity, entity_id, field, mine, theirs, base, server_version, "
                            "server_deleted, mutation_id, detected_at, their_user, their_at, their_device) "
                            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                        {e.entity, e.entityId, f, SyncJournal::encodeValue(mine), SyncJournal::encodeValue(theirs),
                         SyncJournal::encodeValue(base), r->version, r->serverDeleted ? 1 : 0, e.mutationId, now,
                         author.value(text("user")).toString(), author.value(text("at")).toString(),
                         author.value(text("device")).toString()});
                    if (!ins)
                        return ins.error();
                }
                ++counts.conflicts;
            }
            if (!rest.isEmpty() && !isDelete) {
                // The fields nobody else touched go again, as a new mutation in the same place of the queue.
                auto q =
                    m_sql.exec(text("UPDATE outbox SET mutation_id = ?, base_version = ?, fields = ? WHERE seq = ?"),
                               {QUuid::createUuid().toString(QUuid::WithoutBraces), r->version,
                                QString::fromUtf8(QJsonDocument(rest).toJson(QJsonDocument::Compact)), e.seq});
                if (!q)
                    return q.error();
            } else {
                auto q = m_sql.exec(text("DELETE FROM outbox WHERE seq = ?"), {e.seq});
                if (!q)
                    return q.error();
            }
            if (!r->serverDeleted) {
                if (Status s = adoptServerRecord(e.entity, e.entityId, r->version, r->serverFields, deals); !s)
                    return s;
            }
        } else if (r->status == QLatin1String("rejected")) {
            auto q = m_sql.exec(
                text("UPDATE outbox SET state = 'rejected', last_error = ?, reject_code = ?, reject_args = ?, "
                     "attempts = attempts + 1 WHERE seq = ?"),
                {r->reason, r->code, QString::fromUtf8(QJsonDocument(r->args).toJson(QJsonDocument::Compact)), e.seq});
            if (!q)
                return q.error();
            ++counts.rejected;
            auto prot = m_journal.isProtected(e.entity, e.entityId);
            if (!prot)
                return prot.error();
            if (!prot.value()) {
                if (Status s = m_journal.revertToShadow(e.entity, e.entityId); !s)
                    return s;
            }
        } else {
            report.outcome = SyncOutcome::Offline;
            report.message = tr("The server answered a change with the unknown status '%1'.").arg(r->status);
            return Error{report.message, {}, {}};
        }
    }
    if (Status s = m_tables.refreshDeals(deals); !s)
        return s;
    if (Status s = retryParked(); !s)
        return s;
    if (Status s = tx.commit(); !s)
        return s;
    report.pushed += counts.pushed;
    report.merged += counts.merged;
    report.conflicts += counts.conflicts;
    report.rejected += counts.rejected;
    return {};
}

} // namespace pd::sync::client
