#include "LocalOnly.h"

#include "EntitySchema.h"
#include "SqlUtil.h"

namespace pd::storage {

Status LocalOnly::markEverything()
{
    for (const QString &entity : sync::entitySchema::entities()) {
        // The program's rules are the team's, whatever the file holds besides the demo.
        if (entity == QLatin1String("program_rules"))
            continue;
        // Table and column names come from the fixed schema; the entity is bound.
        auto q = sql::exec(m_db,
                           QStringLiteral("INSERT OR IGNORE INTO local_only (id, entity) SELECT %1, ? FROM %2")
                               .arg(sync::entitySchema::idColumn(entity), sync::entitySchema::table(entity)),
                           {entity});
        if (!q)
            return q.error();
    }
    m_any.reset();
    return {};
}

Result<qint64> LocalOnly::count() const
{
    auto q = sql::exec(m_db, QStringLiteral("SELECT count(*) FROM local_only"));
    if (!q)
        return q.error();
    return q.value().next() ? q.value().value(0).toLongLong() : 0;
}

Result<bool> LocalOnly::keeps(const QString &entity, const QString &id, const QString &parentId,
                              const QJsonObject &fields)
{
    if (!m_any) {
        auto q = sql::exec(m_db, QStringLiteral("SELECT EXISTS (SELECT 1 FROM local_only)"));
        if (!q)
            return q.error();
        m_any = q.value().next() && q.value().value(0).toBool();
    }
    if (!*m_any)
        return false;
    auto self = sql::exec(m_db, QStringLiteral("SELECT EXISTS (SELECT 1 FROM local_only WHERE id = ? AND entity = ?)"),
                          {id, entity});
    if (!self)
        return self.error();
    if (self.value().next() && self.value().value(0).toBool())
        return true;
    const QString field = sync::entitySchema::parentField(entity);
    const QString parent = !parentId.isEmpty() ? parentId
                           : field.isEmpty()   ? QString()
                                               : fields.value(field).toString();
    if (parent.isEmpty())
        return false;
    // Ids are UUIDs: the parent's id alone finds it, whichever entity it is.
    auto under = sql::exec(m_db, QStringLiteral("SELECT EXISTS (SELECT 1 FROM local_only WHERE id = ?)"), {parent});
    if (!under)
        return under.error();
    if (!under.value().next() || !under.value().value(0).toBool())
        return false;
    if (auto mark = sql::exec(m_db, QStringLiteral("INSERT OR IGNORE INTO local_only (id, entity) VALUES (?, ?)"),
                              {id, entity});
        !mark)
        return mark.error();
    return true;
}

} // namespace pd::storage
