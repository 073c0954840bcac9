#include "PulledPage.h"

#include "SqlUtil.h"
#include "SqliteStatement.h"

#include <QJsonDocument>

namespace pd::sync::client {

using storage::SqliteStatement;

PulledPage::PulledPage(QSqlDatabase db) : m_db(db) {}

QJsonObject PulledPage::Entry::fields() const
{
    return QJsonDocument::fromJson(fieldsText).object();
}

QString PulledPage::keyList(const QList<qint64> &keys)
{
    QString list;
    list.reserve(keys.size() * 5 + 2);
    list += QLatin1Char('[');
    for (qsizetype i = 0; i < keys.size(); ++i) {
        if (i > 0)
            list += QLatin1Char(',');
        list += QString::number(keys.at(i));
    }
    list += QLatin1Char(']');
    return list;
}

PulledPage::Shape PulledPage::readHeader(const QByteArray &body, Header &header)
{
    sqlite3 *handle = SqliteStatement::handleOf(m_db);
    if (!handle)
        return Shape::NotProtocol;
    SqliteStatement q(handle);
    if (!q.prepare("SELECT json_valid(?1), json_type(?1, '$') = 'object' AND json_type(?1, '$.changes') = 'array' "
                   "AND json_type(?1, '$.last_seq') IN ('integer', 'real') AND json_type(?1, '$.has_more') IN ('true', 'false') "
                   "AND json_type(?1, '$.epoch') = 'text', json_extract(?1, '$.epoch'), json_extract(?1, '$.last_seq'), "
                   "json_type(?1, '$.has_more') = 'true'",
                   QStringLiteral("reading a page of changes"))) {
        return Shape::NotProtocol;
    }
    q.bind(1, body);
    auto row = q.step();
    if (!row || !row.value() || q.integer(0) == 0)
        return Shape::NotJson;
    if (q.integer(1) == 0)
        return Shape::NotProtocol;
    header.epoch = QString::fromUtf8(q.text(2));
    header.lastSeq = q.integer(3);
    header.hasMore = q.integer(4) != 0;
    return Shape::Valid;
}

Result<PulledPage::Shape> PulledPage::load(const QByteArray &body, QList<Entry> &entries)
{
    entries.clear();
    if (auto made = storage::sql::exec(m_db, QStringLiteral("CREATE TEMP TABLE IF NOT EXISTS sync_page (k INTEGER PRIMARY KEY, "
                                                            "entity TEXT, id TEXT, version INTEGER, deleted INTEGER, fields TEXT, "
                                                            "valid INTEGER)"));
        !made)
        return made.error();
    if (auto cleared = storage::sql::exec(m_db, QStringLiteral("DELETE FROM temp.sync_page")); !cleared)
        return cleared.error();
    sqlite3 *handle = SqliteStatement::handleOf(m_db);
    if (!handle)
        return Error{QStringLiteral("The local database is not SQLite."), {}, {}};
    {
        // One parse of the page; each record's fields stay the text the server sent (minified).
        SqliteStatement fill(handle);
        if (Status s = fill.prepare(
                "INSERT INTO temp.sync_page (k, entity, id, version, deleted, fields, valid) SELECT key, "
                "json_extract(value, '$.entity'), json_extract(value, '$.id'), CAST(json_extract(value, '$.version') AS INTEGER), "
                "json_type(value, '$.deleted') = 'true', "
                "CASE json_type(value, '$.fields') WHEN 'object' THEN json_extract(value, '$.fields') ELSE '{}' END, "
                "json_type(value, '$.entity') = 'text' AND json_type(value, '$.id') = 'text' "
                "AND json_type(value, '$.version') IN ('integer', 'real') "
                "FROM json_each(?1, '$.changes')",
                QStringLiteral("storing a page of changes"));
            !s)
            return s.error();
        fill.bind(1, body);
        if (Status s = fill.run(); !s)
            return s.error();
    }
    SqliteStatement list(handle);
    if (Status s = list.prepare("SELECT k, entity, id, version, deleted, fields, valid FROM temp.sync_page ORDER BY k",
                                QStringLiteral("reading a page of changes"));
        !s)
        return s.error();
    while (true) {
        auto row = list.step();
        if (!row)
            return row.error();
        if (!row.value())
            break;
        if (list.integer(6) == 0)
            return Shape::NotProtocol;
        entries.append({list.integer(0), QString::fromUtf8(list.rawText(1)), QString::fromUtf8(list.rawText(2)), list.integer(3),
                        list.integer(4) != 0, list.text(5)});
    }
    return Shape::Valid;
}

Status PulledPage::storeShadows(const QList<qint64> &keys)
{
    if (keys.isEmpty())
        return {};
    auto q = storage::sql::exec(m_db,
                                QStringLiteral("INSERT OR REPLACE INTO sync_shadow (entity, id, version, deleted, fields) "
                                               "SELECT entity, id, version, deleted, CASE WHEN deleted THEN '{}' ELSE fields END "
                                               "FROM temp.sync_page "
                                               "WHERE k IN (SELECT value FROM json_each(?))"),
                                {keyList(keys)});
    return q ? Status() : Status(q.error());
}

Status PulledPage::markSeen()
{
    auto q = storage::sql::exec(m_db, QStringLiteral("INSERT OR IGNORE INTO sync_resync_seen (entity, id) "
                                                     "SELECT entity, id FROM temp.sync_page"));
    return q ? Status() : Status(q.error());
}

} // namespace pd::sync::client
