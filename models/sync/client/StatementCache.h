#pragma once

#include "Result.h"

#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include <functional>
#include <memory>

namespace pd::storage {
class SqliteStatement;
}

namespace pd::sync::client {

// The statements of one connection, each prepared on its first use and only re-bound afterwards: a pull
// runs the same few statements for every record, and parsing them again each time cost more than running
// them. A query stays valid until the next exec of the same text; a caller that reads rows reads them at
// once and calls done(), so no statement keeps a read open between uses.
class StatementCache final
{
public:
    explicit StatementCache(QSqlDatabase db);
    StatementCache(const StatementCache &) = delete;
    StatementCache &operator=(const StatementCache &) = delete;

    // Binds `values` in order (a null QString as empty text, an invalid QVariant as NULL) and runs the
    // statement; the error names the statement's purpose as storage::sql::exec does.
    Result<std::shared_ptr<QSqlQuery>> exec(const QString &statement, const QVariantList &values = {});
    // Resets a query whose rows were read, releasing its read of the database.
    static void done(const std::shared_ptr<QSqlQuery> &query) { query->finish(); }
    // "?, ?, ?" for an IN list of n values; lists longer than kInListChunk are split by the caller.
    static QString placeholders(qsizetype n);
    static constexpr qsizetype kInListChunk = 500;
    // Runs `sql` (its "%1" the IN list's placeholders, `fixed` bound before the list) once per kInListChunk of
    // `values` on SQLite's own API (UTF-8 binds, no QVariant per value or per column read), calling `row`
    // for each row; a page's lookups run it for thousands of ids.
    static Status eachInList(const QSqlDatabase &db, const QString &sql, const QList<QByteArray> &fixed,
                             const QStringList &values,
                             const std::function<void(const storage::SqliteStatement &)> &row);
    // Forgets every prepared statement (before the schema changes or the connection closes).
    void clear() { m_queries.clear(); }

private:
    static constexpr qsizetype kMaxStatements = 200;

    QSqlDatabase m_db;
    QHash<QString, std::shared_ptr<QSqlQuery>> m_queries;
};

} // namespace pd::sync::client
