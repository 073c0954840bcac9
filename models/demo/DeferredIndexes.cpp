#include "DeferredIndexes.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSqlQuery>

#include "SqlUtil.h"

using namespace Qt::StringLiterals;

namespace pd::demo {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(pd::demo::DeferredIndexes)
};

// An identifier read from sqlite_master, quoted for DDL (which takes no bound values).
QString quoted(const QString &identifier)
{
    return u'"' + QString(identifier).replace(u'"', u"\"\""_s) + u'"';
}

} // namespace

DeferredIndexes::DeferredIndexes(QSqlDatabase db) : m_db(std::move(db))
{}

Status DeferredIndexes::drop(const QStringList &tables)
{
    m_tables = tables;
    QSqlQuery q(m_db);
    // Indexes SQLite made itself (primary keys, UNIQUE) have no SQL and stay.
    if (!q.prepare(u"SELECT type, name, sql FROM sqlite_master WHERE type IN ('index', 'trigger') AND sql IS NOT NULL "
                   "AND tbl_name = ? ORDER BY type, name"_s))
        return storage::sql::errorOf(q, Tr::tr("read the schema"));
    for (const QString &table : tables) {
        q.bindValue(0, table);
        if (!q.exec())
            return storage::sql::errorOf(q, Tr::tr("read the schema"));
        while (q.next())
            m_dropped.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString()});
    }
    for (const Object &o : std::as_const(m_dropped)) {
        QSqlQuery ddl(m_db);
        const QString sql = (o.type == u"index"_s ? u"DROP INDEX "_s : u"DROP TRIGGER "_s) + quoted(o.name);
        if (!ddl.exec(sql))
            return storage::sql::errorOf(ddl, Tr::tr("prepare the bulk insert"));
    }
    return {};
}

QString DeferredIndexes::contentTable(const QString &content) const
{
    // A full-text index may read its content through a view of one table (the deals' folded text, schema 16).
    QSqlQuery view(m_db);
    view.prepare(u"SELECT sql FROM sqlite_master WHERE type = 'view' AND name = ?"_s);
    view.addBindValue(content);
    if (!view.exec() || !view.next())
        return content;
    static const QRegularExpression from(u"\\bFROM\\s+\"?([A-Za-z_][A-Za-z0-9_]*)"_s,
                                         QRegularExpression::CaseInsensitiveOption);
    const auto match = from.match(view.value(0).toString());
    return match.hasMatch() ? match.captured(1) : content;
}

Status DeferredIndexes::restore()
{
    for (const Object &o : std::as_const(m_dropped)) {
        QSqlQuery ddl(m_db);
        if (!ddl.exec(o.sql))
            return storage::sql::errorOf(ddl, Tr::tr("re-create the index %1").arg(o.name));
    }
    m_dropped.clear();
    // Full-text tables kept up to date by the dropped triggers are rebuilt from their content tables.
    QSqlQuery fts(m_db);
    if (!fts.exec(u"SELECT name, sql FROM sqlite_master WHERE type = 'table' AND sql LIKE 'CREATE VIRTUAL TABLE%'"_s))
        return storage::sql::errorOf(fts, Tr::tr("read the schema"));
    static const QRegularExpression content(u"content\\s*=\\s*'([^']+)'"_s);
    QStringList rebuild;
    while (fts.next()) {
        const auto match = content.match(fts.value(1).toString());
        if (match.hasMatch() && m_tables.contains(contentTable(match.captured(1))))
            rebuild.append(fts.value(0).toString());
    }
    for (const QString &name : std::as_const(rebuild)) {
        QSqlQuery q(m_db);
        if (!q.exec(u"INSERT INTO %1 (%1) VALUES ('rebuild')"_s.arg(quoted(name))))
            return storage::sql::errorOf(q, Tr::tr("rebuild the search index %1").arg(name));
    }
    return {};
}

} // namespace pd::demo
