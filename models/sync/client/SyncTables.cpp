#include "SyncTables.h"

#include "Clock.h"
#include "DealRepository.h"
#include "EntitySchema.h"
#include "SqlUtil.h"
#include "SqliteStatement.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

namespace pd::sync::client {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(pd::sync::client::SyncTables)
};

struct Reference
{
    QString field;
    QString entity;
};

// Which local rows point at a record: deleting it deletes them first (foreign keys are on).
QList<Reference> childrenOf(const QString &entity)
{
    if (entity == QLatin1String("partner"))
        return {{QStringLiteral("partner_id"), QStringLiteral("certificate")},
                {QStringLiteral("partner_id"), QStringLiteral("compat_certification")},
                {QStringLiteral("partner_id"), QStringLiteral("deal")},
                {QStringLiteral("partner_id"), QStringLiteral("person")}};
    if (entity == QLatin1String("person"))
        return {{QStringLiteral("person_id"), QStringLiteral("enrollment")},
                {QStringLiteral("person_id"), QStringLiteral("certificate")}};
    if (entity == QLatin1String("deal"))
        return {{QStringLiteral("deal_id"), QStringLiteral("deal_extension")},
                {QStringLiteral("deal_id"), QStringLiteral("deal_feedback")}};
    if (entity == QLatin1String("course"))
        return {{QStringLiteral("course_id"), QStringLiteral("enrollment")}};
    return {};
}

// The rows a record points at (field → parent entity).
QList<Reference> parentsOf(const QString &entity)
{
    if (entity == QLatin1String("enrollment"))
        return {{QStringLiteral("person_id"), QStringLiteral("person")},
                {QStringLiteral("course_id"), QStringLiteral("course")}};
    if (entity == QLatin1String("certificate"))
        return {{QStringLiteral("person_id"), QStringLiteral("person")},
                {QStringLiteral("partner_id"), QStringLiteral("partner")}};
    const QString parent = entitySchema::parentEntity(entity);
    if (parent.isEmpty())
        return {};
    return {{entitySchema::parentField(entity), parent}};
}

FieldType typeOf(const QString &entity, const QString &field)
{
    // EntitySchema refuses a value of the wrong type: probe it with one of each kind.
    if (entitySchema::fieldRefusal(entity, field, QJsonValue(1)).isEmpty())
        return FieldType::Integer;
    if (entitySchema::fieldRefusal(entity, field, QJsonValue(QStringLiteral("x"))).isEmpty())
        return FieldType::String;
    if (entitySchema::fieldRefusal(entity, field, QJsonValue(QJsonObject())).isEmpty())
        return FieldType::Object;
    if (entitySchema::fieldRefusal(entity, field, QJsonValue(QJsonArray{QJsonObject()})).isEmpty())
        return FieldType::ObjectArray;
    return FieldType::StringArray;
}

} // namespace

SyncTables::SyncTables(QSqlDatabase db) : m_db(db), m_sql(db), m_dealRows(db)
{}

QStringList SyncTables::entitiesParentsFirst()
{
    return {QStringLiteral("partner"),        QStringLiteral("course"),
            QStringLiteral("program_rules"),  QStringLiteral("person"),
            QStringLiteral("deal"),           QStringLiteral("enrollment"),
            QStringLiteral("certificate"),    QStringLiteral("compat_certification"),
            QStringLiteral("deal_extension"), QStringLiteral("deal_feedback")};
}

QString SyncTables::table(const QString &entity)
{
    return entitySchema::table(entity);
}

QString SyncTables::idColumn(const QString &entity)
{
    return entitySchema::idColumn(entity);
}

const QHash<QString, SyncTables::Column> &SyncTables::columns(const QString &entity) const
{
    auto it = m_columns.find(entity);
    if (it != m_columns.end())
        return *it;
    QHash<QString, Column> cols;
    QSqlQuery q(m_db);
    // PRAGMA takes no bound parameters; the table name comes from the fixed table above.
    if (q.exec(QStringLiteral("PRAGMA table_info(%1)").arg(table(entity)))) {
        while (q.next()) {
            Column c;
            c.notNull = q.value(3).toInt() != 0;
            QString dflt = q.value(4).toString();
            if (dflt.startsWith(QLatin1Char('\'')) && dflt.endsWith(QLatin1Char('\'')) && dflt.size() >= 2)
                c.defaultValue = dflt.mid(1, dflt.size() - 2).replace(QStringLiteral("''"), QStringLiteral("'"));
            else if (!dflt.isEmpty())
                c.defaultValue = dflt.toLongLong();
            cols.insert(q.value(1).toString(), c);
        }
    }
    return *m_columns.insert(entity, cols);
}

QJsonValue SyncTables::toJson(const QString &entity, const QString &field, const QVariant &stored) const
{
    if (stored.isNull())
        return QJsonValue(QJsonValue::Null);
    switch (typeOf(entity, field)) {
    case FieldType::Integer:
        return QJsonValue(stored.toLongLong());
    case FieldType::String:
        return QJsonValue(stored.toString());
    case FieldType::Object:
        return QJsonDocument::fromJson(stored.toString().toUtf8()).object();
    case FieldType::StringArray:
    case FieldType::ObjectArray:
        return QJsonDocument::fromJson(stored.toString().toUtf8()).array();
    }
    return {};
}

QVariant SyncTables::toStored(const QString &entity, const QString &field, const QJsonValue &v) const
{
    // A null for a NOT NULL column is its default; the rest as every writer binds it.
    if (v.isNull() || v.isUndefined()) {
        const Column c = columns(entity).value(field);
        return c.notNull ? c.defaultValue : QVariant();
    }
    return storage::sql::bound(v);
}

Result<std::optional<QJsonObject>> SyncTables::read(const QString &entity, const QString &id) const
{
    const QStringList names = entitySchema::fields(entity);
    auto q = m_sql.exec(QStringLiteral("SELECT %1 FROM %2 WHERE %3 = ?")
                            .arg(names.join(QLatin1String(", ")), table(entity), idColumn(entity)),
                        {id});
    if (!q)
        return q.error();
    if (!q.value()->next())
        return std::optional<QJsonObject>();
    QJsonObject fields;
    for (int i = 0; i < names.size(); ++i)
        fields.insert(names.at(i), toJson(entity, names.at(i), q.value()->value(i)));
    StatementCache::done(q.value());
    return std::optional<QJsonObject>(fields);
}

Result<bool> SyncTables::parentMissing(const QString &entity, const QJsonObject &fields) const
{
    for (const Reference &ref : parentsOf(entity)) {
        const QJsonValue parent = fields.value(ref.field);
        if (!parent.isString())
            continue; // an update that does not move the record keeps its parent
        auto q =
            m_sql.exec(QStringLiteral("SELECT 1 FROM %1 WHERE id = ?").arg(table(ref.entity)), {parent.toString()});
        if (!q)
            return q.error();
        const bool found = q.value()->next();
        StatementCache::done(q.value());
        if (!found)
            return true;
    }
    return false;
}

Result<qint64> SyncTables::localVersion(const QString &entity, const QString &id) const
{
    auto q =
        m_sql.exec(QStringLiteral("SELECT version FROM %1 WHERE %2 = ?").arg(table(entity), idColumn(entity)), {id});
    if (!q)
        return q.error();
    const qint64 version = q.value()->next() ? q.value()->value(0).toLongLong() : qint64(-1);
    StatementCache::done(q.value());
    return version;
}

Result<QSet<QString>> SyncTables::existing(const QString &entity, const QStringList &ids) const
{
    QSet<QString> found;
    if (Status s = StatementCache::eachInList(
            m_db,
            QStringLiteral("SELECT %1 FROM %2 WHERE %1 IN (%3)")
                .arg(idColumn(entity), table(entity), QStringLiteral("%1")),
            {}, ids, [&](const storage::SqliteStatement &q) { found.insert(QString::fromUtf8(q.textView(0))); });
        !s)
        return s.error();
    return found;
}

Status SyncTables::write(const QString &entity, const QString &id, const QJsonObject &fields, qint64 version,
                         std::optional<bool> exists)
{
    const QHash<QString, Column> &cols = columns(entity);
    const QString now = storage::sql::toStored(QDateTime::currentDateTimeUtc());
    if (!exists) {
        auto local = localVersion(entity, id);
        if (!local)
            return local.error();
        exists = local.value() >= 0;
    }
    if (!*exists)
        return insert(entity, id, fields, version, now);
    QString sets;
    QVariantList values;
    values.reserve(fields.size() + 3);
    for (auto it = fields.begin(); it != fields.end(); ++it) {
        const QString name = it.key();
        if (!cols.contains(name) || name == idColumn(entity))
            continue;
        sets += name + QLatin1String(" = ?, ");
        values.append(toStored(entity, name, it.value()));
    }
    if (cols.contains(QStringLiteral("updated_at"))) {
        sets += QLatin1String("updated_at = ?, ");
        values << now;
    }
    sets += QLatin1String("version = ?");
    values << version << id;
    auto q =
        m_sql.exec(QStringLiteral("UPDATE %1 SET %2 WHERE %3 = ?").arg(table(entity), sets, idColumn(entity)), values);
    if (!q)
        return q.error();
    if (q.value()->numRowsAffected() == 0)
        return insert(entity, id, fields, version, now); // went with its parent since the caller looked
    return {};
}

Status SyncTables::insert(const QString &entity, const QString &id, const QJsonObject &fields, qint64 version,
                          const QString &now)
{
    const QHash<QString, Column> &cols = columns(entity);
    QStringList names{idColumn(entity)};
    QVariantList values{id};
    values.reserve(fields.size() + 8);
    for (auto it = fields.begin(); it != fields.end(); ++it) {
        const QString name = it.key();
        if (!cols.contains(name) || name == idColumn(entity))
            continue;
        names.append(name);
        values.append(toStored(entity, name, it.value()));
    }
    if (cols.contains(QStringLiteral("updated_at"))) {
        names << QStringLiteral("created_at") << QStringLiteral("updated_at");
        values << now << now;
    }
    names << QStringLiteral("version");
    values << version;
    // A deal's derived columns keep their defaults until refreshDeals() computes them.
    auto q =
        m_sql.exec(QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                       .arg(table(entity), names.join(QLatin1String(", ")), StatementCache::placeholders(names.size())),
                   values);
    return q ? Status() : Status(q.error());
}

QList<SyncTables::InsertColumn> SyncTables::insertColumns(const QString &entity) const
{
    const QHash<QString, Column> &cols = columns(entity);
    QList<InsertColumn> list;
    for (const QString &field : entitySchema::fields(entity)) {
        if (cols.contains(field) && field != idColumn(entity))
            list.append({field, cols.value(field).notNull, cols.value(field).defaultValue});
    }
    return list;
}

bool SyncTables::hasTimestamps(const QString &entity) const
{
    return columns(entity).contains(QStringLiteral("updated_at"));
}

QList<std::pair<QString, QString>> SyncTables::parentTables(const QString &entity)
{
    QList<std::pair<QString, QString>> list;
    for (const Reference &ref : parentsOf(entity))
        list.append({ref.field, table(ref.entity)});
    return list;
}

Status SyncTables::update(const QString &entity, const QString &id, const QJsonObject &fields)
{
    auto version = localVersion(entity, id);
    if (!version)
        return version.error();
    if (version.value() < 0)
        return Error{Tr::tr("The %1 %2 is not in this database.").arg(entity, id), {}, {}};
    return write(entity, id, fields, version.value());
}

Result<int> SyncTables::remove(const QString &entity, const QString &id)
{
    int removed = 0;
    for (const Reference &child : childrenOf(entity)) {
        auto q =
            m_sql.exec(QStringLiteral("SELECT id FROM %1 WHERE %2 = ?").arg(table(child.entity), child.field), {id});
        if (!q)
            return q.error();
        QStringList ids;
        while (q.value()->next())
            ids.append(q.value()->value(0).toString());
        for (const QString &childId : ids) {
            auto n = remove(child.entity, childId);
            if (!n)
                return n.error();
            removed += n.value();
        }
    }
    if (entity == QLatin1String("deal")) {
        if (Status s = m_dealRows.removeConflicts(id); !s)
            return s.error();
    }
    auto q = m_sql.exec(QStringLiteral("DELETE FROM %1 WHERE %2 = ?").arg(table(entity), idColumn(entity)), {id});
    if (!q)
        return q.error();
    return removed + q.value()->numRowsAffected();
}

Result<QList<RecordKey>> SyncTables::keys() const
{
    QList<RecordKey> all;
    for (const QString &entity : entitiesParentsFirst()) {
        auto q = m_sql.exec(QStringLiteral("SELECT %1 FROM %2").arg(idColumn(entity), table(entity)));
        if (!q)
            return q.error();
        while (q.value()->next())
            all.append({entity, q.value()->value(0).toString()});
    }
    return all;
}

Result<qint64> SyncTables::count() const
{
    qint64 n = 0;
    for (const QString &entity : entitiesParentsFirst()) {
        auto q = m_sql.exec(QStringLiteral("SELECT count(*) FROM %1").arg(table(entity)));
        if (!q)
            return q.error();
        n += q.value()->next() ? q.value()->value(0).toLongLong() : 0;
        StatementCache::done(q.value());
    }
    return n;
}

Result<QHash<QString, QHash<QString, QJsonObject>>> SyncTables::snapshot() const
{
    QHash<QString, QHash<QString, QJsonObject>> all;
    for (const QString &entity : entitiesParentsFirst()) {
        const QStringList names = entitySchema::fields(entity);
        auto q = m_sql.exec(QStringLiteral("SELECT %1, %2 FROM %3")
                                .arg(idColumn(entity), names.join(QLatin1String(", ")), table(entity)));
        if (!q)
            return q.error();
        QHash<QString, QJsonObject> rows;
        while (q.value()->next()) {
            QJsonObject fields;
            for (int i = 0; i < names.size(); ++i)
                fields.insert(names.at(i), toJson(entity, names.at(i), q.value()->value(i + 1)));
            rows.insert(q.value()->value(0).toString(), fields);
        }
        all.insert(entity, rows);
    }
    return all;
}

Status SyncTables::refreshDeals(const QSet<QString> &dealIds)
{
    if (dealIds.isEmpty())
        return {};
    storage::DealRepository deals(m_db, SystemClock::instance(), QStringLiteral("sync"));
    for (const QString &id : dealIds) {
        auto deal = deals.get(id);
        if (!deal)
            continue; // deleted meanwhile
        const domain::Registration &r = deal.value();
        // The synced columns hold the server's values as sent (write()), and stay so: unlike a local edit,
        // nothing is re-derived into them and nothing is audited or queued. Only what is kept for the indexes
        // is computed here, as every other writer computes it.
        if (Status s = m_dealRows.updateDerived(r); !s)
            return s;
        if (Status s = m_dealRows.replaceProducts(r); !s)
            return s;
        if (Status s = deals.storeConflicts(r); !s)
            return s;
    }
    return {};
}

} // namespace pd::sync::client
