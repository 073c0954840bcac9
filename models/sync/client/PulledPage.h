#pragma once

#include "Result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace pd::sync::client {

// One page of the feed (GET /api/v1/changes) read by SQLite's own JSON functions: the body is parsed
// once into a temporary table, each record's fields kept as the text the server sent. Records new to
// this database are then written with a few multi-row statements (SyncTables::insertPageRows and
// storeShadows) instead of one conversion per field and statement per record; the others are handed
// out one by one with their fields. Runs on the engine's connection inside the page's transaction.
class PulledPage final
{
public:
    enum class Shape { Valid, NotJson, NotProtocol };

    struct Header
    {
        QString epoch;
        qint64 lastSeq = 0;
        bool hasMore = false;
    };

    struct Entry
    {
        qint64 key = 0; // position in the page (the temporary table's key)
        QString entity;
        QString id;
        qint64 version = 0;
        bool deleted = false;
        QByteArray fieldsText; // the record's fields as the server sent them
        QJsonObject fields() const;
    };

    explicit PulledPage(QSqlDatabase db);

    // Whether the body is a page at all: JSON (not cut short) with epoch, last_seq, has_more, changes.
    Shape readHeader(const QByteArray &body, Header &header);
    // Parses the changes into the temporary table and lists them in page order. Shape::NotProtocol when
    // a change lacks its entity, id or version. Inside the page's transaction.
    Result<Shape> load(const QByteArray &body, QList<Entry> &entries);

    // The records at these keys get their shadow: the server's version, tombstone flag and fields as
    // received.
    Status storeShadows(const QList<qint64> &keys);
    // Every record of the page is marked as seen by a full resync.
    Status markSeen();

    // "[1,2,3]": a list of keys bound as one value (SQLite's json_each reads it).
    static QString keyList(const QList<qint64> &keys);
    static constexpr const char *kTable = "temp.sync_page";

private:
    QSqlDatabase m_db;
};

} // namespace pd::sync::client
