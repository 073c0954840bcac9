// The pull half of SyncEngine: feed pages and full resync (applying a page's records: SyncEngineApply.cpp).
#include "SyncEngine.h"

#include "Database.h"
#include "PullTuning.h"
#include "PulledPage.h"
#include "SqlUtil.h"

#include <QJsonDocument>
#include <QNetworkReply>

#include <utility>

namespace pd::sync::client {
namespace {

QString text(const char *latin1)
{
    return QString::fromLatin1(latin1);
}

} // namespace

SyncEngine::Step SyncEngine::pull(SyncReport &report, bool resync)
{
    auto local = m_tables.count();
    if (!local)
        return storageFailed(report, local.error()) ? Step::Done : Step::Stop;
    m_localAtPullStart = local.value();
    m_deletedThisPull = 0;
    PullTuning tuning(m_db); // cache, synchronous and checkpoints set up for the pull, put back after
    const bool epochResync = resync && m_journal.value(SyncJournal::kResync).value() == QLatin1String("epoch");
    // A pull that starts at the beginning of the feed (a full resync, or a client's first pull) holds nothing
    // that deletions purged on the server could concern: the server pages it on past the purge point.
    auto start = m_journal.value(SyncJournal::kLastSeq);
    if (!start)
        return storageFailed(report, start.error()) ? Step::Done : Step::Stop;
    const bool fromZero = resync || start.value().toLongLong() == 0;
    const auto pagePath = [&](qint64 since) {
        QString path = text("/api/v1/changes?since=%1&limit=%2&epoch=%3")
                           .arg(since)
                           .arg(m_options.pageSize)
                           .arg(QString::fromLatin1(QUrl::toPercentEncoding(m_epoch)));
        if (fromZero)
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
            if (Status s = startResync(epochChanged ? text("epoch") : text("purged")); !s)
                return storageFailed(report, s.error()) ? Step::Done : Step::Stop;
            if (Status s = tx.commit(); !s)
                return storageFailed(report, s.error()) ? Step::Done : Step::Stop;
            return Step::Resync;
        }
        if (!a.answered() || a.status != 200)
            return fail(report, a, tr("the pull")) ? Step::Done : Step::Stop;
        PulledPage page(m_db, a.body);
        const PulledPage::Shape shape = page.read();
        const PulledPage::Header &header = page.header();
        if (shape != PulledPage::Shape::Valid) {
            report.outcome = SyncOutcome::Offline;
            report.message =
                shape == PulledPage::Shape::NotJson
                    ? tr("The server's answer to %1 was cut short or is not JSON; will retry.").arg(tr("the pull"))
                    : tr("The server's page of changes is not what the protocol says; will retry.");
            return Step::Stop;
        }
        faultPoint("page_received");
        if (header.epoch != m_epoch) {
            // The server was replaced between the health check and this page: the flag and the new epoch
            // together, or neither (the next run sees the new epoch again).
            storage::Transaction tx(m_db);
            if (Status s = startResync(text("epoch")); !s)
                return storageFailed(report, s.error()) ? Step::Done : Step::Stop;
            if (Status s = m_journal.setValue(SyncJournal::kEpoch, header.epoch); !s)
                return storageFailed(report, s.error()) ? Step::Done : Step::Stop;
            if (Status s = tx.commit(); !s)
                return storageFailed(report, s.error()) ? Step::Done : Step::Stop;
            m_epoch = header.epoch;
            return Step::Resync;
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
            if (c.deleted && lookup.covered.contains(key) && lookup.local.contains(key)
                && !lookup.protectedKeys.contains(key))
                ++deletions;
        }
        const qint64 wouldDelete = m_deletedThisPull + deletions;
        if (!m_options.allowMassDelete && wouldDelete >= kMassDeleteFloor && wouldDelete * 2 > m_localAtPullStart) {
            // The count only tells the Sync page how many deletions wait for the user; the pause itself
            // does not depend on it (the next run counts again), so a failure to store it is harmless.
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
            if (Status s = applyChange(c.entity, c.id, c.version, c.deleted, c.deleted ? QJsonObject() : c.fields(),
                                       epochResync, deals, changed, &lookup);
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
    auto q =
        storage::sql::exec(m_db, text("SELECT entity, id FROM sync_shadow s WHERE deleted = 0 AND NOT EXISTS "
                                      "(SELECT 1 FROM sync_resync_seen r WHERE r.entity = s.entity AND r.id = s.id)"));
    if (!q)
        return storageFailed(report, q.error()) ? Step::Done : Step::Stop;
    QList<RecordKey> unseen;
    while (q.value().next())
        unseen.append({q.value().value(0).toString(), q.value().value(1).toString()});
    storage::Transaction tx(m_db);
    QSet<QString> deals;
    if (mode == QLatin1String("epoch")) {
        auto forget =
            storage::sql::exec(m_db, text("DELETE FROM sync_shadow WHERE NOT EXISTS (SELECT 1 FROM sync_resync_seen r "
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
            // As above: only the count for the Sync page; the next run counts again.
            if (Status s = m_journal.setValue(SyncJournal::kMassDelete, QString::number(wouldDelete)); s)
                (void)tx.commit();
            report.outcome = SyncOutcome::MassDeletePending;
            report.massDelete = wouldDelete;
            report.message =
                tr("The server no longer has %1 of the %2 records here. Nothing was deleted; confirm to go on.")
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
    // The resync ends with its flag cleared in the transaction that settled what it found, or not at all.
    if (Status s = m_journal.setValue(SyncJournal::kResync, {}); !s)
        return storageFailed(report, s.error()) ? Step::Done : Step::Stop;
    if (auto cleared = storage::sql::exec(m_db, text("DELETE FROM sync_resync_seen")); !cleared)
        return storageFailed(report, cleared.error()) ? Step::Done : Step::Stop;
    if (Status s = tx.commit(); !s)
        return storageFailed(report, s.error()) ? Step::Done : Step::Stop;
    // Records the server does not know (and no queued change covers) go up whole.
    if (Status s = queueUnsyncedRecords(false); !s)
        return storageFailed(report, s.error()) ? Step::Done : Step::Stop;
    faultPoint("resync_finished");
    return Step::Done;
}

} // namespace pd::sync::client
