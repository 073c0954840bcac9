#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

struct sqlite3;

namespace pd::sync::client {

// The CHECK constraints of one local table, read from its CREATE TABLE text, for inserts that skip
// SQLite's own checks (SQLite 3.40 builds a temporary B-tree for every `col IN (...)` of every row, a
// third of a pulled record's cost). Only two forms are understood: `col IN ('text', ...)` and
// `col BETWEEN int AND int`; a table with any other CHECK (or a COLLATE) is not `usable()` and keeps
// SQLite's checks. passes() answers true only when the value surely passes as SQLite would check it
// after the column's affinity; anything unsure is false, and the caller leaves the row to the path
// that runs with SQLite's checks (and reports their error).
class TableChecks final
{
public:
    // The value a column gets, as it is bound.
    struct Value
    {
        enum class Kind
        {
            Null,
            Integer,
            Text
        } kind = Kind::Null;
        qint64 integer = 0;
        QByteArray text; // may be a raw view into the page's bytes
    };

    TableChecks(const QSqlDatabase &db, const QString &table, const QStringList &columns);

    bool usable() const { return m_usable; }
    // Whether `value` in column `column` (an index into the constructor's list) passes its CHECK.
    bool passes(qsizetype column, const Value &value) const;

    // Parses one table's CREATE TABLE text (public for tests); columns not named in `columns` make
    // the result unusable when a CHECK refers to them.
    static TableChecks fromSql(const QString &createSql, const QStringList &columns);

private:
    TableChecks() = default;

    struct Rule
    {
        std::optional<QList<QByteArray>> oneOf; // a few values: compared one by one, faster than hashing
        qint64 low = 0;
        qint64 high = 0;
    };
    bool m_usable = false;
    QHash<qsizetype, QList<Rule>> m_rules;
};

// While it lives, statements prepared on this connection skip CHECK constraints
// (PRAGMA ignore_check_constraints); put back when it goes. Does nothing when they are already skipped.
class SkippedChecks final
{
public:
    explicit SkippedChecks(sqlite3 *db);
    ~SkippedChecks();
    SkippedChecks(const SkippedChecks &) = delete;
    SkippedChecks &operator=(const SkippedChecks &) = delete;

private:
    sqlite3 *m_db;
    bool m_turnedOn = false;
};

} // namespace pd::sync::client
