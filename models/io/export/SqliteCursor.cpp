#include "SqliteCursor.h"

#include <QSqlDriver>

#include <sqlite3.h>

namespace pd::io {

SqliteCursor::SqliteCursor(const QSqlDatabase &db)
{
    const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
    if (handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0)
        m_db = *static_cast<sqlite3 *const *>(handle.constData());
}

SqliteCursor::~SqliteCursor()
{
    if (m_stmt)
        sqlite3_finalize(m_stmt);
}

Status SqliteCursor::prepare(const QString &statement, const QVariantList &values)
{
    if (!m_db)
        return m_error = Error{tr("Exports need a SQLite database."), {}, {}};
    const QByteArray sql = statement.toUtf8();
    if (sqlite3_prepare_v2(m_db, sql.constData(), int(sql.size()), &m_stmt, nullptr) != SQLITE_OK)
        return m_error = Error{tr("Could not read the table: %1").arg(QString::fromUtf8(sqlite3_errmsg(m_db))), {}, {}};
    for (int i = 0; i < values.size(); ++i) {
        const QVariant &v = values.at(i);
        if (v.typeId() == QMetaType::LongLong || v.typeId() == QMetaType::Int) {
            sqlite3_bind_int64(m_stmt, i + 1, v.toLongLong());
        } else {
            const QByteArray text = v.toString().toUtf8();
            sqlite3_bind_text(m_stmt, i + 1, text.constData(), int(text.size()), SQLITE_TRANSIENT);
        }
    }
    return {};
}

bool SqliteCursor::next()
{
    if (!m_stmt || hasError())
        return false;
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    if (rc != SQLITE_DONE)
        m_error = Error{tr("Could not read the table: %1").arg(QString::fromUtf8(sqlite3_errmsg(m_db))), {}, {}};
    return false;
}

void SqliteCursor::bind(int index, const QString &text)
{
    m_bound.append(text.toUtf8());
    const QByteArray &bytes = m_bound.constLast();
    sqlite3_bind_text(m_stmt, index, bytes.constData(), int(bytes.size()), SQLITE_STATIC);
}

void SqliteCursor::bind(int index, qint64 value)
{
    sqlite3_bind_int64(m_stmt, index, value);
}

Result<int> SqliteCursor::run()
{
    const int rc = sqlite3_step(m_stmt);
    sqlite3_reset(m_stmt);
    m_bound.clear();
    if (rc != SQLITE_DONE && rc != SQLITE_ROW)
        return Error{tr("Could not write: %1").arg(QString::fromUtf8(sqlite3_errmsg(m_db))), {}, {}};
    return sqlite3_changes(m_db);
}

Result<std::optional<qint64>> SqliteCursor::runReturning()
{
    // SQLite makes every change of the statement during its first step.
    const int rc = sqlite3_step(m_stmt);
    std::optional<qint64> value;
    if (rc == SQLITE_ROW)
        value = sqlite3_column_int64(m_stmt, 0);
    sqlite3_reset(m_stmt);
    m_bound.clear();
    if (rc != SQLITE_DONE && rc != SQLITE_ROW)
        return Error{tr("Could not write: %1").arg(QString::fromUtf8(sqlite3_errmsg(m_db))), {}, {}};
    return value;
}

qint64 SqliteCursor::lastInsertRowId() const
{
    return sqlite3_last_insert_rowid(m_db);
}

QByteArrayView SqliteCursor::text(int column) const
{
    const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
    if (!data)
        return {};
    return QByteArrayView(data, sqlite3_column_bytes(m_stmt, column));
}

qint64 SqliteCursor::integer(int column) const
{
    return sqlite3_column_int64(m_stmt, column);
}

} // namespace pd::io
