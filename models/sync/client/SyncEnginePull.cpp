// The pull half of SyncEngine: feed pages, held-back records, full resync.
#include "SyncEngine.h"

#include "Database.h"
#include "EntitySchema.h"
#include "Outbox.h"
#include "PulledPage.h"
#include "SqlUtil.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkReply>

#include <utility>

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

constexpr qint64 kPullCacheKiB = 32768;
// WAL pages between automatic checkpoints while pulling (SQLite's default is 1 000): each checkpoint copies
// the pages back into the database file and syncs it, and a page touched by many commits is copied once.
constexpr qint64 kPullCheckpointPages = 16384;

QString compact(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

} // namespace

// What the local database holds of one page's records, read in a few queries per entity before the page
// is applied, and kept current as the page is applied (the pull is the only writer inside its
// transaction). Records not covered (held-back ones retried later) are looked up one by one.
struct SyncEngine::PageLookup
{
    QSet<RecordKey> covered;
    QHash<RecordKey, qint64> shadowVersion; // records with a shadow
    QSet<RecordKey> protectedKeys;          // pending mutations or an open conflict
    QSet<RecordKey> local;                  // a local row exists (or did when looked up)
    QSet<RecordKey> parked;                 // may have a held-back copy
};

Status SyncEngine::lookUpPage(const QList<RecordKey> &keys, PageLookup &lookup)
{
    // Nothing pending, in conflict or held back (the usual state of a first pull): the page's ids need
    // looking up only in the tables and the shadows. Asked per page, inside its transaction.
    auto held = m_sql.exec(text("SELECT EXISTS (SELECT 1 FROM outbox) "
                                "OR EXISTS (SELECT 1 FROM sync_conflicts WHERE resolved_at IS NULL), "
                                "EXISTS (SELECT 1 FROM sync_parked)"));
    if (!held)
        return held.error();
    const bool anyProtected = !held.value()->next() || held.value()->value(0).toInt() != 0;
    const bool anyParked = held.value()->value(1).toInt() != 0;
    held.value()->finish();
    QHash<QString, QStringList> byEntity;
    for (const RecordKey &k : keys) {
        if (!entitySchema::isEntity(k.entity))
            continue;
        byEntity[k.entity].append(k.id);
        lookup.covered.insert(k);
    }
    for (auto it = byEntity.cbegin(); it != byEntity.cend(); ++it) {
        const QString &entity = it.key();
        auto versions = m_journal.shadowVersions(entity, it.value());
        if (!versions)
            return versions.error();
        for (auto v = versions.value().cbegin(); v != versions.value().cend(); ++v)
            lookup.shadowVersion.insert({entity, v.key()}, v.value());
        if (anyProtected) {
            auto prot = m_journal.protectedIds(entity, it.value());
            if (!prot)
                return prot.error();
            for (const QString &id : prot.value())
                lookup.protectedKeys.insert({entity, id});
        }
        auto local = m_tables.existing(entity, it.value());
        if (!local)
            return local.error();
        for (const QString &id : local.value())
            lookup.local.insert({entity, id});
        for (qsizetype from = 0; anyParked && from < it.value().size(); from += StatementCache::kInListChunk) {
            const QStringList chunk = it.value().mid(from, StatementCache::kInListChunk);
            QVariantList values{entity};
            values.append(QVariantList(chunk.begin(), chunk.end()));
            auto q = m_sql.exec(text("SELECT id FROM sync_parked WHERE entity = ? AND id IN (%1)").arg(StatementCache::placeholders(chunk.size())),
                                values);
            if (!q)
                return q.error();
            while (q.value()->next())
                lookup.parked.insert({entity, q.value()->value(0).toString()});
        }
    }
    return {};
}

Status SyncEngine::park(const QString &entity, const QString &id, qint64 version, bool deleted, const QJsonObject &fields,
                        const QString &reason, const QString &detail)
{
    auto q = m_sql.exec(text("INSERT OR REPLACE INTO sync_parked (entity, id, version, deleted, fields, reason, detail) "
                             "VALUES (?, ?, ?, ?, ?, ?, ?)"),
                        {entity, id, version, deleted ? 1 : 0, compact(fields), reason, detail});
    return q ? Status() : Status(q.error());
}

Status SyncEngine::applyChange(const QString &entity, const QString &id, qint64 version, bool deleted,
                               const QJsonObject &fields, bool ignoreVersions, QSet<QString> &touchedDeals, bool &applied,
                               PageLookup *lookup)
{
    applied = false;
    if (!entitySchema::isEntity(entity))
        return {}; // a newer server's entity this client does not know
    const RecordKey key{entity, id};
    const bool known = lookup && lookup->covered.contains(key);
    std::optional<qint64> shadowVersion;
    if (known) {
        if (auto it = lookup->shadowVersion.constFind(key); it != lookup->shadowVersion.cend())
            shadowVersion = *it;
    } else {
        auto shadow = m_journal.shadow(entity, id);
        if (!shadow)
            return shadow.error();
        if (shadow.value())
            shadowVersion = shadow.value()->version;
    }
    if (!ignoreVersions && shadowVersion && *shadowVersion >= version) {
        if (known && !lookup->parked.contains(key))
            return {};
        auto drop = m_sql.exec(text("DELETE FROM sync_parked WHERE entity = ? AND id = ? AND version <= ?"), {entity, id, *shadowVersion});
        return drop ? Status() : Status(drop.error());
    }
    const auto hold = [&](const char *reason, const QString &detail) {
        if (lookup)
            lookup->parked.insert(key);
        return park(entity, id, version, deleted, fields, text(reason), detail);
    };
    bool isProtected = false;
    if (known) {
        isProtected = lookup->protectedKeys.contains(key);
    } else {
        auto prot = m_journal.isProtected(entity, id);
        if (!prot)
            return prot.error();
        isProtected = prot.value();
    }
    if (isProtected)
        return hold("pending", {});
    const bool isDealPart = entity == QLatin1String("deal") || entity == QLatin1String("deal_extension")
        || entity == QLatin1String("deal_feedback");
    if (deleted) {
        std::optional<QJsonObject> before;
        if (!known || lookup->local.contains(key)) {
            auto read = m_tables.read(entity, id);
            if (!read)
                return read.error();
            before = read.value();
        }
        if (before) {
            if (isDealPart && entity != QLatin1String("deal"))
                touchedDeals.insert(before->value(text("deal_id")).toString());
            auto removed = m_tables.remove(entity, id);
            if (!removed)
                return removed.error();
            m_deletedThisPull += removed.value();
        }
        if (lookup)
            lookup->local.remove(key);
    } else {
        auto missing = m_tables.parentMissing(entity, fields);
        if (!missing)
            return missing.error();
        if (missing.value())
            return hold("parent", {});
        const std::optional<bool> exists = known ? std::optional<bool>(lookup->local.contains(key)) : std::nullopt;
        if (Status s = m_tables.write(entity, id, fields, version, exists); !s)
            return hold("error", s.error().text());
        if (lookup)
            lookup->local.insert(key);
        if (isDealPart)
            touchedDeals.insert(entity == QLatin1String("deal") ? id : fields.value(text("deal_id")).toString());
    }
    if (Status s = m_journal.setShadow(entity, id, {version, deleted, deleted ? QJsonObject() : fields}); !s)
        return s;
    if (lookup)
        lookup->shadowVersion.insert(key, version);
    if (!known || lookup->parked.contains(key)) {
        auto drop = m_sql.exec(text("DELETE FROM sync_parked WHERE entity = ? AND id = ?"), {entity, id});
        if (!drop)
            return drop.error();
        if (lookup)
            lookup->parked.remove(key);
    }
    applied = true;
    return {};
}

// The page's records this database has never seen (no row, no shadow, nothing pending or held back):
// rows and shadows written straight from the page's bytes, per entity, parents first, the shadow keeping
// the fields as the server sent them. A row whose parent is missing, or that a rule of its table refuses,
// is left to applyChange() like every other record.
Status SyncEngine::applyNewRecords(PulledPage &page, PageLookup &lookup, QSet<QString> &deals, QSet<qsizetype> &done)
{
    const QList<PulledPage::Entry> &entries = page.entries();
    QHash<QString, QList<qsizetype>> rows;
    QList<qsizetype> tombstones;
    QSet<RecordKey> seen;
    QSet<RecordKey> twice;
    for (const PulledPage::Entry &c : entries) {
        const RecordKey key{c.entity, c.id};
        if (seen.contains(key))
            twice.insert(key);
        seen.insert(key);
    }
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const PulledPage::Entry &c = entries.at(i);
        const RecordKey key{c.entity, c.id};
        if (!lookup.covered.contains(key) || twice.contains(key) || lookup.shadowVersion.contains(key) || lookup.local.contains(key)
            || lookup.protectedKeys.contains(key) || lookup.parked.contains(key))
            continue;
        if (c.deleted)
            tombstones.append(i);
        else
            rows[c.entity].append(i);
    }
    QList<qsizetype> shadows = tombstones;
    for (const QString &entity : SyncTables::entitiesParentsFirst()) {
        const QList<qsizetype> list = rows.value(entity);
        if (list.isEmpty())
            continue;
        auto written = page.insertRows(m_tables, entity, list, deals);
        if (!written)
            return written.error();
        shadows.append(written.value());
    }
    if (Status s = page.storeShadows(shadows); !s)
        return s;
    for (const qsizetype i : shadows) {
        const PulledPage::Entry &c = entries.at(i);
        const RecordKey key{c.entity, c.id};
        lookup.shadowVersion.insert(key, c.version);
        if (!c.deleted)
            lookup.local.insert(key);
        done.insert(i);
    }
    return {};
}

Status SyncEngine::retryParked()
{
    // Held-back records whose reason went away: the local change was pushed, the parent arrived.
    for (int round = 0; round < 8; ++round) {
        auto q = m_sql.exec(text("SELECT entity, id, version, deleted, fields, reason FROM sync_parked"));
        if (!q)
            return q.error();
        QList<PageChange> parked;
        while (q.value()->next())
            parked.append({q.value()->value(0).toString(), q.value()->value(1).toString(), q.value()->value(2).toLongLong(),
                           q.value()->value(3).toInt() != 0, QJsonDocument::fromJson(q.value()->value(4).toString().toUtf8()).object()});
        bool progress = false;
        QSet<QString> deals;
        for (const PageChange &c : parked) {
            bool applied = false;
            if (Status s = applyChange(c.entity, c.id, c.version, c.deleted, c.fields, false, deals, applied, nullptr); !s)
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
    // While pulling, on this connection only (put back after): a larger page cache, since a page's rows
    // and shadows land on index pages all over the tables and SQLite's default 2 MB makes most B-tree
    // steps a read from the OS; and commits without their own fsync (synchronous NORMAL in WAL mode):
    // a power cut may lose the last pages stored, never their consistency, because each page and its
    // checkpoint commit together, so the next pull asks for those pages again.
    struct PullPragmas
    {
        QSqlDatabase db;
        QString cacheBefore;
        QString syncBefore;
        QString checkpointBefore;
        explicit PullPragmas(QSqlDatabase d) : db(d)
        {
            auto c = storage::sql::exec(db, QStringLiteral("PRAGMA cache_size"));
            if (c && c.value().next())
                cacheBefore = c.value().value(0).toString();
            if (!cacheBefore.isEmpty() && cacheBefore.toLongLong() > -kPullCacheKiB && cacheBefore.toLongLong() < kPullCacheKiB / 4)
                (void)storage::sql::exec(db, QStringLiteral("PRAGMA cache_size = -%1").arg(kPullCacheKiB));
            else
                cacheBefore.clear();
            auto s = storage::sql::exec(db, QStringLiteral("PRAGMA synchronous"));
            if (s && s.value().next())
                syncBefore = s.value().value(0).toString();
            if (syncBefore.toInt() > 1)
                (void)storage::sql::exec(db, QStringLiteral("PRAGMA synchronous = NORMAL"));
            else
                syncBefore.clear();
            auto w = storage::sql::exec(db, QStringLiteral("PRAGMA wal_autocheckpoint"));
            if (w && w.value().next())
                checkpointBefore = w.value().value(0).toString();
            if (checkpointBefore.toLongLong() > 0 && checkpointBefore.toLongLong() < kPullCheckpointPages)
                (void)storage::sql::exec(db, QStringLiteral("PRAGMA wal_autocheckpoint = %1").arg(kPullCheckpointPages));
            else
                checkpointBefore.clear();
        }
        ~PullPragmas()
        {
            if (!checkpointBefore.isEmpty()) {
                (void)storage::sql::exec(db, QStringLiteral("PRAGMA wal_autocheckpoint = %1").arg(checkpointBefore.toLongLong()));
                (void)storage::sql::exec(db, QStringLiteral("PRAGMA wal_checkpoint(PASSIVE)"));
            }
            if (!cacheBefore.isEmpty())
                (void)storage::sql::exec(db, QStringLiteral("PRAGMA cache_size = %1").arg(cacheBefore.toLongLong()));
            if (!syncBefore.isEmpty())
                (void)storage::sql::exec(db, QStringLiteral("PRAGMA synchronous = %1").arg(syncBefore.toInt()));
        }
    } pragmas(m_db);
    const bool epochResync = resync && m_journal.value(SyncJournal::kResync).value() == QLatin1String("epoch");
    const auto pagePath = [&](qint64 since) {
        QString path = text("/api/v1/changes?since=%1&limit=%2&epoch=%3")
                           .arg(since)
                           .arg(m_options.pageSize)
                           .arg(QString::fromLatin1(QUrl::toPercentEncoding(m_epoch)));
        if (resync)
            path += text("&resync=1");
        return path;
    };
    // The next page is asked for as soon as this one has arrived, and travels while this one is stored.
    struct Ahead
    {
        QNetworkReply *reply = nullptr;
        QString path;
        ~Ahead() { SyncHttp::discard(reply); }
    } ahead;
    while (true) {
        auto since = m_journal.value(SyncJournal::kLastSeq);
        if (!since)
            return storageFailed(report, since.error()) ? Step::Done : Step::Stop;
        const QString path = pagePath(since.value().toLongLong());
        bool ok = false;
        HttpAnswer a;
        if (ahead.reply && ahead.path == path) {
            a = m_http.finish(std::exchange(ahead.reply, nullptr));
            ok = true;
            if (a.answered() && a.status == 401)
                a = authorized(report, false, path, {}, ok); // the token expired meanwhile: the usual refresh
        } else {
            SyncHttp::discard(std::exchange(ahead.reply, nullptr));
            a = authorized(report, false, path, {}, ok);
        }
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
            (void)m_sql.exec(text("DELETE FROM sync_resync_seen"));
            if (Status s = tx.commit(); !s)
                return storageFailed(report, s.error()) ? Step::Done : Step::Stop;
            return Step::Stop; // run() starts the resync
        }
        if (!a.answered() || a.status != 200)
            return fail(report, a, tr("the pull")) ? Step::Done : Step::Stop;
        PulledPage page(m_db, a.body);
        const PulledPage::Shape shape = page.read();
        const PulledPage::Header &header = page.header();
        if (shape != PulledPage::Shape::Valid) {
            report.outcome = SyncOutcome::Offline;
            report.message = shape == PulledPage::Shape::NotJson
                ? tr("The server's answer to %1 was cut short or is not JSON; will retry.").arg(tr("the pull"))
                : tr("The server's page of changes is not what the protocol says; will retry.");
            return Step::Stop;
        }
        faultPoint("page_received");
        if (header.epoch != m_epoch) {
            (void)m_journal.setValue(SyncJournal::kResync, text("epoch"));
            (void)m_journal.setValue(SyncJournal::kLastSeq, text("0"));
            m_epoch = header.epoch;
            (void)m_journal.setValue(SyncJournal::kEpoch, m_epoch);
            return Step::Stop;
        }
        const qint64 lastSeq = header.lastSeq;
        const bool hasMore = header.hasMore;
        if (hasMore) {
            ahead.path = pagePath(lastSeq);
            ahead.reply = m_http.start(ahead.path, m_accessToken);
        }

        storage::Transaction tx(m_db);
        if (!tx.isActive())
            return storageFailed(report, Error{tr("The local database is busy."), {}, {}}) ? Step::Done : Step::Stop;
        const QList<PulledPage::Entry> &entries = page.entries();
        QList<RecordKey> keys;
        keys.reserve(entries.size());
        for (const PulledPage::Entry &c : entries)
            keys.append({c.entity, c.id});
        PageLookup lookup;
        if (Status s = lookUpPage(keys, lookup); !s)
            return storageFailed(report, s.error()) ? Step::Done : Step::Stop;

        // Deletions this page would make, before making any of them.
        qint64 deletions = 0;
        for (const PulledPage::Entry &c : entries) {
            const RecordKey key{c.entity, c.id};
            if (c.deleted && lookup.covered.contains(key) && lookup.local.contains(key) && !lookup.protectedKeys.contains(key))
                ++deletions;
        }
        const qint64 wouldDelete = m_deletedThisPull + deletions;
        if (!m_options.allowMassDelete && wouldDelete >= kMassDeleteFloor && wouldDelete * 2 > m_localAtPullStart) {
            if (Status s = m_journal.setValue(SyncJournal::kMassDelete, QString::number(wouldDelete)); s)
                (void)tx.commit();
            report.outcome = SyncOutcome::MassDeletePending;
            report.massDelete = wouldDelete;
            report.message = tr("The server's changes would delete %1 of the %2 records here. Nothing was deleted; "
                                "confirm to go on.")
                                 .arg(wouldDelete)
                                 .arg(m_localAtPullStart);
            return Step::Stop;
        }

        QSet<QString> deals;
        int applied = 0;
        if (resync) {
            if (Status s = page.markSeen(); !s)
                return storageFailed(report, s.error()) ? Step::Done : Step::Stop;
        }
        QSet<qsizetype> done;
        if (Status s = applyNewRecords(page, lookup, deals, done); !s)
            return storageFailed(report, s.error()) ? Step::Done : Step::Stop;
        applied += int(done.size());
        for (qsizetype i = 0; i < entries.size(); ++i) {
            if (done.contains(i))
                continue;
            const PulledPage::Entry &c = entries.at(i);
            bool changed = false;
            if (Status s = applyChange(c.entity, c.id, c.version, c.deleted, c.deleted ? QJsonObject() : c.fields(), epochResync,
                                       deals, changed, &lookup);
                !s)
                return storageFailed(report, s.error()) ? Step::Done : Step::Stop;
            applied += changed ? 1 : 0;
        }
        if (Status s = m_tables.refreshDeals(deals); !s)
            return storageFailed(report, s.error()) ? Step::Done : Step::Stop;
        if (Status s = retryParked(); !s)
            return storageFailed(report, s.error()) ? Step::Done : Step::Stop;
        if (Status s = m_journal.setValue(SyncJournal::kLastSeq, QString::number(lastSeq)); !s)
            return storageFailed(report, s.error()) ? Step::Done : Step::Stop;
        if (Status s = tx.commit(); !s)
            return storageFailed(report, s.error()) ? Step::Done : Step::Stop;
        report.pulled += applied;
        faultPoint("page_stored");
        if (!hasMore)
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
            if (Status st = applyChange(k.entity, k.id, v, true, {}, false, deals, applied, nullptr); !st)
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
