#pragma once

#include "Result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QSet>
#include <QSqlDatabase>
#include <QString>

namespace pd::sync::client {

class SyncTables;

// One page of the feed (GET /api/v1/changes), read in one pass over its bytes: each change's entity,
// id, version and tombstone flag, and its fields kept as the JSON text the server sent. Records new to
// this database are written straight through SQLite's API (row and shadow, one prepared statement
// each, values bound from that text) with no QJsonObject, QVariant or re-serialisation per field; the
// others are handed out with their fields parsed. Runs on the engine's connection inside the page's
// transaction; the body must outlive the page.
class PulledPage final
{
public:
    enum class Shape
    {
        Valid,
        NotJson,
        NotProtocol
    };

    struct Header
    {
        QString epoch;
        qint64 lastSeq = 0;
        bool hasMore = false;
    };

    struct Entry
    {
        QString entity;
        QString id;
        QByteArray entityUtf8;
        QByteArray idUtf8;
        qint64 version = 0;
        bool deleted = false;
        QByteArray fieldsText; // the record's fields as the server sent them ("{}" when none)
        QJsonObject fields() const;
    };

    PulledPage(QSqlDatabase db, const QByteArray &body);

    // Reads the whole body: NotJson when it is not JSON or cut short, NotProtocol when it lacks what a
    // page has (epoch, last_seq, has_more, changes with entity, id and version).
    Shape read();
    const Header &header() const { return m_header; }
    const QList<Entry> &entries() const { return m_entries; }

    // Inserts the rows of `rows` (indexes into entries(), all of `entity`, none of them here yet) whose
    // parents are here; returns the indexes written. Deal parts add their deal to `touchedDeals`.
    Result<QList<qsizetype>> insertRows(const SyncTables &tables, const QString &entity, const QList<qsizetype> &rows,
                                        QSet<QString> &touchedDeals);
    // These entries get their shadow: the server's version, tombstone flag and fields as received.
    Status storeShadows(const QList<qsizetype> &rows);
    // Every record of the page is marked as seen by a full resync.
    Status markSeen();

private:
    QSqlDatabase m_db;
    QByteArray m_body;
    Header m_header;
    QList<Entry> m_entries;
};

} // namespace pd::sync::client
