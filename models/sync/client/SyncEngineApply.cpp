// The part of SyncEngine's pull that applies a page's records: what the local database holds of them,
// new records written straight from the page, every other one (and held-back ones) one by one.
#include "SyncEngine.h"

#include "EntitySchema.h"
#include "PulledPage.h"
#include "SqlUtil.h"

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

QString compact(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

} // namespace

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
            auto q = m_sql.exec(text("SELECT id FROM sync_parked WHERE entity = ? AND id IN (%1)")
                                    .arg(StatementCache::placeholders(chunk.size())),
                                values);
            if (!q)
                return q.error();
            while (q.value()->next())
                lookup.parked.insert({entity, q.value()->value(0).toString()});
        }
    }
    return {};
}

Status SyncEngine::park(const QString &entity, const QString &id, qint64 version, bool deleted,
                        const QJsonObject &fields, const QString &reason, const QString &detail)
{
    auto q =
        m_sql.exec(text("INSERT OR REPLACE INTO sync_parked (entity, id, version, deleted, fields, reason, detail) "
                        "VALUES (?, ?, ?, ?, ?, ?, ?)"),
                   {entity, id, version, deleted ? 1 : 0, compact(fields), reason, detail});
    return q ? Status() : Status(q.error());
}

Status SyncEngine::applyChange(const QString &entity, const QString &id, qint64 version, bool deleted,
                               const QJsonObject &fields, bool ignoreVersions, QSet<QString> &touchedDeals,
                               bool &applied, PageLookup *lookup)
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
        auto drop = m_sql.exec(text("DELETE FROM sync_parked WHERE entity = ? AND id = ? AND version <= ?"),
                               {entity, id, *shadowVersion});
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
        if (Status s = m_tables.write(entity, id, fields, version, exists); !s) {
            // Said in the program's terms when a value is the cause (what the server lets in, from an older
            // server or another program): the database's own message otherwise.
            const auto problem = entitySchema::recordProblem(entity, fields, true);
            if (!problem)
                return hold("error", s.error().text());
            return hold("error", problem->value.isUndefined() || problem->value.isNull()
                                     ? tr("its field %1 is empty, and this version of PartnerDesk needs a value there")
                                           .arg(problem->field)
                                     : tr("its field %1 holds '%2', a value this version of PartnerDesk cannot keep")
                                           .arg(problem->field, problem->value.toVariant().toString()));
        }
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
        if (!lookup.covered.contains(key) || twice.contains(key) || lookup.shadowVersion.contains(key)
            || lookup.local.contains(key) || lookup.protectedKeys.contains(key) || lookup.parked.contains(key))
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
            parked.append({q.value()->value(0).toString(), q.value()->value(1).toString(),
                           q.value()->value(2).toLongLong(), q.value()->value(3).toInt() != 0,
                           QJsonDocument::fromJson(q.value()->value(4).toString().toUtf8()).object()});
        bool progress = false;
        QSet<QString> deals;
        for (const PageChange &c : parked) {
            bool applied = false;
            if (Status s = applyChange(c.entity, c.id, c.version, c.deleted, c.fields, false, deals, applied, nullptr);
                !s)
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

} // namespace pd::sync::client
