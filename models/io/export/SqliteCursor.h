#pragma once

#include "Result.h"

#include <QByteArrayView>
#include <QCoreApplication>
#include <QSqlDatabase>
#include <QByteArray>
#include <QList>
#include <QVariantList>

#include <optional>

struct sqlite3;
struct sqlite3_stmt;

namespace pd::io {

// A statement run directly on the SQLite handle under a Qt connection, for exports of a
// million rows: cells come out as UTF-8 bytes with no QVariant or QString per value. Values are bound.
class SqliteCursor final
{
    Q_DECLARE_TR_FUNCTIONS(pd::io::SqliteCursor)

public:
    explicit SqliteCursor(const QSqlDatabase &db);
    ~SqliteCursor();
    SqliteCursor(const SqliteCursor &) = delete;
    SqliteCursor &operator=(const SqliteCursor &) = delete;

    Status prepare(const QString &statement, const QVariantList &values = {});
    // True while rows come; false at the end (or an error: see error()).
    bool next();
    bool hasError() const { return !m_error.message.isEmpty(); }
    const Error &error() const { return m_error; }

    // For statements that write, run many times (bulk import): bind by position (1-based), run, and read
    // how many rows the run changed; the statement is reset for the next run.
    void bind(int index, const QString &text);
    void bind(int index, qint64 value);
    Result<int> run();
    // Runs a statement with RETURNING: the first column of its first row, or nullopt when it returned none.
    Result<std::optional<qint64>> runReturning();
    qint64 lastInsertRowId() const;

    // The column's bytes, valid until the next next(); empty for NULL.
    QByteArrayView text(int column) const;
    qint64 integer(int column) const;

private:
    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_stmt = nullptr;
    Error m_error;
    QList<QByteArray> m_bound; // text bound for the current run
};

} // namespace pd::io
