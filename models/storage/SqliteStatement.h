#pragma once

#include "Result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QSqlDatabase>
#include <QString>

#include <functional>
#include <vector>

struct sqlite3;
struct sqlite3_stmt;

namespace pd::storage {

// One prepared statement on the SQLite handle under a Qt connection, for the few loops that move
// hundreds of thousands of rows (commission recompute, demo data): Qt's per-value QVariant conversions cost more
// than SQLite itself there. Values are always bound. It runs inside the caller's Qt transaction, since
// both use the same connection.
class SqliteStatement final
{
public:
    // The sqlite3 handle of a QSQLITE connection; null for another driver, or when the driver does not run on
    // the program's own SQLite library (sqlitelib::checkSameLibrary).
    static sqlite3 *handleOf(const QSqlDatabase &db);
    // Another read-write connection to the file of `db`, without SQLite's mutexes (for one thread only; Qt's own
    // connections are opened the same way); null for a database without a file (in memory) or on failure.
    // The caller closes it with sqlite3_close().
    static sqlite3 *openSameFile(sqlite3 *db);

    explicit SqliteStatement(sqlite3 *db);
    ~SqliteStatement();
    SqliteStatement(const SqliteStatement &) = delete;
    SqliteStatement &operator=(const SqliteStatement &) = delete;

    Status prepare(const char *sql, const QString &what);
    // The same for SQL held as a QString (a statement chosen at run time).
    Status prepare(const QString &sql, const QString &what);

    // Text is copied only when `copy` is true; otherwise it must outlive the next step().
    void bind(int index, const QByteArray &text, bool copy = false);
    void bind(int index, qint64 value);
    void bindNull(int index);
    // Binds the UTF-8 of `text`, kept by this statement until the same index is bound again.
    void bind(int index, const QString &text);

    // True while rows come; false when done; an error names `what`.
    Result<bool> step();
    // Runs a statement that returns no rows, then resets it.
    Status run();
    // Steps through every row, calling `row` for each (it reads the columns), then resets the statement.
    Status eachRow(const std::function<void()> &row);
    void reset();

    qint64 integer(int column) const;
    bool isNull(int column) const;
    // A copy of a text column.
    QByteArray text(int column) const;
    // The column's bytes, valid until the next step(); no copy.
    QByteArray rawText(int column) const;
    // The column's bytes as a view, valid until the next step(); empty for NULL.
    QByteArrayView textView(int column) const;

    // Rows changed by the last statement run on this connection.
    qint64 changes() const;

private:
    Error error() const;

    sqlite3 *m_db;
    sqlite3_stmt *m_stmt = nullptr;
    QString m_what;
    std::vector<QByteArray> m_owned; // UTF-8 of QStrings bound by index
};

} // namespace pd::storage
