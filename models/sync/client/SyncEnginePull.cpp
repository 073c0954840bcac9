// The pull half of SyncEngine: feed pages, held-back records, full resync.
#include "SyncEngine.h"

#include "Database.h"
#include "EntitySchema.h"
#include "Outbox.h"
#include "SqlUtil.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace pd::sync::client {
namespace {

QString text(const char *latin1)
{
    return QString::fromLatin1(latin1);
}

struct PageChange
{
    QString entity;
    QString id;
    qint64 version = 0;
    bool deleted = false;
    QJsonObject fields;
};

std::optional<std::pair<QList<PageChange>, QJsonObject>> parsePage(const QJsonObject &o)
{
    if (!o.value(text("changes")).isArray() || !o.value(text("last_seq")).isDouble() || !o.value(text("has_more")).isBool()
        || !o.value(text("epoch")).isString())
        return std::nullopt;
    QList<PageChange> list;
    for (const QJsonValue &v : o.value(text("changes")).toArray()) {
        const QJsonObject c = v.toObject();
        if (!c.value(text("entity")).isString() || !c.value(text("id")).isString() || !c.value(text("version")).isDouble())
            return std::nullopt;
        list.append({c.value(text("entity")).toString(), c.value(text("id")).toString(),
                     c.value(text("version")).toInteger(), c.value(text("deleted")).toBool(),
                     c.value(text("fields")).toObject()});
    }
    return std::pair{list, o};
}

QString compact(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

} // namespace

Status SyncEngine::park(const QString &entity, const QString &id, qint64 version, bool deleted, const QJsonObject &fields,
                        const QString &reason, const QString &detail)
{
    auto q = storage::sql::exec(m_db,
                                text("INSERT OR REPLACE INTO sync_parked (entity, id, version, deleted, fields, reason, detail) "
                                     "VALUES (?, ?, ?, ?, ?, ?, ?)"),
                                {entity, id, version, deleted ? 1 : 0, compact(fields), reason, detail});
    return q ? Status() : Status(q.error());
}

Status SyncEngine::applyChange(const QString &entity, const QString &id, qint64 version, bool deleted,
                               const QJsonObject &fields, bool ignoreVersions, QSet<QString> &touchedDeals, bool &applied)
{
    applied = false;
    if (!entitySchema::isEntity(entity))
        return {}; // a newer server's entity this client does not know
    auto shadow = m_journal.shadow(entity, id);
    if (!shadow)
        return shadow.error();
    if (!ignoreVersions && shadow.value() && shadow.value()->version >= version) {
        auto drop = storage::sql::exec(m_db, text("DELETE FROM sync_parked WHERE entity = ? AND id = ? AND version <= ?"),
                                       {entity, id, shadow.value()->version});
        return drop ? Status() : Status(drop.error());
    }
    auto prot = m_journal.isProtected(entity, id);
    if (!prot)
        return prot.error();
    if (prot.value())
        return park(entity, id, version, deleted, fields, text("pending"), {});
    const bool isDealPart = entity == QLatin1String("deal") || entity == QLatin1String("deal_extension")
        || entity == QLatin1String("deal_feedback");
    if (deleted) {
        auto before = m_tables.read(entity, id);
        if (!before)
            return before.error();
        if (before.value()) {
            if (isDealPart && entity != QLatin1String("deal"))
                touchedDeals.insert(before.value()->value(text("deal_id")).toString());
            auto removed = m_tables.remove(entity, id);
            if (!removed)
                return removed.error();
            m_deletedThisPull += removed.value();
        }
    } else {
        auto missing = m_tables.parentMissing(entity, fields);
        if (!missing)
            return missing.error();
        if (missing.value())
            return park(entity, id, version, deleted, fields, text("parent"), {});
        if (Status s = m_tables.write(entity, id, fields, version); !s)
            return park(entity, id, version, deleted, fields, text("error"), s.error().text());
        if (isDealPart)
            touchedDeals.insert(entity == QLatin1String("deal") ? id : fields.value(text("deal_id")).toString());
    }
    if (Status s = m_journal.setShadow(entity, id, {version, deleted, deleted ? QJsonObject() : fields}); !s)
        return s;
    auto drop = storage::sql::exec(m_db, text("DELETE FROM sync_parked WHERE entity = ? AND id = ?"), {entity, id});
    if (!drop)
        return drop.error();
    applied = true;
    return {};
}

Status SyncEngine::retryParked()
{
    // Held-back records whose reason went away: the local change was pushed, the parent arrived.
    for (int round = 0; round < 8; ++round) {
        auto q = storage::sql::exec(m_db, text("SELECT entity, id, version, deleted, fields, reason FROM sync_parked"));
        if (!q)
            return q.error();
        QList<PageChange> parked;
        while (q.value().next())
            parked.append({q.value().value(0).toString(), q.value().value(1).toString(), q.value().value(2).toLongLong(),
                           q.value().value(3).toInt() != 0, QJsonDocument::fromJson(q.value().value(4).toString().toUtf8()).object()});
        bool progress = false;
        QSet<QString> deals;
        for (const PageChange &c : parked) {
            bool applied = false;
            if (Status s = applyChange(c.entity, c.id, c.version, c.deleted, c.fields, false, deals, applied); !s)
                return s;
            progress = progress || applied;
        }
        if (Status s = m_tables.refreshDeals(deals); !s)
            return s;
        if (!progress)
            return {};
    }
    return {};
}

SyncEngine::Step SyncEngine::pull(SyncReport &report, bool resync)
{
    auto local = m_tables.count();
    if (!local)
        return storageFailed(report, local.error()) ? Step::Done : Step::Stop;
    m_localAtPullStart = local.value();
    m_deletedThisPull = 0;
    const bool epochResync = resync && m_journal.value(SyncJournal::kResync).value() == QLatin1String("epoch");
    while (true) {
        auto since = m_journal.value(SyncJournal::kLastSeq);
        if (!since)
            return storageFailed(report, since.error()) ? Step::Done : Step::Stop;
        QString path = text("/api/v1/changes?since=%1&limit=%2&epoch=%3")
                           .arg(since.value().toLongLong())
                           .arg(m_options.pageSize)
                           .arg(QString::fromLatin1(QUrl::toPercentEncoding(m_epoch)));
        if (resync)
            path += text("&resync=1");
        bool ok = false;
        const HttpAnswer a = authorized(report, false, path, {}, ok);
        if (!ok)
            return Step::Stop;
        if (a.answered() && a.status == 410 && !resync) {
            // Tombstones purged past our checkpoint, or the server was restored: a full resync that
            // keeps the outbox.
            const auto body = a.json();
            const bool epochChanged = body && body->value(text("error")).toString() == QLatin1String("epoch_changed");
            storage::Transaction tx(m_db);
            (void)m_journal.setValue(SyncJournal::kResync, epochChanged ? text("epoch") : text("purged"));
            (void)m_journal.setValue(SyncJournal::kLastSeq, text("0"));
            (void)storage::sql::exec(m_db, text("DELETE FROM sync_resync_seen"));
            if (Status s = tx.commit(); !s)
                return storageFailed(report, s.error()) ? Step::Done : Step::Stop;
            return Step::Stop; // run() starts the resync
        }
        if (!a.answered() || a.status != 200 || !a.json())
            return fail(report, a, tr("the pull")) ? Step::Done : Step::Stop;
        const auto page = parsePage(*a.json());
        if (!page) {
            report.outcome = SyncOutcome::Offline;
            report.message = tr("The server's page of changes is not what the protocol says; will retry.");
            return Step::Stop;
        }
        faultPoint("page_received");
        const QJsonObject &body = page->second;
        if (body.value(text("epoch")).toString() != m_epoch) {
            (void)m_journal.setValue(SyncJournal::kResync, text("epoch"));
            (void)m_journal.setValue(SyncJournal::kLastSeq, text("0"));
            m_epoch = body.value(text("epoch")).toString();
            (void)m_journal.setValue(SyncJournal::kEpoch, m_epoch);
            return Step::Stop;
        }
        // Deletions this page would make, before making any of them.
        qint64 deletions = 0;
        for (const PageChange &c : page->first) {
            if (!c.deleted || !entitySchema::isEntity(c.entity))
                continue;
            auto exists = m_tables.localVersion(c.entity, c.id);
            auto prot = m_journal.isProtected(c.entity, c.id);
            if (exists && exists.value() >= 0 && prot && !prot.value())
                ++deletions;
        }
        const qint64 wouldDelete = m_deletedThisPull + deletions;
        if (!m_options.allowMassDelete && wouldDelete >= kMassDeleteFloor && wouldDelete * 2 > m_localAtPullStart) {
            (void)m_journal.setValue(SyncJournal::kMassDelete, QString::number(wouldDelete));
            report.outcome = SyncOutcome::MassDeletePending;
            report.massDelete = wouldDelete;
            report.message = tr("The server's changes would delete %1 of the %2 records here. Nothing was deleted; "
                                "confirm to go on.")
                                 .arg(wouldDelete)
                                 .arg(m_localAtPullStart);
            return Step::Stop;
        }

        storage::Transaction tx(m_db);
        if (!tx.isActive())
            return storageFailed(report, Error{tr("The local database is busy."), {}, {}}) ? Step::Done : Step::Stop;
        QSet<QString> deals;
        int applied = 0;
        for (const PageChange &c : page->first) {
            if (resync) {
                auto seen = storage::sql::exec(m_db, text("INSERT OR IGNORE INTO sync_resync_seen (entity, id) VALUES (?, ?)"),
                                               {c.entity, c.id});
                if (!seen)
                    return storageFailed(report, seen.error()) ? Step::Done : Step::Stop;
            }
            bool done = false;
            if (Status s = applyChange(c.entity, c.id, c.version, c.deleted, c.fields, epochResync, deals, done); !s)
                return storageFailed(report, s.error()) ? Step::Done : Step::Stop;
            applied += done ? 1 : 0;
        }
        if (Status s = m_tables.refreshDeals(deals); !s)
            return storageFailed(report, s.error()) ? Step::Done : Step::Stop;
        if (Status s = retryParked(); !s)
            return storageFailed(report, s.error()) ? Step::Done : Step::Stop;
        if (Status s = m_journal.setValue(SyncJournal::kLastSeq, QString::number(body.value(text("last_seq")).toInteger())); !s)
            return storageFailed(report, s.error()) ? Step::Done : Step::Stop;
        if (Status s = tx.commit(); !s)
            return storageFailed(report, s.error()) ? Step::Done : Step::Stop;
        report.pulled += applied;
        faultPoint("page_stored");
        if (!body.value(text("has_more")).toBool())
            return Step::Done;
    }
}

SyncEngine::Step SyncEngine::finishResync(SyncReport &report)
{
    const QString mode = m_journal.value(SyncJournal::kResync).value();
    // Local records the server did not send: after a restore (new epoch) the server lost them, so they
    // go up again; after purged tombstones, a record that was synced was deleted there.
    auto q = storage::sql::exec(m_db, text("SELECT entity, id FROM sync_shadow s WHERE deleted = 0 AND NOT EXISTS "
                                           "(SELECT 1 FROM sync_resync_seen r WHERE r.entity = s.entity AND r.id = s.id)"));
    if (!q)
        return storageFailed(report, q.error()) ? Step::Done : Step::Stop;
    QList<RecordKey> unseen;
    while (q.value().next())
        unseen.append({q.value().value(0).toString(), q.value().value(1).toString()});
    storage::Transaction tx(m_db);
    QSet<QString> deals;
    if (mode == QLatin1String("epoch")) {
        auto forget = storage::sql::exec(m_db, text("DELETE FROM sync_shadow WHERE NOT EXISTS (SELECT 1 FROM sync_resync_seen r "
                                                    "WHERE r.entity = sync_shadow.entity AND r.id = sync_shadow.id)"));
        if (!forget)
            return storageFailed(report, forget.error()) ? Step::Done : Step::Stop;
    } else {
        QList<RecordKey> doomed;
        for (const RecordKey &k : unseen) {
            auto prot = m_journal.isProtected(k.entity, k.id);
            auto exists = m_tables.localVersion(k.entity, k.id);
            if (prot && !prot.value() && exists && exists.value() >= 0)
                doomed.append(k);
        }
        const qint64 wouldDelete = doomed.size();
        if (!m_options.allowMassDelete && wouldDelete >= kMassDeleteFloor && wouldDelete * 2 > m_localAtPullStart) {
            (void)m_journal.setValue(SyncJournal::kMassDelete, QString::number(wouldDelete));
            (void)tx.commit();
            report.outcome = SyncOutcome::MassDeletePending;
            report.massDelete = wouldDelete;
            report.message = tr("The server no longer has %1 of the %2 records here. Nothing was deleted; confirm to go on.")
                                 .arg(wouldDelete)
                                 .arg(m_localAtPullStart);
            return Step::Stop;
        }
        for (const RecordKey &k : doomed) {
            bool applied = false;
            auto s = m_journal.shadow(k.entity, k.id);
            const qint64 v = s && s.value() ? s.value()->version + 1 : 1;
            if (Status st = applyChange(k.entity, k.id, v, true, {}, false, deals, applied); !st)
                return storageFailed(report, st.error()) ? Step::Done : Step::Stop;
        }
    }
    if (Status s = m_tables.refreshDeals(deals); !s)
        return storageFailed(report, s.error()) ? Step::Done : Step::Stop;
    (void)m_journal.setValue(SyncJournal::kResync, {});
    (void)storage::sql::exec(m_db, text("DELETE FROM sync_resync_seen"));
    if (Status s = tx.commit(); !s)
        return storageFailed(report, s.error()) ? Step::Done : Step::Stop;
    // Records the server does not know (and no queued change covers) go up whole.
    if (Status s = queueUnsyncedRecords(false); !s)
        return storageFailed(report, s.error()) ? Step::Done : Step::Stop;
    faultPoint("resync_finished");
    return Step::Done;
}

} // namespace pd::sync::client
